"""Tables printing a line a year inside each cell (parsers/wres/year_cells.py), in a
document built here for a fictional trust, in words and figures of our own, printed to
HTML, PDF and DOCX: indicators as rows, groups as columns, each cell "year: value"
lines (in either order), footnote marks on some figures, a suppressed "*" and an "n/a"
that publish no figure.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.parse import parse_wres
from parsers.wres.tables import Tab
from parsers.wres.year_cells import split_year_cells, year_pieces
from tests.wres_docs import assert_exact, likelihood, percentage

ROWS = [
    ["Measure", "Ethnic minority colleagues", "White colleagues"],
    [
        "Indicator 6 – bullying by colleagues",
        "2021/22: 33.0%\n2020/21: 35.5%†",
        "2021/22: 24.1%\n2020/21: 25.0%",
    ],
    [
        "Indicator 7 – fair career progression",
        "2020/21: n/a\n2021/22: 41.2%",
        "2020/21: n/a\n2021/22: 55.6%",
    ],
    ["Indicator 3 – formal disciplinary (ratio)", "2021/22: 1.71\n2020/21: *", ""],
]
BLOCKS = [
    H("Ullswater Valley NHS Trust"),
    H("Our equality figures at a glance"),
    Grid(ROWS, header=True, widths=(6, 4, 4)),
    P("† Corrected since first published. * Suppressed: fewer than ten people."),
]
TRUTH = [
    percentage(6, "BME", "2021/22", 33.0),
    percentage(6, "BME", "2020/21", 35.5),
    percentage(6, "White", "2021/22", 24.1),
    percentage(6, "White", "2020/21", 25.0),
    percentage(7, "BME", "2021/22", 41.2),
    percentage(7, "White", "2021/22", 55.6),
    likelihood(3, "BME", "2021/22", 1.71),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_line_a_year_in_each_cell_gives_a_figure_a_line(fmt):
    data, name = render(BLOCKS, fmt)
    report, _ = parse_wres(extract(data, filename=name))
    assert_exact(report, TRUTH)


def test_year_pieces_reads_only_cells_made_of_time_and_value_pieces():
    assert year_pieces("2021/22: 33.0% 2020/21: 35.5%†") == [
        ("2021/22", "33.0%"),
        ("2020/21", "35.5%"),  # the mark is dropped with the cell's clean text
    ]
    assert year_pieces("2021/22: n/a") == [("2021/22", "n/a")]
    assert year_pieces("Up from 2020/21: 35.5%") is None  # words before the first time
    assert year_pieces("2021/22: rose sharply") is None
    assert year_pieces("2021/22: 1.0 2021/22: 1.2") is None  # one time twice


def _tab(rows: list[list[str]]) -> Tab:
    return Tab(rows, [1] * len(rows), None, None, None, None)


def test_each_figure_goes_to_the_column_of_its_own_time():
    tab = _tab(
        [
            ["", "Group A"],
            ["Row", "2021/22: 1%\n2020/21: 2%"],
            ["Row 2", "2020/21: 3%\n2021/22: 4%"],
        ]
    )
    got = split_year_cells(tab).rows
    assert got[0] == ["", "Group A 2021/22", "Group A 2020/21"]
    assert got[2] == ["Row 2", "4%", "3%"]


def test_a_column_with_one_year_cell_is_left_as_printed():
    tab = _tab([["", "Notes"], ["Row", "2021/22: 1%\n2020/21: 2%"], ["Row 2", "see text"]])
    assert split_year_cells(tab) is tab
