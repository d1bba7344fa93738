"""The WRES reader on classes of layout first met in held-out set H (brief h22wresh),
each in documents built here for fictional trusts, in words and figures of our own,
printed to HTML, PDF and DOCX:

- a data return's sub-coded indicators ("WRES 1b", "5a", "9b") with a description
  column and a unit column ("%", "ratio", "percentage points"): each row keyed by its
  own number and words, the board's difference in percentage points as indicator 9's
  `difference`;
- pay bands as columns with two label columns, the staff group (a merged cell) and
  the ethnic group, bare numbers under a heading that says they are percentages;
- an infographic's figures as "x in every 100", each over its caption (which may
  open with its group: "White staff said the same") and last year's figure in
  brackets below it.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.wres_heldout import FORMATS
from parsers.extract.model import Table
from parsers.wres.cells import per_hundred_as_percent
from parsers.wres.template_summary import row_indicator
from tests.wres_docs import (
    heading,
    likelihood,
    para,
    percentage,
    read_exactly,
    read_rendered,
    truth_row,
)

# ---------------------------------------------------------------------------
# 1. sub-coded indicators with a unit column


def test_a_sub_code_letter_keeps_the_rows_indicator():
    assert row_indicator("WRES 1b") == 1
    assert row_indicator("9b") == 9
    assert row_indicator("Metric 6a") == 6
    assert row_indicator("WRES 2023") is None  # a year, not an indicator


SUB_CODED = [
    heading("Hollins Cross Community NHS Trust"),
    heading("Race equality standard: our return, year on year"),
    Table(
        rows=[
            ["Ref.", "What is measured", "Units", "2023 return", "2024 return"],
            ["1a", "BME share of non-clinical colleagues", "%", "9.6", "10.4"],
            ["1c", "BME share of medical and dental colleagues", "%", "38.5", "40.1"],
            [
                "2",
                "Relative likelihood of White shortlisted candidates being appointed",
                "ratio",
                "1.62",
                "1.38",
            ],
            ["6a", "BME colleagues bullied or abused by other staff", "%", "24.9", "23.3"],
            ["6b", "White colleagues bullied or abused by other staff", "%", "19.8", "20.4"],
            ["9a", "Voting board members who are BME", "%", "8.3", "16.7"],
            [
                "9b",
                "Gap between voting board members and workforce who are BME",
                "percentage points",
                "-6.1",
                "1.9",
            ],
            ["1d", "Number of BME non-clinical colleagues", "number", "412", "455"],
        ]
    ),
]
SUB_CODED_TRUTH = [
    truth_row(1, "percentage", "non_clinical", None, "BME", "2022/23", 9.6),
    truth_row(1, "percentage", "non_clinical", None, "BME", "2023/24", 10.4),
    truth_row(1, "percentage", "medical", None, "BME", "2022/23", 38.5),
    truth_row(1, "percentage", "medical", None, "BME", "2023/24", 40.1),
    likelihood(2, "White", "2022/23", 1.62),
    likelihood(2, "White", "2023/24", 1.38),
    percentage(6, "BME", "2022/23", 24.9),
    percentage(6, "BME", "2023/24", 23.3),
    percentage(6, "White", "2022/23", 19.8),
    percentage(6, "White", "2023/24", 20.4),
    truth_row(9, "percentage", "board_voting", None, "BME", "2022/23", 8.3),
    truth_row(9, "percentage", "board_voting", None, "BME", "2023/24", 16.7),
    truth_row(9, "difference", "board_voting", None, "BME", "2022/23", -6.1),
    truth_row(9, "difference", "board_voting", None, "BME", "2023/24", 1.9),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_sub_coded_rows_are_read_by_their_number_and_words(fmt):
    report, _warnings = read_exactly(SUB_CODED, SUB_CODED_TRUTH, fmt)
    assert not {m.value for m in report.metrics} & {412.0, 455.0}  # a count is no share


# ---------------------------------------------------------------------------
# 2. pay bands as columns, staff group and ethnic group as row labels

BANDS = ["Band 3", "Band 5", "Band 7", "Band 8c"]
WIDE = [
    heading("Marlcliff Health NHS Trust"),
    heading("Indicator 1 - share of each pay band by ethnicity (percentage), at 31 March 2023"),
    Table(
        rows=[
            ["Workforce", "Ethnic group", *BANDS],
            ["Clinical", "BME", "21.4", "33.0", "18.2", "9.5"],
            ["", "White", "76.1", "64.8", "79.9", "88.0"],
            ["Non-clinical", "BME", "12.2", "10.7", "8.8", "4.1"],
            ["", "White", "85.0", "86.3", "90.0", "94.6"],
        ]
    ),
]
WIDE_TRUTH = [
    truth_row(1, "percentage", sg, band, group, "2022/23", v)
    for sg, group, values in (
        ("clinical", "BME", (21.4, 33.0, 18.2, 9.5)),
        ("clinical", "White", (76.1, 64.8, 79.9, 88.0)),
        ("non_clinical", "BME", (12.2, 10.7, 8.8, 4.1)),
        ("non_clinical", "White", (85.0, 86.3, 90.0, 94.6)),
    )
    for band, v in zip(BANDS, values, strict=True)
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_bands_across_staff_and_ethnic_group_down_the_side(fmt):
    read_exactly(WIDE, WIDE_TRUTH, fmt)


def test_bare_counts_under_a_percentage_heading_are_not_shares():
    counts = [
        heading("Marlcliff Health NHS Trust"),
        heading("Indicator 1 - staff in each pay band by ethnicity (percentage), 31 March 2023"),
        Table(
            rows=[
                ["Workforce", "Ethnic group", *BANDS],
                ["Clinical", "BME", "61", "140", "72", "9"],
                ["", "White", "230", "310", "250", "40"],
            ]
        ),
    ]
    report, _warnings = read_rendered(counts, "html")
    assert not report.metrics  # the groups add up to more than 100: headcounts


# ---------------------------------------------------------------------------
# 3. an infographic's figures as "x in every 100", a short line each


def test_a_figure_per_hundred_is_a_percentage():
    assert per_hundred_as_percent("19 in every 100") == "19%"
    assert per_hundred_as_percent("(last year: 4.5 out of every 100)") == "(last year: 4.5%)"
    assert per_hundred_as_percent("1 in 5 colleagues") == "1 in 5 colleagues"  # not a hundred
    assert per_hundred_as_percent("3 in 1000") == "3 in 1000"


PER_HUNDRED = [
    heading("Greystone Moor NHS Foundation Trust"),
    heading("At a glance: what the 2022 NHS staff survey told us about race at work"),
    para("24 out of every 100"),
    para("global majority staff were bullied or abused by fellow colleagues"),
    para("(2021 survey: 27 out of every 100)"),
    para("18 out of every 100"),
    para("White staff told us the same"),
    para("(2021 survey: 19 out of every 100)"),
    para("9 in every 100"),
    para("global majority staff said a manager or colleague had discriminated against them"),
    para("(2021 survey: 11 in every 100)"),
    para("4 in every 100"),
    para("White staff said the same"),
    para("(2021 survey: 4 in every 100)"),
    heading("Who works here"),
    para("31 in every 100"),
    para("of our colleagues were from a global majority background at 31 March 2023"),
    para("(31 March 2022: 28 in every 100)"),
]
PER_HUNDRED_TRUTH = [
    percentage(6, "BME", "2022/23", 24.0),
    percentage(6, "BME", "2021/22", 27.0),
    percentage(6, "White", "2022/23", 18.0),
    percentage(6, "White", "2021/22", 19.0),
    percentage(8, "BME", "2022/23", 9.0),
    percentage(8, "BME", "2021/22", 11.0),
    percentage(8, "White", "2022/23", 4.0),
    percentage(8, "White", "2021/22", 4.0),
    truth_row(1, "percentage", "overall", None, "BME", "2022/23", 31.0),
    truth_row(1, "percentage", "overall", None, "BME", "2021/22", 28.0),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_figures_per_hundred_each_over_its_caption(fmt):
    read_exactly(PER_HUNDRED, PER_HUNDRED_TRUTH, fmt)


def test_a_figure_under_its_label_takes_no_caption_from_the_next_clause():
    items = [
        heading("Greystone Moor NHS Foundation Trust"),
        heading("Indicator 6: harassment, bullying or abuse from staff (2023 NHS Staff Survey)"),
        para("BME staff"),
        para("27.2%"),
        para("White staff reported less of it than the year before"),
    ]
    read_exactly(items, [percentage(6, "BME", "2023/24", 27.2)], "html")


def test_whole_numbers_under_a_percentage_heading_are_not_read_as_shares():
    small = [
        heading("Marlcliff Health NHS Trust"),
        heading("Indicator 1 - medical staff by grade and ethnicity (percentage), 31 March 2023"),
        Table(
            rows=[
                ["Workforce", "Ethnic group", "Consultants", "Trainee grades"],
                ["Medical", "BME", "31", "44"],
                ["", "White", "52", "38"],
            ]
        ),
    ]
    report, _warnings = read_rendered(small, "html")
    assert not report.metrics  # whole numbers that could be headcounts: not shares
