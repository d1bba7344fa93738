"""Two-column PDF pages are read column by column (parsers.extract.pdf_columns)."""

from __future__ import annotations

from fpdf import FPDF

from parsers.extract import extract
from parsers.extract.pdf_columns import Box, find_gutter, sections
from parsers.wres.parse import parse_wres

LEFT = (
    "Our staff network met six times this year and agreed a programme of listening "
    "events with the executive team, reverse mentoring for every director, and a review "
    "of how we recruit to senior posts across the trust."
)
RIGHT = (
    "Indicator 5. In the staff survey 28.0% of BME staff experienced harassment, bullying "
    "or abuse from patients, relatives or the public, against 25.1% of White staff. "
    "Indicator 7: 47.0% of BME staff believe the trust provides equal opportunities for "
    "career progression, against 59.2% of White staff."
)


def two_column_pdf() -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.cell(0, 8, "Workforce Race Equality Standard report 2023/24", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=10)
    y = pdf.get_y() + 4
    pdf.set_xy(10, y)
    pdf.multi_cell(90, 5, LEFT)
    pdf.set_xy(110, y)
    pdf.multi_cell(90, 5, RIGHT)
    pdf.set_xy(10, pdf.get_y() + 30)
    pdf.multi_cell(0, 5, "A closing paragraph across the whole width of the page, after both.")
    return bytes(pdf.output())


def test_two_columns_are_read_one_after_the_other():
    doc = extract(two_column_pdf(), filename="x.pdf")
    texts = [b.text.replace("\n", " ") for b in doc.blocks]
    assert texts[0].startswith("Workforce Race Equality Standard")
    assert texts[1].startswith("Our staff network met") and "senior posts" in texts[1]
    assert texts[2].startswith("Indicator 5.") and texts[2].endswith("59.2% of White staff.")
    assert texts[3].startswith("A closing paragraph")


def test_figures_in_the_right_column_keep_their_own_sentence():
    report, _ = parse_wres(extract(two_column_pdf(), filename="x.pdf"))
    got = {(m.indicator, m.ethnic_group, m.value) for m in report.metrics}
    assert got == {(5, "BME", 28.0), (5, "White", 25.1), (7, "BME", 47.0), (7, "White", 59.2)}


def _words(lines: list[list[tuple[float, float]]]) -> list[Box]:
    return [Box(x0, x1, 10.0 * k) for k, line in enumerate(lines) for x0, x1 in line]


def test_one_column_text_has_no_gutter():
    # words 3 pt apart across the page, every line
    line = [(30 + 40 * i, 67 + 40 * i) for i in range(13)]
    assert find_gutter(_words([line] * 20), page_width=595) is None


def test_gutter_and_bands():
    body = [[(30, 280), (315, 565)]] * 8
    words = _words([[(30, 565)], *body, [(30, 565)]])
    gutter = find_gutter(words, page_width=595)
    assert gutter is not None and 280 < gutter < 315
    bands = sections(words, gutter)
    assert [two for _, _, two in bands] == [False, True, False]


def test_labels_and_values_are_not_two_columns():
    """A letter's heading block ("Our ref:" ... "FOI 1234") has a clear band between
    labels and values on every line, but the labels stop well short of it."""
    block = [[(30, 80), (300, 380)]] * 8
    prose = [[(30, 565)]] * 2
    assert find_gutter(_words(block + prose), page_width=595) is None


def test_a_data_listing_is_not_two_columns():
    """Rows of an unruled data listing (a police FOI attachment) fill both halves of
    the page, but they are codes and capitals, not running text."""
    row = [
        Box(30, 60, 0, "1535"),
        Box(70, 120, 0, "2020/2021"),
        Box(130, 200, 0, "VIOLENCE"),
        Box(205, 280, 0, "AGAINST"),
        Box(320, 400, 0, "Type"),
        Box(405, 420, 0, "15"),
        Box(425, 565, 0, "Named"),
    ]
    words = [Box(w.x0, w.x1, 10.0 * k, w.text) for k in range(10) for w in row]
    assert find_gutter(words, page_width=595) is None
