"""The WRES reader on classes of layout first met in held-out set I (brief h23wresi),
each in documents built here for fictional trusts, in words and figures of our own,
printed to HTML, PDF and DOCX:

- a board paper giving both groups on one line ("White colleagues: x% / BME
  colleagues: y%") with the national figures in brackets after them, the board's
  share, the workforce's share and their difference in percentage points in one
  sentence, and an action plan whose targets are not figures;
- tables whose columns are "Last year" / "This year", the periods named only in the
  table's caption (a "Table 2: ..." line above it, or an HTML <caption>);
- headcounts with their percentage in brackets ("412 (77.9%)") in one table a staff
  group, under one dated indicator heading, small numbers withheld as "<5 (*)";
- an infographic whose figures are stated only in its charts' captions ("2021 and
  2022 surveys: BME 18.2% then 16.0%; ...") and in a line of statements separated by
  bars ("Indicator 2: 1.45 (2021/22), 1.30 (2022/23) | Indicator 4: ..."); on a web
  page each chart is an inline SVG whose data labels are read as text, paired with the
  axis labels under them, as the chart's printed version gives them; a chart whose
  figures are only in its data labels ("BME: 17.5% White: 9.6% England: 10.2%") takes
  its indicator and year from the caption beside it;
- (a guard) groups as rows, survey years as columns and a national average column
  beside them: the comparator's column is never the trust's.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.wres_heldout import FORMATS
from benchmarks.wres_score import score
from parsers.extract import extract
from parsers.extract.html import extract_html
from parsers.extract.model import Table, TextBlock
from parsers.wres.captions import caption_periods, relative_period
from parsers.wres.parse import parse_wres
from tests.wres_docs import (
    explain,
    heading,
    likelihood,
    para,
    percentage,
    read_exactly,
    read_rendered,
    truth_row,
)

# ---------------------------------------------------------------------------
# 1. a board paper: both groups on one line, national figures in brackets, the
# board's share and difference in one sentence, an action plan

BOARD_PAPER = [
    heading("Harrowgate Fields NHS Trust"),
    heading("Trust board, agenda item 9: race equality"),
    para("Staff survey findings (sector figures in brackets for comparison)"),
    para("2021 NHS Staff Survey"),
    para(
        "Indicator 6 (bullying or abuse from other colleagues): White colleagues: 19.6% / "
        "BME colleagues: 25.3% (national: 21.2% / 26.0%)"
    ),
    para(
        "Indicator 7 (equal opportunities for career progression): White colleagues: 61.4% / "
        "BME colleagues: 48.8% (national: 59.0% / 46.1%)"
    ),
    para("Indicator 9: the board"),
    para(
        "WRES 2022: 1 of the 9 voting members of the board is from a BME background "
        "(11.1%), against 15.2% of the overall workforce, a difference of -4.1 percentage "
        "points."
    ),
    para("Our actions for 2023/24"),
    para(
        "1. Lower the share of BME colleagues reporting bullying from other colleagues to "
        "20% by the 2024 survey."
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_board_paper_with_both_groups_on_one_line(fmt):
    truth = [
        percentage(6, "White", "2021/22", 19.6),
        percentage(6, "BME", "2021/22", 25.3),
        percentage(7, "White", "2021/22", 61.4),
        percentage(7, "BME", "2021/22", 48.8),
        truth_row(9, "percentage", "board_voting", None, "BME", "2021/22", 11.1),
        truth_row(9, "difference", "board_voting", None, "BME", "2021/22", -4.1),
        # the workforce share the board is measured against: indicator 9's comparison
        # figure, as benchmarks/wres_structure_e.py (S3) keys it
        truth_row(9, "percentage", "overall", None, "BME", "2021/22", 15.2),
    ]
    read_exactly(BOARD_PAPER, truth, fmt)


# ---------------------------------------------------------------------------
# 2. "Last year" / "This year" columns, the periods named only in the caption


def test_a_captions_periods_date_its_relative_columns():
    two = caption_periods("Table 4: Our staff, 31 March 2022 and 31 March 2023")
    assert [p.period for p in two] == ["2021/22", "2022/23"]
    assert relative_period("Last year", two).period == "2021/22"
    assert relative_period("This year", two).period == "2022/23"
    one = caption_periods("Figure 2 - likelihoods in 2022/23")
    assert relative_period("Previous year", one).period == "2021/22"
    three = caption_periods("Table 9: 2020/21, 2021/22 and 2022/23")
    assert relative_period("This year", three) is None  # which of the three?
    assert relative_period("2022/23", two) is None  # not a relative heading


CAPTIONED = [
    heading("Kestrel Moor Mental Health NHS Trust"),
    heading("Race equality figures"),
    para("Table 1: Staff by ethnic group, 31 March 2022 and 31 March 2023"),
    Table(
        rows=[
            ["", "Last year", "This year"],
            ["White", "83.1%", "81.5%"],
            ["BME", "14.0%", "15.9%"],
        ]
    ),
    para("Table 2: Indicators 2 and 3, 2021/22 and 2022/23"),
    Table(
        rows=[
            ["Indicator", "Last year", "This year"],
            [
                "Relative likelihood of White applicants being appointed from shortlisting "
                "compared to BME applicants",
                "1.52",
                "1.44",
            ],
            [
                "Relative likelihood of BME staff entering the formal disciplinary process "
                "compared to White staff",
                "0.87",
                "1.21",
            ],
        ]
    ),
]
CAPTIONED_TRUTH = [
    truth_row(1, "percentage", "overall", None, "White", "2021/22", 83.1),
    truth_row(1, "percentage", "overall", None, "White", "2022/23", 81.5),
    truth_row(1, "percentage", "overall", None, "BME", "2021/22", 14.0),
    truth_row(1, "percentage", "overall", None, "BME", "2022/23", 15.9),
    likelihood(2, "White", "2021/22", 1.52),
    likelihood(2, "White", "2022/23", 1.44),
    likelihood(3, "BME", "2021/22", 0.87),
    likelihood(3, "BME", "2022/23", 1.21),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_year_and_this_year_take_the_captions_periods(fmt):
    read_exactly(CAPTIONED, CAPTIONED_TRUTH, fmt)


def test_an_html_caption_dates_its_tables_columns():
    def table(caption: str, rows: list[list[str]]) -> str:
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        return f"<table><caption>{caption}</caption>{body}</table>"

    page = (
        "<html><body><h1>Kestrel Moor Mental Health NHS Trust</h1><h2>Race equality figures</h2>"
        + table(str(CAPTIONED[2].text), CAPTIONED[3].rows)
        + table(str(CAPTIONED[4].text), CAPTIONED[5].rows)
        + "</body></html>"
    )
    report, _warnings = parse_wres(extract(page.encode(), filename="captions.html"))
    scored = score(report.metrics, CAPTIONED_TRUTH)
    assert scored["matched"] == len(CAPTIONED_TRUTH) and not scored["extra"], explain(scored)


# ---------------------------------------------------------------------------
# 3. headcounts with their percentage in brackets, one table a staff group under one
# dated indicator heading, small numbers withheld

BANDED = [
    heading("Pennock Vale Acute NHS Trust"),
    heading("Indicator 1: colleagues by band and ethnic group at 31 March 2023"),
    para(
        "Each cell shows the headcount and, in brackets, the share of the band. Headcounts "
        "under five are printed as <5, and their shares as *."
    ),
    para("Non-clinical colleagues"),
    Table(
        rows=[
            ["Band", "White", "BME", "Not known"],
            ["Band 3", "220 (73.3%)", "64 (21.3%)", "16 (5.3%)"],
            ["Band 8b", "40 (88.9%)", "<5 (*)", "<5 (*)"],
        ]
    ),
    para("Clinical colleagues"),
    Table(
        rows=[
            ["Band", "White", "BME", "Not known"],
            ["Band 5", "510 (60.0%)", "300 (35.3%)", "40 (4.7%)"],
            ["Band 8b", "57 (91.9%)", "5 (8.1%)", "<5 (*)"],
        ]
    ),
]


def _share(sg, band, group, value, count):
    return truth_row(1, "percentage", sg, band, group, "2022/23", value) | {"numerator": count}


BANDED_TRUTH = [
    _share("non_clinical", "Band 3", "White", 73.3, 220),
    _share("non_clinical", "Band 3", "BME", 21.3, 64),
    _share("non_clinical", "Band 3", "Unknown", 5.3, 16),
    _share("non_clinical", "Band 8b", "White", 88.9, 40),
    _share("clinical", "Band 5", "White", 60.0, 510),
    _share("clinical", "Band 5", "BME", 35.3, 300),
    _share("clinical", "Band 5", "Unknown", 4.7, 40),
    _share("clinical", "Band 8b", "White", 91.9, 57),
    _share("clinical", "Band 8b", "BME", 8.1, 5),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_headcounts_with_bracketed_shares_and_withheld_cells(fmt):
    report, _warnings = read_rendered(BANDED, fmt)
    figures = [m for m in report.metrics if not m.redacted]
    scored = score(figures, BANDED_TRUTH)
    assert scored["matched"] == len(BANDED_TRUTH) and not scored["extra"], explain(scored)
    counts = {(m.staff_group, m.band, m.ethnic_group): m.numerator for m in figures}
    assert all(
        counts[(t["staff_group"], t["band"], t["ethnic_group"])] == t["numerator"]
        for t in BANDED_TRUTH
    )
    # "<5 (*)": the headcount and its share withheld, recorded as the schema records a
    # redaction (no value), never as a figure of 5
    withheld = {
        (m.staff_group, m.band, m.ethnic_group, m.value) for m in report.metrics if m.redacted
    }
    assert withheld == {
        ("non_clinical", "Band 8b", "BME", None),
        ("non_clinical", "Band 8b", "Unknown", None),
        ("clinical", "Band 8b", "Unknown", None),
    }


# ---------------------------------------------------------------------------
# 4. an infographic: the figures in its charts' captions and a line of statements

CHARTS = [
    heading("Lowmoor Community Health NHS Trust"),
    heading("Race equality at a glance"),
    para("Each chart compares our two most recent staff surveys; the dotted line is England."),
    TextBlock(
        text="Chart 1 - Experience of discrimination from a manager, team leader or colleague "
        "(indicator 8), 2021 and 2022 surveys: BME 18.2% then 16.0%; White 9.1% then 8.4%.",
        style="italic",
    ),
    para(
        "Indicator 2: 1.45 (2021/22), 1.30 (2022/23) | Indicator 3: 0.88 (2021/22), 1.12 (2022/23)"
    ),
    TextBlock(
        text="Chart 2 - Relative likelihoods, indicators 2 and 3 (1.00 is parity)", style="italic"
    ),
]
CHARTS_TRUTH = [
    percentage(8, "BME", "2021/22", 18.2),
    percentage(8, "BME", "2022/23", 16.0),
    percentage(8, "White", "2021/22", 9.1),
    percentage(8, "White", "2022/23", 8.4),
    likelihood(2, "White", "2021/22", 1.45),
    likelihood(2, "White", "2022/23", 1.30),
    likelihood(3, "BME", "2021/22", 0.88),
    likelihood(3, "BME", "2022/23", 1.12),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_infographics_figures_in_its_captions(fmt):
    read_exactly(CHARTS, CHARTS_TRUTH, fmt)


def _svg(texts: list[tuple[int, int, str]], title: str = "") -> str:
    drawn = "".join(f"<text x='{x}' y='{y}'>{t}</text>" for x, y, t in texts)
    head = f"<title>{title}</title>" if title else ""
    return f"<svg role='img' width='200' height='120'>{head}{drawn}</svg>"


def test_an_svg_charts_data_labels_are_read_with_their_axis_labels():
    labels = [(10, 40, "16.0%"), (50, 40, "8.4%"), (90, 40, "8.9%")]
    axis = [(10, 110, "BME"), (50, 110, "White"), (90, 110, "England")]
    page = (
        "<html><body><h2>Race equality at a glance</h2><figure>"
        + _svg(labels + axis, title="Discrimination, 2022 survey")
        + "<figcaption>Chart 1 - Discrimination from a manager or colleague (indicator 8)"
        "</figcaption></figure>"
        # an icon's text is no chart: dropped, as every drawing is
        + _svg([(5, 5, "i")])
        # figures that do not each stand over one label: not paired, dropped
        + _svg([(10, 40, "16.0%"), (50, 40, "8.4%"), (10, 110, "BME")])
        + "</body></html>"
    )
    texts = [b.text for b in extract_html(page.encode()).blocks]
    assert texts == [
        "Race equality at a glance",
        "Discrimination, 2022 survey\nBME: 16.0% White: 8.4% England: 8.9%",
        "Chart 1 - Discrimination from a manager or colleague (indicator 8)",
    ]


LABELLED = [
    heading("Lowmoor Community Health NHS Trust"),
    heading("Race equality at a glance"),
    para("BME: 17.5% White: 9.6% England: 10.2%"),
    TextBlock(
        text="Chart 1 - Discrimination from a manager, team leader or colleague "
        "(indicator 8), 2023 NHS Staff Survey",
        style="italic",
    ),
    TextBlock(
        text="Chart 2 - Harassment, bullying or abuse from other staff (indicator 6), "
        "2023 NHS Staff Survey",
        style="italic",
    ),
    para("White: 21.3% BME: 27.9%"),
]
LABELLED_TRUTH = [
    percentage(8, "BME", "2023/24", 17.5),
    percentage(8, "White", "2023/24", 9.6),
    percentage(6, "White", "2023/24", 21.3),
    percentage(6, "BME", "2023/24", 27.9),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_charts_data_labels_take_their_captions_indicator_and_year(fmt):
    read_exactly(LABELLED, LABELLED_TRUTH, fmt)


def test_an_svg_charts_data_labels_take_its_figcaptions_indicator_and_year():
    labels = [(10, 40, "17.5%"), (50, 40, "9.6%"), (90, 40, "10.2%")]
    axis = [(10, 110, "BME"), (50, 110, "White"), (90, 110, "England")]
    page = (
        "<html><body><h1>Lowmoor Community Health NHS Trust</h1><figure>"
        + _svg(labels + axis)
        + f"<figcaption>{LABELLED[3].text}</figcaption></figure></body></html>"
    )
    report, _warnings = parse_wres(extract(page.encode(), filename="chart.html"))
    scored = score(report.metrics, LABELLED_TRUTH[:2])
    assert scored["matched"] == 2 and not scored["extra"], explain(scored)


# ---------------------------------------------------------------------------
# 5. (a guard) groups as rows, survey years as columns, a national average column

NATIONAL_COLUMN = [
    heading("Ashcombe Priory NHS Foundation Trust"),
    heading("WRES 2023: staff survey indicators"),
    TextBlock(text="Indicator 6. Harassment, bullying or abuse from staff", style="bold"),
    Table(
        rows=[
            ["Ethnic group", "2020 survey", "2021 survey", "2022 survey", "National average"],
            ["White staff", "25.5%", "24.1%", "23.0%", "24.2%"],
            ["BME staff", "30.9%", "29.4%", "28.8%", "28.0%"],
        ]
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_national_average_column_beside_survey_years_is_not_read(fmt):
    truth = [
        percentage(6, group, f"{year}/{year - 1999}", value)
        for group, values in (("White", (25.5, 24.1, 23.0)), ("BME", (30.9, 29.4, 28.8)))
        for year, value in zip((2020, 2021, 2022), values, strict=True)
    ]
    read_exactly(NATIONAL_COLUMN, truth, fmt)
