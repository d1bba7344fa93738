"""A table whose results cells each hold a small table of their own: a web page's
nested <table>s, or the PDF and Word versions printing each inner table as lines in
the outer cell.

    | Indicator        | What we found                        |
    | 1. Workforce     | 31 March 2024   31 March 2023        |
    |                  | BME staff   21.0%   19.9%            |
    |                  | White staff   75.2%   76.8%          |

The structure read here: one column (not the first) every filled body cell of which
is an inner table, at least two of them: a first line of two or more times (after a
head for the label column, if any) and nothing else, then lines each a label and as
many figures as there are times. Cells are read line by line (a PDF cell by its
printed lines; a web page's inner cells may be joined by single spaces, so a line's
figures are its last words). Each row holding an inner table must name its indicator
in its first cell ("Indicator 4", "4. Access to training" whose words agree, or words
naming one indicator from 2 to 9): the inner table's rows name only groups, so that is
the only thing saying whose figures they are. The outer table is then written out a
row at a time: the indicator's heading ("Indicator N: <the cell>"), the inner table as
a table of its own under it, and the row's other cells as text after it; so every
reader reads each inner table as a table under its indicator's heading. A table with
inner tables in two columns (ours beside a comparator's), or a row whose indicator is
not settled, is left as it is.
"""

from __future__ import annotations

import re
from itertools import pairwise

from parsers.extract.model import Extracted, Item, Table, TextBlock
from parsers.wres.cell_figures import is_figure, parse_cell
from parsers.wres.cells import clean
from parsers.wres.described_headings import described_indicator
from parsers.wres.narrative_terms import _times
from parsers.wres.numbered_headings import numbered_heading
from parsers.wres.rewrite_items import expand_items
from parsers.wres.vocab import INDICATOR_HEADING

_MIN_INNER = 2  # inner tables in the column: one alone could be a cell's stray lines
_RE_INDICATOR = re.compile(INDICATOR_HEADING, re.I)


def head_times(line: str) -> list[str] | None:
    """The heads of an inner table's head line: the label column's ("" when blank),
    then two or more times with nothing between or after them ("2023 survey   2022
    survey", "Staff group 2023/24 2022/23"); None for any other line."""
    text = clean(line)
    times = _times(text)
    if len(times) < 2 or any(t.kind == "rel" for t in times):
        return None
    between = [text[a.end : b.start] for a, b in pairwise(times)]
    if any(gap.replace("|", "").strip() for gap in [*between, text[times[-1].end :]]):
        return None
    label = text[: times[0].start].replace("|", "").strip()
    if re.search(r"\d", label):  # a figure or a date before the times: no head
        return None
    labels = [t.text for t in times]
    return [label, *labels] if len(set(labels)) == len(labels) else None


def body_row(line: str, n: int) -> list[str] | None:
    """[label, figure, …] of an inner table's line: words, then `n` figures; None for
    any other line."""
    words = clean(line).split()
    if len(words) <= n:
        return None
    figures, label = words[-n:], " ".join(words[:-n])
    if not all(is_figure(parse_cell(f)) for f in figures):
        return None
    if not any(ch.isalpha() for ch in label) or is_figure(parse_cell(label)):
        return None
    return [label, *figures]


def inner_table(lines: list[str]) -> list[list[str]] | None:
    """The rows of a cell's inner table (the label column's head, then the times; a
    row a line after), or None when the cell's lines are not one."""
    lines = [ln for ln in (clean(x) for x in lines) if ln]
    if len(lines) < 2:
        return None
    head = head_times(lines[0])
    if head is None:
        return None
    rows = [body_row(ln, len(head) - 1) for ln in lines[1:]]
    if any(r is None for r in rows):
        return None
    return [head, *rows]  # type: ignore[list-item]


def _cell_lines(table: Table, i: int, j: int) -> list[str]:
    """A cell's printed lines: the PDF's own lines when it gives them, else its text's."""
    if table.cell_lines is not None and i < len(table.cell_lines):
        printed = table.cell_lines[i]
        if j < len(printed) and printed[j]:
            return [text for _top, text in printed[j]]
    return (table.rows[i][j] or "").split("\n")


def _inner_tables(table: Table, j: int) -> dict[int, list[list[str]]] | None:
    """Each body row's inner table in column `j`, when every filled cell holds one and
    two at least do; else None."""
    inner: dict[int, list[list[str]]] = {}
    for i in range(1, len(table.rows)):
        if not clean(table.rows[i][j]):
            continue
        rows = inner_table(_cell_lines(table, i, j))
        if rows is None:
            return None
        inner[i] = rows
    return inner if len(inner) >= _MIN_INNER else None


def _inner_column(table: Table) -> tuple[int, dict[int, list[list[str]]]] | None:
    """The one column of inner tables and each body row's inner table, or None (none,
    or two: which is the trust's own is not said)."""
    width = min((len(r) for r in table.rows), default=0)
    found = [(j, inner) for j in range(1, width) if (inner := _inner_tables(table, j))]
    return found[0] if len(found) == 1 else None


def indicator_heading(label: str) -> str | None:
    """The heading "Indicator N: <label>" of an outer row's label naming its
    indicator, the label itself when it is one already; None when no one indicator."""
    text = clean(label)
    if _RE_INDICATOR.match(text):
        return text
    numbered = numbered_heading(text)
    if numbered is not None:
        return numbered
    ind = described_indicator(text)
    return f"Indicator {ind}: {text}" if ind is not None else None


def unnest(table: Table) -> list[Item] | None:
    """The items a table of inner tables is written out as, or None for any other."""
    if len(table.rows) < 3:
        return None
    found = _inner_column(table)
    if found is None:
        return None
    j, inner = found
    headings = {i: indicator_heading(table.rows[i][0]) for i in inner}
    if any(h is None for h in headings.values()):
        return None
    items: list[Item] = []
    for i, row in enumerate(table.rows[1:], start=1):
        if i in headings:
            items.append(TextBlock(text=headings[i] or "", style="heading", page=table.page))
        elif clean(row[0]):
            items.append(TextBlock(text=clean(row[0]), page=table.page))
        if i in inner:
            items.append(Table(inner[i], page=table.page, index_on_page=table.index_on_page))
        items += [
            TextBlock(text=c, page=table.page)
            for k, c in enumerate(row)
            if k not in (0, j) and clean(c)
        ]
    return items


def unnest_tables(doc: Extracted) -> Extracted:
    """The document with each table of inner tables written out a row at a time."""
    return expand_items(doc, lambda item: unnest(item) if isinstance(item, Table) else None)


__all__ = ["body_row", "head_times", "indicator_heading", "inner_table", "unnest", "unnest_tables"]
