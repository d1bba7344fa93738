"""WRES reports saved as plain text from a word processor: each table cell becomes a
tab-indented line, rows are separated by blank lines, paragraphs are untabbed lines.

Plain text keeps no table structure of its own, so the generic text extractor reads
such a file as one paragraph per cell and the table reader finds nothing. This module
rebuilds the paragraphs and tables (`tabbed_items`) so that `parse-file` reads the
text file as it reads the DOCX or PDF the text was saved from. `looks_tabbed` decides
whether a text is in that shape (many tab-indented lines, rows of several cells);
parsers/__init__.py applies it to WRES reports extracted from plain text.
"""

from __future__ import annotations

import re

from parsers.extract.model import Item, Table, TextBlock


def looks_tabbed(text: str) -> bool:
    """A word processor's tables saved as text: at least 20 tab-indented lines, and at
    least 3 rows of 2 or more cells (consecutive tab lines)."""
    lines = text.replace("\r\n", "\n").split("\n")
    tabbed = sum(1 for ln in lines if ln.startswith("\t"))
    if tabbed < 20:
        return False
    wide_rows = len(re.findall(r"(?m)^\t[^\n]*\n\t", text))
    return wide_rows >= 3


def tabbed_items(text: str) -> list[Item]:
    """Split seed text into paragraphs and tables.

    A run of tab-indented lines is one table row (a cell per tab line, continuation
    lines without a tab belong to the cell above); rows are separated by one blank
    line; a table ends at a blank line followed by an untabbed line, or at two
    blank lines. Rows of a single cell before a table's first wide row are kept as
    rows, as the seed prints them.

    Blank paragraphs inside a cell also print as blank lines. So, once a table's width
    is known, a row with fewer cells than that width stays open across blank lines:
    the next tab line is its next cell and an untabbed line continues its last cell.
    Before the width is known (a heading cell with a blank paragraph, e.g. "Recruitment"
    above the years), the split row is joined back when a short row and the next one
    together make exactly the table's width.
    """
    items: list[Item] = []
    lines = text.replace("\r\n", "\n").split("\n")
    rows: list[list[str]] = []
    row: list[str] = []
    blank_run = 0

    def width() -> int:
        return max((len(r) for r in rows), default=0)

    def row_open() -> bool:
        """The current row is short of a known table width (a cell had blank lines)."""
        w = width()
        return bool(row) and w > 1 and len(row) < w

    def close_row() -> None:
        nonlocal row
        if row:
            rows.append([c.strip() for c in row])
            row = []

    def join_split_rows(table_rows: list[list[str]]) -> list[list[str]]:
        w = max(len(r) for r in table_rows)
        out: list[list[str]] = []
        for r in table_rows:
            if out and len(out[-1]) < w and len(out[-1]) + len(r) == w and len(r) < w:
                out[-1] = out[-1] + r
            else:
                out.append(list(r))
        return out

    def close_table() -> None:
        close_row()
        nonlocal rows
        if rows:
            width = max(len(r) for r in rows)
            if width == 1:  # a lone tab-indented line is a paragraph, not a table
                items.extend(TextBlock(r[0]) for r in rows if r[0])
            else:
                joined = join_split_rows(rows)
                width = max(len(r) for r in joined)
                items.append(Table(rows=[r + [""] * (width - len(r)) for r in joined]))
            rows = []

    for line in lines:
        if line.startswith("\t"):
            if blank_run and not row_open():
                if blank_run >= 2:
                    close_table()
                else:
                    close_row()
            blank_run = 0
            row.append(line[1:])
        elif not line.strip():
            blank_run += 1
        else:
            # A cell continues on an untabbed line only inside a real (multi-cell)
            # table; an indented line after a table starts the next paragraph.
            in_wide_table = len(row) > 1 or any(len(r) > 1 for r in rows)
            if (row and not blank_run and in_wide_table and not line[0].isspace()) or (
                row and blank_run and row_open() and not line[0].isspace()
            ):
                row[-1] = row[-1] + "\n" + line
            else:
                close_table()
                items.append(TextBlock(line.strip()))
            blank_run = 0
    close_table()
    return items
