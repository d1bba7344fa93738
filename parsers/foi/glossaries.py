"""A glossary after the last answer (since set AE's learning): the abbreviations the
answers used, each on a line of its own with its meaning, under a lead line or a
heading, before the letter's closing:

    3. How many ICU beds …?
    The Trust has 18 ICU beds.
    Terms used above:                        (a lead line ending in a colon, or a heading)
    ICU: intensive care unit                 (a definition line)
    HDU – high dependency unit
    If you are unhappy with …                (the closing)

Read by structure, not by the lead's words: a run of definition lines straight before
the closing run (parsers.foi.tail.tail_start) or the end of the units given, each an abbreviation
(a word of two capitals or more) the letter uses above it, a colon, a spaced dash or an
equals sign, and its meaning in a few words with no figure; under a lead (a short line
ending in a colon, no figure) or a line set as a heading, or, with neither, two lines
at least; after a labelled question. The answers end at the lead (or the first line);
the glossary is in no item. Part of the FOI parser (parsers.foi.passes cuts the units
there before segmenting).
"""

from __future__ import annotations

import re

from parsers.foi.units import _label_of, _Unit

MAX_MEANING_WORDS = 10
MAX_LEAD_WORDS = 10
MIN_UNLED_LINES = 2
_RE_DEFINITION = re.compile(
    r"^(?P<abbr>(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Za-z&]{2,10})\s*(?::|\s[–—-]|=)\s*"
    r"(?P<meaning>[^\d]+?)\.?$"
)
_FACES = ("heading", "bold")


def _definition(u: _Unit) -> str | None:
    """The abbreviation a definition line defines, or None."""
    if u.table is not None:
        return None
    m = _RE_DEFINITION.match(u.text.strip())
    if m is None or len(m.group("meaning").split()) > MAX_MEANING_WORDS:
        return None
    return m.group("abbr")


def _lead(u: _Unit) -> bool:
    """A short line leading the glossary in: ending in a colon, or set as a heading."""
    t = u.text.strip()
    if u.table is not None or not t or re.search(r"\d", t) or len(t.split()) > MAX_LEAD_WORDS:
        return False
    return t.endswith(":") or (u.style in _FACES and not t.endswith((".", "?", "!")))


def glossary_start(units: list[_Unit], tail: int | None) -> int | None:
    """The index where a glossary after the last answer begins (its lead, or its first
    line), or None (see the module's docstring); `tail` is where the letter's closing
    run begins (parsers.foi.tail.tail_start), if it has one."""
    end = tail or len(units)
    first = end
    while first > 0 and _definition(units[first - 1]) is not None:
        first -= 1
    if first == end:
        return None
    above = " ".join(u.text for u in units[:first] if u.table is None)
    if not all(re.search(rf"\b{_definition(u)}\b", above) for u in units[first:end]):
        return None  # (an abbreviation the letter does not use: no glossary of it)
    led = first > 0 and _lead(units[first - 1])
    start = first - 1 if led else first
    if not led and end - first < MIN_UNLED_LINES:
        return None
    if not any(u.table is None and _label_of(u.text) for u in units[:start]):
        return None
    return start
