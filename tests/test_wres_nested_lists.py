"""Figures in a bulleted list nested three deep: the indicator at the top level, the
ethnic group a bullet beneath it, and a bullet a year beneath that ("31 March 2024:
14.3%"), naming neither indicator nor group (parsers/wres/year_lines.py: a group's
line of its own gives its group to the year lines under it). Printed to HTML (nested
<ul>, no glyph in the text), DOCX (Word's list styles, the glyph in the text) and PDF
(each level indented behind its glyph). A made-up trust, in words of our own; every
figure must be found with its key and nothing else."""

from __future__ import annotations

import html
import io

import pytest

from parsers.extract import extract
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, likelihood, percentage, truth_row

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # the glyphs of every level
TRUST = "Ravensmoor Community Healthcare NHS Trust"
INTRO = (
    "Our WRES results for the last two years are listed below. Workforce and board "
    "shares are taken at 31 March; the survey results are those of the NHS Staff Survey "
    "of the year named."
)
SNAPSHOTS = ("31 March 2024", "31 March 2023")
SURVEYS = ("2023 NHS Staff Survey", "2022 NHS Staff Survey")
# (level, text)
ITEMS: list[tuple[int, str]] = [
    (0, "Indicator 1 – how our workforce is made up"),
    (1, "BME colleagues"),
    (2, "31 March 2024: 22.6%"),
    (2, "31 March 2023: 21.0%"),
    (1, "White colleagues"),
    (2, "31 March 2024: 74.1%"),
    (2, "31 March 2023: 75.8%"),
    (0, "Indicator 3 – likelihood of BME staff entering formal disciplinary action"),
    (1, "BME staff compared with White staff"),
    (2, "2023/24: 1.61"),
    (2, "2022/23: 1.48"),
    (0, "Indicator 7 – belief in equal chances of career progression"),
    (1, "BME colleagues"),
    (2, "2023 NHS Staff Survey: 45.2%"),
    (2, "2022 NHS Staff Survey: 43.9%"),
    (1, "White colleagues"),
    (2, "2023 NHS Staff Survey: 58.8%"),
    (2, "2022 NHS Staff Survey: 59.6%"),
    (0, "Indicator 9 – voting members of the trust board"),
    (1, "BME members"),
    (2, "31 March 2024: 14.3%"),
    (2, "31 March 2023: 7.1%"),
    (1, "White members"),
    (2, "31 March 2024: 85.7%"),
    (2, "31 March 2023: 92.9%"),
]


def _truth() -> list[dict]:
    def share(ind, sg, group, period, v):
        return truth_row(ind, "percentage", sg, None, group, period, v)

    return [
        share(1, "overall", "BME", "2023/24", 22.6),
        share(1, "overall", "BME", "2022/23", 21.0),
        share(1, "overall", "White", "2023/24", 74.1),
        share(1, "overall", "White", "2022/23", 75.8),
        likelihood(3, "BME", "2023/24", 1.61),
        likelihood(3, "BME", "2022/23", 1.48),
        percentage(7, "BME", "2023/24", 45.2),
        percentage(7, "BME", "2022/23", 43.9),
        percentage(7, "White", "2023/24", 58.8),
        percentage(7, "White", "2022/23", 59.6),
        share(9, "board_voting", "BME", "2023/24", 14.3),
        share(9, "board_voting", "BME", "2022/23", 7.1),
        share(9, "board_voting", "White", "2023/24", 85.7),
        share(9, "board_voting", "White", "2022/23", 92.9),
    ]


def _html() -> bytes:
    out: list[str] = []
    depth = -1  # the deepest list open
    for level, text in ITEMS:
        if level > depth:
            out += ["<ul>"] * (level - depth)
        else:
            out += ["</li>"] + ["</ul></li>"] * (depth - level)
        out.append(f"<li>{html.escape(text)}")
        depth = level
    out += ["</li>"] + ["</ul></li>"] * depth + ["</ul>"]
    body = f"<h1>{TRUST}</h1><h2>Race equality: our results</h2><p>{INTRO}</p>{''.join(out)}"
    return f"<html><body><main>{body}</main></body></html>".encode()


def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(TRUST, level=1)
    document.add_heading("Race equality: our results", level=2)
    document.add_paragraph(INTRO)
    styles = ("List Bullet", "List Bullet 2", "List Bullet 3")
    for level, text in ITEMS:
        document.add_paragraph(text, style=styles[level])
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_page()
    pdf.set_font("DejaVu", size=13)
    pdf.multi_cell(0, 7, TRUST, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(0, 5, INTRO, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for level, text in ITEMS:
        indent = 6 + 8 * level
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin + indent - 5, y)
        pdf.cell(w=5, h=5, text=("\u2022", "\u25e6", "\u25aa")[level])
        pdf.set_xy(pdf.l_margin + indent, y)
        pdf.multi_cell(pdf.epw - indent, 5, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


RENDER = {"html": _html, "docx": _docx, "pdf": _pdf}


@pytest.mark.parametrize("fmt", sorted(RENDER))
def test_year_lines_take_the_group_of_the_item_they_are_nested_under(fmt):
    report, _warnings = parse_wres(extract(RENDER[fmt](), filename=f"report.{fmt}"))
    assert_exact(report, _truth())
