"""The WRES table readers on classes of layout first met in held-out set K (brief
wresk-tables), each in documents built here for fictional trusts, in words and figures
of our own, printed to HTML, PDF and DOCX:

- several years in one cell, joined by arrows, under a heading naming the years (all
  of them, or only the first and the last), the indicator numbers alone in a column
  headed "Metric no.": a cell whose series is not as long as its heading's years is
  not read but sent to review;
- one table of ethnic groups as columns beside a gap and an England column, dated
  only by a merged first row;
- a measure / value table per indicator dated only by the report's title, the group
  and the unit in the row label, a comparator row and a withheld cell.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.parse import parse_wres
from parsers.wres.series import series_years
from parsers.wres.skipped import UNSETTLED
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


# ---------------------------------------------------------------------------
# 1. a series of years in one cell

YEARS = ("2020/21", "2021/22", "2022/23")
SERIES = {  # (metric, row words): figures 2020/21, 2021/22, 2022/23
    (1, "BME"): ("11.9%", "12.6%", "13.4%"),
    (3, "BME (relative likelihood)"): ("1.52", "1.36", "1.29"),
    (6, "BME"): ("27.1%", "26.4%", "25.2%"),
    (6, "White"): ("22.8%", "22.0%", "21.7%"),
    (9, "Voting board members, BME"): ("8.3%", "8.3%", "16.7%"),
}


def _series_doc(heading: str, short_row: bool = False) -> list:
    rows = [["Metric no.", "Who", heading, "Peer trusts (median)"]]
    for (ind, who), figures in SERIES.items():
        rows.append([str(ind), who, " -> ".join(figures), "20.0%"])
    if short_row:  # two figures under three years: which two?
        rows.append(["8", "BME", "15.1% -> 14.0%", "16.0%"])
    return [
        H("Ashcombe Vale NHS Trust"),
        H("How our race equality measures have moved"),
        P("Each cell runs from the earliest year to the latest."),
        T(rows),
    ]


def _series_truth() -> list[dict]:
    out = []
    for (ind, _who), figures in SERIES.items():
        for year, text in zip(YEARS, figures, strict=True):
            x = float(text.rstrip("%"))
            if ind == 1:
                out.append(truth_row(1, "percentage", "overall", None, "BME", year, x))
            elif ind == 3:
                out.append(likelihood(3, "BME", year, x))
            elif ind == 9:
                out.append(truth_row(9, "percentage", "board_voting", None, "BME", year, x))
            else:
                out.append(percentage(ind, _who, year, x))
    return out


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("heading", ["2020/21 -> 2021/22 -> 2022/23", "2020/21 -> 2022/23"])
def test_series_cells_split_by_the_years_in_their_heading(fmt, heading):
    report, _warnings = read(_series_doc(heading), fmt)
    exactly(report, _series_truth())


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_series_shorter_than_its_years_goes_to_review(fmt):
    report, warnings = read(_series_doc("2020/21 -> 2022/23", short_row=True), fmt)
    exactly(report, _series_truth())
    assert not [m for m in report.metrics if m.indicator == 8]
    assert any(w.startswith(UNSETTLED) for w in warnings)


def test_series_years():
    assert series_years("2020/21 \u2192 2022/23", 3) == list(YEARS)
    assert series_years("2020/21 \u2192 2022/23", 2) == ["2020/21", "2022/23"]
    assert series_years("2020/21 \u2192 2022/23", 4) is None  # not the years it spans
    assert series_years("2019 -> 2021", 3) == ["2019", "2020", "2021"]
    assert series_years("Trend", 3) is None


# ---------------------------------------------------------------------------
# 2. groups as columns beside a gap and an England column, dated by a merged row

GROUP_ROWS = {  # metric: (BME, White, England)
    1: ("Proportion of the workforce", "9.8", "88.0", "25.1"),
    5: ("Abuse from patients, relatives or the public", "26.6", "24.9", "28.3"),
    7: ("Equal opportunities for career progression or promotion", "50.2", "58.8", "46.0"),
    9: ("Voting members of the board", "10.0", "90.0", "13.1"),
}


def _groups_doc() -> list:
    rows = [["Metric", "Black and minority ethnic", "White", "Gap, % points", "England"]]
    for ind, (words, bme, white, england) in GROUP_ROWS.items():
        gap = f"{abs(float(bme) - float(white)):.1f}"
        rows.append([f"{ind}. {words}", f"{bme}%", f"{white}%", gap, f"{england}%"])
    ratios = [
        ["Metric", "Our trust", "England"],
        ["2. Appointment from shortlisting, White relative to BME applicants", "1.47", "1.58"],
        ["3. Entering formal disciplinary action, BME relative to White staff", "<5", "1.12"],
    ]
    return [
        H("Brockhurst Moor Hospitals NHS Trust"),
        H("Race equality at a glance"),
        T(rows, spans=[("Position at 31 March 2023; 2022 NHS Staff Survey", 5)]),
        T(ratios, spans=[("Likelihood ratios for 2022/23", 3)]),
    ]


def _groups_truth() -> list[dict]:
    out = []
    for ind, (_words, bme, white, _england) in GROUP_ROWS.items():
        sg = {1: "overall", 9: "board_voting"}.get(ind)
        out += [
            truth_row(ind, "percentage", sg, None, "BME", "2022/23", float(bme)),
            truth_row(ind, "percentage", sg, None, "White", "2022/23", float(white)),
        ]
    return [*out, likelihood(2, "White", "2022/23", 1.47)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_group_columns_dated_by_a_merged_first_row(fmt):
    report, _warnings = read(_groups_doc(), fmt)
    exactly(report, _groups_truth())


# ---------------------------------------------------------------------------
# 3. a measure / value table per indicator, dated by the report's title


def _value_doc(title: str) -> list:
    def table(*pairs):
        return T([["Measure", "Figure"], *[list(p) for p in pairs]])

    return [
        H("Coldharbour Downs NHS Trust"),
        H(title),
        P("Figures are percentages unless marked as a ratio; no % signs are printed."),
        P("Indicator 6: harassment, bullying or abuse from colleagues", "bold"),
        table(
            ("Colleagues from BME backgrounds (%)", "24.4"),
            ("White colleagues (%)", "19.1"),
            ("Ethnicity not known (%)", "-"),
            ("Regional average for BME colleagues (%)", "26.0"),
        ),
        P("Indicator 8: discrimination from a manager or colleague", "bold"),
        table(("Colleagues from BME backgrounds (%)", "13.7"), ("White colleagues (%)", "6.6")),
        P("Indicator 9: the board", "bold"),
        table(
            ("Voting board members from BME backgrounds (%)", "7.7"),
            ("Whole workforce from BME backgrounds (%)", "16.9"),
            ("Difference, percentage points", "-9.2"),
        ),
    ]


VALUE_TRUTH = [
    percentage(6, "BME", "2023/24", 24.4),
    percentage(6, "White", "2023/24", 19.1),
    percentage(8, "BME", "2023/24", 13.7),
    percentage(8, "White", "2023/24", 6.6),
    truth_row(9, "percentage", "board_voting", None, "BME", "2023/24", 7.7),
    truth_row(9, "percentage", "overall", None, "BME", "2023/24", 16.9),
    truth_row(9, "difference", "board_voting", None, "BME", "2023/24", -9.2),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title", ["WRES report 2024", "Race equality standard: data for 2023/24"])
def test_value_tables_dated_by_the_report_title(fmt, title):
    if "WRES" not in title:
        title = f"Workforce {title[0].lower()}{title[1:]}"
    report, _warnings = read(_value_doc(title), fmt)
    exactly(report, VALUE_TRUTH)


@pytest.mark.parametrize("fmt", FORMATS)
def test_value_tables_under_a_title_of_two_years_are_not_keyed(fmt):
    report, warnings = read(_value_doc("WRES 2024: our figures beside 2021/22"), fmt)
    assert not report.metrics
    assert any(w.startswith(UNSETTLED) for w in warnings)
