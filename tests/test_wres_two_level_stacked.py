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
from parsers.wres.parse import parse_wres
from parsers.wres.short_years import expand_rows, short_year
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
