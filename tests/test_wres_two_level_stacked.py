"""Two table shapes first met in held-out set S (brief wressb), each in documents built
here for fictional trusts, in words and figures of our own, printed to HTML, PDF and
DOCX:

- a borderless grid with two levels of column heads (groups over years, or years over
  groups), the financial years shortened to "21/22": a short year heads its column only
  when its two years follow each other, and only in the table's head (never a count
  "11/12" among the figures); in a PDF the two head lines stay two rows;
- two figures stacked in each cell, told apart only by a key that names the place of
  each group ("first figure: White; second figure: BME", "upper ... lower ..."): every
  cell with two figures is split by the key's order; with no key (or a key in another
  section) such a cell is never read.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.pdf_layout_tables import find_layout_tables
from parsers.extract.short_years import short_year
from parsers.wres.parse import parse_wres
from parsers.wres.short_years import expand_rows
from parsers.wres.stacked_cells import split_rows, stack_order, two_figures
from tests.test_pdf_layout_tables import _words
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row

YEARS = ("2021/22", "2020/21")
SHORT = ("21/22", "20/21")


def read(blocks, fmt: str):
    data, name = render(blocks, fmt, title="Oakmere Vale NHS Trust", site="Oakmere Vale")
    return parse_wres(extract(data, filename=name))


def _share(group: str, period: str, value: float) -> dict:
    return truth_row(1, "percentage", "overall", None, group, period, value)


# ---------------------------------------------------------------------------
# 1. two-level heads over short financial years


def test_short_years_follow_each_other():
    assert short_year("21/22") == "2021/22"
    assert short_year(" 09/10 ") == "2009/10"
    for text in ("21/23", "22/21", "2021/22", "21-22", "21/22%", "7/8"):
        assert short_year(text) is None, text


def test_only_the_head_is_written_out():
    rows = [
        ["", "White", "", "BME", ""],
        ["", "21/22", "20/21", "21/22", "20/21"],
        ["Board seats held", "11/12", "10/11", "1/12", "1/11"],
    ]
    out = expand_rows(rows)
    assert out[1] == ["", "2021/22", "2020/21", "2021/22", "2020/21"]
    assert out[0] == rows[0] and out[2] == rows[2]  # counts among the figures stay counts
    assert expand_rows([["Measure", "21/22", "Notes"], ["Turnover", "4.1%", ""]]) is None


GRID_FIGURES = {
    1: {"White": ("74.0", "75.6"), "BME": ("23.1", "21.8")},
    6: {"White": ("21.4", "22.9"), "BME": ("27.3", "28.1")},
    8: {"White": ("6.2", "6.9"), "BME": ("15.0", "16.4")},
}
GRID_WORDS = {
    1: "Indicator 1 - Staff in post (whole workforce)",
    6: "Indicator 6 - Bullying by colleagues",
    8: "Indicator 8 - Discrimination at work by a manager",
}
GRID_RATIOS = {2: ("1.38", "1.52"), 4: ("1.02", "0.97")}


def _grid_truth() -> list[dict]:
    out = []
    for ind, groups in GRID_FIGURES.items():
        for g, values in groups.items():
            for year, v in zip(YEARS, values, strict=True):
                row = _share(g, year, float(v)) if ind == 1 else percentage(ind, g, year, float(v))
                out.append(row)
    for ind, values in GRID_RATIOS.items():
        out += [likelihood(ind, "White", y, float(v)) for y, v in zip(YEARS, values, strict=True)]
    return out


def _grid_blocks(years_over_groups: bool) -> list:
    groups = ("White", "BME")
    if years_over_groups:
        head = [["", SHORT[0], "", SHORT[1], ""], ["", *groups, *groups]]
        order = [(g, j) for j in range(2) for g in groups]
    else:
        head = [["", "White", "", "BME", ""], ["", *SHORT, *SHORT]]
        order = [(g, j) for g in groups for j in range(2)]
    rows = head + [
        [GRID_WORDS[ind], *(f"{GRID_FIGURES[ind][g][j]}%" for g, j in order)]
        for ind in GRID_FIGURES
    ]
    ratios = [
        ["", *SHORT],
        ["Indicator 2 - Appointment from shortlisting (relative likelihood)", *GRID_RATIOS[2]],
        ["Indicator 4 - Non-mandatory training and CPD (relative likelihood)", *GRID_RATIOS[4]],
    ]
    return [
        H("Oakmere Vale NHS Trust"),
        H("Equality figures in brief"),
        P("Years are shown in short: 21/22 is 2021/22."),
        Grid(rows, borders=False, widths=(8, 2, 2, 2, 2)),
        P("Relative likelihoods", "bold"),
        Grid(ratios, borders=False, widths=(8, 2, 2)),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("years_over_groups", [False, True])
def test_two_level_heads_over_short_years(fmt, years_over_groups):
    report, _ = read(_grid_blocks(years_over_groups), fmt)
    exactly(report, _grid_truth())


def test_pdf_keeps_the_two_head_levels_apart():
    words = _words(
        [
            (10, [(200, "Male"), (300, "Female")]),
            (22, [(200, "21/22"), (250, "20/21"), (300, "21/22"), (350, "20/21")]),
            (34, [(10, "Headcount share"), (200, "41%"), (250, "40%"), (300, "59%"), (350, "60%")]),
            (46, [(10, "Leavers share"), (200, "12%"), (250, "13%"), (300, "9%"), (350, "8%")]),
        ]
    )
    (table,) = find_layout_tables(words, rules=[])
    assert table.rows[0] == ["", "Male", "", "Female", ""]
    assert table.rows[1] == ["", "21/22", "20/21", "21/22", "20/21"]


def test_pdf_wrapped_heads_stay_one_row():
    # the second line repeats, but the line above it repeats too: one wrapped row
    words = _words(
        [
            (10, [(200, "Staff"), (250, "Staff"), (300, "Staff"), (350, "Staff")]),
            (19, [(200, "in"), (250, "out"), (300, "in"), (350, "out")]),
            (34, [(10, "Ward A"), (200, "41"), (250, "40"), (300, "59"), (350, "60")]),
            (46, [(10, "Ward B"), (200, "12"), (250, "13"), (300, "9"), (350, "8")]),
        ]
    )
    (table,) = find_layout_tables(words, rules=[])
    assert table.rows[0] == ["", "Staff\nin", "Staff\nout", "Staff\nin", "Staff\nout"]


# ---------------------------------------------------------------------------
# 2. two figures stacked in a cell, ordered by a key


def test_stack_order_from_the_key():
    assert stack_order("Key - first figure: White staff; second figure: BME staff.") == (
        "White",
        "BME",
    )
    assert stack_order("In every cell the top number is BAME colleagues, the bottom White.") == (
        "BME",
        "White",
    )
    assert stack_order("Ethnic minority figures above, White figures below.") == ("BME", "White")
    # "first" of "the first table" names no group: the upper/lower pair is the key
    said = "In the first table the upper value is White staff and the lower BME staff."
    assert stack_order(said) == ("White", "BME")
    for prose in (
        "The upper figure is for White staff.",  # one place only
        "The first survey was in 2021 and the second in 2022.",  # no groups
        "White staff were first and second in the league table.",
        "The upper figure is White and the lower figure is White.",
    ):
        assert stack_order(prose) is None, prose


def test_two_figures_in_a_cell():
    assert two_figures("12.5%\n9.0%") == ("12.5%", "9.0%")
    assert two_figures("12.5% 9.0%") == ("12.5%", "9.0%")
    assert two_figures("1.21\n0.98") == ("1.21", "0.98")
    for cell in ("12.5%", "120 (23.5%)", "1.2\n4%", "12.5%\n9.0%\n3.1%", "n/a\n4%", "5 of 9"):
        assert two_figures(cell) is None, cell


def test_single_figure_in_a_stacked_column_is_not_read():
    rows = [["Measure", "2021/22"], ["A", "10.0%\n20.0%"], ["B", "30.0%"]]
    out = split_rows(rows, ("White", "BME"))
    assert out == [
        ["Measure", "2021/22 White", "2021/22 BME"],
        ["A", "10.0%", "20.0%"],
        ["B", "", ""],
    ]


STACK_FIGURES = {
    1: {"White": ("76.2", "77.0"), "BME": ("20.5", "19.6")},
    5: {"White": ("24.9", "25.8"), "BME": ("29.4", "31.0")},
    7: {"White": ("59.8", "58.1"), "BME": ("45.2", "44.0")},
    9: {"White": ("81.8", "90.0"), "BME": ("18.2", "10.0")},
}
STACK_WORDS = {
    1: "1 Make-up of our workforce",
    5: "5 Abuse from patients, relatives or the public",
    7: "7 Equal opportunities for career progression or promotion",
    9: "9 Voting members of the Board",
}


def _stack_truth() -> list[dict]:
    out = []
    for ind, groups in STACK_FIGURES.items():
        for g, values in groups.items():
            for year, v in zip(YEARS, values, strict=True):
                if ind == 1:
                    out.append(_share(g, year, float(v)))
                elif ind == 9:
                    out.append(truth_row(9, "percentage", "board_voting", None, g, year, float(v)))
                else:
                    out.append(percentage(ind, g, year, float(v)))
    return out


def _stack_table() -> Grid:
    rows = [["Indicator", *YEARS]]
    for ind, groups in STACK_FIGURES.items():
        cells = [f"{groups['White'][j]}%\n{groups['BME'][j]}%" for j in range(2)]
        rows.append([STACK_WORDS[ind], *cells])
    return Grid(rows, header=True, widths=(7, 3, 3))


@pytest.mark.parametrize("fmt", FORMATS)
def test_stacked_cells_read_by_the_key(fmt):
    blocks = [
        H("Oakmere Vale NHS Trust"),
        H("Race equality figures 2022"),
        P("Key - first figure: White staff; second figure: BME staff."),
        P("Table 3: indicators 1, 5, 7 and 9", "bold"),  # a caption keeps the key's reach
        _stack_table(),
    ]
    report, _ = read(blocks, fmt)
    exactly(report, _stack_truth())


@pytest.mark.parametrize("fmt", FORMATS)
def test_stacked_cells_without_a_key_are_not_read(fmt):
    blocks = [
        H("Oakmere Vale NHS Trust"),
        H("Race equality figures 2022"),
        P("Key - first figure: White staff; second figure: BME staff."),
        H("Appendix: figures"),  # a new section: the key above does not reach it
        _stack_table(),
    ]
    report, _ = read(blocks, fmt)
    exactly(report, [])
