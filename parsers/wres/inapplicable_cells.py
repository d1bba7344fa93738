"""Dashes where a column does not apply: a summary table whose rows each fill their
own set of columns and print a dash in the others.

    | No. | Indicator                 | BME   | White | Relative likelihood |
    | 1   | Staff in the workforce    | 21.3% | 75.9% | —                   |
    | 2   | Appointed from shortlist  | —     | —     | 1.47                |

A lone dash is read elsewhere as a withheld figure ("-" in a count's place). Here it
is not: the rows fall into kinds (a percentage per group, or one ratio) that fill
columns of their own, and every cell outside a row's own columns is a dash. That
shape is read as "does not apply" and the dashes are blanked, so that the table
readers see a ratio row with one figure (its ratio, not per-group rates) and a
percentage row with no withheld figure in the ratio's column.

Only when the shape is exact: every row with figures fills one of at least two column
sets that share no column, and every other cell of its value columns is a dash. A
dash inside a row's own columns (a figure withheld where the row's kind prints one),
or rows whose columns overlap, leave the table as it is.

A cell that is not a figure costs only itself, never the shape:

- a withheld or unavailable mark ("<10", "*", "n/a") where a row prints a figure is
  one of the row's own cells (its figure withheld), not a break in the shape;
- a column every row fills (a national average, a target, printed for every
  indicator whatever its kind) belongs to no kind: the kinds are told apart by the
  columns they do not share. (The readers judge such a column by its heading.)
- a row that fills every value column (no dash at all) is no kind: it fits any shape,
  as a survey indicator's groups and whole-trust figure fill both the group columns
  and the 'all staff' column where the ratio rows print their ratio.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.wres.cell_figures import parse_cell
from parsers.wres.cells import clean
from parsers.wres.tables import Tab

_RE_DASH = re.compile(r"^[-\u2013\u2014\u2212]$")
_FIGURES = ("pct", "num", "ratio", "count")  # a printed figure (not a withheld one)


def _is_dash(cell: str) -> bool:
    return bool(_RE_DASH.match(clean(cell)))


def _is_figure(cell: str) -> bool:
    return parse_cell(cell).kind in _FIGURES


def _is_mark(cell: str) -> bool:
    """A figure withheld or not available ("<10", "*", "n/a"), not a lone dash."""
    t = clean(cell)
    return bool(t) and not _is_dash(t) and parse_cell(t).kind in ("redacted", "empty")


def _value_columns(rows: list[list[str]]) -> list[int]:
    """The columns after the first that print a figure, or a mark withholding one, in
    some row."""
    width = max((len(r) for r in rows), default=0)
    return [
        j
        for j in range(1, width)
        if any(j < len(r) and (_is_figure(r[j]) or _is_mark(r[j])) for r in rows)
    ]


def _own_columns(row: list[str], cols: list[int]) -> frozenset[int] | None:
    """The value columns a row fills (a figure, or a mark withholding one), when every
    other value cell of it is a dash; None when it has no figure or a cell that is
    neither (then the shape is not this)."""
    figures = [j for j in cols if j < len(row) and _is_figure(row[j])]
    own = frozenset(j for j in cols if j < len(row) and (j in figures or _is_mark(row[j])))
    rest = [j for j in cols if j not in own]
    if not figures or not all(j < len(row) and _is_dash(row[j]) for j in rest):
        return None
    return own


def _apart(kinds: set[frozenset[int]]) -> set[frozenset[int]]:
    """The kinds without the columns every kind fills (see the module docstring); a
    kind left with no column of its own is kept whole, so that it overlaps the rest."""
    shared = frozenset.intersection(*kinds) if kinds else frozenset()
    if not shared or any(not (k - shared) for k in kinds):
        return kinds
    return {k - shared for k in kinds}


def blank_inapplicable(tab: Tab) -> Tab:
    """The table with its "does not apply" dashes blanked (see the module docstring);
    any other table unchanged."""
    cols = _value_columns(tab.rows)
    if len(cols) < 2:
        return tab
    # the rows with a figure or a dash under the value columns (not the heading rows)
    data = [
        i
        for i, r in enumerate(tab.rows)
        if any(_is_dash(r[j]) or _is_figure(r[j]) for j in cols if j < len(r))
    ]
    kinds = [_own_columns(tab.rows[i], cols) for i in data]
    if len(data) < 2 or any(k is None for k in kinds):
        return tab
    # a row filling every value column prints no dash: it fits any shape and tells the
    # kinds nothing (5-8's groups and whole-trust figure beside a ratio in that column)
    kinds = [k for k in kinds if k != frozenset(cols)]
    distinct = _apart(set(kinds))
    if len(distinct) < 2 or any(a & b for a in distinct for b in distinct if a != b):
        return tab  # one kind of row, or kinds sharing a column: dashes are withheld figures
    rows = [list(r) for r in tab.rows]
    for i in data:
        rows[i] = ["" if j in cols and _is_dash(c) else c for j, c in enumerate(rows[i])]
    return replace(tab, rows=rows)


__all__ = ["blank_inapplicable"]
