"""WRES tables printing several years in one cell: a series joined by arrows
("15.2% → 16.8% → 18.1%") under a heading naming the years ("2021/22 → 2022/23 →
2023/24", or only the first and last: "2021/22 → 2023/24").

`split_series` turns each such column into one column per year, headed by its year,
as a table with a column per year prints them, for the table readers to read as they
read any other. A cell's series is split only when its length is the number of years
its heading names (every year of a first-to-last heading); a cell whose series is
longer or shorter, or a lone figure in a series column, does not say which year each
figure is: it is left unread and counted as unsettled (review), never guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.wres.cell_figures import is_figure, parse_cell
from parsers.wres.cells import clean, parse_period
from parsers.wres.skipped import Skipped
from parsers.wres.tables import Tab

# what joins the figures of a series: arrows, as printed or typed ("->", "=>")
_RE_ARROW = re.compile(r"\s*(?:\u2192|\u27f6|\u2794|\u279c|\u279d|\u21d2|->|=>)\s*")
# a year as a series heading prints it: "2021/22", "2021-22", "2021/2022", or a bare "2021"
_RE_FY = re.compile(r"^(?P<a>20\d\d)\s*[/\-\u2013]\s*(?P<b>\d\d(?:\d\d)?)$")
_RE_BARE = re.compile(r"^(?P<a>20\d\d)$")
UNSERIES = "a series whose length does not match the years in its heading"


def series_years(heading: str, length: int) -> list[str] | None:
    """The years a series heading names, one per figure of a series of `length`: the
    years as printed when there are `length` of them, or every year from the first to
    the last ("2021/22 → 2023/24" over three figures) when they are consecutive years of
    one kind; None when the heading is not a series of years or does not fit."""
    parts = [clean(p) for p in _RE_ARROW.split(clean(heading))]
    if len(parts) < 2 or not all(parse_period(p) for p in parts):
        return None
    if len(parts) == length:
        return parts
    if len(parts) != 2:
        return None
    first, last = (_RE_FY.match(parts[0]), _RE_FY.match(parts[1]))
    if first and last:
        a, b = int(first["a"]), int(last["a"])
        if b - a + 1 == length:
            return [f"{y}/{(y + 1) % 100:02d}" for y in range(a, b + 1)]
        return None
    first, last = (_RE_BARE.match(parts[0]), _RE_BARE.match(parts[1]))
    if first and last and int(last["a"]) - int(first["a"]) + 1 == length:
        return [str(y) for y in range(int(first["a"]), int(last["a"]) + 1)]
    return None


def series_figures(cell: str) -> list[str] | None:
    """The figures of a cell holding a series ("1.62 → 1.48 → 1.31"), as printed, or
    None when the cell is not one (one figure, words, an empty cell)."""
    parts = [clean(p) for p in _RE_ARROW.split(clean(cell))]
    if len(parts) < 2:
        return None
    if not all(is_figure(c := parse_cell(p)) or c.kind == "redacted" for p in parts):
        return None
    return parts


def _series_column(rows: list[list[str]], j: int) -> tuple[int, int] | None:
    """(heading row, length) when column `j` holds series under a heading naming their
    years: the heading is the last row above the first series in the column."""
    first = next((i for i, r in enumerate(rows) if series_figures(r[j]) is not None), None)
    if first is None or first == 0:
        return None
    lengths = [len(s) for r in rows[first:] if (s := series_figures(r[j])) is not None]
    length = max(set(lengths), key=lengths.count)
    heading = next((i for i in range(first - 1, -1, -1) if clean(rows[i][j])), None)
    if heading is None or series_years(rows[heading][j], length) is None:
        return None
    return heading, length


def split_series(tab: Tab, unsettled: list[Skipped]) -> Tab:
    """The table with each column of series split into a column per year (see the
    module's docstring); any other table is returned as it is."""
    width = max((len(r) for r in tab.rows), default=0)
    rows = [list(r) + [""] * (width - len(r)) for r in tab.rows]
    pages = tab.row_pages if len(tab.row_pages) == len(rows) else [tab.page] * len(rows)
    found = False
    for j in range(width - 1, 0, -1):  # right to left: a split moves no column still to do
        shape = _series_column(rows, j)
        if shape is None:
            continue
        found = True
        heading, length = shape
        years = series_years(rows[heading][j], length) or []
        for i, row in enumerate(rows):
            if i < heading:
                new = [row[j]] + [""] * (length - 1)  # a heading merged over the years
            elif i == heading:
                new = list(years)
            else:
                figures = series_figures(row[j])
                new = figures if figures is not None and len(figures) == length else None
                if new is None:
                    if clean(row[j]):
                        unsettled.append(Skipped(f"{clean(row[0])}: {row[j]}", pages[i], UNSERIES))
                    new = [""] * length
            rows[i] = row[:j] + new + row[j + 1 :]
    return replace(tab, rows=rows) if found else tab
