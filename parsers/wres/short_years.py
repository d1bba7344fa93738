"""Financial years shortened in a table's head: "23/24" over a column is 2023/24.

A compact table heads its year columns with the two years' last digits:

                      BME              White
                      23/24   22/23    23/24   22/23
    Indicator 1 ...   17.7%   16.4%    79.5%   80.8%

Read alone, "23/24" is as much the count "23 out of 24" as a year, so the period
readers do not take it anywhere. In a table's head (the rows above its first row of
figures), a row whose every filled cell past the labels' column is such a pair of
consecutive years (the rule: parsers.extract.short_years) is a row of years:
`expand_short_years` writes each cell out in full ("2023/24") so the table readers see
the periods they know, on either level of a two-level head (groups over years, or years over groups).

A one-level head prints each column's group and year in one cell ("BME 23/24",
"Relative likelihood 22/23"): a head row whose every filled cell is words (a label)
or a short year, with two cells at least dated so and words beside one of their
years, has each short year written out in place ("BME 2023/24"). A bare "21/22"
beside other words ("Notes") is not enough: it may still be a count. A head cell is
words; a figure's cell is a number alone, so a row with such a cell ends the head. A
pair whose years do not follow each other ("23/25") anywhere in the row leaves the
whole row as printed; figures' cells are never touched.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Item, Table
from parsers.extract.short_years import short_year


def _years_row(row: list[str]) -> bool:
    filled = [c for c in row[1:] if c.strip()]
    return bool(filled) and all(short_year(c) for c in filled)


# "23/24" standing alone among a head cell's words: not part of a date ("1/2/24"), of a
# year printed in full ("2023/24") or of a percentage ("23/24%")
_PAIR = re.compile(r"(?<![\w/.])\d\d\s*/\s*\d\d(?![\w/.%])")


def _labelled_years_row(row: list[str]) -> bool:
    """Head cells of words and short years ("BME 23/24"): two cells at least date their
    column so, one of them with words (a bare "21/22" beside other words stays), and
    every pair in the row is a year."""
    filled = [c for c in row[1:] if c.strip()]
    dated = [c for c in filled if _PAIR.search(c)]
    pairs = [m.group() for c in dated for m in _PAIR.finditer(c)]
    if len(dated) < 2 or not all(short_year(p) for p in pairs):
        return False
    if not any(_has_words(c) for c in dated):
        return False
    # every cell a label (a letter in it) or a short year alone: no figure's cell
    return all(_has_words(c) or short_year(c) for c in filled)


def _has_words(cell: str) -> bool:
    return bool(re.search(r"[^\W\d_]", cell))


def _write_out(cell: str) -> str:
    return _PAIR.sub(lambda m: short_year(m.group()) or m.group(), cell)


def _holds_figures(row: list[str]) -> bool:
    """Any cell past the labels' column with a digit in it (a figure, not a head)."""
    return any(re.search(r"\d", c) for c in row[1:])


def expand_rows(rows: list[list[str]]) -> list[list[str]] | None:
    """The rows with their head's short years written out; None when there are none."""
    out = [list(r) for r in rows]
    changed = False
    for row in out:
        if _years_row(row):
            row[1:] = [short_year(c) or c for c in row[1:]]
            changed = True
        elif _labelled_years_row(row):
            row[1:] = [_write_out(c) for c in row[1:]]
            changed = True
        elif _holds_figures(row):
            break  # the head ends at the first row of figures
    return out if changed else None


def expand_short_years(doc: Extracted) -> Extracted:
    """The document with its tables' short head years written out (module docstring)."""
    items: list[Item] = []
    found = False
    for item in doc.items:
        rows = expand_rows(item.rows) if isinstance(item, Table) else None
        if rows is not None:
            item = replace(item, rows=rows)
            found = True
        items.append(item)
    return replace(doc, items=items) if found else doc
