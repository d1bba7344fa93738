"""Answers merged down over several question rows: one response cell that serves two
(or more) consecutive questions of a question/answer table, drawn as one cell spanning
their rows (HTML rowspan, a DOCX vertical merge, a PDF cell across two rows).
Extraction prints the covered rows' response cells empty (parsers.extract), so the
rows below the merged cell look unanswered.

Read by structure: in a table where the other rows all carry a response, a row whose
question is whole (it opens as a new sentence, the question above it closed with its
own full stop or question mark) and whose response cell is empty directly under an
answered row shares the response above. A row split over a page break differs: its
left cell continues the question above mid-sentence (parsers.foi.qa_tables joins
those). Part of the FOI parser (parsers.foi.parse), asked by parsers.foi.qa_tables.
"""

from __future__ import annotations

import re

from parsers.foi.line_kinds import _question_like, _request_like
from parsers.foi.patterns import normalise
from parsers.foi.units import _label_of

_RE_CLOSED = re.compile(r"[.?!)\]]['’”\"]?$")


def _whole_question(text: str) -> bool:
    """A cell that opens a question of its own: a label or a capital, and asking."""
    lab = _label_of(text)
    rest = lab.rest if lab is not None else text
    if not rest[:1].isupper():
        return False
    return _question_like(rest) or _request_like(rest)


def _cell(row: list[str], col: int) -> str:
    return normalise(row[col]) if col < len(row) else ""


def spanned_rows(rows: list[list[str]], q_col: int, a_col: int) -> list[list[str]]:
    """The table's rows with each response cell merged down from the row above filled
    in with that response (the rows unchanged when the table shows no such merge)."""
    empty = [k for k, r in enumerate(rows) if _cell(r, q_col) and not _cell(r, a_col)]
    answered = [k for k, r in enumerate(rows) if _cell(r, a_col)]
    if not empty or len(answered) < 2 or len(empty) >= len(answered):
        return rows
    out = [list(r) for r in rows]
    for k in empty:
        above = out[k - 1] if k > 0 else None
        question = _cell(rows[k], q_col)
        if (
            above is None
            or not _cell(above, a_col)
            or not _RE_CLOSED.search(_cell(above, q_col))
            or not _whole_question(question)
        ):
            return rows  # an unanswered row that is no merge: read the table as printed
        while len(out[k]) <= a_col:
            out[k].append("")
        out[k][a_col] = above[a_col]
    return out
