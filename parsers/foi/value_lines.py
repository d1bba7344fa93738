"""Requested items answered as 'item: value' lines (since set U's learning): a letter
whose request was a list of things wanted answers it by naming each thing and its
value on a line of its own, unnumbered, under one introductory sentence:

    The details you asked for are below.
    Number of MRI scanners: 3
    Supplier of the Trust's pathology system: Halden Diagnostics
    Date of the last fire risk assessment: 14 May 2024

Each line is one item: the name before the colon its question, the value after it
its answer, no label; the introductory sentence is in no item. Read by structure, not
wording: a run of at least three consecutive lines (paragraphs, list items, bulleted
or not) each a short name (no sentence's punctuation in it), a colon and a value, straight after
a sentence of the letter's own (ending in a full stop or a colon). It is the reading
of last resort: parsers.foi.passes tries it only where the rules found no question
and no orphan text, so fields in a letter's heading (two or three lines before the
salutation, no sentence before them) and status lines under questions stay as they
are. Part of the FOI parser.
"""

from __future__ import annotations

import re

from parsers.foi.markers import answer_marker, request_marker
from parsers.foi.patterns import _BULLET, normalise
from parsers.foi.segment_items import _Q
from parsers.foi.units import _label_of, _Unit

MIN_LINES = 3  # a list the letter answers, not a field or two
MAX_NAME_WORDS = 12  # "Number of whole-time equivalent pharmacists"
# a name, a colon and a space, then the value
_RE_VALUE_LINE = re.compile(r"^(?P<name>[^\W\d_][^:]*?)\s*:\s+(?P<value>\S.*)$")


def value_line(text: str) -> tuple[str, str] | None:
    """(name, value) of an 'item: value' line, else None."""
    m = _RE_VALUE_LINE.match(_BULLET.sub("", normalise(text)))
    if m is None:
        return None
    name, value = m.group("name"), m.group("value")
    if len(name.split()) > MAX_NAME_WORDS or re.search(r"[.,?!;]", name):
        return None
    if _label_of(name) is not None:
        return None  # a numbered question run in before its answer
    if answer_marker(f"{name}:") is not None or request_marker(f"{name}:") is not None:
        return None  # "Response: …", "You asked: …": the markers the segmenter reads
    return name, value


def _lines(units: list[_Unit]) -> list[tuple[int, str]]:
    """(unit index, line) for the letter's text, a web page's list a line an item."""
    out: list[tuple[int, str]] = []
    for k, u in enumerate(units):
        if u.table is not None:
            out.append((k, ""))
        elif u.style == "list" and len(u.lines) > 1:
            out += [(k, ln) for ln in u.lines]
        else:
            out.append((k, u.text))
    return out


def _introduced(text: str) -> bool:
    """A sentence of the letter's own, introducing what follows."""
    t = text.rstrip()
    return len(t.split()) >= 3 and t.endswith((".", ":"))


def value_line_items(units: list[_Unit]) -> list[_Q]:
    """The items of the letter's one run of 'item: value' lines, else []."""
    lines = _lines(units)
    split = [value_line(t) for _, t in lines]
    runs: list[tuple[int, int]] = []
    start = None
    for k, s in enumerate([*split, None]):
        if s is not None and start is None:
            start = k
        elif s is None and start is not None:
            runs.append((start, k))
            start = None
    runs = [
        (a, b) for a, b in runs if b - a >= MIN_LINES and a > 0 and _introduced(lines[a - 1][1])
    ]
    if len(runs) != 1:
        return []  # (several runs: a form's fields, not one list answered)
    a, b = runs[0]
    return [
        _Q(label=None, heading=None, parts=[name], answer=[value], answered=True)
        for name, value in split[a:b]
    ]
