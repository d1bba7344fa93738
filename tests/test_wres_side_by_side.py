"""Side by side on a PDF page. Panels two to a row (parsers/extract/pdf_side_by_side.py),
each a bold title over a small ruled table, the titles of a row printed at one height
(a long one wrapping), so that a reader going across the page glues them into one
line: each table must take the title above it. A framed box of figures beside a
section's prose (parsers/extract/pdf_sidebars.py), each figure in large type under
its label, the box on the right or on the left: the box must be read whole, not line
by line with the prose, and a figure in large type is no heading
(parsers/wres/figure_blocks.py). A made-up trust, our own words; every figure must be
found with its key and nothing else."""

from __future__ import annotations

from parsers.extract import extract
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, likelihood, percentage

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TRUST = "Hollinmoor Partnership NHS Foundation Trust"
PANELS = [
    (
        "Indicator 4: access to training and development beyond the mandatory courses",
        [["", "2023/24", "2022/23"], ["Relative likelihood", "1.06", "0.97"]],
    ),
    (
        "Indicator 7: equal opportunities for progression",
        [
            ["", "2023 staff survey", "2022 staff survey"],
            ["BME", "44.6%", "41.9%"],
            ["White", "57.2%", "58.0%"],
        ],
    ),
    (
        "Indicator 3: formal disciplinary process",
        [["", "2023/24", "2022/23"], ["Relative likelihood", "1.52", "1.27"]],
    ),
    (
        "Indicator 5: abuse from patients and the public",
        [
            ["", "2023 staff survey", "2022 staff survey"],
            ["BME", "31.5%", "30.2%"],
            ["White", "26.0%", "27.7%"],
        ],
    ),
]


def _truth() -> list[dict]:
    return [
        likelihood(4, "White", "2023/24", 1.06),
        likelihood(4, "White", "2022/23", 0.97),
        percentage(7, "BME", "2023/24", 44.6),
        percentage(7, "BME", "2022/23", 41.9),
        percentage(7, "White", "2023/24", 57.2),
        percentage(7, "White", "2022/23", 58.0),
        likelihood(3, "BME", "2023/24", 1.52),
        likelihood(3, "BME", "2022/23", 1.27),
        percentage(5, "BME", "2023/24", 31.5),
        percentage(5, "BME", "2022/23", 30.2),
        percentage(5, "White", "2023/24", 26.0),
        percentage(5, "White", "2022/23", 27.7),
    ]


def _panels_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", BOLD)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, TRUST, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Our race equality measures at a glance.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    gap = 8.0
    width = (pdf.epw - gap) / 2
    for n in range(0, len(PANELS), 2):
        top, ends = pdf.get_y(), []
        for k, (title, rows) in enumerate(PANELS[n : n + 2]):
            x = pdf.l_margin + k * (width + gap)
            pdf.set_xy(x, top)
            pdf.set_left_margin(x)
            pdf.set_font("DejaVu", "B", 9)
            pdf.multi_cell(width, 5, title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(width=width, align="LEFT", line_height=5) as table:
                for row in rows:
                    table.row(row)
            ends.append(pdf.get_y())
            pdf.set_left_margin(10)
        pdf.set_xy(pdf.l_margin, max(ends) + 6)
    return bytes(pdf.output())


def test_tables_side_by_side_each_take_the_title_above_them():
    report, _warnings = parse_wres(extract(_panels_pdf(), filename="report.pdf"))
    assert_exact(report, _truth())


SECTIONS = [
    (
        "Indicator 3 - entering the formal disciplinary process",
        "We want any formal process to be fair and to be used only once the informal "
        "routes have been tried. Nationally the relative likelihood stood at 1.11 in the "
        "latest report, which we use as our yardstick for the years ahead.",
        [("Relative likelihood, 2023/24", "1.52"), ("Relative likelihood, 2022/23", "1.27")],
    ),
    (
        "Indicator 5 - abuse from patients and the public",
        "No one should be abused at work by the people they care for. Across England the "
        "figure for BME staff was 28.8% in the latest national report, and we are working "
        "with our security team to bring ours down.",
        [
            ("BME staff, 2023 staff survey", "31.5%"),
            ("White staff, 2023 staff survey", "26.0%"),
            ("BME staff, 2022 staff survey", "30.2%"),
            ("White staff, 2022 staff survey", "27.7%"),
        ],
    ),
]


def _boxes_pdf(box_left: bool) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", BOLD)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, TRUST, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    wide, gap = pdf.epw * 0.6, 8.0
    narrow = pdf.epw - wide - gap
    prose_x, box_x = pdf.l_margin, pdf.l_margin + wide + gap
    if box_left:
        prose_x, box_x = pdf.l_margin + narrow + gap, pdf.l_margin
    for title, prose, figures in SECTIONS:
        pdf.set_font("DejaVu", "B", 12)
        pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        top = pdf.get_y() + 2
        pdf.set_xy(prose_x, top)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(wide, 5, prose, new_x="LEFT", new_y="NEXT")
        end_prose = pdf.get_y()
        pdf.set_xy(box_x + 2, top + 1)
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(narrow - 4, 6, "Key numbers", new_x="LEFT", new_y="NEXT")
        for label, figure in figures:
            pdf.set_font("DejaVu", "", 8)
            pdf.multi_cell(narrow - 4, 4, label, new_x="LEFT", new_y="NEXT")
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(narrow - 4, 7, figure, new_x="LEFT", new_y="NEXT")
        end_box = pdf.get_y() + 1
        pdf.rect(box_x, top, narrow, end_box - top)
        pdf.set_xy(pdf.l_margin, max(end_prose, end_box) + 6)
    return bytes(pdf.output())


def _box_truth() -> list[dict]:
    return [t for t in _truth() if t["indicator"] in (3, 5)]


def test_a_framed_box_of_figures_right_of_the_prose_is_read_whole():
    report, _warnings = parse_wres(extract(_boxes_pdf(False), filename="report.pdf"))
    assert_exact(report, _box_truth())


def test_a_framed_box_of_figures_left_of_the_prose_is_read_whole():
    report, _warnings = parse_wres(extract(_boxes_pdf(True), filename="report.pdf"))
    assert_exact(report, _box_truth())
