"""Dates a letter quotes that are not its own request's or reply's (since set L's
learning), told apart by the grammar of the clause that holds them:

* a clause about an earlier request or reply: "Your original request reached us on
  … and we replied on …" in an internal review's outcome, "the first reply, sent
  on …": the date of that request, not of the one this letter answers. The clause
  (from the sentence's start to the date) names the request or reply as the
  original, initial, first, earlier or previous one;
* a date that opens a period ("received 1 April 2023 to 31 March 2024"): what the
  request asked about, not a day it was made or answered;
* for the day of receipt, a later arrival: the clause names what followed the
  request ("Clarification received: …", "Further details received …" in a
  chronology, which a case log may print newest first): the request's first
  arrival is its receipt.

`current_date` gives the first date a pattern dates that is none of these, so the
metadata (parsers.foi.metadata) reads the letter's own dates past a quoted earlier
one; `earlier_date` the first that quotes an earlier request or reply, which the
metadata falls back on when the letter dates nothing else (a template's "your
original request …, received by us on …" may name the very request it answers).
"""

from __future__ import annotations

import re

from parsers.dates import range_at

_I = re.IGNORECASE
# a request or reply named as an earlier one, a few words of description between
_RE_EARLIER = re.compile(
    r"\b(?:original|initial|first|earlier|previous|prior|former)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:request|enquiry|inquiry|application|reply|response|answer|decision|e-?mail|letter)s?\b",
    _I,
)
# what arrives after the request: its clarification, further details, a reminder
_RE_FOLLOW_UP = re.compile(
    r"\b(?:clarification|clarified|(?:further|additional|more)\s+(?:details|information)|"
    r"reminder|chaser)\b",
    _I,
)
# a sentence's end: a stop, a semicolon, a question or exclamation mark before a space
_RE_SENTENCE_END = re.compile(r"[.;!?](?=\s)")


def clause_before(text: str, pos: int) -> str:
    """The words from the start of the sentence holding `pos` up to `pos`."""
    start = 0
    for m in _RE_SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    return text[start:pos]


def quotes_earlier(text: str, pos: int) -> bool:
    """The date at `pos` stands in a clause about an earlier request or reply."""
    return _RE_EARLIER.search(clause_before(text, pos)) is not None


def earlier_date(rx: re.Pattern[str], text: str) -> str | None:
    """The date text (group 1) of `rx`'s first match in `text` in a clause about an
    earlier request or reply (and opening no period), or None."""
    for m in rx.finditer(text):
        pos = m.start(1)
        if quotes_earlier(text, pos) and range_at(text, pos) is None:
            return m.group(1)
    return None


def current_date(
    rx: re.Pattern[str], text: str, arrival: bool = False, prose: bool = True
) -> str | None:
    """The date text (group 1) of `rx`'s first match in `text` that dates neither an
    earlier request or reply (when `prose`: a label's "Original request – received
    …" heads the very request a letter answers) nor opens a period (nor, when
    `arrival`, a later arrival than the request's), or None."""
    for m in rx.finditer(text):
        pos = m.start(1)
        if (prose and quotes_earlier(text, pos)) or range_at(text, pos) is not None:
            continue
        if arrival and _RE_FOLLOW_UP.search(clause_before(text, pos)):
            continue
        return m.group(1)
    return None
