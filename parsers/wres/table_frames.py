"""What a WRES table says once for all its rows, read before the table readers:

- an indicator named only in a merged first row ("Indicator 1: Percentage of staff
  ..."): the table's caption (parsers/wres/caption_rows.py);
- a period printed only in a merged first row ("Staff survey 2023 and workforce at
  31 March 2024" spanning every column): a title, not a column heading, so it joins the
  lines above the table, where the readers take a dated heading for a table whose
  columns name no year (each indicator settles it its own way: `context.settle`);
- indicator numbers alone in a column headed "Indicator" ("1", "5"): with that heading
  they are indicator numbers, not a serial count, so each is written "Indicator 5" for
  the readers that know a row by its label, and so are Roman numerals "(i)" to "(ix)"
  that number the indicators (parsers/wres/roman_numbers.py), and bare numbers under
  any other heading ("No.") whose words beside them agree (parsers/wres/numbered_rows.py);
- a column of several years in one cell (parsers/wres/series.py), or of a line a
  year in each cell (parsers/wres/year_cells.py);
- rows that each name a period, dating the rows under them: written into a year
  column (parsers/wres/section_rows.py);
- rows that each name an indicator alone, its groups' rows under them: written as
  the summary reader's sub-rows (parsers/wres/indicator_sections.py);
- a measure / value table naming no year, under a report title stating one data year
  (parsers/wres/data_year.py).

`frame_table` applies them in turn; a table none of them fits is returned as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.wres.caption_rows import caption_from_first_row
from parsers.wres.cell_figures import holds_figures
from parsers.wres.cells import clean, parse_period
from parsers.wres.context import _one_time, is_dated_heading, time_above
from parsers.wres.data_year import date_value_table
from parsers.wres.indicator_sections import indicator_sections
from parsers.wres.numbered_rows import arabic_indicators
from parsers.wres.roman_numbers import roman_indicators
from parsers.wres.section_rows import year_sections
from parsers.wres.series import split_series
from parsers.wres.skipped import Skipped
from parsers.wres.tables import Tab
from parsers.wres.year_cells import split_year_cells

# a label column's heading saying its cells are indicator numbers ("Ind." abbreviated)
_RE_CODE_HEAD = re.compile(
    r"^(?:wres\s+)?(?:indicators?|metrics?|inds?\.?)(?:\s+(?:no\.?|number))?$", re.I
)
_RE_CODE = re.compile(r"^[1-9]$")


def frame_table(tab: Tab, unsettled: list[Skipped], data_year: str | None = None) -> Tab:
    """The table with its once-said facts put where the readers look for them;
    `data_year`: the one the report's title states (parsers/wres/data_year.py)."""
    tab = caption_from_first_row(tab)  # "Indicator 1: ..." merged across the top
    tab = number_indicators(period_row_above(indicator_sections(year_sections(tab))))
    tab = arabic_indicators(roman_indicators(tab))  # "No." numbers the words beside agree
    return date_value_table(split_series(split_year_cells(tab), unsettled), data_year)


def period_row_above(tab: Tab) -> Tab:
    """A first row of one cell spanning the table that dates it (and is no column
    heading: the columns below name no year) moved to the lines above the table."""
    if len(tab.rows) < 3:
        return tab
    first = [clean(c) for c in tab.rows[0]]
    if len(first) < 2 or not first[0] or any(first[1:]):
        return tab
    text = first[0]
    alone = parse_period(text)
    if (alone is not None and alone.label == text) or holds_figures(text):
        return tab  # a bare year over the columns is their heading
    time = _one_time(text)
    if time is None or not is_dated_heading(text, time):
        return tab
    if any(parse_period(c) for r in tab.rows[1:3] for c in r[1:]):
        return tab  # the columns have years of their own
    return replace(
        tab,
        rows=tab.rows[1:],
        row_pages=tab.row_pages[1:],
        # as a dated heading the readers know ("Relative likelihoods, 2023/24" reads as
        # a definition's words, so its time alone is kept)
        lines_above=[*tab.lines_above, text if time_above([text]) else time.text],
    )


def number_indicators(tab: Tab) -> Tab:
    """Bare numbers under a label column headed "Indicator" written "Indicator N"."""
    if len(tab.rows) < 3 or not _RE_CODE_HEAD.match(clean(tab.rows[0][0] if tab.rows[0] else "")):
        return tab
    codes = [clean(r[0]) for r in tab.rows[1:] if r and clean(r[0])]
    if len(codes) < 2 or not all(_RE_CODE.match(c) for c in codes):
        return tab
    rows = [tab.rows[0]]
    for r in tab.rows[1:]:
        code = clean(r[0]) if r else ""
        rows.append([f"Indicator {code}" if code else "", *r[1:]] if r else r)
    return replace(tab, rows=rows)
