"""The WRES readers on structural dimensions first met in held-out set Y's grid (brief
learny_wres2), in documents built here for fictional trusts, in words and figures of
our own, printed to HTML, PDF and DOCX:

- a summary table whose rows fill their own columns (a dash elsewhere) beside a column
  every row fills (a regional benchmark, a goal): that column belongs to no kind of
  row, and the ratio rows keep their ratios;
- withheld marks ("<5", "n/a") in a row's own columns cost only their own cells;
- the abbreviation "Ind. 4" numbers an indicator, in a table row and in a heading;
- indicator 9 printed as label/value lines under a heading that says which part of the
  board (or the workforce) the shares are of.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.inapplicable_cells import blank_inapplicable
from parsers.wres.parse import parse_wres
from parsers.wres.tables import Tab
from parsers.wres.template_summary import row_indicator
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row

TRUST = "Fernleigh Moor NHS Trust"


def read(blocks, fmt: str):
    data, name = render(blocks, fmt, title=TRUST, site="fernleigh")
    return parse_wres(extract(data, filename=name))


def _tab(rows: list[list[str]]) -> Tab:
    return Tab(rows, [1] * len(rows), None, None, None, None)


# ---------------------------------------------------------------------------
# 1. a column every row fills; withheld marks in a row's own columns

_HEAD = ["Measure", "Ethnic minority 2022/23", "White 2022/23", "Ratio 2022/23"]


def test_a_column_every_row_fills_belongs_to_no_kind():
    rows = [
        [*_HEAD, "Regional benchmark"],
        ["Colleagues facing abuse from colleagues", "24.2%", "19.9%", "–", "25.0%"],
        ["Entering formal capability", "–", "–", "1.71", "1.30"],
    ]
    assert blank_inapplicable(_tab(rows)).rows == [
        rows[0],
        ["Colleagues facing abuse from colleagues", "24.2%", "19.9%", "", "25.0%"],
        ["Entering formal capability", "", "", "1.71", "1.30"],
    ]


def test_a_row_with_a_figure_only_in_the_shared_column_keeps_its_dashes():
    rows = [
        [*_HEAD, "Regional benchmark"],
        ["Colleagues facing abuse from colleagues", "24.2%", "19.9%", "–", "25.0%"],
        ["Entering formal capability", "–", "–", "1.71", "1.30"],
        ["Colleagues reporting unfair treatment", "–", "–", "–", "9.0%"],  # all withheld
    ]
    assert blank_inapplicable(_tab(rows)).rows == rows


def test_withheld_marks_are_a_rows_own_cells():
    rows = [
        [*_HEAD, "Ratio 2021/22"],
        ["Colleagues facing abuse from colleagues", "24.2%", "n/a", "–", "–"],
        ["Colleagues treated unfairly", "12.0%", "6.1%", "–", "–"],
        ["Entering formal capability", "–", "–", "1.71", "<5"],
        ["Accessing funded courses", "–", "–", "0.88", "0.93"],
    ]
    assert blank_inapplicable(_tab(rows)).rows == [
        rows[0],
        ["Colleagues facing abuse from colleagues", "24.2%", "n/a", "", ""],
        ["Colleagues treated unfairly", "12.0%", "6.1%", "", ""],
        ["Entering formal capability", "", "", "1.71", "<5"],
        ["Accessing funded courses", "", "", "0.88", "0.93"],
    ]
    # a row whose every own cell is withheld says nothing of its kind: left as it is
    unsure = [*rows[:4], ["Accessing funded courses", "–", "–", "<5", "<5"]]
    assert blank_inapplicable(_tab(unsure)).rows == unsure


_LABELS = {
    3: "Indicator 3: Likelihood of entering a formal capability process",
    4: "Indicator 4: Likelihood of joining funded development courses",
    6: "Indicator 6: Colleagues facing abuse from other colleagues",
}


def _summary(extra: str | None, marks: bool) -> tuple[list, list]:
    years = ("2022/23", "2021/22")
    head = ["Measure"]
    head += [f"{g} {y}" for g in ("Ethnic minority", "White") for y in years]
    head += [f"Relative likelihood {y}" for y in years]
    rows = [head + ([extra] if extra else [])]
    shares = {"BME": ("24.2", "23.0"), "White": ("19.9", "20.6")}
    ratios = {3: ("1.71", "1.52"), 4: ("0.88", "0.93")}
    truth = []
    for ind in (3, 4, 6):
        if ind in ratios:
            cells = ["–"] * 4 + list(ratios[ind])
            if marks and ind == 3:
                cells[5] = "<5"  # last year's ratio withheld
            truth += [
                likelihood(ind, "BME" if ind == 3 else "White", y, float(v))
                for y, v, c in zip(years, ratios[ind], cells[4:], strict=True)
                if c == v
            ]
            bench = "1.40" if ind == 3 else "1.05"
        else:
            cells = [f"{v}%" for g in ("BME", "White") for v in shares[g]] + ["–", "–"]
            if marks:
                cells[3] = "n/a"  # White last year: not available
            truth += [
                percentage(6, g, y, float(v))
                for g in ("BME", "White")
                for y, v in zip(years, shares[g], strict=True)
                if not (marks and g == "White" and y == "2021/22")
            ]
            bench = "27.3%"
        rows.append([_LABELS[ind], *cells, *([bench] if extra else [])])
    return rows, truth


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("extra", "marks"),
    [("Regional benchmark 2022/23", False), ("Goal for 2025/26", False), (None, True)],
)
def test_ratio_rows_keep_their_ratios_beside_other_cells(fmt, extra, marks):
    rows, truth = _summary(extra, marks)
    blocks = [H(TRUST), H("Race equality figures 2022/23"), T(rows)]
    report, _ = read(blocks, fmt)
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 2. "Ind." abbreviating "Indicator"


def test_the_abbreviation_ind_numbers_a_row():
    assert row_indicator("Ind. 4: Joining funded development courses") == 4
    assert row_indicator("Ind 7 Fair chances of promotion") == 7
    assert row_indicator("Independent panel reviews of 3 cases") is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_ind_abbreviation_in_a_summary_table(fmt):
    rows = [
        ["Measure", "Ethnic minority 2022/23", "White 2022/23"],
        ["Ind. 1: Colleagues as a share of the whole workforce", "12.5%", "84.0%"],
        ["Ind. 6: Colleagues facing abuse from other colleagues", "24.2%", "19.9%"],
    ]
    truth = [
        truth_row(1, "percentage", "overall", None, "BME", "2022/23", 12.5),
        truth_row(1, "percentage", "overall", None, "White", "2022/23", 84.0),
        percentage(6, "BME", "2022/23", 24.2),
        percentage(6, "White", "2022/23", 19.9),
    ]
    report, _ = read([H(TRUST), H("Race equality figures"), T(rows)], fmt)
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 3. indicator 9 as label/value lines


def _board_lines(title: str) -> list:
    return [
        H(TRUST),
        H("Race equality in our workforce"),
        H("Ind. 8 - Colleagues treated unfairly by a manager"),
        P("Ethnic minority 2022/23: 12.1%"),
        P("White 2022/23: 6.4%"),
        H(title),
        P("Ethnic minority 2022/23: 20.0%"),
        P("White 2022/23: 80.0%"),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("title", "part"),
    [
        ("Indicator 9 - Voting members of the board", "board_voting"),
        ("Indicator 9: Executive directors on the board", "board_executive"),
    ],
)
def test_board_lines_under_a_heading_naming_the_boards_part(fmt, title, part):
    truth = [
        percentage(8, "BME", "2022/23", 12.1),
        percentage(8, "White", "2022/23", 6.4),
        truth_row(9, "percentage", part, None, "BME", "2022/23", 20.0),
        truth_row(9, "percentage", part, None, "White", "2022/23", 80.0),
    ]
    report, _ = read(_board_lines(title), fmt)
    exactly(report, truth)


@pytest.mark.parametrize("fmt", FORMATS)
def test_board_lines_under_a_bare_indicator_heading_are_not_guessed(fmt):
    report, _ = read(_board_lines("Indicator 9"), fmt)
    assert not [m for m in report.metrics if m.indicator == 9 and m.value is not None]


@pytest.mark.parametrize("fmt", FORMATS)
def test_board_lines_reach_no_further_than_the_next_heading(fmt):
    # a heading after 9's title may be about other people (here a dated profile)
    blocks = [
        *_board_lines("Indicator 9 - Voting members of the board")[:-2],
        H("Position at 31 March 2023"),
        P("Ethnic minority: 11.0%"),
        P("White: 86.5%"),
    ]
    report, _ = read(blocks, fmt)
    board = [m for m in report.metrics if m.indicator == 9 and m.value is not None]
    assert not board
