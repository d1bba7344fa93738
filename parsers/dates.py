"""English dates and FOIA section 10 working days.

`parse_date` reads the forms British letters print ("3rd June 2026",
"03/06/2026" — day first —, "3 Jun 26", "Tuesday 3 June 2026", "2026-06-03",
"June 3, 2026", "3.6.2026", "4th March, 2021"; since set L's learning "2026/06/03"
and "2026.06.03": a numeric date that opens with a four-figure year is year, month,
day, as ISO's is; since set P's learning a month's name between slashes or stops as
between hyphens, "05/Mar/2024", a weekday before "the" and an ordinal, "Tuesday the
5th of March 2024", and the twelve Welsh month names a bilingual letter prints, "5
Mawrth 2024"). `working_days` counts England and Wales working days from receipt
to response: the first working day after the day of receipt is day 1, weekends and
bank holidays are not counted.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from parsers.wres.vocab import year_as_printed

__all__ = [
    "DATE_PATTERN",
    "find_dates",
    "parse_date",
    "parse_date_range",
    "plausible",
    "range_at",
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
# Welsh letters (and bilingual ones, beside the English date) name the months in Welsh:
# a closed vocabulary of twelve words, like the English names above
WELSH_MONTHS = (
    "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr"
).split()
MONTHS |= {name: n for n, name in enumerate(WELSH_MONTHS, 1)}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|" + "|".join(WELSH_MONTHS) + r")\.?"
)
# a weekday before the date, in full or cut short ("Tue", "Tues.", "Weds", "Thurs")
_WEEKDAY_NAME = r"(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
# ("Tuesday the 5th of March": the weekday may stand before "the" and the ordinal)
_WEEKDAY = r"(?:" + _WEEKDAY_NAME + r"\.?,?\s+(?:the\s+)?)?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:\d{4}|'?\d{2})"
# an ISO timestamp's time: "2024-03-05T14:30", "…T14:30:00Z", "…T14:30:00.5+01:00"
_ISO_TIME = r"(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+\-]\d{2}:?\d{2})?)?"

DATE_PATTERN = (
    r"(?:"
    + _WEEKDAY
    + _DAY
    + r"(?:\s+day)?(?:\s+of)?[\s\-]+"  # "5th of March", "5th day of March"
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
    # the month's name between slashes or stops, as a numeric date's figures stand
    # ("05/Mar/2024", "5.March.2024"); between hyphens the first form reads it
    + r"|"
    + _WEEKDAY
    + r"[0-3]?\d[/.]"
    + _MONTH
    + r"[/.](?:\d{4}|\d{2})"
    + r"|\d{4}-\d{1,2}-\d{1,2}"
    + _ISO_TIME  # ISO, with its time of day or not
    # year first with slashes or stops ("2024/03/05", "2024.3.5"): year, month, day
    + r"|"
    + _WEEKDAY
    + r"\d{4}[/.][01]?\d[/.][0-3]?\d"
    # 03/06/2026 (day first), or 06/23/2026 when only the month-first reading is a date
    # a weekday may stand before a numeric date too ("Tue 05/03/2024")
    + r"|"
    + _WEEKDAY
    + r"[0-3]?\d[/.\-][0-3]?\d[/.\-](?:\d{4}|\d{2})"
    + r")"
)
_DATE_RE = re.compile(r"(?<![\w/])" + DATE_PATTERN + r"(?![\w/])", re.IGNORECASE)


def _year(text: str) -> int:
    text = text.lstrip("'")
    return year_as_printed(text)  # "99" is 1999: the project's one century rule


def _numeric(first: int, second: int, year: int) -> date | None:
    """A numeric date: day first, as British letters print it ("5/3/2024" is 5 March);
    month first only when the day-first reading is no date ("3/25/2024", from a US
    template, is 25 March)."""
    if second > 12 and first <= 12:
        return _make(year, first, second)
    return _make(year, second, first)


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
    """The first date in `text`, or None. Numeric dates are read day first; a range
    whose start borrows the end's month ("1–30 June 2024") gives its start; dates
    outside the plausible range (see `plausible`) are None."""
    start = _short_range_start(text)
    return start if start is not None else plausible(_parse_date(text))


def _short_range_start(text: str | None) -> date | None:
    """The start of a range cut short that holds `text`'s first full date."""
    first = _DATE_RE.search(text or "")
    short = _RE_SHORT_RANGE.search(text) if first else None
    if short is None or not short.start() < first.start() < short.end(3):
        return None
    span = _short_range(short)
    return span[0] if span else None


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    m = _DATE_RE.search(text)
    if not m:
        return None
    s = m.group(0).strip().lower()
    iso = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:t|$)", s)
    if iso:
        return _make(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    s = re.sub(r"^" + _WEEKDAY_NAME + r"\.?,?\s+(?:the\s+)?", "", s)
    ymd = re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", s)
    if ymd:
        return _make(int(ymd.group(1)), int(ymd.group(2)), int(ymd.group(3)))
    num = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})", s)
    if num:
        return _numeric(int(num.group(1)), int(num.group(2)), _year(num.group(3)))
    dm = re.fullmatch(
        r"(\d{1,2})(?:st|nd|rd|th)?(?:\s+day)?(?:\s+of)?[\s\-/.]+([a-z]+)\.?,?[\s\-/.]+('?\d{2,4})",
        s,
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


# A range's joiner: a dash, "to", "until", "and" (after "between"), "through"
_RANGE_JOIN = r"\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\band\b|\bthrough\b)\s*"
# a start that is a day alone is joined tightly by a dash ("1–30") or by a word
# ("1st to 30th"): "Item 2 – 9 June 2024" numbers an item before a date
_DAY_JOIN = r"(?:-|–|—|\s+(?:to|until|till|and|through)\s+)"
# a range whose start is cut short, sharing the end's month and year ("1–30 June
# 2024", "1st to 30th June 2024") or its year ("1 April – 30 June 2024")
_RE_SHORT_RANGE = re.compile(
    r"(?<![\w/])([0-3]?\d)(?:st|nd|rd|th)?(?:\s+("
    + _MONTH
    + r")"
    + _RANGE_JOIN
    + r"|"
    + _DAY_JOIN
    + r")("
    + DATE_PATTERN
    + r")(?![\w/])",
    re.IGNORECASE,
)
_RE_FULL_RANGE = re.compile(
    r"(?<![\w/])(" + DATE_PATTERN + r")" + _RANGE_JOIN + r"(" + DATE_PATTERN + r")(?![\w/])",
    re.IGNORECASE,
)


def parse_date_range(text: str | None) -> tuple[date, date] | None:
    """The first range of dates in `text` as (start, end), or None: two full dates
    joined by a dash, "to", "until" or "and" ("1 April 2022 to 31 March 2023",
    "between 01/04/2022 and 31/03/2023"), or a start that borrows the end's month and
    year ("1–30 June 2024") or year ("1 April – 30 June 2024"). A period named in a
    letter (what the requester asked about) is read as such, not as two dates."""
    if not text:
        return None
    full = _RE_FULL_RANGE.search(text)
    short = _RE_SHORT_RANGE.search(text)
    if full and (short is None or full.start() <= short.start()):
        return _full_range(full)
    return _short_range(short) if short else None


def range_at(text: str, pos: int) -> tuple[date, date] | None:
    """The range of dates that starts at `pos` in `text`, or None."""
    full = _RE_FULL_RANGE.match(text, pos)
    if full:
        return _full_range(full)
    short = _RE_SHORT_RANGE.match(text, pos)
    return _short_range(short) if short else None


def _full_range(m: re.Match[str]) -> tuple[date, date] | None:
    start, end = parse_date(m.group(1)), parse_date(m.group(2))
    return (start, end) if start and end and start <= end else None


def _short_range(m: re.Match[str]) -> tuple[date, date] | None:
    end = parse_date(m.group(3))
    if end is None:
        return None
    month = MONTHS.get(m.group(2).lower().rstrip(".")) if m.group(2) else end.month
    start = _make(end.year, month or end.month, int(m.group(1)))
    if start is not None and start > end:  # "1 December – 31 January 2024" spans a new year
        start = _make(end.year - 1, start.month, start.day)
    return (start, end) if start is not None and plausible(start) else None


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
