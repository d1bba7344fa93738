"""What a table's caption says of its columns' periods.

A caption ("Table 1: Workforce by ethnicity, 31 March 2023 and 31 March 2024", a DOCX
caption paragraph, an HTML <caption>, a "Table 2: ..." line printed above the table)
may name the periods that the table's columns give only relatively: "Previous year" /
"This year", or the template's "Data for previous year" / "Data for reporting year".
`relative_period` reads such a column heading: with two periods in the caption the
earlier is the previous year's and the later this year's; with one, it is this year's
and the previous year is the one before it; with none, the report's own year is this
year (the template's convention); with more than two, the column is not settled.

With no period in the caption, the sentence just above the table that speaks of "the
current year" or "the previous year" is read as a caption (`stated_periods`): "In the
table below the current year is 2023/24 and the previous year 2022/23" names the two
years, whatever order it names them in (the previous year is the earlier).
"""

from __future__ import annotations

import re

from parsers.wres.cells import Period, fy
from parsers.wres.narrative_terms import _times

_THIS = re.compile(r"reporting year|current year|this year|latest year", re.I)
_PREVIOUS = re.compile(r"previous year|last year|prior year|preceding year", re.I)
_RELATIVE = re.compile(f"{_THIS.pattern}|{_PREVIOUS.pattern}", re.I)
_PAIR = re.compile(r"(20\d\d)\s*[/-]\s*(?:20)?\d\d\s*(?:and|&)\s*20\d\d\s*[/-]\s*(?:20)?\d\d", re.I)


def caption_periods(caption: str | None) -> list[Period]:
    """The financial years a caption names, in order, each once: a financial year, a
    31 March snapshot or a staff survey year ("2023 staff survey"); a bare year is a
    WRES year or a survey year and is left out."""
    out: list[Period] = []
    for t in _times(caption or ""):
        if t.kind not in ("fy", "month", "survey"):
            continue
        # "2022/23 and 2023/24" is two years here, not a two-year window
        pair = _PAIR.fullmatch(t.text)
        for year in (int(pair.group(1)), t.year) if pair else (t.year,):
            if all(p.period != fy(year) for p in out):
                out.append(Period(fy(year), t.text, "fy", year))
    return out


def stated_periods(caption: str | None, paragraphs_above: list[str]) -> list[Period]:
    """The periods a table's "This year" / "Previous year" columns are read from: its
    caption's, else those of the nearest sentence above that speaks of a relative year."""
    periods = caption_periods(caption)
    if periods:
        return periods
    sentences = [t for par in paragraphs_above for t in re.split(r"(?<=[.;:])\s+", par)]
    said = next((t for t in reversed(sentences) if _RELATIVE.search(t)), None)
    return caption_periods(said)


def relative_period(
    header: str, caption: list[Period], report: Period | None = None
) -> Period | None:
    """The period of a column headed "This year" / "Previous year" (or the template's
    "Data for reporting year"), from the periods its table's caption names (see the
    module docstring); None for any other heading, or when the caption does not settle
    it."""
    this, previous = _THIS.search(header), _PREVIOUS.search(header)
    if bool(this) == bool(previous):
        return None
    if len(caption) > 2:
        return None  # which two of them? not settled
    if len(caption) == 2:
        p = max(caption, key=_start) if this else min(caption, key=_start)
        return Period(p.period, header, "fy", p.start)
    now = caption[0] if caption else report
    if now is None:
        return None
    start = now.start if this else now.start - 1
    return Period(fy(start), header, "fy", start)


def _start(p: Period) -> int:
    return p.start
