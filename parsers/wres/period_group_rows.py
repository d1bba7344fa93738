"""WRES tables with a row per period and ethnic group and a column per indicator:

    Year    | Group | Indicator 5 | Indicator 8
    2022/23 | Asian | 27.0%       | 12.1%
    2022/23 | White | 24.5%       | 6.0%
    2021/22 | Asian | 28.3%       | 13.4%

Two label columns (a period column and a group column, in either order) lead the
table, and every other column's head names one indicator (as parsers/wres/across.py
reads heads: "Indicator 5", "5."). `period_group_rows` turns such a table round, as
across.py turns a table of period rows, into one row per indicator and group with
the periods across the top, for parsers/wres/template_summary.py to read row by row;
each row keeps its column's head as its label (the words a key gave it say what only
they say: a board's voting members).

A period or a group printed once for the rows under it (a merged cell, blank below)
stands for them. Only the trust's rows are turned: a comparator's row ("National average") is
not read, and a row whose period cell names one part of the trust, or whose group
cell names no one ethnic group, is counted unsettled (review), never keyed. Two rows
with one period and group leave the table as it is.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.wres.across import _group, column_keys, trust_row
from parsers.wres.cells import clean, parse_period
from parsers.wres.skipped import Skipped, part_of_trust
from parsers.wres.tables import Tab
from parsers.wres.template_columns import _BENCH

_LEAD = 2  # the period and group columns


def _period_column(body: list[list[str]]) -> int | None:
    """Which of the two lead columns holds the periods (the other the groups)."""
    for p, g in ((0, 1), (1, 0)):
        filled = [r[p] for r in body if r[p]]
        # every cell names a period (the trust's, a comparator's or a part's), and the
        # first row's is printed (a merged cell stands for the rows below it, not above)
        if not body[0][p] or not all(parse_period(c) for c in filled):
            continue
        if any(trust_row(c) for c in filled) and any(_group(r[g]) for r in body):
            return p
    return None


def period_group_rows(tab: Tab, unsettled: list[Skipped] | None = None) -> Tab:
    """The table turned round (a row per indicator and group, the periods across the
    top), or the table as it is when it is not this layout."""
    rows = [[clean(c) for c in r] for r in tab.rows if any(clean(c) for c in r)]
    if len(rows) < 3:
        return tab
    width = max(len(r) for r in rows)
    if width < _LEAD + 2:
        return tab
    rows = [r + [""] * (width - len(r)) for r in rows]
    p = _period_column(rows[1:])
    if p is None:
        return tab
    g = 1 - p
    found = column_keys([[r[p], *r[_LEAD:]] for r in rows])
    if found is None or found[0] != 1:
        return tab
    keys = found[1]
    if any(grp for _i, grp in keys) or len({i for i, _ in keys}) != len(keys):
        return tab  # a column per indicator, each once
    cells: dict[tuple[str, str], list[str]] = {}
    periods: list[str] = []
    groups: list[str] = []
    period = label = ""
    for r in rows[1:]:
        # a merged cell (blank below) stands for the rows under it
        period, label = r[p] or period, r[g] or label
        if _BENCH.search(period) or _BENCH.search(label):
            continue  # a comparator's row: not the trust's
        group = _group(label)
        if group is None or not trust_row(period):
            if unsettled is not None:
                unsettled.extend(part_of_trust(f"{period} {label}", r[_LEAD:], tab.page))
            continue
        if (period, group) in cells:
            return tab  # one period and group twice: not one row per key
        cells[(period, group)] = r[_LEAD:]
        periods += [period] if period not in periods else []
        groups += [group] if group not in groups else []
    if len(periods) < 1 or len(groups) < 1:
        return tab
    turned = [[rows[0][p], "", *periods]]
    for j, _key in enumerate(keys):
        for group in groups:
            values = [cells.get((period, group), [""] * len(keys))[j] for period in periods]
            turned.append([rows[0][_LEAD + j], group, *values])
    return replace(tab, rows=turned, row_pages=[tab.page] * len(turned))


__all__ = ["period_group_rows"]
