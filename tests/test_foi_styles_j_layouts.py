"""FOI layouts learned from held-out set J's layout failure classes after its first
sight (issue #13), read as structures rather than set J's phrases: a letter set in
two text columns whose lines do not share a baseline; answers told apart from their
questions only by the font colour, or only by a web page's `<div>` classes; a
reference joined with "#". Every letter here is made up and built in code, in
wordings of its own, and read from each format its layout is published in."""

from __future__ import annotations

import io
import re
from html import escape

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor
from fpdf import FPDF

from parsers import parse_document
from parsers.extract import extract
from parsers.foi.labeller import using_labeller
from tests.test_foi_styles import norm

TRUST = "Wrenfield Vale Community NHS Trust"
QS = [
    (
        "1. How many interpreters did the Trust book for outpatient clinics in 2023?",
        "Interpreters were booked for 3,118 clinic appointments, 412 of them for British "
        "Sign Language.",
    ),
    (
        "2. Please give the annual cost of the Trust's laundry contract.",
        "The laundry contract costs £611,400 a year and runs until March 2027.",
    ),
    (
        "3. How many defibrillators are kept on the Trust's community sites?",
        "There are 57 defibrillators across 19 community sites, each checked weekly by the "
        "site's facilities team.",
    ),
    (
        "4. Does the Trust offer staff a cycle-to-work scheme?",
        "Yes. The scheme has been open to all permanent staff since 2019 and 640 staff have "
        "used it.",
    ),
    (
        "5. How many beds does the hospice unit have?",
        "The hospice unit has 14 beds, two of them set aside for families staying overnight.",
    ),
]
CLOSING = [
    "If you are dissatisfied with this reply you may ask us to review it within forty "
    "working days of receiving it.",
    "Yours sincerely",
    "Records and Disclosure Office",
]


def _read(data: bytes, fmt: str):
    with using_labeller(None):
        result = parse_document(data, filename=f"letter.{fmt}", kind_hint="foi")
    assert result.foi is not None, result.error
    return result.foi


def _pairs(foi) -> list[tuple[str | None, str, str]]:
    return [(it.label, norm(it.question), norm(it.answer or "")) for it in foi.items]


def _want() -> list[tuple[str | None, str, str]]:
    return [(q.split(".")[0], norm(q.split(". ", 1)[1]), norm(a)) for q, a in QS]


# ---------------------------------------------------- a letter in two text columns


def two_column_letter_pdf() -> bytes:
    """The letterhead across the page, then the questions and answers flowed into two
    columns: questions in bold with their own spacing, so that the left column's
    lines and the right column's lines stand at different heights."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 12)
    pdf.cell(0, 7, TRUST, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=10)
    for line in ("Our ref: WVC/2291/24", "Date: 9 October 2024", "Dear Applicant,"):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "Thank you for your request, which we have answered below in full.")
    top = pdf.get_y() + 4
    flow = [x for (q, a) in QS for x in ((q, True), (a, False))] + [(c, False) for c in CLOSING]
    left, right = flow[:6], flow[6:]
    for x, column, first_gap in ((10, left, 0.0), (110, right, 3.5)):
        pdf.set_xy(x, top + first_gap)
        for text, bold in column:
            pdf.set_font("helvetica", "B" if bold else "", 10)
            pdf.set_x(x)
            pdf.multi_cell(88, 5.5 if bold else 5, text)
            pdf.set_y(pdf.get_y() + (1.5 if bold else 4))
    return bytes(pdf.output())


def two_column_letter_docx() -> bytes:
    """The same letter as a word processor sets it: a section break, then a section
    of two columns (w:cols)."""
    d = docx.Document()
    d.add_paragraph().add_run(TRUST).bold = True
    for line in ("Our ref: WVC/2291/24", "Date: 9 October 2024", "Dear Applicant,"):
        d.add_paragraph(line)
    d.add_paragraph("Thank you for your request, which we have answered below in full.")
    d.add_section(0)  # continuous
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "425")
    d.sections[-1]._sectPr.append(cols)
    for q, a in QS:
        d.add_paragraph().add_run(q).bold = True
        d.add_paragraph(a)
    for c in CLOSING:
        d.add_paragraph(c)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_two_column_pdf_letter_is_read_column_by_column():
    foi = _read(two_column_letter_pdf(), "pdf")
    assert _pairs(foi) == _want()
    assert foi.reference == "WVC/2291/24"


def test_two_column_docx_letter_keeps_its_order():
    foi = _read(two_column_letter_docx(), "docx")
    assert _pairs(foi) == _want()


def test_one_column_letter_with_a_right_hand_address_block_is_not_split():
    """A letter whose address and date stand on the right over one column of text
    has lines that start mid-page, but no second column of prose."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in (TRUST, "Mill Lane", "Wrenfield", "WV4 8ML", "Tel 01632 960111", "9 October 2024"):
        pdf.set_x(120)
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for line in ("Our ref: WVC/2291/24", "Dear Applicant,"):
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    for q, a in QS:
        pdf.set_font("helvetica", "B", 10)
        pdf.multi_cell(0, 5, q, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=10)
        pdf.multi_cell(0, 5, a, new_x="LMARGIN", new_y="NEXT")
    foi = _read(bytes(pdf.output()), "pdf")
    assert _pairs(foi) == _want()


