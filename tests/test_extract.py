import io
import zipfile

import pytest

from parsers.extract import ExtractionError, extract, sniff
from parsers.extract.model import Table, TextBlock
from trustdocs.demo.render import render_docx, render_html, render_pdf

ITEMS = [
    TextBlock("Annual figures", style="heading"),
    TextBlock("The first paragraph says hello."),
    TextBlock("A bold question?", style="bold"),
    Table(
        rows=[["Year", "Staff", "Cost"], ["2021/22", "12", "£1,200"], ["2022/23", "15", "£1,500"]]
    ),
    TextBlock("The paragraph after the table."),
]


def kinds(doc):
    return ["table" if isinstance(i, Table) else "block" for i in doc.items]


# ---------------------------------------------------------------- sniff


def test_sniff_formats():
    assert sniff(render_pdf(ITEMS)) == "pdf"
    assert sniff(render_docx(ITEMS)) == "docx"
    assert sniff(render_html(ITEMS)) == "html"
    assert sniff(b"Dear Ms Smith,\n\nThank you for your request.") == "text"
    assert sniff(b"") == "unknown"
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100) == "unknown"
    assert sniff(bytes(range(256)) * 4) == "unknown"


def test_sniff_zip_kinds():
    def z(names):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            for name, data in names.items():
                zf.writestr(name, data)
        return buf.getvalue()

    assert sniff(z({"xl/workbook.xml": "<x/>"})) == "xlsx"
    assert (
        sniff(z({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}))
        == "odt"
    )
    assert sniff(z({"a.txt": "hi"})) == "zip"


def test_sniff_ignores_names():
    data = render_pdf(ITEMS)
    assert extract(data, filename="letter.docx").format == "pdf"


# ---------------------------------------------------------------- formats


@pytest.mark.parametrize("render", [render_docx, render_pdf, render_html])
def test_blocks_and_tables_in_order(render):
    doc = extract(render(ITEMS))
    assert kinds(doc) == ["block", "block", "block", "table", "block"]
    assert doc.tables[0].rows == [
        ["Year", "Staff", "Cost"],
        ["2021/22", "12", "£1,200"],
        ["2022/23", "15", "£1,500"],
    ]
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Annual figures"
    assert texts[-1] == "The paragraph after the table."
    # table text is not repeated in the blocks
    assert not any("2021/22" in t for t in texts)


@pytest.mark.parametrize("render", [render_docx, render_pdf, render_html])
def test_style_hints(render):
    doc = extract(render(ITEMS))
    styles = {b.text: b.style for b in doc.blocks}
    assert styles["A bold question?"] in ("bold", "heading")
    assert styles["The first paragraph says hello."] is None
    if render is not render_pdf:
        assert styles["Annual figures"] == "heading"


def test_pdf_pages_and_page_numbers():
    items = [
        TextBlock(f"Paragraph number {i} of a long letter, long enough to fill.")
        for i in range(120)
    ]
    doc = extract(render_pdf(items))
    assert doc.pages >= 2
    assert doc.blocks[0].page == 1 and doc.blocks[-1].page == doc.pages
    assert len(doc.blocks) == 120


def test_pdf_table_across_pages_is_joined():
    rows = [["Year", "Value"]] + [[f"Row {i}", str(i)] for i in range(150)]
    doc = extract(render_pdf([TextBlock("Intro"), Table(rows=rows)]))
    assert len(doc.tables) == 1
    assert doc.tables[0].n_rows == 151


def test_pdf_without_text_is_scanned():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 100, style="F")
    doc = extract(bytes(pdf.output()))
    assert "scanned" in doc.flags
    assert doc.items == []


def test_pdf_encrypted_raises():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="secret letter")
    with pytest.raises(ExtractionError) as err:
        extract(bytes(pdf.output()))
    assert err.value.reason == "encrypted"
    assert "encrypted" in str(err.value)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\n garbage garbage",
        b"%PDF-1.7\n" + bytes(range(256)) * 50,
        b"PK\x03\x04broken zip",
        b"PK\x03\x04" + bytes(range(256)) * 20,
        b"\x00\x01\x02\x03" * 100,
        b"",
    ],
)
def test_hostile_input_raises_extraction_error(data):
    with pytest.raises(ExtractionError):
        extract(data)


