"""A question table of closed questions (since set Q's learning): a heading row whose
first column is the question column, then a narrow column of closed answers (every
filled cell a bare "Yes", "No", "N/A" …) and beside it a column of free text saying
more. Neither of the two carries an answer heading, so the question/answer table
reader (parsers.foi.qa_tables) found no answer column and read nothing. The closed
cell and the text beside it are one answer ("No" + "A trial starts in May." →
"No A trial starts in May.").

Read by structure: the cells under the question column's neighbours, not their
headings. The closed-answer vocabulary is classify_patterns.closed_answer's. Part of
the FOI parser (parsers.foi.qa_tables).
"""

from __future__ import annotations

from parsers.extract.model import Table
from parsers.foi.classify_patterns import closed_answer
from parsers.foi.patterns import normalise


def _column(table: Table, j: int) -> list[str]:
    """The body cells of column j (below the heading row), normalised."""
    return [normalise(r[j]) if j < len(r) else "" for r in table.rows[1:]]


def _closed_column(cells: list[str]) -> bool:
    """Every filled cell a bare closed answer, and most cells filled."""
    filled = [c for c in cells if c]
    return len(filled) * 2 > len(cells) and all(closed_answer(c) for c in filled)


def _detail_column(cells: list[str]) -> bool:
    """Free text: some cell says more than a closed answer would."""
    return any(c and not closed_answer(c) for c in cells)


def closed_answer_columns(table: Table, q_col: int) -> tuple[int, int] | None:
    """(closed column, detail column) right of the question column: the first column
    after it whose cells are all closed answers, the detail the column straight after
    that; None when the table has no such pair."""
    if len(table.rows) < 2:
        return None
    for j in range(q_col + 1, table.n_cols - 1):
        if _closed_column(_column(table, j)):
            detail = j + 1
            return (j, detail) if _detail_column(_column(table, detail)) else None
    return None


def answer_text(row: list[str], columns: tuple[int, ...]) -> str:
    """The row's answer: its cells in the answer columns, joined by a space."""
    return normalise(" ".join(row[j] for j in columns if j < len(row)))
