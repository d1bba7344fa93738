"""Numbered lists typed inside an answer: once a question has been asked and its
answer begun, a sentence of the answer ending in ":" followed by lines numbered
afresh from 1 ("1. …", "2. …" or "1) …", "2) …") is the answer's own list, not new
questions. The list's lines are folded into the sentence that introduces them, so
the segmenter sees one answer paragraph.

What decides is the structure: where the list stands (after a question and inside
its answer), the introducing colon, and the numbering (from 1, in sequence, one
punctuation throughout); a line asking something ("?") is a question again and ends
the list. A lead-in before a list of questions follows an answer or a heading, never
a question, so it is left alone. Part of the FOI parser (parsers.foi.parse).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.foi.line_kinds import _question_like, _request_like
from parsers.foi.markers import answer_marker, request_marker
from parsers.foi.units import _label_of, _Unit

# a typed list line's number and its punctuation ("1." / "2)" / "(3)")
_RE_ITEM = re.compile(r"^\s*(\()?(\d{1,2})([.)])\s+\S")
# answer paragraphs allowed between the question and the introducing sentence
_ANSWER_SPAN = 3
_EMPHASIS = {"bold", "italic", "heading"}
# an introducing sentence has a few words at least (a bare "Details:" is a heading)
_SENTENCE_WORDS = 3


def _item_number(text: str) -> tuple[int, str] | None:
    """(number, punctuation) of a numbered list line."""
    m = _RE_ITEM.match(text)
    if m is None:
        return None
    return int(m.group(2)), (m.group(1) or "") + m.group(3)


def _asks(u: _Unit) -> bool:
    """A unit that puts a question: asking, requesting or labelled, and not itself
    introducing something (":"). (Emphasis alone is no question: a letterhead's bold
    reference line is not one.)"""
    t = u.text.rstrip()
    if u.table is not None or not t or t.endswith(":"):
        return False
    return _question_like(t) or _request_like(t) or _label_of(t) is not None


def _plain(u: _Unit) -> bool:
    """An answer paragraph: text, no label, not asking, not in emphasis."""
    t = u.text.rstrip()
    return (
        u.table is None
        and bool(t)
        and _label_of(t) is None
        and not _question_like(t)
        and (u.style or "") not in _EMPHASIS
    )


def _introduces(units: list[_Unit], k: int) -> bool:
    """Unit k is an answer's sentence ending ":" after a question (and at most a few
    answer paragraphs)."""
    u = units[k]
    if not _plain(u) or not u.text.rstrip().endswith(":") or _request_like(u.text):
        return False
    if answer_marker(u.text) is not None or request_marker(u.text) is not None:
        return False  # a marker ("Response:") over numbered answers is no sentence
    if len(u.text.split()) < _SENTENCE_WORDS:
        return False
    for j in range(k - 1, max(-1, k - 2 - _ANSWER_SPAN), -1):
        if _asks(units[j]):
            return True
        if not _plain(units[j]) or units[j].text.rstrip().endswith(":"):
            return False
    return False


def _list_run(units: list[_Unit], start: int) -> int:
    """How many units from `start` are one list numbered 1, 2, 3 … in one
    punctuation, none asking."""
    n = 0
    mark = None
    for u in units[start:]:
        got = _item_number(u.text) if u.table is None else None
        if got is None or got[0] != n + 1 or _question_like(u.text):
            break
        if mark is not None and got[1] != mark:
            break
        mark = got[1]
        n += 1
    return n


def with_answer_lists(units: list[_Unit]) -> list[_Unit]:
    """The units with each answer's typed numbered list folded into the sentence
    introducing it (a list of two lines or more)."""
    out: list[_Unit] = []
    k = 0
    while k < len(units):
        u = units[k]
        run = _list_run(units, k + 1) if _introduces(units, k) else 0
        if run < 2:
            out.append(u)
            k += 1
            continue
        items = units[k + 1 : k + 1 + run]
        out.append(
            replace(
                u,
                listed=True,
                text=" ".join([u.text, *(i.text for i in items)]),
                lines=[
                    *(u.lines or [u.text]),
                    *(ln for i in items for ln in (i.lines or [i.text])),
                ],
            )
        )
        k += 1 + run
    return out
