"""WRES tables printing a line a year inside each cell: the cell under a group's
column holds "2022/23: 41.0%" over "2021/22: 39.5%", each line a time, a colon and
the figure (or a mark for none: "*", "n/a").

    Measure            | Black and minority ethnic | White
    Bullying by public | 2022/23: 41.0%            | 2022/23: 30.2%
                       | 2021/22: 39.5%†           | 2021/22: n/a

`split_year_cells` turns each such column into one column per time, headed by the
column's heading and the time ("Black and minority ethnic 2022/23"), every line's
figure in the column of its own time, so that the table readers read the table as
they read one with a column per year. A column is split only when every cell with
text under its heading is such a cell (a PDF may join its lines with spaces) and at
least two cells hold two or more times; a figure's footnote mark stays in its cell
for the cell reader to drop, and a mark for none stays a cell as printed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.wres.cell_figures import parse_cell
from parsers.wres.cells import clean
from parsers.wres.narrative_terms import _times
from parsers.wres.tables import Tab

_RE_COLON = re.compile(r"\s*:\s*")


def year_pieces(cell: str) -> list[tuple[str, str]] | None:
    """[(time, what is printed for it)] of a cell made only of "time: value" pieces,
    each time once; None for any other cell."""
    text = clean(cell)
    times = [t for t in _times(text) if t.kind != "rel"]
    starts = [t for t in times if _RE_COLON.match(text, t.end)]
    if not starts or starts[0].start != 0:
        return None
    out: list[tuple[str, str]] = []
    for k, t in enumerate(starts):
        end = starts[k + 1].start if k + 1 < len(starts) else len(text)
        value = _RE_COLON.sub("", text[t.end : end], count=1).strip()
        cell_kind = parse_cell(value).kind
        if not value or (cell_kind == "empty" and not re.fullmatch(r"n/?a", value, re.I)):
            return None
        if cell_kind == "text":
            return None
        out.append((t.text, value))
    if len({t for t, _ in out}) != len(out):
        return None
    return out


def _year_column(rows: list[list[str]], j: int, first: int) -> list[str] | None:
    """The times of column `j`'s year cells (in order of first appearance), when every
    cell with text below row `first` is one and two or more hold several times."""
    times: list[str] = []
    several = 0
    for row in rows[first:]:
        if not clean(row[j]):
            continue
        pieces = year_pieces(row[j])
        if pieces is None:
            return None
        several += len(pieces) > 1
        times += [t for t, _ in pieces if t not in times]
    return times if several >= 2 else None


def _first_body_row(rows: list[list[str]]) -> int | None:
    """The first row holding a year cell: the rows above it are the headings."""
    return next(
        (i for i, r in enumerate(rows) if any(year_pieces(c) for c in r[1:] if clean(c))),
        None,
    )


def split_year_cells(tab: Tab) -> Tab:
    """The table with each column of year cells split into a column per time (see the
    module's docstring); any other table is returned as it is."""
    width = max((len(r) for r in tab.rows), default=0)
    rows = [list(r) + [""] * (width - len(r)) for r in tab.rows]
    first = _first_body_row(rows)
    if first is None or first == 0:
        return tab  # no heading to name the group a column is
    found = False
    for j in range(width - 1, 0, -1):
        named = max(
            (i for i in range(first) if clean(rows[i][j])), default=None
        )  # right to left: a split moves no column still to do
        times = _year_column(rows, j, first)
        if times is None:
            continue
        found = True
        for i, row in enumerate(rows):
            if i == named:  # the column's own heading: its group, now with the time
                new = [clean(f"{row[j]} {t}") for t in times]
            elif i < first:  # a heading merged over the column stays over its times
                new = [row[j]] + [""] * (len(times) - 1)
            else:
                got = dict(year_pieces(row[j]) or [])
                new = [got.get(t, "") for t in times]
            rows[i] = row[:j] + new + row[j + 1 :]
    return replace(tab, rows=rows) if found else tab
