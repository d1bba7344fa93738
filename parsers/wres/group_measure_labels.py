"""Row labels of two parts, the ethnic group and then what the row's figures are, split
by a colon: a benchmark report's layout, each group's own figure beside the same
group's comparator and its number of responses.

    |                   | 2022  | 2023  |
    | White: Your org   | 26.8% | 25.9% |
    | White: Average    | 27.6% | 27.2% |
    | White: Responses  | 2,588 | 2,631 |
    | BME: Your org     | 30.3% | 28.5% |
    | ...

The first part keys the row's group; the second says whose figure it is. Read here,
by that structure: a table whose every labelled row is "<group>: <words>", the first
part one ethnic group alone, each group with more than one row. A row whose second part
names a comparator (an average, a median, a benchmark: `context.label_key`) is not
the trust's figure, and a row of whole numbers where the group's other rows print
percentages is a count of responses, not a figure of the indicator: both are left out.
When each group is left one row, that row is the group's own figure and is labelled by
the group alone; otherwise the table is left as it is (which row is the trust's is not
settled).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.wres.cell_figures import parse_cell
from parsers.wres.cells import clean, ethnic_groups
from parsers.wres.context import label_key
from parsers.wres.tables import Tab

_RE_TWO_PARTS = re.compile(r"^(?P<group>[^:]{1,40}?)\s*:\s*(?P<what>\S.{0,60})$")


def _parts(label: str) -> tuple[str, str] | None:
    """(group, what) of a "<group>: <words>" label whose first part is one group alone."""
    m = _RE_TWO_PARTS.match(clean(label))
    if m is None:
        return None
    groups = ethnic_groups(m["group"])
    if len(groups) != 1 or groups[0] == "All" or label_key(m["group"]).comparator:
        return None
    return groups[0], m["what"]


def _kinds(row: list[str]) -> set[str]:
    """'pct' and / or 'whole' for the figures of a row (a whole number: a count)."""
    out = set()
    for c in row[1:]:
        cell = parse_cell(c)
        if cell.kind == "pct":
            out.add("pct")
        elif cell.kind == "num" and cell.decimals == 0:
            out.add("whole")
        elif cell.kind == "num":
            out.add("pct")
    return out


def group_measure_rows(tab: Tab) -> Tab:
    """The table with its comparators' and counts' rows left out and each group's own
    row labelled by the group alone (see the module docstring); any other table as it is."""
    body = [(i, r) for i, r in enumerate(tab.rows) if r and clean(r[0]) and _kinds(r)]
    if len(body) < 4:
        return tab
    parts = {i: _parts(r[0]) for i, r in body}
    if any(p is None for p in parts.values()):
        return tab
    by_group: dict[str, list[int]] = {}
    for i, p in parts.items():
        assert p is not None
        by_group.setdefault(p[0], []).append(i)
    if len(by_group) < 2 or any(len(rows) < 2 for rows in by_group.values()):
        return tab
    own: dict[int, str] = {}
    drop: set[int] = set()
    for group, rows in by_group.items():
        printed_pct = any("pct" in _kinds(tab.rows[i]) for i in rows)
        left = []
        for i in rows:
            what = parts[i][1]  # type: ignore[index]
            if label_key(what).comparator or (printed_pct and _kinds(tab.rows[i]) == {"whole"}):
                drop.add(i)
            else:
                left.append(i)
        if len(left) != 1:
            return tab  # which of the rows is the trust's own is not settled
        own[left[0]] = group
    pages = tab.row_pages if len(tab.row_pages) == len(tab.rows) else [tab.page] * len(tab.rows)
    keep = [i for i in range(len(tab.rows)) if i not in drop]
    rows = [[own[i], *tab.rows[i][1:]] if i in own else tab.rows[i] for i in keep]
    return replace(tab, rows=rows, row_pages=[pages[i] for i in keep])


__all__ = ["group_measure_rows"]
