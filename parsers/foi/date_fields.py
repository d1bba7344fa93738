"""Where a letter's dates stand, read by layout before the metadata's labels and prose
(parsers.foi.metadata) look at the letter's first units (since set J's learning):

* a label alone on its line and the date alone on the next ("Date received:" over
  "4 March 2024"): one field, "Date received: 4 March 2024";
* a one-line strip of fields between separators ("Ref: AB1 | Logged: 4/3/2024 |
  Closed: 20/3/2024", with "|", "·", "•" or a tab): each field also on its own,
  so a field that reads only as a whole line ("Date: 20 March 2024") or by its
  position at a line's start ("Logged: …") is read in a strip too; so is the
  letter's "Date:" field ending a line after another field with only spaces between
  them ("Our ref. AB/12    Date: 5 Mar 24", since set S's learning).

A strip's bare labels of recording ("Logged:", "Opened:") and of closing ("Closed:",
"Issued:") date the request and the reply only as a field (a line or a strip's
segment that opens with the label and its colon), never inside a sentence.

Since set L's learning the colon may be left out when the verb and its date are the
whole line ("Sent 7/2/2024", "Received on 3 March 2024", "Dated 2024/03/05"): a
letterhead line of a verb and a date and nothing else is a field too, and then the
verbs of sending ("sent", "dated", "replied", "posted") close and "received" records.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parsers.dates import DATE_PATTERN
from parsers.foi.date_prose import ECHO
from parsers.foi.meta_patterns import _RE_DATE_LINE, _RE_RECEIVED, _RE_RESPONDED
from parsers.foi.patterns import _RE_DEAR
from parsers.foi.units import _Unit

_I = re.IGNORECASE
MAX_LETTERHEAD = 40  # units searched for the salutation
NO_SALUTATION_LETTERHEAD = 12  # a letterhead's units when no salutation closes it
_DATE = r"(" + DATE_PATTERN + r")"
# a label with no value: a few words, no figures, perhaps its colon
_RE_BARE_LABEL = re.compile(r"^[A-Za-z][A-Za-z '’/&().-]{1,40}?\s*[:\-–]?$")
_RE_DATE_ALONE = re.compile(r"^(?:the\s+)?" + _DATE + ECHO + r"\.?$", _I)
# a field, then another in brackets: "Sent 5/3/2024 (received 20/2/2024)"
_RE_BRACKETED = re.compile(r"^([^()]{3,60}?)\s*\(([^()]{3,60})\)\.?$")
_RE_HAS_DATE = re.compile(DATE_PATTERN, _I)
# the separators of a one-line strip of fields
_RE_STRIP_SEPARATOR = re.compile(r"\s+[|·•]\s+|\t+")
# a field named by a bare verb of recording or of closing, and its date
_RE_LOGGED_FIELD = re.compile(
    r"^(?:logged|registered|recorded|opened|submitted|lodged)\s*[:\-–]\s*(?:on\s+)?" + _DATE, _I
)
_RE_CLOSED_FIELD = re.compile(
    r"^(?:closed|completed|issued|answered|sent\s+out)\s*[:\-–]\s*(?:on\s+)?" + _DATE, _I
)

# the same fields run on after other letterhead text, as a PDF's sidebar column or an
# unwrapped scan joins them into one line ("Information Governance Issued: 1/2/2024"):
# the label capitalised and with its colon, so a sentence's "… was issued: …" is none
_RE_LOGGED_FIELD_RUN_ON = re.compile(
    r"\s(?:Logged|Registered|Recorded|Opened|Submitted|Lodged)\s*:\s*(?:on\s+)?(?i:" + _DATE + ")"
)
_RE_CLOSED_FIELD_RUN_ON = re.compile(
    r"\s(?:Closed|Completed|Issued|Answered|Sent\s+out)\s*:\s*(?:on\s+)?(?i:" + _DATE + ")"
)

# a verb and its date as the whole line, no colon ("Sent 7/2/2024", "Received on 3 May
# 2024"): a letterhead's field however it is punctuated. Since set T's learning the
# verb may be two or more of one kind joined by "and", "&" or commas ("Signed and sent
# on …", "Received and logged …"): the acts that together record, or together close.
_WHOLE_LINE_END = r"\s*[:\-–]?\s*(?:on\s+)?(?:the\s+)?" + _DATE + ECHO + r"\.?$"
_LOGGING_VERB = r"(?:logged|registered|recorded|opened|submitted|lodged|received)"
# (signing a letter is issuing it: a letterhead's "Signed 5 March 2024" dates the reply)
_CLOSING_VERB = (
    r"(?:closed|completed|issued|answered|sent(?:\s+out)?|dated|replied|responded|posted|signed)"
)


def _verb_chain(verb: str) -> str:
    """One verb, or several of its kind joined ("signed, dated and sent")."""
    return rf"{verb}(?:\s*(?:,|&|\band\b)\s*{verb})*"


_RE_LOGGED_LINE = re.compile(r"^" + _verb_chain(_LOGGING_VERB) + _WHOLE_LINE_END, _I)
_RE_CLOSED_LINE = re.compile(r"^" + _verb_chain(_CLOSING_VERB) + _WHOLE_LINE_END, _I)


def _names_a_date(label: str, value: str) -> str | None:
    """The field "label: value" when it reads as a dated one (received, responded or
    the letter's own "Date:"), else None."""
    joined = f"{label.rstrip(':-– ').strip()}: {value}"
    if _RE_RECEIVED.search(joined) or _RE_RESPONDED.search(joined) or _RE_DATE_LINE.match(joined):
        return joined
    return None


def letterhead_end(units: list[_Unit]) -> int:
    """Where a letter's letterhead ends: at its salutation ("Dear …"), else after its
    first few units. Its fields stand there, and a field-like line further down (an
    answer's "Ward A | Opened: 1 April 2023") is not the letter's."""
    for i, u in enumerate(units[:MAX_LETTERHEAD]):
        if _RE_DEAR.match(u.text):
            return i
    return min(len(units), NO_SALUTATION_LETTERHEAD)


def _date_field(label: str, value: str) -> str | None:
    """A label with no value over a date alone: the dated field they make, or None."""
    if not (_RE_BARE_LABEL.match(label) and _RE_DATE_ALONE.match(value)):
        return None
    return _names_a_date(label, value)


def join_term_over_value(
    units: list[_Unit], field: Callable[[str, str], str | None]
) -> list[_Unit]:
    """`units` with each line on the letterhead that `field` reads as a field's label
    over the value on the next line joined to it, as one line `field` gives."""
    out: list[_Unit] = []
    end = letterhead_end(units)
    i = 0
    while i < len(units):
        u = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        if i < end and nxt is not None and u.table is None and nxt.table is None:
            joined = field(u.text, nxt.text)
            if joined is not None:
                out.append(_Unit(joined, style=u.style, page=u.page, lines=[joined]))
                i += 2
                continue
        out.append(u)
        i += 1
    return out


def join_split_fields(units: list[_Unit]) -> list[_Unit]:
    """`units` with each label standing alone over its date, on the letterhead,
    joined to it."""
    return join_term_over_value(units, _date_field)


def strip_segments(text: str) -> list[str]:
    """A one-line strip's fields, or [] when `text` is no strip (fewer than two
    fields, a field too long to be one, or a sentence's end)."""
    parts = [p.strip() for p in _RE_STRIP_SEPARATOR.split(text) if p.strip()]
    if len(parts) < 2 or any(len(p) > 60 for p in parts) or text.rstrip().endswith(("?", "!")):
        return []
    return parts


def bracketed_fields(text: str) -> list[str]:
    """A dated field with a second dated field in brackets after it ("Issued
    2024-02-12 (request logged 2024-01-31)"): the two fields, or [] for any other
    line. Each is then read on its own, as a strip's fields are."""
    m = _RE_BRACKETED.match(text.strip())
    if m is None or not all(_RE_HAS_DATE.search(part) for part in m.groups()):
        return []
    return [m.group(1).strip(), m.group(2).strip()]


# the letter's own "Date:" field run on after another field on its line, the two set
# apart by spaces only ("Our ref. AB/12    Date: 5 Mar 24"): capitalised, with its
# colon, and the date ending the line, so a sentence's "… date: …" is none
_RE_DATE_FIELD_RUN_ON = re.compile(r"\s(Date\s*:\s*(?i:" + _DATE + r"))\.?$")


def run_on_date_field(text: str) -> list[str]:
    """A line that ends with the letter's "Date:" field after other text: the text
    before it and the field, or [] for any other line."""
    m = _RE_DATE_FIELD_RUN_ON.search(text.strip())
    if m is None or not text[: m.start()].strip():
        return []
    return [text[: m.start()].strip(), m.group(1)]


def with_strip_fields(units: list[_Unit]) -> list[_Unit]:
    """`units` with each strip's (or bracketed pair's) fields on the letterhead added,
    as units of their own, after it."""
    out: list[_Unit] = []
    end = letterhead_end(units)
    for i, u in enumerate(units):
        out.append(u)
        if i < end and u.table is None:
            # (a "Date:" run on after another field: only on one printed line, never a
            # field on a line of its own below the reference)
            one_line = len(u.lines) <= 1 and "\n" not in u.text
            run_on = run_on_date_field(u.text) if one_line else []
            fields = strip_segments(u.text) or bracketed_fields(u.text) or run_on
            out += [_Unit(p, style=u.style, page=u.page, lines=[p]) for p in fields]
    return out


def field_dates(text: str) -> tuple[str | None, str | None]:
    """A field named by a bare verb: (received date text, responded date text)."""
    logged = (
        _RE_LOGGED_FIELD.match(text)
        or _RE_LOGGED_FIELD_RUN_ON.search(text)
        or _RE_LOGGED_LINE.match(text.strip())
    )
    closed = (
        _RE_CLOSED_FIELD.match(text)
        or _RE_CLOSED_FIELD_RUN_ON.search(text)
        or _RE_CLOSED_LINE.match(text.strip())
    )
    return (logged.group(1) if logged else None, closed.group(1) if closed else None)
