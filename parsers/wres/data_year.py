"""The one data year a WRES report states for all its figures in its title heading
("Workforce Race Equality Standard 2024 (data year 2023/24)", "WRES 2024"), and the
tables that take it: a measure / value table (a label column and one column of
figures headed "Value", "Figure", "Trust") that names no year in its rows or columns
and has no dated heading just above it. Such a table's comparator rows ("National
average, BME staff (%)") are not the trust's figures and are not read.

The year follows the conventions of the readers: a financial year printed "2023/24"
is that year; a WRES year ("WRES 2024") is its data year (2023/24, whose staff survey
is the 2023 one); a 31 March snapshot is the year it closes. A heading that names two
different years, or two headings that disagree, state no one data year: then no table
is dated by it (its figures stay unsettled, for review).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted
from parsers.wres.cell_figures import holds_figures
from parsers.wres.cells import clean, fy, parse_period
from parsers.wres.context import label_key, time_above
from parsers.wres.narrative_terms import _times
from parsers.wres.tables import Tab

_RE_STANDARD = re.compile(r"\bWRES\b|workforce\s+race\s+equality\s+standard", re.I)
# the heading of a column of figures that says only that they are the figures
_RE_VALUE_HEAD = re.compile(
    r"^(?:values?|figures?|results?|data|score|trust|our\s+trust|the\s+trust|%)$", re.I
)
_TITLE_STYLES = ("heading", "title", "bold")


def _heading_year(text: str) -> str | None:
    """The one financial year a report title's times give, or None."""
    years = set()
    for t in _times(text):
        if t.kind == "rel":
            continue
        years.add(fy(t.year - 1) if t.kind == "bare" else fy(t.year))
    return years.pop() if len(years) == 1 else None


def stated_data_year(doc: Extracted, first: int = 15) -> str | None:
    """The data year the report's title headings state, when they state one."""
    years = set()
    for block in doc.blocks[:first]:
        text = clean(block.text)
        if block.style not in _TITLE_STYLES or len(text) > 120 or text.endswith("."):
            continue
        if _RE_STANDARD.search(text) and (year := _heading_year(text)) is not None:
            years.add(year)
    return years.pop() if len(years) == 1 else None


def _value_column(tab: Tab) -> int | None:
    """The one column of figures of a measure / value table, by its heading."""
    head = [clean(c) for c in tab.rows[0]]
    data = tab.rows[1:]
    figure_cols = {j for r in data for j, c in enumerate(r) if j > 0 and holds_figures(c)}
    if len(figure_cols) != 1:
        return None
    j = figure_cols.pop()
    return j if j < len(head) and _RE_VALUE_HEAD.match(head[j]) else None


def date_value_table(tab: Tab, data_year: str | None) -> Tab:
    """A measure / value table naming no year, headed with the report's data year."""
    if data_year is None or len(tab.rows) < 2:
        return tab
    if any(time_above([ln]) and not _RE_STANDARD.search(ln) for ln in tab.lines_above):
        return tab  # a dated heading of its own (the report's title aside) dates it
    if any(parse_period(c) for r in tab.rows for c in r):
        return tab  # the table dates its own figures
    j = _value_column(tab)
    if j is None:
        return tab
    head = list(tab.rows[0])
    head[j] = f"{clean(head[j])} {data_year}"
    # a comparator's row ("National average, BME staff (%)") is not the trust's figure
    keep = [i for i, r in enumerate(tab.rows) if i == 0 or not (r and label_key(r[0]).comparator)]
    rows = [head, *(tab.rows[i] for i in keep[1:])]
    pages = [tab.row_pages[i] for i in keep] if len(tab.row_pages) == len(tab.rows) else None
    return replace(tab, rows=rows, row_pages=pages or tab.row_pages[: len(rows)])
