"""A request's correspondence published as one document (since set AE's learning): the
acknowledgement, a letter extending the deadline, then the response, each a letter of
its own under the trust's letterhead with its own date:

    Thorn Bank NHS Trust / 2 May 2025 / Dear … / We have logged your request … / Yours …
    Thorn Bank NHS Trust / 23 May 2025 / Dear … / We need more time … / Yours …
    Thorn Bank NHS Trust / 6 June 2025 / Dear … / 1. How many …? / The Trust … / Yours …

The reply is dated by the letter that answers, not by the first letter's head. Read by
structure, not by the letters' words: two greetings or more, each of the later ones
under a head (the few lines since the letter before) that repeats a line of the first
letter's letterhead (the trust's name or address); the last letter holds the
numbered questions and the letters before it none. `last_letter_start` gives where
the last letter's head begins; its metadata dates the reply (parsers.foi.parse).
Part of the FOI parser.
"""

from __future__ import annotations

from itertools import pairwise

from parsers.foi.patterns import _RE_DEAR, normalise
from parsers.foi.units import _label_of, _Unit

MAX_HEAD_UNITS = 8  # a letterhead: the trust's name and address, a reference, a date
MAX_GREETING_WORDS = 8
MIN_HEAD_LINE_WORDS = 2  # a repeated line names the trust or its address, not a word


def _greeting(u: _Unit) -> bool:
    return (
        u.table is None
        and bool(_RE_DEAR.match(u.text))
        and len(u.text.split()) <= MAX_GREETING_WORDS
    )


def _lines(units: list[_Unit]) -> set[str]:
    return {
        normalise(u.text).lower()
        for u in units
        if u.table is None and len(u.text.split()) >= MIN_HEAD_LINE_WORDS
    }


def _asks_numbered(units: list[_Unit]) -> bool:
    return any(u.table is None and _label_of(u.text) is not None for u in units)


def last_letter_start(units: list[_Unit]) -> int | None:
    """Where the head of a bundle's last letter begins (see the module's docstring),
    or None for a document that is one letter."""
    greetings = [k for k, u in enumerate(units) if _greeting(u)]
    if len(greetings) < 2:
        return None
    letterhead = _lines(units[: greetings[0]][-MAX_HEAD_UNITS:])
    starts = []
    for before, at in pairwise(greetings):
        start = max(before + 1, at - MAX_HEAD_UNITS)
        if not letterhead & _lines(units[start:at]):
            return None  # a greeting under no letterhead of the trust's: a quotation
        starts.append(start)
    if _asks_numbered(units[: starts[-1]]) or not _asks_numbered(units[greetings[-1] :]):
        return None
    return starts[-1]
