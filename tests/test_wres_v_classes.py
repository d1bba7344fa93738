"""The WRES readers on classes of layout first met in held-out set V (brief learnv_wres),
in documents built here for fictional trusts, in words and figures of our own, printed
to HTML, PDF and DOCX:

- a long table of measures with a group column, where a likelihood's group cell is the
  pair of groups it compares ("Ethnic minority against White"): the first group named is
  the ratio's numerator, and rows of other measures are not keyed;
- lines giving each indicator's short name with its number in brackets, then the report
  year's figure and, after "previously", the year before's;
- charts printed as a caption naming the indicator in words and its time, over a
  legend line of marked entries or a bar line;
- sentences giving last year's figures bare after this year's: a closing list dated
  only "the year before", and a later clause repeating the first's shape with its
  dates left out.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.chart_legends import read_chart_legends
from parsers.wres.parse import parse_wres
from parsers.wres.previous_value_lines import read_previous_value_lines
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt, title="Saltcote Marsh NHS Trust", site="saltcote")
    return parse_wres(extract(data, filename=name))


# ---------------------------------------------------------------------------
# 1. a group cell that is the pair a likelihood compares


def _paired_groups_doc():
    rows = [
        ["Item", "Population", "2024/25", "2023/24"],
        [
            "Indicator 3 - entering a formal disciplinary process",
            "Ethnic minority against White",
            "1.52",
            "1.61",
        ],
        [
            "Indicator 4 - access to non-mandatory training",
            "White against ethnic minority",
            "0.97",
            "1.08",
        ],
        ["Indicator 6 - abuse from other colleagues", "Ethnic minority", "23.9%", "25.0%"],
        ["Indicator 6 - abuse from other colleagues", "White", "18.2%", "19.4%"],
        ["Vacancy rate", "All posts", "7.1%", "8.3%"],
    ]
    blocks = [H("Saltcote Marsh NHS Trust"), P("People scorecard 2024/25"), Grid(rows, header=True)]
    truth = [
        likelihood(3, "BME", "2024/25", 1.52),
        likelihood(3, "BME", "2023/24", 1.61),
        likelihood(4, "White", "2024/25", 0.97),
        likelihood(4, "White", "2023/24", 1.08),
        percentage(6, "BME", "2024/25", 23.9),
        percentage(6, "BME", "2023/24", 25.0),
        percentage(6, "White", "2024/25", 18.2),
        percentage(6, "White", "2023/24", 19.4),
    ]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_likelihoods_group_cell_naming_the_pair_gives_its_numerator(fmt):
    blocks, truth = _paired_groups_doc()
    report, _warnings = read(blocks, fmt)
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 2. lines of this year's figure and, after a word saying so, last year's


def _earlier_value_doc(first: str = "(6)"):
    blocks = [
        H("Saltcote Marsh NHS Trust"),
        H("Workforce Race Equality Standard 2025 (data year 2024/25)"),
        P("Staffing"),
        P(
            "• Colleagues in post (1): Ethnic minority 12.4%, previously 11.9%; White 85.0%, previously 85.8%"
        ),
        P("• Access to non-mandatory training (4): likelihood ratio 1.07, previously 1.15"),
        P("Culture"),
        P(f"• Abuse from other colleagues {first}: Ethnic minority 24.2%, previously 25.5%"),
        P("• Voting members of the board (9): Ethnic minority 10.0%, previously 9.1%"),
    ]
    truth = [
        truth_row(1, "percentage", "overall", None, "BME", "2024/25", 12.4),
        truth_row(1, "percentage", "overall", None, "BME", "2023/24", 11.9),
        truth_row(1, "percentage", "overall", None, "White", "2024/25", 85.0),
        truth_row(1, "percentage", "overall", None, "White", "2023/24", 85.8),
        likelihood(4, "White", "2024/25", 1.07),
        likelihood(4, "White", "2023/24", 1.15),
        percentage(6, "BME", "2024/25", 24.2),
        percentage(6, "BME", "2023/24", 25.5),
        truth_row(9, "percentage", "board_voting", None, "BME", "2024/25", 10.0),
        truth_row(9, "percentage", "board_voting", None, "BME", "2023/24", 9.1),
    ]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_lines_of_a_figure_then_the_year_befores(fmt):
    blocks, truth = _earlier_value_doc()
    report, _warnings = read(blocks, fmt)
    exactly(report, truth)


def test_a_bracketed_number_the_words_contradict_is_not_read():
    blocks, _truth = _earlier_value_doc(first="(2)")  # abuse from colleagues is not 2
    data, name = render(blocks, "html", title="Saltcote Marsh NHS Trust", site="saltcote")
    metrics, claimed = read_previous_value_lines(extract(data, filename=name))
    assert {m.indicator for m in metrics} == {1, 4, 9}
    assert not any("(2)" in line for line in claimed)


def test_no_stated_data_year_gives_no_figure():
    blocks, _truth = _earlier_value_doc()
    blocks = [b for b in blocks if "2025" not in str(b)]
    data, name = render(blocks, "html", title="Saltcote Marsh NHS Trust", site="saltcote")
    assert read_previous_value_lines(extract(data, filename=name)) == ([], set())


# ---------------------------------------------------------------------------
# 3. charts printed as captions and legends


def _legend_doc(undated: bool = False):
    survey = "" if undated else " (2024 staff survey)"
    blocks = [
        H("Saltcote Marsh NHS Trust"),
        H("Our race equality charts"),
        P(f"Chart 4: Abuse from other colleagues{survey}"),
        P("■ Ethnic minority 24.2%   ■ White 18.0%   ■ Everyone 19.6%"),
        P("Chart 5: Abuse from other colleagues (2023 staff survey)"),
        P("■ Ethnic minority 25.1%   ■ White 18.8%   ■ Everyone 20.3%"),
        P("Chart 7: Entering a formal disciplinary process – ratio, 2024/25"),
        P("2024/25  ▮▮▮▮▮▮▮▮  1.52"),
        P("Chart 8: Voting members of the board (31 March 2025)"),
        P("■ Ethnic minority 12.5%   ■ White 87.5%"),
    ]
    truth = [
        percentage(6, "BME", "2023/24", 25.1),
        percentage(6, "White", "2023/24", 18.8),
        likelihood(3, "BME", "2024/25", 1.52),
        truth_row(9, "percentage", "board_voting", None, "BME", "2024/25", 12.5),
        truth_row(9, "percentage", "board_voting", None, "White", "2024/25", 87.5),
    ]
    if not undated:
        truth += [percentage(6, "BME", "2024/25", 24.2), percentage(6, "White", "2024/25", 18.0)]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_charts_legend_under_its_caption(fmt):
    blocks, truth = _legend_doc()
    report, _warnings = read(blocks, fmt)
    exactly(report, truth)


def test_a_legend_under_an_undated_caption_gives_nothing():
    blocks, truth = _legend_doc(undated=True)
    data, name = render(blocks, "html", title="Saltcote Marsh NHS Trust", site="saltcote")
    metrics, _claimed = read_chart_legends(extract(data, filename=name))
    assert 24.2 not in {m.value for m in metrics}
    assert len(metrics) == len(truth)


def test_a_bar_of_another_year_than_its_caption_is_not_read():
    blocks = [
        P("Chart 7: Entering a formal disciplinary process – ratio, 2024/25"),
        P("2023/24  ▮▮▮▮▮▮▮▮  1.61"),
    ]
    data, name = render(blocks, "html", title="Saltcote Marsh NHS Trust", site="saltcote")
    assert read_chart_legends(extract(data, filename=name))[0] == []


# ---------------------------------------------------------------------------
# 4. sentences: a list dated "the year before", a clause of the first's shape


def _sentences(*sentences: str):
    blocks = [
        H("Saltcote Marsh NHS Trust"),
        H("Race equality report 2024/25"),
        *(P(x) for x in sentences),
    ]
    return blocks


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_closing_list_dated_the_year_before_the_heads_time(fmt):
    blocks = _sentences(
        "In the 2024 staff survey, 27.5% of ethnic minority colleagues and 21.0% of White "
        "colleagues said they had been abused by other colleagues; the year before the "
        "shares were 28.9% and 22.4%."
    )
    report, _warnings = read(blocks, fmt)
    exactly(
        report,
        [
            percentage(6, "BME", "2024/25", 27.5),
            percentage(6, "White", "2024/25", 21.0),
            percentage(6, "BME", "2023/24", 28.9),
            percentage(6, "White", "2023/24", 22.4),
        ],
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_later_clause_of_the_first_clauses_shape_takes_its_dates(fmt):
    blocks = _sentences(
        "White colleagues held 88.0% of the voting seats on the board at 31 March 2025 "
        "(90.0% at 31 March 2024); ethnic minority colleagues 12.0% (10.0%)."
    )
    report, _warnings = read(blocks, fmt)
    exactly(
        report,
        [
            truth_row(9, "percentage", "board_voting", None, "White", "2024/25", 88.0),
            truth_row(9, "percentage", "board_voting", None, "White", "2023/24", 90.0),
            truth_row(9, "percentage", "board_voting", None, "BME", "2024/25", 12.0),
            truth_row(9, "percentage", "board_voting", None, "BME", "2023/24", 10.0),
        ],
    )


def test_a_later_clause_of_another_shape_is_not_given_the_dates():
    from parsers.wres.narrative_parallel import parallel_times
    from parsers.wres.narrative_terms import _figures, _times

    s = "BME 12.0% at 31 March 2025 (10.0% at 31 March 2024); White 88.0% and 90.0%."
    figs, times = _figures(s), _times(s)
    bound = {0: times[0], 1: times[1]}
    assert parallel_times(s, figs, bound, times) == bound  # no brackets where the first's are
