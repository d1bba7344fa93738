"""The answer column of a question table whose headings name no answer (since set T):
"Request | Outcome | Details", each row the question, a short status ("Released",
"Partly withheld – s.43(2)") and the reply in sentences. Read by structure, not by the
headings' words: of the columns right of the question's, exactly one holds prose in
every row (a sentence's end or many words) while the others hold short values only
(a few words, no sentence). That column is the answer; the short values are a
status, in no answer. Part of the FOI parser; called by parsers.foi.qa_tables.
"""

from __future__ import annotations

from parsers.extract.model import Table
from parsers.foi.patterns import normalise

MIN_PROSE_WORDS = 8
MAX_VALUE_WORDS = 5


def _prose(cell: str) -> bool:
    text = normalise(cell)
    return len(text.split()) >= MIN_PROSE_WORDS and text.endswith((".", ")"))


def _short(cell: str) -> bool:
    text = normalise(cell)
    return 0 < len(text.split()) <= MAX_VALUE_WORDS and not text.endswith(("?", "."))


def prose_answer_column(table: Table, q_col: int) -> int | None:
    """The one column right of `q_col` whose body cells are all prose, the others
    all short values; None when there is none or several."""
    body = table.rows[1:]
    if len(body) < 2:
        return None
    prose: list[int] = []
    for j in range(q_col + 1, table.n_cols):
        cells = [row[j] if j < len(row) else "" for row in body]
        if all(_prose(c) for c in cells):
            prose.append(j)
        elif not all(_short(c) for c in cells):
            return None
    return prose[0] if len(prose) == 1 and table.n_cols - q_col > 2 else None
