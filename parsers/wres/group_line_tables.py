"""A table printed once per ethnic group, each copy introduced only by a short line
naming its group just above it ("Minority ethnic colleagues" / table, "White
colleagues" / table), the columns years and the rows indicators.

Nothing inside such a table names the group its figures are of, so the summary reader
would key them by the row labels alone (and a label naming both groups, or none, would
give them to the wrong group). The line above is the table's group: it is written into
each year head ("2023/24" -> "BME 2023/24") before the table is read, so every figure
takes the group of its own column. Only when the line is short, carries no figure and
names exactly one group, and no head of the table names a group already.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.wres.cells import clean, ethnic_groups, parse_period
from parsers.wres.tables import Tab

_MAX_WORDS = 4  # a group's name and a noun ("BME staff"): not a sentence


def group_of_line(line: str) -> str | None:
    """The one ethnic group a short label line names, or None."""
    t = clean(line)
    if not t or re.search(r"\d", t) or len(t.split()) > _MAX_WORDS:
        return None
    groups = ethnic_groups(t)
    return groups[0] if len(groups) == 1 and groups[0] != "All" else None


def group_from_line_above(tab: Tab) -> Tab:
    """The table with its group line written into its year heads, or as it was."""
    if not tab.rows or not tab.lines_above:
        return tab
    group = group_of_line(tab.lines_above[-1])
    head = tab.rows[0]
    if group is None or any(ethnic_groups(c) for c in head[1:]):
        return tab
    years = [j for j, c in enumerate(head) if j > 0 and parse_period(c)]
    if not years:
        return tab
    new_head = [f"{group} {c}" if j in years else c for j, c in enumerate(head)]
    return replace(tab, rows=[new_head, *tab.rows[1:]])


__all__ = ["group_from_line_above", "group_of_line"]
