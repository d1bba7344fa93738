"""Remark columns of a question table (since set V's learning): "No. | Question |
Answer | Remarks", a row a question, the column after the answer column empty in most
rows and, where filled, a sentence adding to the reply ("The figure excludes bank
staff."). The remark completes that row's answer, so it is read as the answer's
last part, not dropped with the other columns.

Read by structure, not by the heading's word: every column right of the answer
column is sparse (some body cell empty, some filled) and its filled cells are
sentences (several words, a sentence's end); a column of short values (a status,
a date, a section number) or one filled in every row is none. Part of the FOI
parser; called by parsers.foi.qa_tables.
"""

from __future__ import annotations

from parsers.extract.model import Table
from parsers.foi.patterns import normalise

MIN_REMARK_WORDS = 3


def _sentence(cell: str) -> bool:
    text = normalise(cell)
    return len(text.split()) >= MIN_REMARK_WORDS and text.endswith((".", "!", ")"))


def _remark_column(cells: list[str]) -> bool:
    """Sparse (an empty cell and a filled one), every filled cell a sentence."""
    filled = [c for c in cells if normalise(c)]
    return 0 < len(filled) < len(cells) and all(_sentence(c) for c in filled)


def remark_columns(table: Table, a_col: int) -> tuple[int, ...]:
    """The columns right of the answer column `a_col` when every one of them is a
    remark column; () otherwise (or when the answer column is the last)."""
    body = table.rows[1:]
    cols = tuple(range(a_col + 1, table.n_cols))
    if len(body) < 2 or not cols:
        return ()
    for j in cols:
        if not _remark_column([row[j] if j < len(row) else "" for row in body]):
            return ()
    return cols
