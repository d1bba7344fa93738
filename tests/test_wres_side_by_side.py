"""Side by side on a PDF page (parsers/extract/pdf_side_by_side.py): panels two to a
row, each a bold title over a small ruled table, the titles of a row printed at one
height (a long one wrapping), so that a reader going across the page glues them into
one line. Each table must take the title above it. A made-up trust, our own words;
every figure must be found with its key and nothing else."""

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
