"""A page of messages (since set AC's learning): a public request site's page, or a
log of correspondence, printed as one document, each message under a header line
naming its sender and its date ("Jo Requester – 13 June 2024", "Freedom of
Information Office, Example NHS Trust, 15/06/2024"): the requester's request, the
trust's acknowledgement, the trust's reply.

Read by structure, not by a site's words: a header is a short line of its own whose
text is a sender (words without figures, no sentence's end) then a date closing the
line after a dash, a comma or a bar. A page is such headers, two or more, from two
senders or more, the first message and a later one from another sender opening on a
greeting ("Dear …"), as messages do (a dated line or two among a letter's answers
do not). Then:

* the first message is the request: its date is the day the request was made, the
  received date when the page names no other (parsers.foi.metadata);
* the last message from another sender than the first's is the trust's reply: its
  date is the responded date;
* a reply numbering its answers as the request numbered the questions may stand
  several messages after them: the request's closing and the messages between are
  the page's frame, not a gap in a letter (parsers.foi.renumbered_answers and
  parsers.foi.ordered_answers read the gap from the reply's header on: `answer_gap`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from parsers.dates import DATE_PATTERN, parse_date
from parsers.foi.patterns import _RE_DEAR
from parsers.foi.units import _Unit

_I = re.IGNORECASE
MAX_SENDER_WORDS = 12
# the sender, a dash, comma or bar, then the date closing the line
_RE_HEADER = re.compile(
    r"^(?P<sender>[^\d.?!:;]{2,120}?)\s*(?:[–—|]|\s-|,)\s*(?:on\s+)?(?P<date>"
    + DATE_PATTERN
    + r")\.?$",
    _I,
)


@dataclass(frozen=True)
class MessageHeader:
    index: int  # the header's unit
    sender: str
    day: date


def _header(index: int, unit: _Unit) -> MessageHeader | None:
    if unit.table is not None:
        return None
    m = _RE_HEADER.match(unit.text.strip())
    if m is None:
        return None
    sender = m.group("sender").strip(" ,–—|-")
    if not sender[:1].isupper() or len(sender.split()) > MAX_SENDER_WORDS:
        return None
    day = parse_date(m.group("date"))
    return MessageHeader(index, sender, day) if day is not None else None


def _greets(units: list[_Unit], header: MessageHeader) -> bool:
    """The message under `header` opens on a greeting."""
    k = header.index + 1
    return k < len(units) and bool(_RE_DEAR.match(units[k].text.strip()))


def message_headers(units: list[_Unit]) -> list[MessageHeader]:
    """The headers of a page of messages (see the docstring), in order, or []."""
    found = [h for k, u in enumerate(units) if (h := _header(k, u)) is not None]
    if len(found) < 2 or not _greets(units, found[0]):
        return []
    asker = found[0].sender.lower()
    # (and a message from another sender greets too: a request answered, not a
    # dated line or two in a letter's answers)
    if not any(h.sender.lower() != asker and _greets(units, h) for h in found[1:]):
        return []
    return found


def request_and_reply_dates(units: list[_Unit]) -> tuple[date | None, date | None]:
    """(the request's date, the reply's date) of a page of messages, else (None, None)."""
    headers = message_headers(units)
    if not headers:
        return None, None
    asker = headers[0].sender.lower()
    replies = [h for h in headers if h.sender.lower() != asker]
    return headers[0].day, replies[-1].day


def answer_gap(units: list[_Unit], after: int, before: int) -> list[_Unit]:
    """The units between the last question (unit `after`) and the first answer (unit
    `before`) that stand in a letter's way: all of them, unless a later message (its
    header after the question) holds the answer, when only those from that message's
    header on."""
    headers = [h for h in message_headers(units) if after < h.index < before]
    start = headers[-1].index + 1 if headers else after + 1
    return units[start:before]
