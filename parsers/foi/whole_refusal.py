"""A request refused as a whole: the questions listed (for reference) with no answer
of their own, and one paragraph, before or after the list, that cites an exemption and
so answers every question at once (a cost-limit refusal, a vexatious request).

Read by structure: one run of two or more list items (bulleted, or numbered 1, 2, 3 in
turn) that each ask; nothing between them; exactly one paragraph in the letter's answer
part that cites an exemption, set next to the list with only lead-in lines ("… was:")
or headings between them; and after the two nothing but headings, or a heading over
plain prose (advice on a narrower request) with nothing numbered, listed or asking.
The refusal is then each question's answer (one reply shared by several questions is
each one's, as a merged table cell is), and the advice a heading introduces after it
is the closing's, not an answer's (the letter's tail is already cut off:
parsers.foi.tail). Part of the FOI parser (parsers.foi.parse), asked by
parsers.foi.passes before the segmenter.
"""

from __future__ import annotations

import re

from parsers.foi.classify import find_exemptions
from parsers.foi.line_kinds import _question_like, _request_like
from parsers.foi.patterns import _BULLET
from parsers.foi.segment_items import _Q
from parsers.foi.units import _label_of, _Unit

_RE_SENTENCE_END = re.compile(r"[.?!]['’”\"]?$")
_HEADING_WORDS = 8


def _listed(units: list[_Unit], k: int, previous: int | None) -> tuple[str | None, str] | None:
    """(label, text) of a list item that asks: a bullet (or a list item printed without
    one), or the number after `previous`."""
    u = units[k]
    if u.table is not None:
        return None
    bullet = _BULLET.match(u.text)
    lab = None if bullet else _label_of(u.text)
    if bullet:
        label, text = None, u.text[bullet.end() :]
    elif lab is not None and lab.kind == "num" and lab.num == (previous or 0) + 1:
        label, text = lab.key, lab.rest
    elif lab is None and u.style == "list":  # a web page's <ul> item: no glyph printed
        label, text = None, u.text
    else:
        return None
    return (label, text) if _question_like(text) or _request_like(text) else None


def _question_run(units: list[_Unit]) -> tuple[int, int, list[tuple[str | None, str]]] | None:
    """(start, end, items) of the letter's one run of asking list items, else None."""
    runs: list[tuple[int, int, list[tuple[str | None, str]]]] = []
    k = 0
    while k < len(units):
        items: list[tuple[str | None, str]] = []
        j, previous = k, None
        while j < len(units):
            item = _listed(units, j, previous)
            if item is None or (items and (item[0] is None) != (items[0][0] is None)):
                break
            items.append(item)
            previous = _label_of(units[j].text).num if item[0] is not None else None
            j += 1
        if len(items) >= 2:
            runs.append((k, j, items))
        k = max(j, k + 1)
    return runs[0] if len(runs) == 1 else None


def _furniture(u: _Unit) -> bool:
    """A lead-in line ("… as follows:") or a heading: no prose that could answer."""
    if u.table is not None:
        return False
    text = u.text.strip()
    if text.endswith(":"):
        return True
    return len(text.split()) <= _HEADING_WORDS and not _RE_SENTENCE_END.search(text)


def _nothing_answers_after(units: list[_Unit], k: int) -> bool:
    """Only headings after the list and the refusal, or a heading and then a section
    of plain prose (the advice on a narrower request): nothing numbered, listed or
    asking that could be another question's answer."""
    start = k
    while k < len(units) and _furniture(units[k]):
        k += 1
    if k == len(units):
        return True
    if k == start or units[k - 1].text.strip().endswith(":"):
        return False  # prose straight after, or under a lead-in line: no section of its own
    rest = units[k:]
    return all(
        u.table is None
        and _label_of(u.text) is None
        and not _BULLET.match(u.text)
        and u.style != "list"
        and not _question_like(u.text)
        for u in rest
    )


def whole_refusal_items(units: list[_Unit]) -> list[_Q] | None:
    """Each listed question answered by the one refusal beside the list, else None."""
    run = _question_run(units)
    if run is None:
        return None
    start, end, items = run
    citing = [
        k
        for k, u in enumerate(units)
        if not start <= k < end and u.table is None and find_exemptions(u.text)
    ]
    if len(citing) != 1:
        return None
    refusal = citing[0]
    between = range(end, refusal) if refusal >= end else range(refusal + 1, start)
    if not all(_furniture(units[k]) for k in between):
        return None
    if not _nothing_answers_after(units, max(end, refusal + 1)):
        return None
    answer = units[refusal].text
    return [
        _Q(label=label, heading=None, parts=[text], answer=[answer], answered=True)
        for label, text in items
    ]
