"""A line that prints one label in two languages, the halves side by side around a
slash or a bar (since set P's learning): "<label> 2 / Question 2", "<word> | Response",
"<word> / Date: <date> / 5 March 2024", "<greeting> / Dear Applicant". Read by its
structure, not by a list of the other language's words:

- two short halves (a few words each, no sentence) around one " / " or " | ", each
  perhaps followed by the label's colon or dash and its text;
- a numbered label: both halves end in the same number, and one of them reads as a
  worded label ("Question 2", "Request 2") — that half is kept;
- a marker or a field's name: exactly one half reads as an answer or request marker,
  or as a letterhead field's name ("Date", "Reference"), the other as neither — that
  half is kept, with the text after the colon;
- a field's value printed in both languages as well ("<date> / 5 March 2024"): the
  value on the kept half's side, as a bilingual letter keeps each language's order,
  when that half reads as a date and the other has figures too;
- a greeting: the half that opens "Dear", when it stands second (a line that opens
  with it already reads as one: "Dear Sir / Madam").

The line is rewritten as the kept half, so the units, the segmenter and the metadata
read the letter as they read one printed in English alone. Part of the FOI parser;
called by parsers.foi.units._units for each line."""

from __future__ import annotations

import re

from parsers.dates import DATE_PATTERN
from parsers.foi.markers import answer_marker, request_marker
from parsers.foi.meta_patterns import _RE_META_KEY
from parsers.foi.patterns import _RE_DEAR, _RE_QWORD_ALONE

_I = re.IGNORECASE
# a half: one to four words, no figures but a label's number at its end
_WORDS = r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}"
_NUM = r"\d{1,2}[a-z]?"
# "<A> [N] / <B> [N]" then perhaps a colon or a spaced dash and the text after it
_RE_PAIRED = re.compile(
    r"^(?P<a>" + _WORDS + r")(?:\s+(?P<na>" + _NUM + r"))?\s+(?P<sep>[/|])\s+"
    r"(?P<b>" + _WORDS + r")(?:\s+(?P<nb>" + _NUM + r"))?"
    r"(?P<tail>\s*(?::|[-–—](?=\s))\s*.*)?$",
    _I,
)
_RE_DATE = re.compile(DATE_PATTERN, _I)


def one_language(line: str) -> str:
    """`line` as its one half that the parser reads, when it prints one label in two
    languages (see the module's docstring); else `line` unchanged."""
    m = _RE_PAIRED.match(line.strip())
    if m is None:
        return line
    a, b, na, nb = m.group("a"), m.group("b"), m.group("na"), m.group("nb")
    tail = m.group("tail") or ""
    if na or nb:
        kept = _numbered(a, na, b, nb)
        return f"{kept}{tail}" if kept else line
    if _RE_DEAR.match(b) and not _RE_DEAR.match(a) and not tail:
        return b
    reads = [_reads(a), _reads(b)]
    if reads.count(True) != 1:
        return line
    second = reads[1]
    return f"{b if second else a}{_one_value(tail, m.group('sep'), second)}"


def _numbered(a: str, na: str | None, b: str, nb: str | None) -> str | None:
    """The half read as a worded label when both carry the same number."""
    if not (na and nb) or na.lower() != nb.lower():
        return None
    for words, n in ((b, nb), (a, na)):
        if _RE_QWORD_ALONE.match(f"{words} {n}"):
            return f"{words} {n}"
    return None


def _reads(half: str) -> bool:
    """A half the parser reads alone: a marker, or a field's name."""
    return (
        answer_marker(half) == ""
        or request_marker(half) == ""
        or bool(_RE_META_KEY.match(f"{half}:"))
    )


def _one_value(tail: str, sep: str, second: bool) -> str:
    """The text after the label, its value kept on the kept half's side when it is a
    date printed twice around the same separator ("… / …")."""
    parts = re.split(r"\s+" + re.escape(sep) + r"\s+", tail)
    if len(parts) != 2:
        return tail
    head = re.match(r"\s*(?::|[-–—])\s*", tail)
    lead = head.group(0) if head else ""
    kept, other = (parts[1], parts[0]) if second else (parts[0][len(lead) :], parts[1])
    # (the other half need not read as a date here: its month may be in another
    # language; its figures show it is the same date)
    if not _RE_DATE.search(kept) or not re.search(r"\d", other):
        return tail
    return lead + kept
