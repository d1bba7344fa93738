"""English dates and FOIA section 10 working days.

`parse_date` reads the forms British letters print ("3rd June 2026",
"03/06/2026" — day first —, "3 Jun 26", "Tuesday 3 June 2026", "2026-06-03",
"June 3, 2026", "3.6.2026", "4th March, 2021"). `working_days` counts England
and Wales working days from receipt to response: the first working day after
the day of receipt is day 1, weekends and bank holidays are not counted.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

__all__ = [
    "DATE_PATTERN",
    "find_dates",
    "parse_date",
    "plausible",
    "within_deadline",
    "working_days",
]

MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:\d{4}|'?\d{2})"

DATE_PATTERN = (
    r"(?:"
    + _WEEKDAY
    + _DAY
    + r"(?:\s+of)?[\s\-]+"
    + _MONTH
    + r",?[\s\-]+"
    + _YEAR  # 3rd June 2026
    + r"|"
    + _WEEKDAY
    + _MONTH
    + r"\s+"
    + _DAY
    + r",?\s+"
    + _YEAR  # June 3, 2026
    + r"|\d{4}-\d{1,2}-\d{1,2}"  # ISO
    + r"|[0-3]?\d[/.\-][01]?\d[/.\-](?:\d{4}|\d{2})"  # 03/06/2026
    + r")"
)
_DATE_RE = re.compile(r"(?<![\w/])" + DATE_PATTERN + r"(?![\w/])", re.IGNORECASE)


def _year(text: str) -> int:
    text = text.lstrip("'")
    y = int(text)
    if len(text) == 2:
        y += 2000 if y < 70 else 1900
    return y


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


EARLIEST_YEAR = 1990  # no FOI letter or WRES report predates this


def plausible(day: date | None, today: date | None = None) -> date | None:
    """`day` when a letter could bear it (from 1990 to a year after today), else
    None: "1 January 9999" or a mistyped "1025" is not a response date."""
    if day is None:
        return None
    latest = (today or date.today()) + timedelta(days=366)
    return day if date(EARLIEST_YEAR, 1, 1) <= day <= latest else None


def parse_date(text: str | None) -> date | None:
    """The first date in `text`, or None. Numeric dates are read day first;
    dates outside the plausible range (see `plausible`) are None."""
    return plausible(_parse_date(text))


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    m = _DATE_RE.search(text)
    if not m:
        return None
    s = m.group(0).strip().lower()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if iso:
        return _make(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    num = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})", s)
    if num:
        return _make(_year(num.group(3)), int(num.group(2)), int(num.group(1)))
    s = re.sub(
        r"^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)", "", s
    )
    dm = re.fullmatch(
        r"(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+([a-z]+)\.?,?[\s\-]+('?\d{2,4})", s
    )
    if dm and dm.group(2) in MONTHS:
        return _make(_year(dm.group(3)), MONTHS[dm.group(2)], int(dm.group(1)))
    md = re.fullmatch(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+('?\d{2,4})", s)
    if md and md.group(1) in MONTHS:
        return _make(_year(md.group(3)), MONTHS[md.group(1)], int(md.group(2)))
    return None


def find_dates(text: str) -> list[tuple[int, date]]:
    """Every date in `text` with its character offset."""
    found = []
    for m in _DATE_RE.finditer(text or ""):
        d = parse_date(m.group(0))
        if d is not None:
            found.append((m.start(), d))
    return found


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    try:
        import holidays

        return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())
    except Exception:  # the package missing or broken: weekends only
        return frozenset()


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def working_days(received: date | None, responded: date | None) -> int | None:
    """Working days from receipt to response (FOIA s10): the first working day
    after the day of receipt is day 1; the day of response counts if it is a
    working day. A response on the day of receipt is 0 days; None when either
    date is missing or the response precedes the receipt."""
    if received is None or responded is None or responded < received:
        return None
    if (responded - received).days > 3660:
        return None
    count = 0
    day = received + timedelta(days=1)
    while day <= responded:
        if is_working_day(day):
            count += 1
        day += timedelta(days=1)
    return count


def within_deadline(days: int | None, limit: int = 20) -> bool | None:
    """True when the response came within the statutory 20 working days."""
    if days is None:
        return None
    return days <= limit
