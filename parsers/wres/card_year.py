"""The data year of a dashboard card (parsers/wres/cards.py): the one its title states,
else the report year of the document, never a guess.

    Indicator 5: Harassment from patients (2023 staff survey)   <- the card's own year
    Indicator 9 (WRES 2024)                                    <- a WRES year: 2023/24
    Indicator 6: Bullying from colleagues                       <- the report's year

A title that names a time dates its card as a heading dates the lines under it
(`context.heading_key`, `context.settle`: a financial year, a staff survey year, a 31
March snapshot; a WRES year is its data year, the financial year before). A time the
title names but that does not settle (a bare year on a staff survey card, two years)
leaves the card undated: its figures are counted for review, not given the report's
year, which may not be theirs. A title naming no time takes the report's year as the
other readers take it: the last heading above the card that is only the standard's name
and a year ("WRES 2024", parsers/wres/report_year_heading.py), else the one data year
the report's title headings state (parsers/wres/data_year.py).
"""

from __future__ import annotations

import re

from parsers.wres.cells import clean, fy
from parsers.wres.context import heading_key, settle
from parsers.wres.narrative_terms import _Time, _times

# "WRES 2024", "Workforce Race Equality Standard 2023 data": a report year, whose data
# year is the financial year before it
_RE_WRES_YEAR = re.compile(
    r"\b(?:WRES|Workforce\s+Race\s+Equality\s+Standard)\s+(?:report\s+|data\s+)?"
    r"(?P<year>20\d\d)\b(?!\s*[/\-\u2013]\s*\d)",
    re.I,
)


def title_period(title: str, indicator: int) -> str | None:
    """The data year a card's title states for `indicator`; None when it states none
    or one that does not settle (`states_time` tells the two apart)."""
    text = clean(title)
    wres_years = {int(m.group("year")) for m in _RE_WRES_YEAR.finditer(text)}
    times = [t for t in _times(text) if t.kind != "rel"]
    if wres_years:
        # every time the title names is that WRES year: its data year
        if len(wres_years) == 1 and all(t.year in wres_years for t in times):
            return fy(wres_years.pop() - 1)
        return None
    head = heading_key(text)  # one time, and one that dates (not a plan's deadline)
    time = head[1].time if head is not None else None
    if time is None:
        return None
    survey_named = bool(re.search(r"survey", time.text, re.I))
    return settle(time, indicator, survey_named)


def wres_year_period(text: str, time: _Time | None) -> str | None:
    """The data year of a bare year that `text` prints as a WRES year ("BME WRES 2024:
    29.8%"): the financial year before it, for every indicator. A staff survey
    indicator's bare year is unsure (survey or data year, `context.settle`), but the
    standard's name beside it says it is the report's year, as in a card's title."""
    if time is None or time.kind != "bare":
        return None
    years = {int(m.group("year")) for m in _RE_WRES_YEAR.finditer(clean(text))}
    return fy(time.year - 1) if years == {time.year} else None


def states_time(title: str) -> bool:
    """Whether a card's title names a time at all (a year, a date, a financial year)."""
    return any(t.kind != "rel" for t in _times(clean(title)))


def card_period(title: str, indicator: int, year_above: str | None) -> str | None:
    """The data year of a card: its title's, else (its title naming no time)
    `year_above`, the report's year where the card is printed; None when unsure."""
    if states_time(title):
        return title_period(title, indicator)
    return year_above
