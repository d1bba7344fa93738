"""A table whose results cells each hold a small table of their own: a web page's
nested <table>s, or the PDF and Word versions printing each inner table as lines in
the outer cell.

    | Indicator        | What we found                        |
    | 1. Workforce     | 31 March 2024   31 March 2023        |
    |                  | BME staff   21.0%   19.9%            |
    |                  | White staff   75.2%   76.8%          |

The structure read here: a column (not the first) every filled body cell of which is
an inner table, at least two of them: a first line of two or more times and nothing
else (the inner table's year heads), then lines each a label and as many figures as
there are times. Cells are read line by line (a PDF cell by its printed lines; a web
page's inner cells may be joined by single spaces, so a line's figures are its last
words). The outer table is written out a row at a time: the row's first cell as a
heading (the outer row's indicator, the inner table's context), the inner table as a
table of its own under it, and the row's other cells as text after it; so every
reader reads each inner table as a table under its indicator's heading.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.extract.model import Extracted, Item, Table, TextBlock
from parsers.wres.cell_figures import is_figure, parse_cell
from parsers.wres.cells import clean
from parsers.wres.narrative_terms import _times

_MIN_INNER = 2  # inner tables in the column: one alone could be a cell's stray lines


def head_times(line: str) -> list[str] | None:
    """The times of an inner table's head line ("2023 survey   2022 survey"), two or
    more and nothing else on the line; None for any other line."""
    text = clean(line)
    times = _times(text)
    if len(times) < 2 or any(t.kind == "rel" for t in times):
        return None
    rest = text
    for t in reversed(times):
        rest = rest[: t.start] + rest[t.end :]
    if rest.replace("|", "").strip():
        return None
    labels = [t.text for t in times]
    return labels if len(set(labels)) == len(labels) else None


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
    """The rows of a cell's inner table (a blank first head, then the times; a row a
    line after), or None when the cell's lines are not one."""
    lines = [ln for ln in (clean(x) for x in lines) if ln]
    if len(lines) < 2:
        return None
    times = head_times(lines[0])
    if times is None:
        return None
    rows = [body_row(ln, len(times)) for ln in lines[1:]]
    if any(r is None for r in rows):
        return None
    return [["", *times], *rows]  # type: ignore[list-item]


def _cell_lines(table: Table, i: int, j: int) -> list[str]:
    """A cell's printed lines: the PDF's own lines when it gives them, else its text's."""
    if table.cell_lines is not None and i < len(table.cell_lines):
        printed = table.cell_lines[i]
        if j < len(printed) and printed[j]:
            return [text for _top, text in printed[j]]
    return (table.rows[i][j] or "").split("\n")


def _inner_column(table: Table) -> tuple[int, dict[int, list[list[str]]]] | None:
    """The column of inner tables and each body row's inner table, or None."""
    width = min((len(r) for r in table.rows), default=0)
    for j in range(1, width):
        inner: dict[int, list[list[str]]] = {}
        for i in range(1, len(table.rows)):
            if not clean(table.rows[i][j]):
                continue
            rows = inner_table(_cell_lines(table, i, j))
            if rows is None:
                break
            inner[i] = rows
        else:
            if len(inner) >= _MIN_INNER:
                return j, inner
    return None


def unnest(table: Table) -> list[Item] | None:
    """The items a table of inner tables is written out as, or None for any other."""
    if len(table.rows) < 3:
        return None
    found = _inner_column(table)
    if found is None:
        return None
    j, inner = found
    items: list[Item] = []
    for i, row in enumerate(table.rows[1:], start=1):
        if clean(row[0]):
            items.append(TextBlock(text=clean(row[0]), style="heading", page=table.page))
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
    items: list[Item] = []
    changed = False
    for item in doc.items:
        out = unnest(item) if isinstance(item, Table) else None
        if out is None:
            items.append(item)
            continue
        items.extend(out)
        changed = True
    return replace(doc, items=items) if changed else doc


__all__ = ["body_row", "head_times", "inner_table", "unnest_tables"]
