"""Block layout for DOCX and HTML (parsers.extract.docx_layout, html_layout) in
the PDF reader's units: size relative to the body text, first-line indent in
points from the leftmost paragraph. Documents are built here."""

from __future__ import annotations

import io

import pytest

from parsers.extract import extract

BODY = "Body paragraph of the letter in the ordinary style, long enough to be the body."


def _docx() -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.add_heading("Freedom of Information response", level=1)
    for _ in range(3):
        d.add_paragraph(BODY)
    p = d.add_paragraph("Set in from the margin by half an inch.")
    p.paragraph_format.left_indent = Pt(36)
    p = d.add_paragraph("A paragraph with a hanging first line.")
    p.paragraph_format.left_indent = Pt(36)
    p.paragraph_format.first_line_indent = Pt(-18)
    p = d.add_paragraph()
    p.add_run("Registered office: 4 Sample Street, Sampleton.").font.size = Pt(7)
    p = d.add_paragraph()
    p.add_run("Half small, ").font.size = Pt(7)
    p.add_run("half body size.")
    d.add_paragraph("A numbered item", style="List Number")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _by_text(blocks):
    return {b.text: b for b in blocks}


def test_docx_sizes_are_relative_to_the_body_text():
    got = _by_text(extract(_docx(), filename="letter.docx").blocks)
    assert got[BODY].size == 1.0
    assert got["Freedom of Information response"].size > 1.1  # Heading 1 is set larger
    assert got["Registered office: 4 Sample Street, Sampleton."].size < 0.92  # small print
    mixed = got["Half small, half body size."].size
    assert 0.6 < mixed < 1.0


def test_docx_indents_are_where_the_first_line_starts():
    got = _by_text(extract(_docx(), filename="letter.docx").blocks)
    assert got[BODY].indent == 0.0
    assert got["Set in from the margin by half an inch."].indent == 36.0
    assert got["A paragraph with a hanging first line."].indent == 18.0
    # the default list style hangs its number at the margin, as Word prints it
    assert got["1. A numbered item"].indent == 0.0


def test_docx_list_level_indent_from_numbering():
    """A numbered paragraph without an indent of its own takes its list level's."""
    from lxml import etree

    from parsers.extract.docx_layout import DocxLayout

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    numbering = etree.fromstring(
        f'<w:numbering xmlns:w="{w}"><w:abstractNum w:abstractNumId="7">'
        '<w:lvl w:ilvl="1"><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>'
        '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>'
    )
    layout = DocxLayout(None, numbering)
    assert layout.indent(None, None, ("3", 1)) == 54.0  # (1440 - 360) / 20
    assert layout.indent(None, None, ("3", 0)) == 0.0
    assert layout.indent(None, None, None) == 0.0


HTML = """<html><body><main>
<h1>FOI response</h1><h3>Your request</h3>
<p>Body text of the letter.</p>
<div>Loose text in a division <b>with some bold</b></div>
<ul><li>First item<ul><li>Nested item</li></ul></li></ul>
<blockquote><p>The original request, quoted.</p></blockquote>
<p><small>Registered office: 4 Sample Street.</small></p>
<p style="font-size: 80%; margin-left: 24px">Styled small and set in.</p>
</main></body></html>"""


@pytest.mark.parametrize(
    ("text", "size", "indent"),
    [
        ("FOI response", 2.0, 0.0),
        ("Your request", 1.17, 0.0),
        ("Body text of the letter.", 1.0, 0.0),
        ("Loose text in a division with some bold", 1.0, 0.0),
        ("First item", 1.0, 30.0),
        ("Nested item", 1.0, 60.0),
        ("The original request, quoted.", 1.0, 30.0),
        ("Registered office: 4 Sample Street.", 0.83, 0.0),
        ("Styled small and set in.", 0.8, 18.0),
    ],
)
def test_html_layout(text, size, indent):
    got = _by_text(extract(HTML.encode(), filename="page.html").blocks)
    assert (got[text].size, got[text].indent) == (size, indent)


def test_same_feature_across_formats():
    """Small print reads as "small" and body text as "body" in the labeller's
    features whether the letter came as DOCX, HTML or PDF."""
    from fpdf import FPDF

    from parsers.foi.blocks import Block, block_features
    from parsers.foi.boilerplate import Boilerplate

    pdf = FPDF()
    pdf.add_page()
    for _ in range(4):
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, BODY, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font("Helvetica", "", 7)
    pdf.multi_cell(0, 4, "Registered office: 4 Sample Street.", new_x="LMARGIN", new_y="NEXT")
    html = f"<p>{BODY}</p>" * 4 + "<p><small>Registered office: 4 Sample Street.</small></p>"
    for data, name in (
        (bytes(pdf.output()), "a.pdf"),
        (html.encode(), "a.html"),
        (_docx(), "a.docx"),
    ):
        tbs = extract(data, filename=name).blocks
        blocks = [
            Block(b.text, b.page, b.style, False, 1, "none", size=b.size, indent=b.indent)
            for b in tbs
        ]
        feats = block_features(blocks, 1, Boilerplate())
        size = {b.text[:17]: f.get("size") for b, f in zip(blocks, feats, strict=True)}
        assert size[BODY[:17]] == "body", name
        assert size["Registered office"] == "small", name