def test_truncated_docx_and_pdf():
    for data in (render_docx(ITEMS), render_pdf(ITEMS)):
        with pytest.raises(ExtractionError):
            extract(data[: len(data) // 2])


def _docx_with(document_xml: str, extra: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_docx_zip_bomb_refused():
    bomb = b"\x00" * (210 * 1024 * 1024)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", f"<w:document {W}><w:body/></w:document>")
        zf.writestr("word/media/bomb.bin", bomb)
    with pytest.raises(ExtractionError) as err:
        extract(buf.getvalue())
    assert err.value.reason == "zip_bomb"


def test_docx_entity_tricks_refused():
    xml = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    with pytest.raises(ExtractionError):
        extract(_docx_with(xml))


def test_docx_numbering_nested_tables_and_content_controls():
    numbering = (
        f'<w:numbering {W}><w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )

    def p(text, num=None, lvl=0, bold=False):
        ppr = (
            f'<w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
            if num
            else ""
        )
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f"<w:p>{ppr}<w:r>{rpr}<w:t>{text}</w:t></w:r></w:p>"

    def tc(inner):
        return f"<w:tc>{inner}</w:tc>"

    nested = f"<w:tbl><w:tr>{tc(p('x1'))}{tc(p('x2'))}</w:tr><w:tr>{tc(p('y1'))}{tc(p('y2'))}</w:tr></w:tbl>"
    body = (
        p("First question", num=1, bold=True)
        + p("Part one", num=1, lvl=1)
        + p("Part two", num=1, lvl=1)
        + p("Second question", num=1)
        + f"<w:tbl><w:tr>{tc(p('A'))}{tc(p('B'))}</w:tr><w:tr>{tc(p('C') + nested)}{tc(p('D'))}</w:tr></w:tbl>"
        + f"<w:sdt><w:sdtContent>{p('Inside a content control')}</w:sdtContent></w:sdt>"
    )
    xml = f"<w:document {W}><w:body>{body}</w:body></w:document>"
    doc = extract(_docx_with(xml, {"word/numbering.xml": numbering}))
    texts = [i.text if isinstance(i, TextBlock) else "TABLE" for i in doc.items]
    assert texts == [
        "1. First question",
        "a) Part one",
        "b) Part two",
        "2. Second question",
        "TABLE",
        "Inside a content control",
    ]
    assert doc.items[0].style == "bold"
    assert doc.tables[0].rows == [["A", "B"], ["C\nx1 | x2\ny1 | y2", "D"]]


def test_html_drops_chrome_and_prefers_main():
    html = b"""<html><head><title>FOI 123</title><script>var x = 1;</script></head><body>
    <header>Site header</header><nav><ul><li>Home</li></ul></nav>
    <div class="sidebar">Sidebar text</div>
    <main><h1>Response to FOI 123</h1><p>First <b>para</b>.</p>
    <ul><li>Item one</li><li>Item two</li></ul>
    <table><tr><th>Q</th><th>A</th></tr><tr><td>1</td><td>Yes</td></tr></table>
    <p>Last<br>line</p></main><footer>Footer</footer></body></html>"""
    doc = extract(html)
    assert doc.format == "html" and doc.title == "FOI 123"
    texts = [i.text if isinstance(i, TextBlock) else "TABLE" for i in doc.items]
    assert texts == [
        "Response to FOI 123",
        "First para.",
        "Item one",
        "Item two",
        "TABLE",
        "Last\nline",
    ]
    assert doc.items[0].style == "heading" and doc.items[2].style == "list"
    assert doc.tables[0].rows == [["Q", "A"], ["1", "Yes"]]


def test_html_without_main_reads_body():
    doc = extract(b"<html><body><div>Loose text<p>Para</p></div></body></html>")
    assert [b.text for b in doc.blocks] == ["Loose text", "Para"]


def test_text_markdown():
    md = "# Reply\n\nDear Ms Smith\n \nLine one\nline two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nBye"
    doc = extract(md.encode(), filename="reply.md")
    texts = [i.text if isinstance(i, TextBlock) else "TABLE" for i in doc.items]
    assert texts == ["Reply", "Dear Ms Smith", "Line one\nline two", "TABLE", "Bye"]
    assert doc.tables[0].rows == [["a", "b"], ["1", "2"]]


def test_text_cp1252_fallback():
    doc = extract("Caf\u00e9 \u00a3450".encode("cp1252"))
    assert doc.blocks[0].text == "Café £450"


def test_unsupported_formats():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", "<x/>")
    with pytest.raises(ExtractionError) as err:
        extract(buf.getvalue())
    assert err.value.reason == "unsupported"


def test_layout_table_with_one_filled_cell_per_row_becomes_text():
    from parsers.extract import _demote_layout_tables
    from parsers.extract.model import Extracted, Table, TextBlock

    doc = Extracted(
        items=[
            Table(
                rows=[
                    ["1. The total number of people broken down", ""],
                    ["by accommodation status.", ""],
                    ["", "• 01 January 2018 to 31 December 2018"],
                    ["Please see attachment.", ""],
                ]
            ),
            Table(rows=[["Year", "Count"], ["2019", "5"]]),
        ]
    )
    _demote_layout_tables(doc)
    texts = [i.text for i in doc.items if isinstance(i, TextBlock)]
    assert texts == [
        "1. The total number of people broken down\nby accommodation status.",
        "• 01 January 2018 to 31 December 2018",
        "Please see attachment.",
    ]
    assert len(doc.tables) == 1


def test_wdtk_json_export_is_read_as_a_thread():
    import json

    from parsers.extract import extract

    export = {
        "title": "Beds",
        "events": [
            {"type": "outgoing", "created_at": "2023-08-01T11:42:34+01:00", "content": ["Q?"]},
            {
                "type": "incoming",
                "created_at": "2023-08-30T09:02:04+01:00",
                "content": ["Answer.\nFrom: Someone\nSent: earlier\nQ?"],
            },
        ],
    }
    doc = extract(json.dumps(export).encode())
    assert doc.title == "Beds"
    assert [(m.direction, m.date.isoformat(), m.text) for m in doc.messages] == [
        ("outgoing", "2023-08-01", "Q?"),
        ("incoming", "2023-08-30", "Answer."),
    ]
    assert not doc.warnings
