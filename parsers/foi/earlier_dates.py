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

* a reply the requester sent (since set O's learning): "You replied on …", "you
  then responded on …", the requester as the subject of the verb of replying, as in
  a clarification exchange the letter recounts: the requester's message, never the
  letter's own reply, nor the request's receipt (it came after the request);

* a field of the letterhead or of a table at the letter's top whose label names the
  request or reply as the original, first, earlier … one ("Original request
  received: …", "Date of first response: …", "Initial request dated …"): a review's
  or a chaser's header recording the case's history, not this letter's own dates.
  Such a field is neither read as this letter's date nor a fallback for it. (A
  dated heading over the answers, "Original request – received …", heads the very
  request a letter answers, so only a header's field is read so, not a heading;
  and a header that logs the request's clarification or further details is one
  request's chronology, whose "original request" is this letter's.)

`current_date` gives the first date a pattern dates that is none of these, so the
metadata (parsers.foi.metadata) reads the letter's own dates past a quoted earlier
one; `earlier_date` the first that quotes an earlier request or reply, which the
metadata falls back on when the letter dates nothing else (a template's "your
original request …, received by us on …" may name the very request it answers).
"""

from __future__ import annotations

import re

from parsers.dates import DATE_PATTERN, range_at

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
# the requester as the subject of a verb of replying, an auxiliary or an adverb or
# two between ("you then replied", "you have kindly responded"): their answer to a
# question the trust put, not the trust's reply ("… you we replied" is no such clause)
_RE_REQUESTER_REPLIED = re.compile(
    r"\byou\s+(?:(?:have|had|then|later|also|again|[a-z]+ly)\s+){0,2}?(?:replied|responded|answered|wrote\s+back|came\s+back)\b",
    _I,
)
# a sentence's end: a stop, a semicolon, a question or exclamation mark before a space
_RE_SENTENCE_END = re.compile(r"[.;!?](?=\s)")
# what parts one field from the next on a strip of fields ("Ref: X | Opened: …")
_RE_FIELD_SEPARATOR = re.compile(r"[|·•\t]")
# a field's label is a few words; more is a sentence
MAX_LABEL_WORDS = 8
_RE_ANY_DATE = re.compile(r"(?<![\w/])(" + DATE_PATTERN + r")(?![\w/])", _I)


def clause_before(text: str, pos: int) -> str:
    """The words from the start of the sentence holding `pos` up to `pos`."""
    start = 0
    for m in _RE_SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    return text[start:pos]


def quotes_earlier(text: str, pos: int) -> bool:
    """The date at `pos` stands in a clause about an earlier request or reply."""
    return _RE_EARLIER.search(clause_before(text, pos)) is not None


def field_label(text: str, pos: int) -> str | None:
    """The label of the field whose value starts at `pos` (the words from the line's
    start, or from the strip's last separator, up to `pos`), or None when those words
    are a sentence rather than a label."""
    start = 0
    for m in _RE_FIELD_SEPARATOR.finditer(text, 0, pos):
        start = m.end()
    label = text[start:pos].strip()
    if not label or _RE_SENTENCE_END.search(label) or len(label.split()) > MAX_LABEL_WORDS:
        return None
    return label


def requester_replied(text: str, pos: int) -> bool:
    """The date at `pos` stands in a clause telling of the requester's reply."""
    return _RE_REQUESTER_REPLIED.search(clause_before(text, pos)) is not None


def earlier_field(text: str, pos: int) -> bool:
    """The date at `pos` is the value of a field whose label names an earlier request
    or reply ("Original request received:", "Date of first response:")."""
    label = field_label(text, pos)
    return label is not None and _RE_EARLIER.search(label) is not None


def follow_up_field(text: str) -> bool:
    """`text` holds a field dating what followed the request ("Clarification
    received: …", "Further details | …"): a log of one request's steps, in which the
    "original request" is this letter's own, before it was clarified."""
    for m in _RE_ANY_DATE.finditer(text):
        label = field_label(text, m.start(1))
        if label is not None and _RE_FOLLOW_UP.search(label):
            return True
    return False


def earlier_date(rx: re.Pattern[str], text: str, header: bool = False) -> str | None:
    """The date text (group 1) of `rx`'s first match in `text` in a clause about an
    earlier request or reply (and opening no period), or None. When `header`, the
    text is a field of the letter's header, and a field named for an earlier request
    or reply is that one's record, never a fallback for this letter's dates."""
    for m in rx.finditer(text):
        pos = m.start(1)
        if header and earlier_field(text, pos):
            continue
        if quotes_earlier(text, pos) and range_at(text, pos) is None:
            return m.group(1)
    return None


def current_date(
    rx: re.Pattern[str],
    text: str,
    arrival: bool = False,
    prose: bool = True,
    header: bool = False,
) -> str | None:
    """The date text (group 1) of `rx`'s first match in `text` that dates neither an
    earlier request or reply (when `prose`: a label's "Original request – received
    …" heads the very request a letter answers; when `header`, the text is a field
    of the letter's header, where such a label records an earlier request) nor opens
    a period (nor, when `arrival`, a later arrival than the request's), nor dates the
    requester's own reply, or None."""
    for m in rx.finditer(text):
        pos = m.start(1)
        if (prose and quotes_earlier(text, pos)) or range_at(text, pos) is not None:
            continue
        if requester_replied(text, pos):
            continue
        if header and earlier_field(text, pos):
            continue
        if arrival and _RE_FOLLOW_UP.search(clause_before(text, pos)):
            continue
        return m.group(1)
    return None
