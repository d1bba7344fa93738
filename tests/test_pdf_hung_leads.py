"""A PDF's hanging indents and nested bullets drawn apart from their text
(parsers.extract.pdf_hung_leads): a label hung in the margin ('Q2', 'A:') or a list
glyph ('•', '◦') set a few points off its text's baseline is read with its text, and
a question wrapped under a loose line spacing stays one paragraph."""

from __future__ import annotations

import pytest

from parsers import parse_document
from parsers.extract.pdf_blocks import page_blocks
from parsers.extract.pdf_running import Line

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ASKED = [
    (
        "What was the total spent by the Trust on taxis for patients travelling between "
        "its three hospital sites during the financial year 2022/23?",
        [
            "Patient taxis cost £71,300 in 2022/23.",
            "Most journeys were between the two acute sites.",
        ],
    ),
    ("Does the Trust run a shuttle bus?", ["Yes, a shuttle runs hourly on weekdays."]),
    ("How many taxi firms hold a contract?", ["Three firms hold contracts."]),
]
INTRO = "Thank you for your request. Our answers follow each of your questions below."


def _pdf(draw_entry) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    for line in ("Kestrel Moor NHS Trust", "Our ref: KM-FOI-3301", "Date: 14 May 2024"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 6, INTRO, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for n, (question, answers) in enumerate(ASKED, 1):
        draw_entry(pdf, n, question, answers)
    pdf.multi_cell(0, 6, "Yours sincerely, Access to Records", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _hung(pdf, label: str, text: str, bold: bool = False) -> None:
    # the label drawn as a cell of its own height, the text in a taller one: their
    # baselines a few points apart
    y = pdf.get_y()
    pdf.set_font("DejaVu", "", 10)
    pdf.set_xy(pdf.l_margin, y)
    if label:
        pdf.cell(text=label)
    pdf.set_font("DejaVu", "B" if bold else "", 10)
    pdf.set_xy(pdf.l_margin + 18, y)
    pdf.multi_cell(pdf.epw - 18, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.ln(2)


def _margin_entry(pdf, n: int, question: str, answers: list[str]) -> None:
    _hung(pdf, f"Q{n}", question, bold=True)
    _hung(pdf, "A:", answers[0])
    for more in answers[1:]:
        _hung(pdf, "", more)


def _bullet_entry(pdf, n: int, question: str, answers: list[str]) -> None:
    for depth, glyph, text in ((0, "•", question), *((1, "◦", a) for a in answers)):
        y, x = pdf.get_y(), pdf.l_margin + 4 + 12 * depth
        pdf.set_xy(x, y)
        pdf.cell(text=glyph)
        pdf.set_xy(x + 6, y)
        pdf.multi_cell(pdf.epw - (x + 6 - pdf.l_margin), 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)


@pytest.mark.parametrize(("draw", "labels"), [(_margin_entry, True), (_bullet_entry, False)])
def test_hung_labels_and_glyphs_read_with_their_text(draw, labels: bool) -> None:
    foi = parse_document(_pdf(draw), filename="letter.pdf", kind_hint="foi").foi
    got = [(i.label, i.question, i.answer.replace(" • ", " ")) for i in foi.items]
    want = [(f"Q{n}" if labels else None, q, " ".join(a)) for n, (q, a) in enumerate(ASKED, 1)]
    assert got == want


def _line(text: str, top: float, x1: float) -> Line:
    return Line(text, top, top + 10.0, 72.0, 10.0, False, True, x1=x1)


def test_numbered_items_set_apart_stay_apart_however_full_their_lines() -> None:
    """Two captions under a loose line spacing, the first's last line reaching the
    right margin with no stop: the second opens as the first did ('Figure 1 …',
    'Figure 2 …'), so it is the next caption, not the first wrapped on."""
    lines = [
        _line("Figure 1 - Staff reporting harassment from patients or the public", 100.0, 520.0),
        _line("by year of the survey and ethnic group, all staff, 2024 survey data", 116.0, 521.0),
        _line("Figure 2 - Staff believing the trust offers equal opportunities", 132.0, 500.0),
    ]
    texts = [block.text for _top, block in page_blocks(lines, 1, 595.0)]
    assert len(texts) == 2, texts
    assert texts[1].startswith("Figure 2")
    # the same lines without a second number opening them still wrap on
    lines[2] = _line("and grade, compared with the survey of the year before it", 132.0, 480.0)
    assert len(page_blocks(lines, 1, 595.0)) == 1
