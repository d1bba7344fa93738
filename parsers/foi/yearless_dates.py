"""The day a request arrived, named without its year (since set AH's learning): "Thank
you for your e-mail of 3 May …", "Your request reached us on the 3rd of May", "your
letter dated March 4th". A letter written within weeks of the request leaves the year
out, as it is the year of the letter itself.

Read by the same grammar as a full date of receipt (parsers.foi.meta_patterns' prose
forms: the request dated, received on, reaching the trust on …), with a day and a
month in place of the whole date, and no year after them. The year is the letter's:
the latest such day that is not after the reply's date (a reply of 10 January to an
e-mail of 28 December answers one of the year before). Used by parsers.foi.metadata
only when no date of receipt was read otherwise, and only with a date of reply.
"""

from __future__ import annotations

import re
from datetime import date

from parsers.dates import _MONTH, MONTHS
from parsers.foi.earlier_dates import current_date
from parsers.foi.meta_patterns import (
    _DATE,
    _RE_RECEIVED_ARRIVAL,
    _RE_RECEIVED_ON,
    _RE_RECEIVED_PROSE,
)

_I = re.IGNORECASE
_ORDINAL_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
# a day and a month either way round ("3 May", "the 3rd of May", "May 3rd"), and no
# year after them (a full date is the full prose forms' to read)
_DAY_MONTH = (
    r"(?:" + _ORDINAL_DAY + r"(?:\s+of)?\s+" + _MONTH + r"|" + _MONTH + r"\s+"
    r"(?:the\s+)?" + _ORDINAL_DAY + r")(?![\w/\-]|,?\s+'?\d{2,4}\b)"
)
_YEARLESS = r"(" + _DAY_MONTH + r")"


def _without_year(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx`'s grammar with a day and month, no year, where it reads a full date."""
    return re.compile(rx.pattern.replace(_DATE, _YEARLESS), rx.flags)


_PROSE_FORMS = tuple(
    _without_year(rx) for rx in (_RE_RECEIVED_PROSE, _RE_RECEIVED_ON, _RE_RECEIVED_ARRIVAL)
)


def _day_and_month(text: str) -> tuple[int, int] | None:
    """The day and the month of a day-and-month text ("the 3rd of May", "May 3")."""
    day = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b", text)
    month = next(
        (MONTHS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in MONTHS),
        None,
    )
    if day is None or month is None:
        return None
    return int(day.group(1)), month


def _in_letters_year(day: int, month: int, replied: date) -> date | None:
    """The latest `day` of `month` not after the reply: its year, or the one before."""
    for year in (replied.year, replied.year - 1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found <= replied:
            return found
    return None


def yearless_received(texts: list[str], replied: date | None) -> date | None:
    """The day of receipt a sentence of `texts` names without its year, dated in the
    reply's year (see the module's docstring), or None."""
    if replied is None:
        return None
    for text in texts:
        for rx in _PROSE_FORMS:
            found = current_date(rx, text, arrival=True)
            parts = _day_and_month(found) if found else None
            if parts is not None:
                return _in_letters_year(*parts, replied)
    return None
