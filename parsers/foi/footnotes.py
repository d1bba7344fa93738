"""Footnotes in an FOI letter (since 0.6.9): markers in the answers (a superscript
figure "…shifts.¹", or a figure in brackets "…shifts. [1]") and the notes gathered
below the answers ("¹ Headcount at 31 March.", "[1] Headcount at 31 March."), under a
short heading ("Notes") or a rule ("_____"). Read by structure: a run of lines each
opening with a note mark, numbered from 1 in order, each mark also printed earlier
inside (not at the start of) the letter's text. Then:

- the notes and their heading or rule are no part of the last answer (nor
  questions: "[1] …" is not a label there): they are taken out of the units;
- the markers are no part of the questions and answers: taken out of the text, and a
  line left empty by that (a marker printed under a table) goes too.

A letter whose "[1]" lines are labels (a request list and its answers, each opening
"[1]") has no such marks inside its text and is left alone, as is a superscript
figure with no note below ("m²").

Part of the FOI parser (parsers.foi.parse); called by parsers.foi.house_units.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.foi.patterns import normalise
from parsers.foi.units import _Unit

SUPERSCRIPT = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
_SUPER_TO_DIGIT = str.maketrans(SUPERSCRIPT, "0123456789")
# a note: its mark, then the note's words
_RE_NOTE = re.compile(rf"^\s*(?:([{SUPERSCRIPT}]+)|\[(\d{{1,2}})\])\s+\S")
# a heading over the notes: a word or two with no sentence's end, or a rule
_RE_NOTES_HEAD = re.compile(r"^\s*(?:[A-Za-z]+(?:\s+[A-Za-z]+)?:?|[_\-\u2013\u2014=*.]{3,})\s*$")
MAX_NOTES_HEAD_WORDS = 2


def _note_key(u: _Unit) -> int | None:
    m = _RE_NOTE.match(u.text) if u.table is None else None
    if m is None:
        return None
    return int((m.group(1) or "").translate(_SUPER_TO_DIGIT) or m.group(2))


def _marks(key: int) -> re.Pattern[str]:
    """The marker of note `key` inside a text: its superscript figures right after a
    word, a stop or a line's start, or "[key]" after the text or alone on its line
    (under a table); never the opening mark of a line with words after it."""
    sup = str(key).translate(str.maketrans("0123456789", SUPERSCRIPT))
    return re.compile(
        rf"(?<=\S)\s?\[{key}\](?!\d)|^\s*\[{key}\]\s*$|(?<![{SUPERSCRIPT}]){sup}(?![{SUPERSCRIPT}])"
    )


def _marked_inside(units: list[_Unit], key: int) -> bool:
    """Note `key`'s marker printed in the letter's text, not as a line's opening."""
    rx = _marks(key)
    for u in units:
        if u.table is not None:
            continue
        for m in rx.finditer(u.text):
            before = u.text[: m.start()].strip()
            alone = m.end() == len(u.text) and not before  # a marker under a table
            if before or alone or "[" not in m.group(0):
                return True
    return False


def _notes_block(units: list[_Unit]) -> tuple[int, int, list[int]] | None:
    """(first unit of the notes, with their heading; the unit after them; the keys)."""
    for start, u in enumerate(units):
        if _note_key(u) != 1:
            continue
        end, keys = start, []
        while end < len(units) and _note_key(units[end]) == len(keys) + 1:
            keys.append(len(keys) + 1)
            end += 1
        if not all(_marked_inside(units[:start], k) for k in keys):
            continue
        head = start
        if start > 0 and units[start - 1].table is None:
            t = units[start - 1].text
            if _RE_NOTES_HEAD.match(t) and len(t.split()) <= MAX_NOTES_HEAD_WORDS:
                head = start - 1
        return head, end, keys
    return None


def footnotes_dropped(units: list[_Unit]) -> list[_Unit]:
    """The units less the notes and the markers (see the module's docstring)."""
    block = _notes_block(units)
    if block is None:
        return units
    head, end, keys = block
    out: list[_Unit] = []
    for u in [*units[:head], *units[end:]]:
        if u.table is not None:
            out.append(u)
            continue
        text = u.text
        for key in keys:
            text = _marks(key).sub("", text)
        text = normalise(text)
        if text == u.text:
            out.append(u)
        elif text:
            out.append(replace(u, text=text, lines=[text]))
    return out
