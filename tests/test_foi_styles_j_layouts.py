"""FOI layouts learned from held-out set J's layout failure classes after its first
sight (issue #13), read as structures rather than set J's phrases: a letter set in
two text columns whose lines do not share a baseline; answers told apart from their
questions only by the font colour, or only by a web page's `<div>` classes; a
reference joined with "#". Every letter here is made up and built in code, in
wordings of its own, and read from each format its layout is published in."""

from __future__ import annotations

import io

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from fpdf import FPDF

from parsers import parse_document
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
        "2. What is the annual cost of the Trust's laundry contract?",
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


__all__ = ["Pt", "RGBColor"]
