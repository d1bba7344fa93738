"""Unnumbered questions, each a paragraph of its own with its answer in the
paragraphs beneath (issue #13, learned from held-out set Y's grid): a letter that
numbers nothing and marks no answer still takes turns, question then answer, and
the turn-taking is its structure. A paragraph is a question by its grammar: it asks
("…?"), or puts a request ("Please could you …", "Provide …"); every other paragraph
is a reply.

The letter is read this way only when its paragraphs (after the opening, up to the
closing, which parsers.foi.tail cuts off) alternate strictly: two or more questions,
each followed by one reply paragraph or more, no two questions side by side (a run
of questions is a request listed first and answered elsewhere), and no paragraph
labelled or led by an answer marker. The paragraphs before the first question are
the opening; a table after a question is its answer's. Part of the FOI parser's
passes (parsers.foi.passes), tried when the rules found no pair."""

from __future__ import annotations

from parsers.foi.line_kinds import (
    _is_answer_marker,
    _question_like,
    _request_like,
    imperative_request,
)
from parsers.foi.quoted import answer_beneath
from parsers.foi.segment import _Q
from parsers.foi.units import _label_of, _Unit


def asks(u: _Unit) -> bool:
    """A paragraph that asks or requests (its grammar, not its words)."""
    if u.table is not None:
        return False
    t = u.text.strip()
    return _question_like(t) or _request_like(t) or imperative_request(t)


def _alternates(units: list[_Unit], starts: list[int]) -> bool:
    """Each question followed by a reply before the next (and after the last)."""
    ends = [*starts[1:], len(units)]
    return all(end - start >= 2 for start, end in zip(starts, ends, strict=True))


def asked_paragraph_items(units: list[_Unit]) -> list[_Q] | None:
    """Each asking paragraph as an unlabelled question, the paragraphs and tables
    beneath it (to the next question or the sign-off) as its answer; None unless
    the letter takes turns as the module's docstring says."""
    if any(u.table is None and (_label_of(u.text) or _is_answer_marker(u)) for u in units):
        return None
    starts = [k for k, u in enumerate(units) if asks(u)]
    if len(starts) < 2 or not _alternates(units, starts):
        return None
    items: list[_Q] = []
    for i, start in enumerate(starts):
        q = _Q(label=None, heading=None, parts=[units[start].text.strip()])
        end = starts[i + 1] if i + 1 < len(starts) else len(units)
        items.append(answer_beneath(q, units[start + 1 : end]))
    return items if all(q.answered for q in items) else None
