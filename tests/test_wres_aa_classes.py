"""The WRES readers on five structures first met in held-out set AA (brief learnaa_wres),
in documents built here for fictional trusts, in words and figures of our own, printed
to HTML, PDF and DOCX:

- a table whose indicator is named only in a merged row across its top (its caption
  printed as its first row), under an introduction that speaks of other indicators;
- a summary table with a two-level head (a year merged over its groups) and a
  whole-trust column that holds the relative likelihoods (the ratio compares the
  groups, so its column is no one group's) beside dashes in the group columns;
- a narrative whose second sentence gives last year's figures "respectively" without
  naming the groups again, a list of groups' figures whose population (the board) is
  named once after the list, and a likelihood's two years listed before its two
  figures "respectively";
- a table reporting another equality standard's rows (WDES) beside the WRES rows;
- row labels "<group>: <whose figure>" (the trust's, a comparator's, a count of
  responses) in a staff survey benchmark table.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.model import Extracted, TextBlock
from parsers.wres.caption_rows import caption_from_first_row
from parsers.wres.group_measure_labels import group_measure_rows
from parsers.wres.other_standards import other_standard
from parsers.wres.parse import parse_wres
from parsers.wres.tables import Tab
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row

TRUST = "Larkspur Valley Community NHS Trust"


def read(blocks, fmt: str):
    data, name = render(blocks, fmt, title=TRUST, site="larkspur")
    return parse_wres(extract(data, filename=name))


def _tab(rows: list[list[str]], caption: str | None = None) -> Tab:
    return Tab(rows, [1] * len(rows), caption, "table 1", None, None)


def workforce(group: str, period: str, value: float) -> dict:
    return truth_row(1, "percentage", "overall", None, group, period, value)


def board(group: str, period: str, value: float) -> dict:
    return truth_row(9, "percentage", "board_voting", None, group, period, value)


# ---------------------------------------------------------------------------
# 1. the indicator named only in a merged first row of its table


def test_a_merged_first_row_naming_an_indicator_is_the_caption():
    rows = [
        ["Metric 6: Colleagues bullied by other colleagues", "", ""],
        ["Group", "2024", "2023"],
        ["Minority ethnic", "22.0%", "24.1%"],
    ]
    tab = caption_from_first_row(_tab(rows))
    assert tab.caption == "Metric 6: Colleagues bullied by other colleagues"
    assert tab.rows == rows[1:]


def test_a_first_row_over_indicator_section_rows_is_left_as_it_is():
    rows = [
        ["Indicator 5", "", ""],
        ["Minority ethnic", "31.0%", "30.2%"],
        ["Indicator 6", "", ""],
        ["Minority ethnic", "22.0%", "24.1%"],
    ]
    assert caption_from_first_row(_tab(rows)).rows == rows
    # a caption that names the indicator already: the first row is left alone
    titled = _tab([["Indicator 6", "", ""], *rows[1:2], *rows[3:]], "Table 4: Indicator 6")
    assert caption_from_first_row(titled).caption == "Table 4: Indicator 6"


def _merged_caption_doc() -> list:
    blocks: list = [
        H("Equality data 2023/24"),
        P(
            "Our profile comes from the payroll system; the survey questions are those of "
            "the national staff survey, and the board figures from our register."
        ),
    ]
    blocks.append(
        T(
            [
                ["Group", "2023/24", "2022/23"],
                ["Minority ethnic", "18.4%", "17.0%"],
                ["White", "79.9%", "81.2%"],
            ],
            [("Indicator 1: Ethnic make-up of everyone we employ", 3)],
        )
    )
    blocks.append(
        T(
            [["Group", "2023/24", "2022/23"], ["Minority ethnic", "12.5%", "11.1%"]],
            [("Indicator 8: Discrimination from a manager or team mate", 3)],
        )
    )
    return blocks


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_per_indicator_named_in_its_merged_first_row(fmt):
    truth = [
        workforce("BME", "2023/24", 18.4),
        workforce("BME", "2022/23", 17.0),
        workforce("White", "2023/24", 79.9),
        workforce("White", "2022/23", 81.2),
        percentage(8, "BME", "2023/24", 12.5),
        percentage(8, "BME", "2022/23", 11.1),
    ]
    report, _w = read(_merged_caption_doc(), fmt)
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 2. a two-level head (year over groups), the ratios in the whole-trust column


def _two_level_doc() -> list:
    spans = [("", 2), ("2024/25", 3), ("2023/24", 3)]
    rows = [
        ["Ref", "Measure", "Ethnic minority", "White", "Total", "Ethnic minority", "White", "Total"],
        ["1", "Share of the workforce", "9.5%", "88.0%", "–", "8.7%", "89.1%", "–"],
        ["3", "Relative likelihood of entering formal disciplinary action", "–", "–", "0.92", "–", "–", "1.31"],
        ["6", "Bullied or harassed by other staff", "19.8%", "17.2%", "17.6%", "21.0%", "18.4%", "18.9%"],
    ]  # fmt: skip
    return [H("Race equality dashboard"), P("Figures by year."), T(rows, spans)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_ratio_in_the_whole_trust_column_under_a_two_level_head(fmt):
    truth = [
        workforce("BME", "2024/25", 9.5),
        workforce("White", "2024/25", 88.0),
        workforce("BME", "2023/24", 8.7),
        workforce("White", "2023/24", 89.1),
        likelihood(3, "BME", "2024/25", 0.92),
        likelihood(3, "BME", "2023/24", 1.31),
        percentage(6, "BME", "2024/25", 19.8),
        percentage(6, "White", "2024/25", 17.2),
        percentage(6, "BME", "2023/24", 21.0),
        percentage(6, "White", "2023/24", 18.4),
    ]
    report, _w = read(_two_level_doc(), fmt)
    exactly(report, truth)  # the whole trust's 17.6% and 18.9% are no group's


# ---------------------------------------------------------------------------
# 3. "respectively": last year's figures, a board named after its list, two years


def _respectively_doc() -> list:
    return [
        H("Race equality narrative 2024/25"),
        H("Indicator 1"),
        P(
            "At 31 March 2025, 14.6% of our staff were from ethnic minority backgrounds "
            "and 83.0% were White. The equivalent figures at 31 March 2024 were 13.9% and "
            "84.1% respectively."
        ),
        H("Indicator 4"),
        P(
            "The relative likelihood of White staff accessing non-mandatory training "
            "compared to ethnic minority staff in 2024/25 and 2023/24 was 0.94 and 1.07 "
            "respectively."
        ),
        H("Indicator 9"),
        P(
            "Ethnic minority members were 20.0% and White members 80.0% of the "
            "voting board at 31 March 2025. The figures a year earlier were 10.0% and "
            "90.0% respectively."
        ),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_figures_given_respectively(fmt):
    truth = [
        workforce("BME", "2024/25", 14.6),
        workforce("White", "2024/25", 83.0),
        workforce("BME", "2023/24", 13.9),
        workforce("White", "2023/24", 84.1),
        likelihood(4, "White", "2024/25", 0.94),
        likelihood(4, "White", "2023/24", 1.07),
        board("BME", "2024/25", 20.0),
        board("White", "2024/25", 80.0),
        board("BME", "2023/24", 10.0),
        board("White", "2023/24", 90.0),
    ]
    report, _w = read(_respectively_doc(), fmt)
    exactly(report, truth)


def test_a_restating_sentence_with_a_long_phrase_before_its_verb_is_not_read_so():
    doc = Extracted(
        items=[
            TextBlock("Workforce race equality 2024/25", style="heading"),
            TextBlock("Indicator 7", style="heading"),
            TextBlock(
                "In the 2024 survey 40.0% of ethnic minority staff and 55.0% of White "
                "staff believed the trust offers equal opportunities. The figures that "
                "our regional partners published for their own staff were 38.0% and 52.0%."
            ),
        ]
    )
    report, _w = parse_wres(doc)
    assert {m.value for m in report.metrics} == {40.0, 55.0}


# ---------------------------------------------------------------------------
# 4. another standard's rows beside the WRES rows


def test_a_row_of_another_standard():
    assert other_standard(["WDES metric 5", "Equal opportunities", "Disabled", "44.0%"])
    assert other_standard(["Disability Equality Standard 2", "–", "1.08"])
    assert not other_standard(["WRES 7", "Equal opportunities", "White", "57.0%"])
    assert not other_standard(["WRES 7 (see also WDES 5)", "White", "57.0%"])
    assert not other_standard(["Disabled staff", "12.0%"])  # words, no standard named


def _two_standards_doc() -> list:
    rows = [
        ["Standard", "Description", "Staff", "2024/25", "2023/24"],
        ["WRES indicator 3", "Likelihood of formal disciplinary action", "–", "1.22", "1.40"],
        ["WDES metric 3", "Likelihood of formal capability action", "–", "1.90", "1.75"],
        ["WRES indicator 7", "Belief in equal opportunities", "Ethnic minority", "46.5%", "44.0%"],
        ["WRES indicator 7", "Belief in equal opportunities", "White", "58.0%", "57.1%"],
        ["WDES metric 5", "Belief in equal opportunities", "Disabled", "49.9%", "48.2%"],
        ["WDES metric 5", "Belief in equal opportunities", "Non-disabled", "56.6%", "55.0%"],
    ]  # fmt: skip
    return [H("Equality standards 2024/25"), Grid(rows, header=True)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_other_standards_rows_are_not_wres_figures(fmt):
    truth = [
        likelihood(3, "BME", "2024/25", 1.22),
        likelihood(3, "BME", "2023/24", 1.40),
        percentage(7, "BME", "2024/25", 46.5),
        percentage(7, "BME", "2023/24", 44.0),
        percentage(7, "White", "2024/25", 58.0),
        percentage(7, "White", "2023/24", 57.1),
    ]
    report, _w = read(_two_standards_doc(), fmt)
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 5. "<group>: <whose figure>" row labels


_SURVEY_ROWS = [
    ["", "2023", "2024"],
    ["Ethnic minority: This trust", "33.0%", "31.5%"],
    ["Ethnic minority: Sector median", "29.0%", "28.8%"],
    ["Ethnic minority: Replies", "406", "431"],
    ["White: This trust", "24.0%", "23.1%"],
    ["White: Sector median", "25.2%", "24.9%"],
    ["White: Replies", "1,902", "1,877"],
]


def test_group_and_whose_figure_labels():
    rows = _SURVEY_ROWS
    out = group_measure_rows(_tab(rows))
    assert out.rows == [
        ["", "2023", "2024"],
        ["BME", "33.0%", "31.5%"],
        ["White", "24.0%", "23.1%"],
    ]
    # two rows a group left that may each be the trust's ("Best", "Worst"): not settled
    unsure = [*rows[:2], ["Ethnic minority: Best", "20.0%", "21.0%"], *rows[4:5]]
    unsure.append(["White: Best", "18.0%", "17.0%"])
    assert group_measure_rows(_tab(unsure)).rows == unsure


def _benchmark_doc() -> list:
    return [
        H("Staff survey results"),
        P("Indicator 5: Abuse from patients or service users", "bold"),
        Grid(_SURVEY_ROWS, header=True),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_benchmark_table_of_group_and_whose_figure_rows(fmt):
    truth = [
        percentage(5, "BME", "2023/24", 33.0),
        percentage(5, "BME", "2024/25", 31.5),
        percentage(5, "White", "2023/24", 24.0),
        percentage(5, "White", "2024/25", 23.1),
    ]
    report, _w = read(_benchmark_doc(), fmt)
    exactly(report, truth)
