"""The WRES reader on four classes of layout first met in held-out set G (brief h21wres),
each in documents built here for fictional trusts, in words and figures of our own,
printed to HTML, PDF and DOCX:

- a board paper whose paragraphs are numbered by section ("2.1", "2.2"): the numbers
  are neither figures nor indicators, the masthead's board and meeting date name no
  indicator and no period; the indicator comes from each paragraph's words;
- two groups' figures in one cell ("BME: 28.3%; White: 22.0%"): one cell, two keys;
- a workforce profile by detailed ethnic group with a group's own total row ("Total
  BME"), dates in figures;
- survey percentages printed with their bases ("18.9% (n = 455)"): the base is no
  figure of its own.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.wres_heldout import FORMATS
from parsers.extract.model import Table
from parsers.wres.cell_figures import group_pairs, holds_figures, parse_cell
from parsers.wres.cells import drop_paragraph_numbers, parse_period
from parsers.wres.context import heading_key
from tests.wres_docs import (
    heading,
    likelihood,
    para,
    percentage,
    read_exactly,
    truth_row,
)

# ---------------------------------------------------------------------------
# 1. a board paper with numbered paragraphs


def test_paragraph_numbers_are_dropped_only_where_the_paper_numbers_its_paragraphs():
    numbered = ["2.1 On 31 March 2023, 21.3% ...", "2.2 White candidates ...", "3. Survey"]
    assert drop_paragraph_numbers(numbered)[:2] == [
        "On 31 March 2023, 21.3% ...",
        "White candidates ...",
    ]
    alone = ["1.47 White applicants were appointed for each BME applicant", "Total 18.4%"]
    assert drop_paragraph_numbers(alone) == alone  # one figure first is no numbering


def test_a_masthead_naming_the_board_meeting_names_no_indicator():
    assert heading_key("Report to the Trust Board, 12 March 2024", styled=True) is None
    assert heading_key("Board membership by ethnicity", styled=True)[1].indicator == 9


BOARD_PAPER = [
    heading("Ashcombe Weald NHS Foundation Trust: report to the Board of Directors, 28 March 2024"),
    heading("Item 7: Workforce Race Equality Standard 2023"),
    para("2. Key findings"),
    para(
        "2.1 On 31 March 2023, 21.3% of staff were from ethnic minority backgrounds, up from "
        "19.9% a year earlier."
    ),
    para(
        "2.2 White candidates were 1.33 times as likely as BME candidates to be appointed from "
        "shortlisting in 2022/23 (2021/22: 1.51)."
    ),
    para(
        "2.3 BME colleagues were 1.09 times as likely as White colleagues to enter a formal "
        "disciplinary investigation in 2022/23; in 2021/22 the figure was 1.27."
    ),
    para("3. Staff survey"),
    para(
        "3.1 In the 2022 NHS Staff Survey, 33.4% of BME colleagues and 27.0% of White "
        "colleagues said they had faced harassment, bullying or abuse from patients or the "
        "public."
    ),
    para(
        "3.2 Discrimination at work from a manager or colleague was reported by 12.8% of BME "
        "colleagues and 5.5% of White colleagues."
    ),
]
BOARD_PAPER_TRUTH = [
    truth_row(1, "percentage", "overall", None, "BME", "2022/23", 21.3),
    truth_row(1, "percentage", "overall", None, "BME", "2021/22", 19.9),
    likelihood(2, "White", "2022/23", 1.33),
    likelihood(2, "White", "2021/22", 1.51),
    likelihood(3, "BME", "2022/23", 1.09),
    likelihood(3, "BME", "2021/22", 1.27),
    percentage(5, "BME", "2022/23", 33.4),
    percentage(5, "White", "2022/23", 27.0),
    percentage(8, "BME", "2022/23", 12.8),
    percentage(8, "White", "2022/23", 5.5),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_board_papers_paragraph_numbers_are_not_indicators(fmt):
    report, _warnings = read_exactly(BOARD_PAPER, BOARD_PAPER_TRUTH, fmt)
    assert not {m.value for m in report.metrics} & {2.1, 2.2, 2.3, 3.1, 3.2}


def test_a_paragraph_number_before_a_percentage_is_no_figure():
    items = [
        heading("Wendover Marsh NHS Trust"),
        heading("Workforce Race Equality Standard 2024"),
        para(
            "3.1 24.5% of BME staff reported harassment from patients or the public in the "
            "2023 NHS Staff Survey."
        ),
        para("3.2 Career progression: see the action plan."),
    ]
    read_exactly(items, [percentage(5, "BME", "2023/24", 24.5)], "html")


# ---------------------------------------------------------------------------
# 2. two groups' figures in one cell


def test_a_cell_of_two_groups_figures_holds_figures():
    assert group_pairs("BME: 28.3%; White: 22.0%") == [("BME", 28.3, 1), ("White", 22.0, 1)]
    assert holds_figures("BME: 28.3%; White: 22.0%")
    assert not holds_figures("BME staff and White staff")
    assert group_pairs("BME 28.3% (national 30.1%)") == []  # a figure with no group of its own


PAIRS = [
    heading("Coldharbour Vale NHS Trust"),
    heading("Staff survey measures of the race equality standard"),
    Table(
        rows=[
            ["Measure", "2021 NHS staff survey", "2022 NHS staff survey"],
            [
                "6 - harassment, bullying or abuse from colleagues",
                "BME: 28.3%; White: 22.0%",
                "BME: 26.1%; White: 21.4%",
            ],
            [
                "7 - equal opportunities for career progression or promotion",
                "BME: 41.9%; White: 57.2%",
                "BME: 44.0%; White: 56.8%",
            ],
        ]
    ),
]
PAIRS_TRUTH = [
    percentage(6, "BME", "2021/22", 28.3),
    percentage(6, "White", "2021/22", 22.0),
    percentage(6, "BME", "2022/23", 26.1),
    percentage(6, "White", "2022/23", 21.4),
    percentage(7, "BME", "2021/22", 41.9),
    percentage(7, "White", "2021/22", 57.2),
    percentage(7, "BME", "2022/23", 44.0),
    percentage(7, "White", "2022/23", 56.8),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_cell_gives_two_groups_figures(fmt):
    read_exactly(PAIRS, PAIRS_TRUTH, fmt)


ONE_INDICATOR = [
    heading("Coldharbour Vale NHS Trust"),
    heading("Indicator 5: harassment, bullying or abuse from patients, relatives or the public"),
    Table(
        rows=[
            ["", "2021", "2022"],
            ["Staff experiencing it", "White 23.3% / BME 27.9%", "White 22.1% / BME 26.0%"],
            ["National average", "White 27.0% / BME 29.1%", "White 26.5% / BME 28.8%"],
        ]
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_groups_in_one_cell_under_one_indicators_heading(fmt):
    truth = [
        percentage(5, "White", "2021/22", 23.3),
        percentage(5, "BME", "2021/22", 27.9),
        percentage(5, "White", "2022/23", 22.1),
        percentage(5, "BME", "2022/23", 26.0),
    ]
    read_exactly(ONE_INDICATOR, truth, fmt)  # the national row is no figure of the trust's


def test_rows_named_only_by_their_words_are_read_each_by_its_own():
    rows = [[r[0].split(" - ", 1)[-1], *r[1:]] for r in PAIRS[2].rows]  # no numbers
    read_exactly([*PAIRS[:2], Table(rows=rows)], PAIRS_TRUTH, "html")


def test_a_heading_naming_the_staff_survey_reads_its_year_as_the_surveys():
    assert parse_period("2022 NHS staff survey").period == "2022/23"
    assert parse_period("2022").period == "2021/22"  # a bare year is a WRES data year


# ---------------------------------------------------------------------------
# 3. detailed ethnic groups with a group's own total row

DETAILED = [
    heading("Quarrendon Health and Care NHS Trust"),
    heading("Indicator 1: who works here, by ethnic group"),
    para("From the electronic staff record; percentages of all substantive staff."),
    Table(
        rows=[
            ["Ethnicity", "Share at 31.03.2022", "Share at 31.03.2023"],
            ["White", "81.2%", "79.6%"],
            ["Asian or Asian British", "9.7%", "10.8%"],
            ["Black or Black British", "4.1%", "4.6%"],
            ["Mixed heritage", "1.6%", "1.8%"],
            ["Any other ethnic group", "0.9%", "1.1%"],
            ["Not known", "2.5%", "2.1%"],
            ["Total BME", "16.3%", "18.3%"],
        ]
    ),
]
_NAMES = {
    "White": "White",
    "Asian or Asian British": "Asian",
    "Black or Black British": "Black",
    "Mixed heritage": "Mixed",
    "Any other ethnic group": "Other",
    "Not known": "Unknown",
    "Total BME": "BME",
}
DETAILED_TRUTH = [
    truth_row(1, "percentage", "overall", None, _NAMES[r[0]], p, float(c.rstrip("%")))
    for r in DETAILED[3].rows[1:]
    for p, c in zip(("2021/22", "2022/23"), r[1:], strict=True)
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_groups_total_row_is_that_groups_figure(fmt):
    read_exactly(DETAILED, DETAILED_TRUTH, fmt)


# ---------------------------------------------------------------------------
# 4. percentages with their bases


@pytest.mark.parametrize(
    "text,value,base",
    [("18.9% (n = 455)", 18.9, 455), ("7.0% (n=1,302)", 7.0, 1302), ("52% (base: 88)", 52, 88)],
)
def test_a_percentages_base_is_its_denominator(text, value, base):
    cell = parse_cell(text)
    assert (cell.kind, cell.value, cell.denominator, cell.numerator) == ("pct", value, base, None)


BASES = [
    heading("Ridgeway Downs Ambulance Service NHS Trust"),
    heading("2022 NHS Staff Survey: race equality measures"),
    Table(
        rows=[
            ["Question", "Ethnic minority staff", "White staff"],
            [
                "Indicator 5 - abuse from patients or the public",
                "18.9% (n = 455)",
                "15.2% (n=3,010)",
            ],
            [
                "Indicator 8 - discrimination from a manager or colleague",
                "13.6% (n = 451)",
                "7.0% (n=2,994)",
            ],
        ]
    ),
]
BASES_TRUTH = [
    percentage(5, "BME", "2022/23", 18.9),
    percentage(5, "White", "2022/23", 15.2),
    percentage(8, "BME", "2022/23", 13.6),
    percentage(8, "White", "2022/23", 7.0),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_percentages_are_read_without_their_bases(fmt):
    report, _warnings = read_exactly(BASES, BASES_TRUTH, fmt)
    assert {m.denominator for m in report.metrics} == {455, 3010, 451, 2994}
