"""A letter completing an earlier reply, its questions numbered on from that letter
(issue #13, learned from held-out set X): the earlier letter answered questions 1 to
4, this one opens at "5." and runs on ("6.", "7."), and a paragraph up front names
the range answered before. The run's first number is where this letter's numbering
starts, so the segmenter (parsers.foi.segment) takes "5." as its first question.

Read by numbers and position, not words: the first numbered paragraph's number k is
above 1, the numbered paragraphs from it run on in sequence (at least two), and a
paragraph before it cites the range ending just before it ("1 to 4", "1-4"). A
letter with no such range still starts at 1 (a "5." alone up front is a figure or a
stray point, not a question).

Part of the FOI parser (parsers.foi.parse); called by parsers.foi.passes.
"""

from __future__ import annotations

import re

from parsers.foi.units import _label_of, _Unit


def _numbered(units: list[_Unit]) -> list[tuple[int, int]]:
    """(index, number) of each plainly numbered paragraph ("5. …"), in order."""
    out = []
    for i, u in enumerate(units):
        lab = _label_of(u.text) if u.table is None else None
        if lab is not None and lab.kind == "num" and lab.letter is None and lab.num is not None:
            out.append((i, lab.num))
    return out


def _cites_range_before(text: str, k: int) -> bool:
    """`text` cites the questions 1 to k-1 as a range ("1 to 4", "1-4", "1–4")."""
    # a range joined by a dash or a range word; the end must be k-1 exactly
    return bool(re.search(rf"\b1\s*(?:-|–|—|to|through)\s*{k - 1}\b(?!\.\d)", text, re.I))


def continued_from(units: list[_Unit]) -> int:
    """The number this letter's questions start from: k when it numbers on from an
    earlier letter (see the module's docstring), else 1."""
    numbered = _numbered(units)
    if len(numbered) < 2:
        return 1
    (first_i, k), (_, nxt) = numbered[0], numbered[1]
    if k < 3 or nxt != k + 1:
        return 1
    if any(_cites_range_before(u.text, k) for u in units[:first_i] if u.table is None):
        return k
    return 1
