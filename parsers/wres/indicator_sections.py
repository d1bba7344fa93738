"""A summary table split into sections by indicator rows: a row whose one filled cell
(or whose cells, merged, all repeat it) names an indicator, opening a section whose
rows below name only what they give of it (an ethnic group, "Relative likelihood"):

    Measure                        | 2022/23 | 2023/24
    Indicator 5: harassment ...    |         |            <- a section row
    BME                            | 30.1%   | 28.4%      <- the section's rows
    White                          | 25.0%   | 24.2%
    Indicator 2: shortlisting ...  |         |            <- the next section
    Relative likelihood            | 1.45    | 1.31

The summary reader (parsers/wres/template_summary.py `parse_summary`) knows a row by
its label cell, and a sub-row by a label cell left blank with its own words in a cell
beside it ("| BME | 30.1%" under "5. Harassment ..."). Here the sub-rows' words stand
in the label column itself, so each would be read as a row of its own naming no
indicator. `indicator_sections` writes the table in the shape the reader knows: a
column is put after the label column, each section row keeps its indicator there and
each row under it moves its words into the new column, its label cell left blank (the
section row's, said once for them).

Only a table whose first row under the heading row opens a section, whose sections
each hold a row of figures, and whose section rows' rows name no indicator of their
own (a row that does is a summary row, not a sub-row) is rewritten. A comparator's row
in a section ("National average") is not the trust's and is left out, as
parsers/wres/period_group_rows.py leaves it.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from parsers.wres.cell_figures import holds_figures
from parsers.wres.cells import clean, parse_period
from parsers.wres.tables import Tab
from parsers.wres.template_columns import _BENCH
from parsers.wres.template_summary import row_indicator


def section_indicator(row: list[str]) -> int | None:
    """The indicator a section row names (its one filled text, however many cells it
    is merged over, standing in the label cell), or None when the row is no section
    row."""
    filled = {clean(c) for c in row if clean(c)}
    if len(filled) != 1 or len(row) < 2 or not clean(row[0]):
        return None
    text = filled.pop()
    period = parse_period(text)
    if period is not None and period.label == text:
        return None  # a period alone: a section of periods (parsers/wres/section_rows.py)
    return row_indicator(text)


def _sub_row(row: list[str]) -> bool:
    """A row of a section: figures beside a label naming no indicator of its own."""
    label = clean(row[0]) if row else ""
    return (
        bool(label)
        and row_indicator(label) is None
        and not holds_figures(label)
        and any(holds_figures(c) for c in row[1:])
    )


def indicator_sections(tab: Tab) -> Tab:
    """The table with each section's rows written as sub-rows of its indicator row (see
    the module docstring), or the table as it is."""
    rows = [list(r) for r in tab.rows]
    if len(rows) < 3:
        return tab
    body = rows[1:]
    opens = [section_indicator(r) for r in body]
    if opens[0] is None or opens[-1] is not None:
        return tab  # a row above the first section, or a section of no row
    if any(a is not None and b is not None for a, b in pairwise(opens)):
        return tab  # an empty section
    if not all(_sub_row(r) for r, o in zip(body, opens, strict=True) if o is None):
        return tab
    width = max(len(r) for r in rows)
    head = rows[0] + [""] * (width - len(rows[0]))
    out, pages = [[head[0], "", *head[1:]]], [tab.row_pages[0]]
    for row, page, ind in zip(body, tab.row_pages[1:], opens, strict=True):
        if ind is None and _BENCH.search(clean(row[0])):
            # a comparator's row ("National average BME") is not the trust's: not read
            # (its group beside the trust's would contest the key, neither published)
            continue
        if ind is not None:
            out.append([clean(row[0]), *[""] * width])
        else:
            out.append(["", *row, *[""] * (width - len(row))])
        pages.append(page)
    return replace(tab, rows=out, row_pages=pages)


__all__ = ["indicator_sections", "section_indicator"]
