"""A number cell merged down over each question's rows (since set AI's learning): a
three-column table whose first column numbers the entries, each number's cell merged
down over the rows of its entry, the middle column a short label cell on every row:
    | 1 | Request  | How many porters does the Trust employ? |
    |   | Response | The Trust employs 46 porters.           |
    | 2 | Request  | Please send the portering rota.         |
    |   | Response | The rota is attached.                   |
Word's vertical merge (w:vMerge), a web page's rowspan and a ruled PDF's tall cell are
all read as the number in the entry's first row and an empty cell (or the number
again) below it. Folded, the table is the two-column table of label cells taking turns
that parsers.foi.label_column_rows reads; the merged number is each pair's label.
Read by the table's shape: three columns, a first column of short numbered cells each
with one or more empty (or repeated) cells under it, every entry of the same number of
rows, at most one heading row above; never by the label cells' words.
"""

from __future__ import annotations

import re

MAX_NUMBER_CHARS = 8  # "12", "Q12", "No. 3": a number, not a sentence
MAX_HEAD_ROWS = 1
_RE_DIGIT = re.compile(r"\d")


def _is_number_cell(cell: str) -> bool:
    return 0 < len(cell) <= MAX_NUMBER_CHARS and _RE_DIGIT.search(cell) is not None


def _entries(rows: list[list[str]]) -> list[tuple[str, list[list[str]]]] | None:
    """(number, rows) of each entry: a numbered first cell and the rows under it whose
    first cell is empty or repeats the number (a merged cell as read)."""
    entries: list[tuple[str, list[list[str]]]] = []
    for row in rows:
        first = row[0]
        if entries and first in ("", entries[-1][0]):
            entries[-1][1].append(row)
        elif _is_number_cell(first):
            entries.append((first, [row]))
        else:
            return None
    return entries


def fold_number_column(rows: list[list[str]]) -> tuple[list[list[str]], list[str]] | None:
    """The table as two columns (the label cell, the text) and each entry's number,
    when its first column is a number merged down over every entry's rows as the
    module's docstring says; else None."""
    if not rows or any(len(r) != 3 for r in rows):
        return None
    for head in range(MAX_HEAD_ROWS + 1):
        if head and _is_number_cell(rows[head - 1][0]):
            return None  # a numbered first row is an entry, not a heading
        entries = _entries(rows[head:])
        if entries is None or len(entries) < 2:
            continue
        sizes = {len(body) for _, body in entries}
        if len(sizes) != 1 or sizes == {1}:
            return None  # every entry merged over the same number of rows, more than one
        folded = [[r[1], r[2]] for _, body in entries for r in body]
        return folded, [number for number, _ in entries]
    return None
