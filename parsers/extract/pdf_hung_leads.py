"""A PDF's hanging indents (since set AI's learning), for parsers.extract.pdf_blocks.

A label hung in the left margin ('Q1', '1.', 'A:') or a list's glyph ('•', '◦') is
drawn apart from its text, and not always on its baseline: a few points higher or
lower, pdfplumber reads the two as lines of their own (the label alone, then the
text), and the label is lost to its paragraph. Here a line of one short token with
the next line beside it, to its right and overlapping it in height, is joined to
that line, the label first, as the other formats print it ("Q1 How many …",
"• Text").

And a paragraph set with a loose line spacing (more than half a line between its
lines) was cut at every line end: a line that fills the measure, ends with no
sentence's stop and is followed, at no more than a line's height, by a line in the
same type that starts at its indent or under its hung text, whose first word would
not have fitted before the right margin (the page's left margin mirrored), wraps on
(`wraps_on`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.pdf_running import Line

MAX_LEAD_CHARS = 6  # 'Q12', '12.', 'A:', '(iv)', a glyph
MIN_OVERLAP = 0.5  # of the shorter line's height
FULL_MEASURE = 0.85  # a line reaching this share of the text's width wrapped
AVERAGE_CHAR = 0.5  # a character's width in a proportional face, as a share of its size
_RE_STOP = re.compile(r"[.?!:;]['’\"”)]?$")


def _overlap(a: Line, b: Line) -> float:
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    return shared / max(min(a.bottom - a.top, b.bottom - b.top), 1.0)


def _is_lead(a: Line, b: Line) -> bool:
    """`a` a short token hung before `b`: beside it, to its left, level with it."""
    if len(a.text) > MAX_LEAD_CHARS or " " in a.text or a.x1 is None:
        return False
    return b.x0 > a.x1 + 1.0 and _overlap(a, b) >= MIN_OVERLAP


def _joined(a: Line, b: Line) -> Line:
    shift = len(a.text) + 1
    heavy = (b.heavy[0] + shift, b.heavy[1] + shift) if b.heavy else None
    return replace(
        b,
        text=f"{a.text} {b.text}",
        top=min(a.top, b.top),
        bottom=max(a.bottom, b.bottom),
        x0=a.x0,
        heavy=heavy,
        text_x0=b.x0,
    )


def join_hung_leads(lines: list[Line]) -> list[Line]:
    """The lines with each hung label or glyph joined to the line it stands before."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        a = lines[i]
        if i + 1 < len(lines) and _is_lead(a, lines[i + 1]):
            out.append(_joined(a, lines[i + 1]))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def wraps_on(first: Line, prev: Line, ln: Line, left: float, right: float) -> bool:
    """`ln` is the paragraph `first` opened and `prev` ended, wrapped on, though set more
    than half a line below."""
    if prev.x1 is None or right - left <= 0 or opens_alike(first, ln):
        return False
    if (prev.x1 - left) < FULL_MEASURE * (right - left) or _RE_STOP.search(prev.text):
        return False
    if ln.top - prev.bottom > prev.bottom - prev.top:
        return False
    # (wrapped: the next line's first word would not have fitted after this line's
    # last; a line ended short of the margin by choice is a paragraph's own)
    first_word = ln.text.split()[0] if ln.text.split() else ""
    if prev.x1 + (len(first_word) + 1) * AVERAGE_CHAR * prev.size <= right:
        return False
    same_type = (ln.bold, ln.italic, round(ln.size)) == (prev.bold, prev.italic, round(prev.size))
    starts = prev.text_x0 if prev.text_x0 is not None else prev.x0
    return same_type and abs(ln.x0 - starts) <= 2.0


# a word and a number opening a line: "Chart 2 -", "Table 3:", "Q4", "Request 5"
_RE_NUMBERED_OPENING = re.compile(r"^([^\W\d]+)\.?\s*(\d{1,3})\b")


def opens_alike(first: Line, ln: Line) -> bool:
    """`ln` opens as its paragraph's first line did, with the same word and another
    number ("Chart 1 - …" then "Chart 2 - …"): the next of a run of numbered items,
    never that paragraph wrapped on, however full its last line."""
    a = _RE_NUMBERED_OPENING.match(first.text)
    b = _RE_NUMBERED_OPENING.match(ln.text)
    return bool(a and b and a.group(1).lower() == b.group(1).lower() and a[2] != b[2])
