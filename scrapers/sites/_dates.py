"""Dates shown in listings: the first calendar date in a link's row, UK day-first.

Listings print dates every way a house style can (``2024-03-05``, ``05/03/2024``,
``5th March 2024``, ``March 5, 2024``, a ``<time datetime>``); `parse_date`
reads them all as ISO ``YYYY-MM-DD`` and `date_for` looks for one beside a link.
"""

from __future__ import annotations

import re
from datetime import date

from bs4 import Tag

from scrapers.sites._anchors import norm_text

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}  # fmt: skip
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b"), "dmy"),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTH_RE + r"\.?,?\s+(\d{4})\b", re.I), "dMy"),
    (re.compile(r"\b" + _MONTH_RE + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I), "Mdy"),
]  # fmt: skip


def _iso(m: re.Match[str], order: str) -> str | None:
    """The match as an ISO date, or None when it is no calendar date (or out of range)."""
    try:
        if order == "ymd":
            y, mo, d = int(m[1]), int(m[2]), int(m[3])
        elif order == "dmy":
            d, mo, y = int(m[1]), int(m[2]), int(m[3])
            if y < 100:
                y += 2000
        elif order == "dMy":
            d, mo, y = int(m[1]), _MONTHS[m[2].lower()[:3]], int(m[3])
        else:
            mo, d, y = _MONTHS[m[1].lower()[:3]], int(m[2]), int(m[3])
        if not 1990 <= y <= 2100:
            return None
        return date(y, mo, d).isoformat()
    except (ValueError, KeyError):
        return None


def parse_date(text: str | None) -> str | None:
    """The first plausible calendar date in ``text``, as ISO ``YYYY-MM-DD`` (UK day-first)."""
    if not text:
        return None
    best: tuple[int, str] | None = None
    for rx, order in _DATE_PATTERNS:
        for m in rx.finditer(text):
            iso = _iso(m, order)
            if iso is None:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), iso)
            break  # the first good match of each pattern is its earliest
    return best[1] if best else None


def date_for(a: Tag, row: Tag | None) -> str | None:
    """The date shown in a link's row: a ``<time>`` first, else the row's text beside the link."""
    if row is None:
        return None
    t = row.find("time")
    if isinstance(t, Tag):
        d = parse_date(str(t.get("datetime") or "")) or parse_date(t.get_text(" "))
        if d:
            return d
    link_text = a.get_text(" ")
    row_text = row.get_text(" ")
    outside = row_text.replace(link_text, " ", 1) if link_text else row_text
    return parse_date(norm_text(outside))
