"""A summary table whose rows go in sections: a row naming an indicator alone (its other
cells empty, or merged across the table), then a row per ethnic group (or one
"Relative likelihood" row) under it, the years across the top
(parsers/wres/indicator_sections.py). Documents built here for a made-up trust, in
words of our own, printed to HTML, PDF and DOCX; every figure must be found with its
key and nothing else published."""

from __future__ import annotations

import pytest

from benchmarks.wres_heldout import FORMATS
from parsers.extract.model import Table
from parsers.wres.indicator_sections import indicator_sections, section_indicator
from parsers.wres.section_rows import year_sections
from parsers.wres.tables import Tab
from tests.wres_docs import assert_exact, heading, likelihood, para, percentage, read_exactly
from tests.wres_merged_render import Grid, read_merged

TRUST = "# Kestrel Down Mental Health NHS Trust: equality in employment, 2024"
YEARS = ["What we measure", "2022/23", "2023/24"]


def _truth(black_minority: str = "BME") -> list[dict]:
    return [
        percentage(6, black_minority, "2022/23", 27.7),
        percentage(6, black_minority, "2023/24", 26.1),
        percentage(6, "White", "2022/23", 21.4),
        percentage(6, "White", "2023/24", 20.9),
        likelihood(3, "BME", "2022/23", 1.62),
        likelihood(3, "BME", "2023/24", 1.18),
        percentage(7, black_minority, "2022/23", 44.0),
        percentage(7, black_minority, "2023/24", 46.3),
        percentage(7, "White", "2022/23", 57.2),
        percentage(7, "White", "2023/24", 58.0),
    ]


def _rows(six: str, three: str, seven: str, black_minority: str = "BME") -> list:
    return [
        six,
        [black_minority, "27.7%", "26.1%"],
        ["White", "21.4%", "20.9%"],
        three,
        ["Relative likelihood", "1.62", "1.18"],
        seven,
        [black_minority, "44.0%", "46.3%"],
        ["White", "57.2%", "58.0%"],
    ]


def _plain(rows: list) -> list[list[str]]:
    """A section row printed as its label cell with the others left empty."""
    return [[r, "", ""] if isinstance(r, str) else r for r in rows]


NUMBERED = (
    "Indicator 6: colleagues bullied or abused by other colleagues",
    "Indicator 3: entering the formal disciplinary process",
    "Indicator 7: believing in equal chances of career progression",
)
NUMBERS_ONLY = ("Indicator 6", "Indicator 3", "Indicator 7")
WORDS_ONLY = (
    "Colleagues experiencing harassment, bullying or abuse from staff",
    "Likelihood of entering the formal disciplinary process",
    "Colleagues believing the trust provides equal opportunities for career progression",
)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("labels", [NUMBERED, NUMBERS_ONLY, WORDS_ONLY])
def test_label_rows_open_sections_their_group_rows_inherit(labels, fmt):
    items = [
        heading(TRUST[2:]),
        para("The table sets our figures beside last year's."),
        Table(rows=[YEARS, *_plain(_rows(*labels))]),
    ]
    read_exactly(items, _truth(), fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_label_rows_merged_across_the_table(fmt):
    blocks = [TRUST, "Figures for the last two years.", Grid([YEARS, *_rows(*NUMBERED)])]
    report, _warnings = read_merged(blocks, fmt)
    assert_exact(report, _truth())


@pytest.mark.parametrize("fmt", FORMATS)
def test_groups_named_in_full_under_merged_label_rows(fmt):
    rows = _rows(*WORDS_ONLY, black_minority="Black and minority ethnic")
    report, _warnings = read_merged([TRUST, Grid([YEARS, *rows])], fmt)
    assert_exact(report, _truth())


def _tab(rows: list[list[str]]) -> Tab:
    return Tab(rows, [1] * len(rows), None, None, None, None)


def test_section_rows_are_written_as_sub_rows_of_their_indicator():
    tab = indicator_sections(_tab([YEARS, *_plain(_rows(*NUMBERS_ONLY))]))
    assert tab.rows[:4] == [
        ["What we measure", "", "2022/23", "2023/24"],
        ["Indicator 6", "", "", ""],
        ["", "BME", "27.7%", "26.1%"],
        ["", "White", "21.4%", "20.9%"],
    ]


def test_a_row_naming_its_own_indicator_leaves_the_table_as_it_is():
    rows = [
        YEARS,
        ["Indicator 6", "", ""],
        ["BME", "27.7%", "26.1%"],
        ["8. Discrimination", "9%", "8%"],
    ]
    assert indicator_sections(_tab(rows)).rows == rows


def test_an_empty_section_or_a_row_above_the_first_leaves_the_table_as_it_is():
    empty = [YEARS, ["Indicator 6", "", ""], ["Indicator 7", "", ""], ["BME", "44.0%", "46.3%"]]
    above = [YEARS, ["BME", "27.7%", "26.1%"], ["Indicator 6", "", ""], ["BME", "4%", "5%"]]
    assert indicator_sections(_tab(empty)).rows == empty
    assert indicator_sections(_tab(above)).rows == above


def test_a_period_alone_is_no_indicator_section():
    assert section_indicator(["2023/24", "", ""]) is None
    assert section_indicator(["Indicator 7", "Indicator 7", "Indicator 7"]) == 7
    assert section_indicator(["Indicator 7", "46.3%", ""]) is None
    rows = [["Measure", "BME", "White"], ["2023/24", "", ""], ["Indicator 6", "26.1%", "20.9%"]]
    rows += [["2022/23", "", ""], ["Indicator 6", "27.7%", "21.4%"]]
    assert indicator_sections(_tab(rows)).rows == rows
    assert year_sections(_tab(rows)).rows != rows  # the period sections' own reader


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_comparators_row_in_a_section_is_not_read(fmt):
    rows = _plain(_rows(*NUMBERED))
    rows.insert(3, ["Regional average, BME", "25.0%", "24.4%"])  # under indicator 6
    items = [heading(TRUST[2:]), Table(rows=[YEARS, *rows])]
    read_exactly(items, _truth(), fmt)
