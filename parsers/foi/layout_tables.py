"""A table used for page layout, read as the paragraphs it holds (since 0.7.1).

Some letters are typeset inside a borderless table: a narrow sidebar column of
contact details (a team's name, telephone, e-mail, the chair) beside a wide column
that holds the letter itself, a row a part of it (the letterhead and greeting, then
each question with its answer, then the closing). Read as a table, the letter has no
paragraphs at all. Such a table is known by its structure, not its words:

- at most three columns, one of them (the main column) holding most of the text;
- the main column's cells are paragraphs: at least two cells, at least two of them
  of several lines, and prose among them (a line of a sentence's length);
- every other column is a margin: it has text in one row at most (a sidebar
  printed beside the first row), or repeats one cell down the rows (a sidebar
  merged over them).

A question/answer table has text in both columns of every row, a table of figures
has short cells: neither is unwrapped. The sidebar is letterhead, so its lines come
first, then the main column's lines, each line a paragraph as printed.

Part of the FOI parser (parsers.foi.parse); called by parsers.foi.house_units.
"""

from __future__ import annotations

from parsers.foi.patterns import normalise
from parsers.foi.units import _Unit

MAX_COLUMNS = 3
MIN_MAIN_CELLS = 2
MIN_MULTILINE_CELLS = 2
# a line this long is a sentence of prose, not a figure or a name
PROSE_CHARS = 60


def _lines(cell: str) -> list[str]:
    return [normalise(ln) for ln in cell.split("\n") if normalise(ln)]


def _main_column(rows: list[list[str]]) -> int:
    width = max(len(r) for r in rows)
    chars = [sum(len(r[c]) for r in rows if c < len(r)) for c in range(width)]
    return chars.index(max(chars))


def _margin(cells: list[str]) -> bool:
    """A column beside the letter: text in one row at most, or one cell repeated."""
    filled = [normalise(c) for c in cells if normalise(c)]
    return len(filled) <= 1 or len(set(filled)) == 1


def is_layout_table(rows: list[list[str]]) -> bool:
    """Whether a table's rows are a page laid out (see the module's docstring)."""
    rows = [r for r in rows if any(normalise(c) for c in r)]
    if not rows or max(len(r) for r in rows) > MAX_COLUMNS:
        return False
    main = _main_column(rows)
    cells = [_lines(r[main]) for r in rows if main < len(r) and normalise(r[main])]
    if len(cells) < MIN_MAIN_CELLS:
        return False
    if sum(len(c) >= 2 for c in cells) < MIN_MULTILINE_CELLS:
        return False
    if not any(len(ln) >= PROSE_CHARS for c in cells for ln in c):
        return False
    others = [c for c in range(max(len(r) for r in rows)) if c != main]
    return all(_margin([r[c] if c < len(r) else "" for r in rows]) for c in others)


def layout_table_lines(rows: list[list[str]]) -> list[str]:
    """A layout table's paragraphs in reading order: the margins' lines (letterhead)
    first, once each, then the main column's lines row by row."""
    rows = [r for r in rows if any(normalise(c) for c in r)]
    main = _main_column(rows)
    margin: list[str] = []
    body: list[str] = []
    for r in rows:
        for c, cell in enumerate(r):
            if c == main:
                body += _lines(cell)
            else:
                margin += [ln for ln in _lines(cell) if ln not in margin]
    return margin + body


def layout_tables_unwrapped(units: list[_Unit]) -> list[_Unit]:
    """The units with each layout table replaced by the paragraphs it holds."""
    out: list[_Unit] = []
    for u in units:
        if u.table is None or not is_layout_table(u.table.rows):
            out.append(u)
            continue
        out += [_Unit(ln, None, lines=[ln], page=u.page) for ln in layout_table_lines(u.table.rows)]
    return out
