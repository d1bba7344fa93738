"""A paragraph that closes every answer in the same way (since set W): each answer's
last paragraph opens with the same words, a caveat or note of the house's own
("Note that …", "Please bear in mind …"). The last answer's such paragraph stands
where the letter's closing begins, and reads like it; the block labeller may end the
answers before it. Read by repetition, not by the words: where the rules' answers
before the last all end in a paragraph with the same two opening words (at least
MIN_ANSWERS of them) and the labeller's stop falls on the last answer's paragraph
opening alike, the stop moves past it. Part of the FOI parser; called by
parsers.foi.passes.segment_labelled.
"""

from __future__ import annotations

from parsers.foi.patterns import normalise
from parsers.foi.segment import _Q
from parsers.foi.units import _Unit

MIN_ANSWERS = 2
OPENING_WORDS = 2


def _opening(text: str) -> str | None:
    words = normalise(text).lower().split()
    return " ".join(words[:OPENING_WORDS]) if len(words) > OPENING_WORDS else None


def _last_paragraph(units: list[_Unit], answer: str) -> str | None:
    """The paragraph an answer's text ends with (the segmenter joins an answer's
    paragraphs): the longest unit whose text ends it."""
    ends = [t for u in units if u.table is None and (t := normalise(u.text)) and answer.endswith(t)]
    return max(ends, key=len, default=None)


def shared_closer(units: list[_Unit], qs: list[_Q]) -> str | None:
    """The opening words every answer before the last ends its last paragraph with."""
    answers = [normalise(" ".join(q.answer)) for q in qs[:-1]]
    if len(answers) < MIN_ANSWERS or not all(answers):
        return None
    closers = [_opening(p) if (p := _last_paragraph(units, a)) else None for a in answers]
    if None in closers or len(set(closers)) != 1:
        return None
    return closers[0]


def past_shared_closer(units: list[_Unit], qs: list[_Q], stop: int | None) -> int | None:
    """The labeller's stop, moved past the last answer's closing paragraph where it
    falls on one that closes the other answers alike (see the docstring)."""
    if stop is None or not qs or stop >= len(units) or units[stop].table is not None:
        return stop
    text = normalise(units[stop].text)
    if not text or text not in normalise(" ".join(qs[-1].answer)):
        return stop
    opening = shared_closer(units, qs)
    if opening is None or _opening(text) != opening:
        return stop
    return stop + 1
