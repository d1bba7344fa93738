"""Questions across a table's heading row, the answers beneath (since set N's learning).

A question/answer table turned on its side: a column per question, the question
(numbered or not) in the heading cell and its answer in the cell (or cells) below it.
A letter with more questions than fit across one table prints several such tables in
turn; a last table of a single column is read by the extractors as plain paragraphs
(parsers.extract: a one-column table is no table), so the question and its answer
follow the last table as text: a paragraph that asks (the next number, or a question
where the table's questions bore none) and the paragraphs after it.

Read by structure: every heading cell asks (a question, or a request in the
requester's words, parsers.foi.line_kinds), the cells beneath do not, every column
has an answer, and no question stands in the letter before the first such table
(else the table is data inside an answer, its headings the data's questions). Each column is one item; a column's cells below the heading
are joined (an answer's lines, as a cell's lines are). Part of the FOI parser, run
by parsers.foi.passes with the other table readers.
"""

from __future__ import annotations

from parsers.extract.model import Table
from parsers.foi.line_kinds import _is_signoff, _question_like, _request_like
from parsers.foi.patterns import normalise
from parsers.foi.segment_items import _Q
from parsers.foi.tail import tail_start
from parsers.foi.units import _label_of, _Unit

MIN_COLUMNS = 2  # a one-column table is read as paragraphs by the extractors
_LABEL_KINDS = ("num", "qword", "qshort", "numlet")


def _asking(text: str) -> bool:
    return _question_like(text) or _request_like(text)


def _asked(cell: str) -> tuple[str | None, int | None, str] | None:
    """(label, its number, question) of a heading cell that asks, else None."""
    text = normalise(cell)
    lab = _label_of(text)
    if lab is not None and lab.kind in _LABEL_KINDS and lab.rest:
        return (lab.key, lab.num, lab.rest) if _asking(lab.rest) else None
    return (None, None, text) if text and _asking(text) else None


def column_questions(table: Table) -> list[tuple[str | None, int | None, str]] | None:
    """The questions a table's heading row asks, one per column, when every heading
    cell asks, all or none of them numbered, and every column has an answer below
    that does not itself ask; else None."""
    if table.n_cols < MIN_COLUMNS or table.n_rows < 2:
        return None
    asked = [_asked(c) for c in table.rows[0]]
    if any(a is None for a in asked) or len(asked) < MIN_COLUMNS:
        return None
    if len({a[0] is None for a in asked}) != 1:
        return None
    for j in range(len(asked)):
        below = [normalise(r[j]) for r in table.rows[1:] if j < len(r) and normalise(r[j])]
        if not below or all(_asking(b) for b in below):
            return None
    return asked  # type: ignore[return-value]


def _column_answer(table: Table, j: int) -> str:
    return " ".join(normalise(r[j]) for r in table.rows[1:] if j < len(r) and normalise(r[j]))


def _starts_question(text: str, prev: _Q | None, numbered: bool) -> tuple[str | None, str] | None:
    """(label, question) of a paragraph after the tables that carries on their
    questions: the next number where they were numbered, a question where not."""
    lab = _label_of(text)
    if numbered:
        if lab is None or lab.kind not in _LABEL_KINDS or not lab.rest:
            return None
        if prev is None or prev.num is None or lab.num != prev.num + 1:
            return None
        return lab.key, lab.rest
    return (None, text) if lab is None and _question_like(text) else None


def _trailing(units: list[_Unit], prev: _Q | None, numbered: bool) -> list[_Q]:
    """The questions set out as text after the last table (a one-column table read
    as paragraphs), each with the paragraphs after it as its answer."""
    out: list[_Q] = []
    end = tail_start(units)
    for u in units[:end]:
        if u.table is not None or _is_signoff(u.text):
            break
        started = _starts_question(u.text, out[-1] if out else prev, numbered)
        if started is not None:
            label, question = started
            num = _label_of(u.text).num if label is not None else None  # type: ignore[union-attr]
            out.append(_Q(label=label, heading=None, parts=[question], answered=True, num=num))
        elif out:
            out[-1].answer.append(u.text)
        else:
            break  # text of the letter's own after the tables: no question follows
    return [q for q in out if q.answer]


def _asked_before(units: list[_Unit], first: int | None) -> bool:
    """Questions of the letter's own before the first table (numbered, or asking):
    the table is then a data table inside an answer, its heading cells the data's
    questions ("Did the patient attend?"), not the request's."""
    for u in units[:first]:
        if u.table is not None:
            continue
        lab = _label_of(u.text)
        if (lab is not None and lab.kind in _LABEL_KINDS) or _question_like(u.text):
            return True
    return False


def transposed_items(units: list[_Unit]) -> tuple[list[_Q], set[int]] | None:
    """The items of a letter whose questions stand across tables' heading rows, or
    None when it has no such table."""
    qs: list[_Q] = []
    used: set[int] = set()
    first = last = None
    numbered = False
    for k, u in enumerate(units):
        if u.table is None:
            continue
        asked = column_questions(u.table)
        if asked is None:
            continue
        used.add(u.table_index if u.table_index is not None else k)
        first = k if last is None else first
        last, numbered = k, asked[0][0] is not None
        for j, (label, num, question) in enumerate(asked):
            q = _Q(label=label, heading=None, parts=[question], answered=True, num=num)
            q.answer.append(_column_answer(u.table, j))
            qs.append(q)
    if last is None or _asked_before(units, first):
        return None
    qs += _trailing(units[last + 1 :], qs[-1], numbered)
    return qs, used
