"""A list of the enclosures after the answers (since set L): answers that point to
documents sent with the letter ("please see Appendix B", "see the attached
spreadsheet 2") are often followed, before the closing, by a list of what was
enclosed:

    4. What does the Trust spend on agency porters?
    The spend in 2023/24 was £81,200. Please see Annex C for the monthly figures.

    Documents enclosed
    • Annex B – ward staffing by month
    • Annex C – agency porter spend by month

The list is no part of the last answer. It is read by its structure, not by the
words a house uses for its enclosures:

- each line of the list opens with a designation, a noun and an identifier (a
  single capital letter or a number: "Appendix A", "Spreadsheet 2", "Annex C"),
  and is short (a title, not a paragraph), no question;
- each designation was cited before the list by an answer (a paragraph with no
  question label that asks nothing: a question naming "Ward 7" points to nothing):
  the cross-reference is what makes the line an enclosure, not its wording;
- the list is the last run of such lines before the closing (found by
  parsers.foi.tail) or the letter's end, and no question label, answer marker or
  table follows it: what follows is the letter's closing prose, not more answers;
- a head over the list (a heading, or a short line with no sentence's end:
  "Enclosures", "Attachments sent with this letter:") goes with it; a single
  enclosure line needs such a head.

A reference to the Act or to the request ("Section 40", "Question 3") is no
enclosure. Part of the FOI parser (parsers.foi.passes cuts the units there before
segmenting).
"""

from __future__ import annotations

import re

from parsers.foi.markers import answer_marker
from parsers.foi.units import _label_of, _Unit

MAX_WORDS = 16
MAX_HEAD_WORDS = 8
# a bullet or list glyph before the line's text
_RE_BULLET = re.compile(r"^[•·▪\-–*\uf0b7]\s*")
# the designation opening a line: a noun and its identifier, then a separator or the end
_RE_DESIGNATION = re.compile(r"^([A-Za-z]{3,})\s+([A-Z]|\d{1,2})(?=\s*(?:[:.,()\-–—]|\s|$))")
# nouns that designate a part of the Act or of the request, not an enclosure
_NOT_ENCLOSURES = {
    "section",
    "sections",
    "question",
    "questions",
    "request",
    "part",
    "parts",
    "point",
    "item",
    "regulation",
    "article",
    "schedule",
    "paragraph",
    "page",
}


def _line_designation(line: str) -> tuple[str, str] | None:
    """("appendix", "a") for a short line opening with "Appendix A …", else None."""
    text = _RE_BULLET.sub("", line.strip())
    if not text or len(text.split()) > MAX_WORDS or text.endswith("?"):
        return None
    m = _RE_DESIGNATION.match(text)
    if m is None or m.group(1).lower() in _NOT_ENCLOSURES:
        return None
    return m.group(1).lower(), m.group(2).lower()


def _designation(u: _Unit) -> list[tuple[str, str]] | None:
    """The designations a unit's lines open with, every line one (a web page's list
    is one unit, a line an item), else None."""
    if u.table is not None:
        return None
    lines = [ln for ln in u.lines if ln.strip()] if len(u.lines) > 1 else [u.text]
    found = [_line_designation(ln) for ln in lines]
    if not found or any(d is None for d in found):
        return None
    return found


def _cited(designation: tuple[str, str], before: list[_Unit]) -> bool:
    """Whether an answer before the list points to the designation: a question that
    names it ("How many beds on Ward 7?") is no pointer, so the citing paragraph
    carries no question label and asks nothing."""
    noun, ident = designation
    pattern = re.compile(rf"\b{re.escape(noun)}s?\s+{re.escape(ident)}\b", re.IGNORECASE)
    return any(
        u.table is None
        and pattern.search(u.text)
        and _label_of(u.text) is None
        and "?" not in u.text
        for u in before
    )


def _head(u: _Unit) -> bool:
    """A heading, or a short line with no sentence's end ("Attachments sent:")."""
    if u.table is not None or not u.text.strip():
        return False
    text = u.text.strip()
    if len(text.split()) > MAX_HEAD_WORDS or re.search(r"\d", text):
        return False
    return (u.style or "").startswith("heading") or not re.search(r"[.?!;]$", text)


def _more_answers(u: _Unit) -> bool:
    """A unit that opens another question or answer (a label, a marker) or a table."""
    return u.table is not None or _label_of(u.text) is not None or answer_marker(u.text) is not None


def enclosures_start(units: list[_Unit], end: int | None = None) -> int | None:
    """Where a list of enclosures after the answers begins (its head, if any): the
    last run of enclosure lines before `end` (the closing's start, else the
    letter's end), with no question, answer marker or table after it; None when
    there is no such list."""
    end = len(units) if end is None else end
    k = end
    while k > 0 and _designation(units[k - 1]) is None:
        if _more_answers(units[k - 1]):
            return None
        k -= 1
    stop = k
    while k > 0 and _designation(units[k - 1]) is not None:
        k -= 1
    lines = units[k:stop]
    if not lines or k == 0:
        return None
    head = _head(units[k - 1])
    start = k - 1 if head else k
    named = [d for u in lines for d in _designation(u) or []]
    if len(named) < 2 and not head:
        return None
    if start == 0 or not all(_cited(d, units[:start]) for d in named):
        return None
    return start
