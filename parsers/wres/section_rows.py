"""A table split into sections by period rows: a row whose one filled cell (or whose
cells, merged, all repeat it) names a period, dating the rows under it up to the next
such row.

    Indicator          | BME   | White | Gap
    Year 2023/24       |       |       |          <- a section row: the period below
    1. Share of ...    | 24.1% | 73.2% |
    5. Harassment ...  | 31.6% | 25.9% | +5.7
    Year 2022/23       |       |       |          <- the next section
    1. Share of ...    | 22.6% | 74.9% |

Such a period is said once for its rows, so it is written into each of them as a
"Year" column beside the label column, and the section rows are dropped; the summary
reader then dates each row by its year cell (parsers/wres/summary_columns.py
`year_column`), as it does a table printed with that column. Only a table whose
first row under the heading row is a section row (every figure row has a period
above it) and whose sections each hold a row is rewritten; two section rows naming
one period, or a section row in a table whose heads name periods, leave it as it is.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from parsers.wres.cells import clean, parse_period
from parsers.wres.narrative_terms import _times
from parsers.wres.tables import Tab

YEAR_HEAD = "Year"  # the head of the written column, as the summary reader knows it


def section_period(row: list[str]) -> str | None:
    """The words of a section row naming one period (its one filled text, however
    many cells it is merged over), or None when the row is not a section row."""
    filled = {clean(c) for c in row if clean(c)}
    if len(filled) != 1 or len(row) < 2 or not clean(row[0]):
        return None
    text = filled.pop()
    times = [t for t in _times(text) if t.kind != "rel"]
    if len(times) != 1 or parse_period(text) is None or len(text) > 40:
        return None
    rest = text[: times[0].start] + text[times[0].end :]
    return None if any(ch.isdigit() for ch in rest) else text  # no figure beside it


def year_sections(tab: Tab) -> Tab:
    """The table with its section rows' periods written into a year column (see the
    module docstring), or the table as it is."""
    if len(tab.rows) < 4 or any(parse_period(c) for c in tab.rows[0]):
        return tab
    periods = [section_period(r) for r in tab.rows[1:]]
    if periods[0] is None or len({p for p in periods if p}) != sum(1 for p in periods if p):
        return tab
    if any(a is not None and b is not None for a, b in pairwise(periods)):
        return tab  # an empty section
    if periods[-1] is not None:
        return tab
    head = tab.rows[0]
    if not head:
        return tab  # no head row to put the year column under
    rows, pages = [[head[0], YEAR_HEAD, *head[1:]]], [tab.row_pages[0]]
    now = ""
    for row, page, period in zip(tab.rows[1:], tab.row_pages[1:], periods, strict=True):
        if period is not None:
            now = period
            continue
        rows.append([row[0] if row else "", now, *row[1:]])
        pages.append(page)
    return replace(tab, rows=rows, row_pages=pages)
