"""The WRES reader on two classes of layout first met in held-out set F (brief h21wres),
each in documents built here for fictional trusts, in words and figures of our own,
printed to HTML, PDF and DOCX:

- relative likelihoods printed as ratios to one ("1.18:1"), in a summary table and in
  one indicator's table; a ratio turned round ("1:1.25") says not whose likelihood it
  is, so it is skipped and counted, never guessed;
- snapshot dates written in figures ("31.03.2022", "31/03/23") or with a short month
  ("31-Mar-23") heading the columns of a staff-group table; a publication date is no
  period.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.wres_heldout import FORMATS
from parsers.extract.model import Table
from parsers.wres.cell_figures import is_figure, parse_cell
from parsers.wres.cells import parse_period
from parsers.wres.narrative_terms import _times
from parsers.wres.parse import UNSETTLED
from tests.wres_docs import (
    heading,
    likelihood,
    para,
    read_exactly,
    read_rendered,
    truth_row,
)

# ---------------------------------------------------------------------------
# 1. likelihoods as ratios to one


@pytest.mark.parametrize(
    "text,kind,value",
    [
        ("1.18:1", "ratio", 1.18),
        ("0.87 : 1", "ratio", 0.87),
        ("2.05:1.00", "ratio", 2.05),
        ("1:1", "ratio", 1.0),
        ("1:1.25", "inverted_ratio", None),  # whose likelihood? not said
        ("09:45", "text", None),  # a time of day is no ratio
    ],
)
def test_a_ratio_to_one_is_a_likelihood_cell(text, kind, value):
    cell = parse_cell(text)
    assert (cell.kind, cell.value) == (kind, value)
    assert is_figure(cell) == (kind != "text")


RATIO_SUMMARY = [
    heading("Thornbury Heath Community NHS Trust"),
    heading("How likely, relatively: recruitment, discipline and development"),
    Table(
        rows=[
            ["Measure", "2021/22", "2022/23"],
            ["Indicator 2 - appointed after shortlisting, White to BME", "1.74:1", "1.18:1"],
            ["Indicator 3 - formal disciplinary investigation, BME to White", "0.87:1", "1.06:1"],
            ["Indicator 4 - non-mandatory training, White to BME", "1:1", "1.11 : 1"],
        ]
    ),
]
RATIO_SUMMARY_TRUTH = [
    likelihood(2, "White", "2021/22", 1.74),
    likelihood(2, "White", "2022/23", 1.18),
    likelihood(3, "BME", "2021/22", 0.87),
    likelihood(3, "BME", "2022/23", 1.06),
    likelihood(4, "White", "2021/22", 1.0),
    likelihood(4, "White", "2022/23", 1.11),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_ratios_to_one_in_a_summary_table_are_relative_likelihoods(fmt):
    read_exactly(RATIO_SUMMARY, RATIO_SUMMARY_TRUTH, fmt)


def test_a_ratio_turned_round_is_skipped_and_counted():
    rows = [list(r) for r in RATIO_SUMMARY[2].rows]
    rows[1][2] = "1:1.32"  # indicator 2's latest year, printed the other way round
    report, warnings = read_rendered([*RATIO_SUMMARY[:2], Table(rows=rows)], "html")
    read = {(m.indicator, m.period) for m in report.metrics}
    assert (2, "2022/23") not in read and (2, "2021/22") in read
    assert any(w.startswith(UNSETTLED) and "1:1.32" in w for w in warnings), warnings


ONE_INDICATOR = [
    heading("Indicator 2: shortlisting to appointment"),
    Table(
        rows=[
            ["", "2020/21", "2021/22", "2022/23"],
            ["White applicants appointed (%)", "21.4%", "20.9%", "22.6%"],
            ["BME applicants appointed (%)", "12.2%", "15.0%", "16.1%"],
            ["Relative likelihood (White : BME)", "1.75:1", "1.39:1", "1:0.71"],
        ]
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_ratio_row_under_one_indicators_rates_keeps_both(fmt):
    truth = [
        truth_row(2, "rate", None, None, g, p, v)
        for g, vals in (("White", (21.4, 20.9, 22.6)), ("BME", (12.2, 15.0, 16.1)))
        for p, v in zip(("2020/21", "2021/22", "2022/23"), vals, strict=True)
    ] + [likelihood(2, "White", "2020/21", 1.75), likelihood(2, "White", "2021/22", 1.39)]
    _report, warnings = read_exactly(ONE_INDICATOR, truth, fmt)
    assert any(w.startswith(UNSETTLED) and "1:0.71" in w for w in warnings), warnings


# ---------------------------------------------------------------------------
# 2. snapshot dates in figures


@pytest.mark.parametrize(
    "text,period",
    [
        ("Share at 31/03/2022", "2021/22"),
        ("31.03.2023", "2022/23"),
        ("31-03-2023", "2022/23"),
        ("as at 31/03/23", "2022/23"),
        ("31-Mar-23", "2022/23"),
        ("30/09/2022", "2022/23"),  # a mid-year snapshot opens its financial year
        ("Published 12/07/2023", None),  # a publication date dates no figure
        ("Board meeting 5 September 2023", None),
        ("4.1.20", None),  # a paragraph number, not a date
        ("31/13/2023", None),
    ],
)
def test_a_snapshot_date_in_figures_is_its_financial_year(text, period):
    p = parse_period(text)
    assert (p.period if p else None) == period


def test_a_date_in_figures_in_a_sentence_is_a_snapshot():
    (time,) = _times("Headcount at 31.03.2023 was 5,120.")
    assert (time.kind, time.year) == ("month", 2022)


SNAPSHOT_TABLE = [
    heading("Pellworth Valley Hospitals NHS Trust"),
    heading("Indicator 1: ethnic minority staff in each part of the workforce"),
    para("Shares of headcount from the electronic staff record."),
    Table(
        rows=[
            ["Part of the workforce", "BME share 31.03.2022", "BME share 31-Mar-23"],
            ["Medical and dental", "41.7%", "44.3%"],
            ["Clinical", "19.5%", "21.2%"],
            ["Non-clinical", "8.8%", "9.6%"],
            ["Whole workforce", "17.0%", "18.4%"],
        ]
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_staff_groups_under_snapshot_dates_in_figures(fmt):
    groups = ("medical", "clinical", "non_clinical", "overall")
    values = ((41.7, 44.3), (19.5, 21.2), (8.8, 9.6), (17.0, 18.4))
    truth = [
        truth_row(1, "percentage", sg, None, "BME", p, v)
        for sg, vals in zip(groups, values, strict=True)
        for p, v in zip(("2021/22", "2022/23"), vals, strict=True)
    ]
    read_exactly(SNAPSHOT_TABLE, truth, fmt)


def test_a_publication_date_column_gives_no_period():
    rows = [list(r) for r in SNAPSHOT_TABLE[3].rows]
    rows[0][2] = "Published 30/06/2023"
    report, _warnings = read_rendered([*SNAPSHOT_TABLE[:3], Table(rows=rows)], "html")
    assert {m.period for m in report.metrics} == {"2021/22"}


# ---------------------------------------------------------------------------
# 3. a title's year and the table's own years


def test_the_tables_own_years_beat_the_titles_year():
    items = [heading("Thornbury Heath Community NHS Trust: WRES 2025"), *RATIO_SUMMARY[1:]]
    read_exactly(items, RATIO_SUMMARY_TRUTH, "html")


def test_a_title_year_alone_is_the_wres_data_year():
    rows = [["Measure", "Ratio"], *[[r[0], r[2]] for r in RATIO_SUMMARY[2].rows[1:]]]
    items = [heading("Thornbury Heath Community NHS Trust"), heading("WRES 2023"), Table(rows=rows)]
    truth = [t | {"period": "2022/23"} for t in RATIO_SUMMARY_TRUTH if t["period"] == "2022/23"]
    read_exactly(items, truth, "html")