# ------------------------------------------------ a reference joined with "#"


def test_reference_joined_with_a_hash():
    d = docx.Document()
    d.add_paragraph(TRUST)
    d.add_paragraph("Our reference: DISC#40712")
    d.add_paragraph("Dear Applicant,")
    for q, a in QS[:2]:
        d.add_paragraph(q)
        d.add_paragraph(a)
    buf = io.BytesIO()
    d.save(buf)
    assert _read(buf.getvalue(), "docx").reference == "DISC#40712"


# ------------------------------------- answers told apart only by their colour

GREEN = "2E7D32"
UNNUMBERED = [(q.split(". ", 1)[1], a) for q, a in QS[:4]]
INTRO = [
    TRUST,
    "Reference: WVC-FOI-3307",
    "Dear Applicant,",
    "Each of your questions is repeated below, with the Trust's reply beneath it in green.",
]


def colour_letter(fmt: str) -> bytes:
    """Questions in the body's black, unnumbered; each reply in green; the closing
    in black again."""
    flow = [(t, None) for t in INTRO]
    flow += [x for q, a in UNNUMBERED for x in ((q, None), (a, GREEN))]
    flow += [(t, None) for t in CLOSING]
    if fmt == "docx":
        d = docx.Document()
        for text, colour in flow:
            run = d.add_paragraph().add_run(text)
            if colour:
                run.font.color.rgb = RGBColor.from_string(colour)
        buf = io.BytesIO()
        d.save(buf)
        return buf.getvalue()
    if fmt == "pdf":
        pdf = FPDF(format="A4")
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        for text, colour in flow:
            rgb = tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4)) if colour else (0, 0, 0)
            pdf.set_text_color(*rgb)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        return bytes(pdf.output())
    body = "".join(
        f"<p style='color: #{colour.lower()}'>{escape(t)}</p>" if colour else f"<p>{escape(t)}</p>"
        for t, colour in flow
    )
    return f"<html><head><title>FOI reply</title></head><body><main>{body}</main></body></html>".encode()


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_answers_marked_only_by_colour(fmt):
    foi = _read(colour_letter(fmt), fmt)
    assert _pairs(foi) == [(None, norm(q), norm(a)) for q, a in UNNUMBERED]
    assert foi.reference == "WVC-FOI-3307"


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_colour_is_carried_as_a_block_feature(fmt):
    doc = extract(colour_letter(fmt), filename=f"letter.{fmt}")
    marked = [b.text for b in doc.blocks if b.colour == "#2e7d32"]
    assert marked == [a for _, a in UNNUMBERED]
    assert all(b.colour is None for b in doc.blocks if b.text not in marked)


# --------------------- a web page of <div>s: question and answer told by class


