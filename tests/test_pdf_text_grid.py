"""Borderless grids of three or more columns of text in a PDF
(parsers/extract/pdf_text_grid.py), printed here in words of our own: each column
comes out as one cell, its lines in order, not mixed line by line with its
neighbours'; a two-column layout is left to the readers of two columns.
"""

from __future__ import annotations

from benchmarks.heldout_p.render import Grid, H, P, render
from parsers.extract import extract
from parsers.extract.model import Table

GRID = [
    [
        "Opening hours\nMonday to Friday\nNine until five",
        "Parking\nVisitor spaces\nat the east gate",
        "Cafe\nHot food served\nuntil two",
    ],
    [
        "Library\nQuiet study room\non level two",
        "Chapel\nOpen every day\nto everyone",
        "Shop\nNewspapers and\nsnacks",
    ],
]


def _tables(blocks) -> list[Table]:
    data, name = render(blocks, "pdf")
    return [t for t in extract(data, filename=name).items if isinstance(t, Table)]


def test_three_columns_of_text_come_out_a_column_a_cell():
    tables = _tables(
        [H("Visitor guide"), P("What you will find on site."), Grid(GRID, borders=False)]
    )
    assert len(tables) == 1
    cells = tables[0].rows[0]
    assert len(cells) == 3
    assert cells[0].split("\n") == [
        "Opening hours",
        "Monday to Friday",
        "Nine until five",
        "Library",
        "Quiet study room",
        "on level two",
    ]
    assert cells[2].split("\n")[:3] == ["Cafe", "Hot food served", "until two"]


def test_two_columns_are_not_a_text_grid():
    from parsers.extract.pdf_layout_lines import Word
    from parsers.extract.pdf_text_grid import find_text_grids

    words = []
    for k in range(6):
        top = 100.0 + 14 * k
        words += [Word("Left", 30, 60, top, top + 10), Word("words", 63, 90, top, top + 10)]
        words += [Word("Right", 250, 280, top, top + 10), Word("side", 283, 300, top, top + 10)]
    assert find_text_grids(words) == []
