"""ODT documents: read into the same blocks and tables as DOCX, and through
`parse-file` into FOI items and WRES figures. Every file is written in code
(tests/odtwrite.py)."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from odtwrite import bold, cell, content_xml, h, items, odt, p, sublist, table

from parsers.extract import ExtractionError, extract, sniff
from parsers.extract.model import Table, TextBlock
from trustdocs.cli import main


def texts(doc) -> list[str]:
    return [i.text if isinstance(i, TextBlock) else "TABLE" for i in doc.items]


def parse_file_json(monkeypatch, capsys, path) -> tuple[int, dict]:
    monkeypatch.setattr("sys.argv", ["trustdocs", "parse-file", str(path), "--json"])
    with pytest.raises(SystemExit) as stop:
        main()
    return stop.value.code, json.loads(capsys.readouterr().out)


# ---------------------------------------------------------------- structure


def test_headings_styles_and_list_numbering():
    body = (
        h("Annual figures")
        + p("A paragraph with   three spaces", raw=False)
        + p(f"{bold('All of this')}{bold(' is bold')}", raw=True)
        + p(f"Partly {bold('bold')} text", raw=True)
        + p("A bold paragraph style", "PB")
        + items(
            p("First question") + sublist(p("Part one"), p("Part two") + sublist(p("Deep"))),
            p("Second question"),
        )
        + items(p("Third question"), attrs=' text:continue-numbering="true"')
        + items(p("A fresh list restarts"))
        + items(p("Point"), p("Another point"), style="LB")
        + items(p("Bracketed"), style="LP")
        + '<text:list text:style-name="L1"><text:list-item text:start-value="7">'
        + p("Seventh")
        + "</text:list-item></text:list>"
        + items(p("Numbered by its paragraph style", "PL"), style="")
    )
    doc = extract(odt(body, title="A made-up letter"))
    assert doc.format == "odt" and doc.title == "A made-up letter"
    assert texts(doc) == [
        "Annual figures",
        "A paragraph with three spaces",
        "All of this is bold",
        "Partly bold text",
        "A bold paragraph style",
        "1. First question",
        "a) Part one",
        "b) Part two",
        "(i) Deep",
        "2. Second question",
        "3. Third question",
        "1. A fresh list restarts",
        "• Point",
        "• Another point",
        "(1) Bracketed",
        "7. Seventh",
        "1. Numbered by its paragraph style",
    ]
    styles = [b.style for b in doc.blocks]
    assert styles[:6] == ["heading", None, "bold", None, "bold", "list"]


def test_tables_spans_repeats_nesting_and_layout_tables():
    nested = table([["x1", "x2"], ["y1", "y2"]], name="Inner")
    body = table(
        [
            [cell("Staff group"), cell("Year", span=2)],
            ["", "2022/23", "2023/24"],
            [cell("Band 5"), cell("12", repeat=2)],
            [cell(p("Notes") + nested), cell(p("a") + p("b")), cell("")],
        ],
        header_rows=2,
    ) + table([["only"], ["one column"]], name="Layout")
    doc = extract(odt(body))
    assert texts(doc) == ["TABLE", "only", "one column"]
    assert doc.tables[0].rows == [
        ["Staff group", "Year", ""],
        ["", "2022/23", "2023/24"],
        ["Band 5", "12", "12"],
        ["Notes\nx1 | x2\ny1 | y2", "a\nb", ""],
    ]


def test_inline_elements_pages_notes_and_tracked_changes():
    body = (
        "<text:tracked-changes><text:changed-region><text:deletion>"
        + p("deleted words")
        + "</text:deletion></text:changed-region></text:tracked-changes>"
        + p(
            'One<text:tab/>two<text:line-break/>three<text:note text:note-class="footnote">'
            "<text:note-citation>1</text:note-citation><text:note-body>"
            + p("A footnote")
            + "</text:note-body></text:note> end",
            raw=True,
        )
        + "<text:section>"
        + p("In a section")
        + "</text:section>"
        + '<text:p text:style-name="PBR">Page two</text:p>'
        + p("Also page <text:soft-page-break/>three", raw=True)
        + p("After the soft break")
    )
    doc = extract(odt(body))
    assert texts(doc) == [
        "One two\nthree end",
        "In a section",
        "Page two",
        "Also page three",
        "After the soft break",
    ]
    assert [b.page for b in doc.blocks] == [1, 1, 2, 2, 3]
    assert doc.pages == 3


def test_sniff_and_mimetype_not_first():
    assert sniff(odt(p("x"))) == "odt"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:  # no mimetype member at all
        zf.writestr("content.xml", content_xml(p("Still read")))
        zf.writestr("META-INF/manifest.xml", "<manifest/>")
    assert sniff(buf.getvalue()) == "odt"
    assert texts(extract(buf.getvalue())) == ["Still read"]


# ---------------------------------------------------------------- hostile input


def _zip(members: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(
    "members,reason,words",
    [
        ({"content.xml": "<office:document-content><oops"}, "corrupt", "malformed content.xml"),
        ({"styles.xml": "<x/>"}, "corrupt", "no content.xml"),
        (
            {"content.xml": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'},
            "corrupt",
            "DTD",
        ),
        ({"content.xml": "<x/>"}, "corrupt", "no text body"),
        (
            {
                "META-INF/manifest.xml": "<manifest><encryption-data/></manifest>",
                "content.xml": b"\x8a\x01binary",
            },
            "encrypted",
            "password",
        ),
    ],
)
def test_malformed_odt_raises_a_clear_error(members, reason, words):
    with pytest.raises(ExtractionError) as err:
        extract(_zip(members))
    assert err.value.reason == reason
    assert words in str(err.value) and str(err.value).startswith("odt:")


def test_odt_zip_bomb_refused():
    with pytest.raises(ExtractionError) as err:
        extract(_zip({"content.xml": content_xml(p("x")), "Pictures/a.bin": b"\0" * (3 << 20)}))
    assert err.value.reason == "zip_bomb"


def test_parse_file_reports_a_malformed_odt_as_failed(monkeypatch, capsys, tmp_path):
    path = tmp_path / "broken.odt"
    path.write_bytes(odt("", content="<office:document-content><not closed"))
    code, data = parse_file_json(monkeypatch, capsys, path)
    assert code == 3
    assert data["status"] == "failed"
    assert data["error"].startswith("odt: malformed content.xml")
    assert data["foi"] is None and data["wres"] is None


# ---------------------------------------------------------------- parse-file


FOI_LETTER = (
    p("Freedom of Information Request", "PB")
    + p("Our reference: FOI-2025-0312")
    + p("Date received: 3 March 2025")
    + p("Date of response: 28 March 2025")
    + p("Dear Ms Example,")
    + p(
        "Thank you for your request for information about interpreters in our outpatient "
        "clinics. Our response to each question is set out below."
    )
    + items(
        p("How many outpatient appointments used a spoken-language interpreter in 2024?", "PB")
        + p("Response: 4,210 appointments."),
        p("Which languages were requested most often?", "PB")
        + p("Response: please see the table below."),
    )
    + table(
        [["Language", "Appointments"], ["Polish", "1,102"], ["Romanian", "877"], ["Urdu", "640"]],
        header_rows=1,
    )
    + items(
        p("Does the Trust employ interpreters directly?", "PB")
        + p("Response: No. The service is provided by an external contractor."),
        attrs=' text:continue-numbering="true"',
    )
    + p("Should you wish us to review our handling of this request, please write to us.")
    + p("Yours sincerely,")
    + p("Information Governance Team")
)


def test_parse_file_reads_an_foi_letter(monkeypatch, capsys, tmp_path):
    path = tmp_path / "letter.odt"
    path.write_bytes(odt(FOI_LETTER, title="Interpreters"))
    code, data = parse_file_json(monkeypatch, capsys, path)
    assert code == 0, data
    assert (data["kind"], data["status"]) == ("foi_response", "ok")
    foi = data["foi"]
    assert foi["reference"] == "FOI-2025-0312"
    assert (foi["received_date"], foi["responded_date"]) == ("2025-03-03", "2025-03-28")
    got = [(i["label"], i["question"], i["answer"], i["answer_kind"]) for i in foi["items"]]
    assert got == [
        (
            "1",
            "How many outpatient appointments used a spoken-language interpreter in 2024?",
            "4,210 appointments.",
            "text",
        ),
        ("2", "Which languages were requested most often?", "please see the table below.", "table"),
        (
            "3",
            "Does the Trust employ interpreters directly?",
            "No. The service is provided by an external contractor.",
            "no",
        ),
    ]
    assert data["tables"][0]["rows"][1] == ["Polish", "1,102"]
    assert "review our handling" not in (foi["response_text"] or "")


WRES_REPORT = (
    p("Workforce Race Equality Standard report 2023", "Title")
    + h("Indicator 2: appointment from shortlisting")
    + table(
        [
            [cell("Recruitment"), cell("Year", span=2)],
            ["", "2021/22", "2022/23"],
            [
                "Relative likelihood of White staff being appointed from shortlisting "
                "compared to BME staff",
                "1.79",
                "1.50",
            ],
            ["% White people appointed from shortlisting", "15.5%", "15.0%"],
            ["% BME people appointed from shortlisting", "8.7%", "10.0%"],
            ["Number of White people appointed from shortlisting", "596 out of 3842", "150/1000"],
            ["Number of BME people appointed from shortlisting", "207 out of 2386", "100/1000"],
        ],
        header_rows=2,
    )
    + h("Indicator 9: board membership")
    + table(
        [
            ["Board representation", "March 2022", "March 2023"],
            ["Percentage BME in the substantive workforce overall", "25.6%", "26.0%"],
            ["Percentage BME board members", "16.7%", "20.0%"],
            [
                "Difference: the whole board against all substantive staff (%BME)",
                "-8.9%",
                "-6.0%",
            ],
        ]
    )
)


def test_parse_file_reads_a_wres_table(monkeypatch, capsys, tmp_path):
    path = tmp_path / "wres.odt"
    path.write_bytes(odt(WRES_REPORT))
    code, data = parse_file_json(monkeypatch, capsys, path)
    assert code == 0, data
    assert (data["kind"], data["status"]) == ("wres_report", "ok")
    got = {
        (
            m["indicator"],
            m["measure"],
            m["ethnic_group"],
            m["staff_group"],
            m["period"],
            m["value"],
            m["numerator"],
            m["denominator"],
        )
        for m in data["wres"]["metrics"]
    }
    assert got == {
        (2, "relative_likelihood", "White", None, "2021/22", 1.79, None, None),
        (2, "relative_likelihood", "White", None, "2022/23", 1.5, None, None),
        (2, "rate", "White", None, "2021/22", 15.5, 596, 3842),
        (2, "rate", "White", None, "2022/23", 15.0, 150, 1000),
        (2, "rate", "BME", None, "2021/22", 8.7, 207, 2386),
        (2, "rate", "BME", None, "2022/23", 10.0, 100, 1000),
        (9, "percentage", "BME", "overall", "2021/22", 25.6, None, None),
        (9, "percentage", "BME", "overall", "2022/23", 26.0, None, None),
        (9, "percentage", "BME", "board", "2021/22", 16.7, None, None),
        (9, "percentage", "BME", "board", "2022/23", 20.0, None, None),
        (9, "difference", "BME", "board", "2021/22", -8.9, None, None),
        (9, "difference", "BME", "board", "2022/23", -6.0, None, None),
    }
    assert all(m["validation"] is None for m in data["wres"]["metrics"])


def test_odt_and_docx_give_the_same_items():
    """The ODT and DOCX readers agree on a letter written both ways."""
    from trustdocs.demo.render import render_docx

    odt_doc = extract(odt(FOI_LETTER))
    docx_items = [
        i if isinstance(i, Table) else TextBlock(i.text, style=i.style) for i in odt_doc.items
    ]
    docx_doc = extract(render_docx(docx_items))
    assert texts(odt_doc) == texts(docx_doc)
    assert odt_doc.tables[0].rows == docx_doc.tables[0].rows


def test_stored_odt_is_served_and_ingested_as_odt():
    """The Datasette plugin's sniffing (which serves raw documents) and `ingest`
    name an ODT as such, with or without a leading mimetype member."""
    from trustdocs.ingest import CONTENT_TYPES
    from trustdocs.plugins.trustdocs_site import sniff_type

    data = odt(p("x"))
    assert sniff_type(data[:4096]) == "odt"
    assert sniff_type(_zip({"content.xml": content_xml(p("x"))})[:4096]) == "odt"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("META-INF/manifest.xml", "<manifest/>")
        zf.writestr("content.xml", content_xml(p("x")))
    assert sniff_type(buf.getvalue()[:4096]) == "odt"
    assert CONTENT_TYPES[sniff(data)] == "application/vnd.oasis.opendocument.text"


def test_headings_numbered_by_the_outline_style():
    outline = (
        '<text:outline-style style:name="Outline">'
        '<text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."/>'
        '<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/>'
        "</text:outline-style>"
    )
    body = h("Introduction") + h("Scope", 2) + h("Data", 2) + h("Results") + h("Detail", 2)
    doc = extract(odt("", content=content_xml(body, extra_styles=outline)))
    assert texts(doc) == ["1. Introduction", "1.1 Scope", "1.2 Data", "2. Results", "2.1 Detail"]
    assert {b.style for b in doc.blocks} == {"heading"}