def div_page(numbered: bool) -> bytes:
    """Every line of the reply a <div>; the request's class and the reply's take
    turns, with the number floated into the margin in its own <div> when numbered."""
    rows = []
    for n, (q, a) in enumerate(UNNUMBERED, 1):
        num = f"<div class='idx'>{n}</div>" if numbered else ""
        paras = re.split(r"(?<=\.) ", a, maxsplit=1) if not numbered else [a]
        reply = "".join(f"<div class='c-reply'>{escape(p)}</div>" for p in paras)
        rows.append(f"<div class='c-row'>{num}<div class='c-ask'>{escape(q)}</div>{reply}</div>")
    lines = "".join(f"<div class='c-text'>{escape(t)}</div>" for t in INTRO[:3])
    after = "".join(f"<div class='c-text'>{escape(t)}</div>" for t in CLOSING)
    css = "<style>.c-ask{font-weight:600}.c-reply{margin:0 0 1em 2em}.idx{float:left}</style>"
    return (
        f"<html><head><title>FOI reply</title>{css}</head><body><main>{lines}"
        f"<div class='c-body'>{''.join(rows)}</div>{after}</main></body></html>"
    ).encode()


def test_div_page_question_and_answer_told_apart_by_class():
    foi = _read(div_page(numbered=False), "html")
    assert _pairs(foi) == [(None, norm(q), norm(a)) for q, a in UNNUMBERED]
    assert foi.reference == "WVC-FOI-3307"


def test_div_page_with_numbers_in_a_margin_div():
    foi = _read(div_page(numbered=True), "html")
    assert _pairs(foi) == [(str(n), norm(q), norm(a)) for n, (q, a) in enumerate(UNNUMBERED, 1)]


def test_a_class_after_body_paragraphs_is_not_an_answer():
    """Notes in a class of their own after body paragraphs are no answers: only a
    colour marks replies against the body text."""
    body = "".join(
        f"<p>{escape(t)}</p><p class='note'>This paragraph was updated on {d} May 2024.</p>"
        for t, d in (("Our car parks are open to visitors at all hours.", 3), (CLOSING[0], 9))
    )
    page = f"<html><body><main><p>{TRUST}</p>{body}</main></body></html>".encode()
    from parsers.foi.look_pairs import look_pairs
    from parsers.foi.units import _units

    assert look_pairs(_units(extract(page, filename="x.html"))) is None


# ------------- the request in a left margin column, the answer beside it, no header


def margin_letter(fmt: str) -> bytes:
    """A borderless two-column table with no heading row: each numbered request on
    the left, the Trust's answer on the right."""
    rows = [(q, a) for q, a in QS[:4]]  # (the requests wrap in the narrow column)
    if fmt == "docx":
        d = docx.Document()
        for t in INTRO[:3]:
            d.add_paragraph(t)
        table = d.add_table(rows=0, cols=2)  # the default table style draws no borders
        for q, a in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = q, a
        for t in CLOSING:
            d.add_paragraph(t)
        buf = io.BytesIO()
        d.save(buf)
        return buf.getvalue()
    if fmt == "pdf":  # each cell set at its row's top, the rows at the line pitch
        pdf = FPDF(format="A4")
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        for t in INTRO:
            pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        for q, a in rows:
            y = pdf.get_y()
            pdf.set_xy(10, y)
            pdf.multi_cell(55, 5, q, new_x="LMARGIN", new_y="NEXT")
            below = pdf.get_y()
            pdf.set_xy(72, y)
            pdf.multi_cell(128, 5, a, new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(below, pdf.get_y()))
        pdf.ln(4)
        for t in CLOSING:
            pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())
    body = "".join(f"<p>{escape(t)}</p>" for t in INTRO[:3])
    body += "<table>" + "".join(
        f"<tr><td style='width:30%'>{escape(q)}</td><td>{escape(a)}</td></tr>" for q, a in rows
    )
    body += "</table>" + "".join(f"<p>{escape(t)}</p>" for t in CLOSING)
    return f"<html><head><title>FOI reply</title></head><body><main>{body}</main></body></html>".encode()


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_numbered_requests_in_a_margin_column_without_a_header(fmt):
    foi = _read(margin_letter(fmt), fmt)
    assert _pairs(foi) == _want()[:4]


def test_a_numbered_data_table_is_no_margin_of_requests():
    """A table of numbered wards and figures has numbers in its left column, but no
    requests: it is no question/answer table."""
    from parsers.extract.model import Table
    from parsers.foi.qa_tables import _numbered_margin

    wards = Table(rows=[["1. Ash Ward", "24 beds"], ["2. Birch Ward", "18 beds"], ["3. Elm", "9"]])
    assert not _numbered_margin(wards)
    asks = Table(rows=[[q, a] for q, a in QS[:3]])
    assert _numbered_margin(asks)
