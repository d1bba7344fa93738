"""The primitives every WRES line reader shares: a line under an indicator, the parts
its figures are split into, and how one part becomes a figure.

    • 2021: BME 26.3%†, White 22.9%        <- a bullet, a time and a colon, then parts
              ^^^^^^^^^  ^^^^^^^^^          <- a part: a label, a value, a marker

A part is an optional label naming one ethnic group, then a value (a number, with %
for a percentage) or a mark for none ("n/a", a dash, "*"), a footnote marker (†, ‡,
*) or a bracketed note after it. Parts are split by commas or semicolons; a rest of
any other shape is not parts. A line's leading time is its period (a financial year
itself, a 31 March snapshot the year it closes, a bare year a WRES year); what each
part measures follows from the line's indicator (1 and 5-9 a percentage, 2-4 a bare
ratio of the heading's numerator group).

Lived in parsers/wres/year_lines.py, the first reader of such lines; every other line
reader (series, slides, chart legends, indicator-first and dated lines, ...) reads
its lines with these, so they are here, public, in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.records import WresMetric
from parsers.wres.cells import ethnic_groups, fy
from parsers.wres.context import RL_DEFAULT, is_dated_heading, label_key
from parsers.wres.narrative_terms import _board_group, _Time, _times
from parsers.wres.ratio_pairs import numerator_group
from parsers.wres.vocab import RATIO_MEASURE, SURVEY_INDICATORS

# the source a figure is read from unless its reader names its own
SOURCE = "year lines"
# a list's bullet or number before a line: "• ", "– ", "3. ", "2) "
RE_BULLET = re.compile(r"^(?:[•·▪◦‣●○■□►\-–—*]|\d{1,2}[.)])\s+")
_NONE = r"n/?a|[-–—]|\*|x|\.\."
# one part: an optional label, then a value (or a mark for none), a footnote marker,
# a bracketed note
RE_PART = re.compile(
    rf"^(?P<label>[A-Za-z][A-Za-z ()'/&-]{{0,40}}?)?\s*[:=]?\s*"
    rf"(?P<v>\d{{1,3}}(?:\.\d{{1,3}})?|{_NONE})\s*(?P<m1>[†‡*]*)\s*(?P<pct>%)?\s*(?P<m2>[†‡*]*)"
    r"\s*(?:\([^()]*\))?$",
    re.I,
)


@dataclass
class Part:
    """One figure of a line: its group (None: the heading's, or a bare ratio), its
    value (None: "n/a", a dash), whether it is a percentage, and the decimals printed."""

    group: str | None
    value: float | None  # None: "n/a", a dash
    pct: bool
    decimals: int


@dataclass
class Line:
    """A line read under an indicator: the indicator, the heading's title (its words
    name the staff group, the ratio's numerator, the board), the staff group, the
    line's time, its parts, the line's text (claimed, so no other reader reads it) and
    its page."""

    indicator: int
    title: str
    staff_group: str | None
    time: _Time
    parts: list[Part]
    text: str
    page: int


def figure_part(group: str | None, digits: str, pct: bool) -> Part:
    """The part of a figure printed as `digits` ("26.3"), keeping the decimals printed."""
    return Part(group, float(digits), pct, len(digits.partition(".")[2]))


def strip_bullet(text: str) -> str:
    """The text without the bullet or list number it opens with."""
    return RE_BULLET.sub("", text, count=1)


def one_group(label: str) -> str | None:
    """The one ethnic group a label names (not a comparator's), or None."""
    groups = [g for g in ethnic_groups(label) if g != "All"]
    if label_key(label).comparator or len(groups) != 1:
        return None
    return groups[0]


def label_group(label: str) -> tuple[bool, str | None]:
    """(readable, group) of a line part's label: one ethnic group, or the ratio's name
    (readable, no group); an empty label names nothing and is readable."""
    if not label.strip():
        return True, None
    if (group := one_group(label)) is not None:
        return True, group
    return bool(re.fullmatch(RATIO_MEASURE, label.strip(), re.I)), None


def value_parts(rest: str) -> list[Part] | None:
    """The parts of a line after its time, or None when the rest is not only values."""
    pieces = [p.strip() for p in re.split(r"[;,]\s+", rest.strip().rstrip("."))]
    out: list[Part] = []
    for piece in pieces:
        m = RE_PART.match(piece)
        if not m:
            return None
        label = (m.group("label") or "").strip()
        group = None
        if label:
            group = one_group(label)
            if group is None:
                return None
        v = m.group("v")
        if re.fullmatch(_NONE, v, re.I):
            out.append(Part(group, None, False, 0))
        else:
            out.append(figure_part(group, v, bool(m.group("pct"))))
    if len(out) > 1 and any(p.group is None for p in out):
        return None  # "BME 1,318": a thousands comma, not two parts
    return out


def year_line(text: str) -> tuple[_Time, str] | None:
    """(time, the rest) of a line that starts (after a bullet) with a time and a
    colon, or None."""
    t = strip_bullet(text)
    times = [x for x in _times(t) if x.kind != "rel"]
    if not times or times[0].start != 0:
        return None
    first = times[0]
    m = re.match(r"\s*:\s*", t[first.end :])
    if not m or not is_dated_heading(first.text, first):
        return None
    return first, t[first.end + m.end() :]


def line_period(line: Line, offsets: dict[int, int]) -> str | None:
    """The financial year of a line's time: a financial year, a 31 March snapshot or a
    named survey itself; a bare year a WRES year (its data year the year before), or
    for a survey indicator by its `offsets` (0: survey years, -1: WRES years), None
    when not settled."""
    t = line.time
    if t.kind in ("fy", "month", "survey"):
        return fy(t.year)
    # the staff survey's indicators: a bare year is either the survey's own or a WRES year
    if line.indicator in SURVEY_INDICATORS:
        return fy(t.year + offsets[line.indicator]) if line.indicator in offsets else None
    return fy(t.year - 1)  # a WRES year: its data year


def line_metric(line: Line, part: Part, period: str) -> WresMetric | None:
    """The figure of one part of a line for `period`, measured as its indicator says
    (2-4 a bare ratio of the title's numerator group, the others a percentage of one
    group), or None when the part does not fit its indicator or names no group."""
    ind, group, value = line.indicator, part.group, part.value
    if value is None:
        return None
    staff_group = None
    if ind in (2, 3, 4):
        if part.pct or group is not None or value > 20 or part.decimals == 0:
            return None  # a group's rate, or a count: not the ratio
        measure, unit = "relative_likelihood", "ratio"
        group = numerator_group(line.title) or RL_DEFAULT[ind]
    else:
        if not part.pct or not 0 <= value <= 100:
            return None
        measure, unit = "percentage", "%"
        if ind == 1:
            staff_group = line.staff_group or "overall"
        elif ind == 9:
            staff_group = _board_group(line.title)
            if group is None:
                named = {g for g in ethnic_groups(line.title) if g != "All"}
                group = named.pop() if len(named) == 1 else None
            if staff_group in (None, "?"):
                return None
    if group is None:
        return None
    m = WresMetric(
        indicator=ind,
        measure=measure,
        ethnic_group=group,
        period=period,
        value=value,
        staff_group=staff_group,
        period_label=line.time.text,
        unit=unit,
        source_table=SOURCE,
        source_page=line.page,
    )
    m._decimals = part.decimals  # type: ignore[attr-defined]
    return m
