"""An HTML <table> as the browser draws it, for parsers.extract.html.

Its rows (in <thead>, <tbody> and <tfoot> too, not in a table nested in a cell) become
a grid of cell texts: a cell spanning columns is followed by empty cells for the
columns it covers, and a rowspan leaves the covered column empty in the rows below (as
a merged cell prints), so every column keeps its header. A table nested in a cell is flattened into the cell's
text. A table of one column is no table: its cells are read as blocks. Split out of
parsers.extract.html (which walks the page and finds the tables) to keep each module
small.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from bs4 import Tag

from parsers.extract.model import Table, TextBlock


def read_table(tbl: Tag, index: int, element_text: Callable[[Tag], str]) -> Table | list[TextBlock]:
    """The table (the `index`-th of the page), or its cells as blocks when it has one
    column (none when it is empty). `element_text` is the page reader's text of an
    element (parsers.extract.html._text, which also notes a walk cut at its depth
    limit): passed in, as that module imports this one."""
    rows: list[list[str]] = []
    # column -> rows below still covered by a cell with rowspan: those rows' cells
    # start further right, and the covered column is empty in them (as a merged
    # cell prints), so every column keeps its header
    covered: dict[int, int] = {}
    for tr in _rows_of(tbl):
        row: list[str] = []
        for cell in tr.find_all(["td", "th"], recursive=False):
            _skip_covered(row, covered)
            text = element_text(cell)
            if cell.find("table") is not None:
                text = re.sub(r"\n+", "\n", text)
            start = len(row)
            row.append(text)
            span, down = _span(cell.get("colspan")), _span(cell.get("rowspan"))
            row.extend([""] * (span - 1))
            if down > 1:
                covered.update({c: down - 1 for c in range(start, start + span)})
        _skip_covered(row, covered, trailing=True)
        if any(c.strip() for c in row):
            rows.append(row)
    if not rows:
        return []
    width = max(len(r) for r in rows)
    if width < 2:
        return [TextBlock(text=c.strip()) for r in rows for c in r if c.strip()]
    caption = tbl.find("caption")
    return Table(
        rows=_without_repeated_heads([r + [""] * (width - len(r)) for r in rows]),
        index_on_page=index,
        caption=element_text(caption) if caption is not None else None,
    )


def _rows_of(tbl: Tag) -> Iterator[Tag]:
    """The table's own rows, directly or in its row groups."""
    for child in tbl.children:
        if not isinstance(child, Tag):
            continue
        if child.name == "tr":
            yield child
        elif child.name in ("thead", "tbody", "tfoot"):
            yield from (c for c in child.children if isinstance(c, Tag) and c.name == "tr")


def _span(value) -> int:
    """A colspan or rowspan attribute as a count (1 when absent or malformed; at most 50)."""
    try:
        return max(1, min(int(value or 1), 50))
    except (TypeError, ValueError):
        return 1


def _skip_covered(row: list[str], covered: dict[int, int], trailing: bool = False) -> None:
    """Empty cells for the columns a rowspan above covers at the row's current end (and,
    with `trailing`, every covered column to the right); each use counts one row down."""
    while True:
        col = len(row)
        if covered.get(col, 0) > 0:
            covered[col] -= 1
            row.append("")
        elif trailing and any(c > col and n > 0 for c, n in covered.items()):
            row.append("")  # a gap before a covered column further right
        else:
            return


def _without_repeated_heads(rows: list[list[str]]) -> list[list[str]]:
    """A responsive table repeats each column's head at the start of every cell, for
    narrow screens that stack the cells ("This year (2023/24) 25.5%"); a wide screen
    hides it. When, in three or more columns, nearly every body cell opens with its
    column's head, the head is cut from each cell. (A question/answer table whose cells
    open "Question 1", "Answer 1" has two columns and is left as printed.)"""
    head, body = rows[0], rows[1:]
    columns = [c for c, h in enumerate(head) if h.strip()]
    repeated = 0
    for c in columns:
        cells = [row[c] for row in body if row[c].strip()]
        opened = sum(_opens_with(cell, head[c]) for cell in cells)
        if cells and opened < 0.8 * len(cells):
            return rows  # a column whose cells do not repeat its head: not the pattern
        repeated += bool(cells)
    if repeated < 3:
        return rows
    cut = [
        [
            cell.strip()[len(h.strip()) :].strip() if _opens_with(cell, h) else cell
            for h, cell in zip(head, row, strict=True)
        ]
        for row in body
    ]
    return [head, *cut]


def _opens_with(cell: str, head: str) -> bool:
    cell, head = cell.strip(), head.strip()
    return (
        bool(head) and len(cell) > len(head) and cell.startswith(head) and cell[len(head)].isspace()
    )
