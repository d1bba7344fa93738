"""A report in a section a year, each section restating the indicators:

    2023/24 data                      (a dated heading)
      Indicator 1: Workforce ...      (the indicators' headings under it)
      BME 22.8% (1,395 of 6,120); ...
      Indicator 2: ...
    2022/23 data
      Indicator 1: Workforce ...      (the same indicators again)

The readers keep a dated heading only until the next indicator heading (a heading path
with the indicator above the date), so the figures below each indicator heading lose
their section's year. The structure read here: at least two dated headings (a
financial year, a 31 March snapshot or a staff survey year, no indicator of their own)
of different years, each followed by two or more indicator headings, and an indicator
whose heading comes under two of them (the sections repeat the indicators, so the date
is the section's, not one indicator's). Each indicator heading in such a section that
names no time of its own is then written with its section's date after it
("Indicator 1: Workforce ... (2023/24)"), a form every reader dates its figures by
(parsers/wres/context.py). Any other document is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.extract.model import Extracted, Item, TextBlock
from parsers.wres.cells import clean
from parsers.wres.context import heading_key
from parsers.wres.narrative_terms import _figures
from parsers.wres.rewrite_items import rewrite_items

_DATED = ("fy", "month", "survey")


def _section_date(line: str) -> str | None:
    """The date a line heads a section with, or None when it is no dated heading."""
    head = heading_key(line)
    if head is None or head[0] != 3 or head[1].time is None:
        return None
    return head[1].time_text if head[1].time.kind in _DATED else None


def _indicator(line: str) -> int | None:
    """The indicator a heading line names when it names no time and no figure of its
    own (a line "Indicator 5: White 27.1% ..." is a figure's, not a section's)."""
    if _figures(line):
        return None
    head = heading_key(line)
    if head is None or head[0] != 1 or head[1].time is not None:
        return None
    return head[1].indicator


def _lines(doc: Extracted) -> list[str]:
    return [
        clean(raw)
        for item in doc.items
        if isinstance(item, TextBlock) and item.text
        for raw in item.text.split("\n")
    ]


def section_dates(lines: list[str]) -> dict[int, str]:
    """{line index of an indicator heading: its section's date} when the lines are a
    section a year (see the module docstring), else {}."""
    sections: list[tuple[str, dict[int, int]]] = []  # (date, {line: indicator})
    for i, line in enumerate(lines):
        if not line:
            continue
        date = _section_date(line)
        if date is not None:
            sections.append((date, {}))
            continue
        n = _indicator(line)
        if n is not None and sections:
            sections[-1][1][i] = n
    sections = [(d, heads) for d, heads in sections if len(heads) >= 2]
    if len({d for d, _h in sections}) < 2:
        return {}
    counts: dict[int, int] = {}
    for _d, heads in sections:
        for n in set(heads.values()):
            counts[n] = counts.get(n, 0) + 1
    if max(counts.values()) < 2:
        return {}  # no indicator restated: the dates are not sections of the same report
    return {i: d for d, heads in sections for i in heads}


def date_year_sections(doc: Extracted) -> Extracted:
    """The document with each indicator heading of a section a year dated by its
    section's heading (see the module docstring)."""
    dates = section_dates(_lines(doc))
    if not dates:
        return doc
    index = 0  # the line index, counted as _lines counts

    def dated(item: Item) -> Item | None:
        nonlocal index
        if not isinstance(item, TextBlock) or not item.text:
            return None
        out = []
        for raw in item.text.split("\n"):
            date = dates.get(index)
            out.append(f"{raw.rstrip()} ({date})" if date else raw)
            index += 1
        text = "\n".join(out)
        return replace(item, text=text) if text != item.text else None

    return rewrite_items(doc, dated)


__all__ = ["date_year_sections", "section_dates"]
