"""WRES figures printed as year-first lines under each indicator's heading: a line a
year, the year first, then the year's figure or each group's.

    Indicator 5: Harassment, bullying or abuse from patients ...    <- indicator
    • 2021: BME 26.3%†, White 22.9%                                  <- two figures
    • 2022: BME –, White – (question not asked)                      <- none
    Indicator 2: Likelihood of White applicants being appointed ...
    • 2022/23: 1.52                                                  <- one ratio
    Indicator 9: BME share of board voting members
    • 31 March 2024: 16.7%                                           <- the heading's group

The structure read here: at least two lines under one indicator heading that each
start (after a bullet) with a time and a colon, the rest being either one value or
"group value" pairs split by commas or semicolons, every part nothing else: a value is
a number (with % for a percentage), or "n/a", a dash or "*" for none; a footnote
marker (†, ‡, *) or a bracketed note may follow it. A line of any other shape (a
sentence, a comparator's "England 2023: BME 28.9%", whose line does not start with
its year) is not read here.

The same headings' blocks made only of figures each dated by a bracket after it
("BME: 19.3% (2023/24), 18.1% (2022/23)", parsers/wres/bracket_years.py) are read
here too, each figure with its own bracket's time, the block read whole (a PDF wraps
it anywhere).

The line's leading time is its period: a financial year is itself, a 31 March
snapshot the year it closes, a named staff survey its own year. A bare year is a WRES
year (its data year the year before) for indicators 1-4 and 9; for the staff survey
indicators 5-8 it is either the survey's own year or a WRES year, and is settled by
the report's other series: when the survey's years read as survey years give the same
periods as the dated series of the other indicators (and read as WRES years do not),
they are survey years, and the other way round; else they stay unsettled.

What each figure measures follows from its indicator: 1 and 5-8 a group's percentage
(indicator 1 of the whole workforce, or the staff group the heading names); 2-4 a bare
ratio, the relative likelihood of the heading's numerator group (the WRES
definition's when the heading does not say); 9 the board's share of the heading's one
group, the board staff group the heading names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.records import WresMetric
from parsers.wres.bar_lines import caption_words, unbar
from parsers.wres.bracket_years import bracketed_entries
from parsers.wres.cells import clean, ethnic_groups, fy
from parsers.wres.context import RL_DEFAULT, heading_key, is_dated_heading, label_key
from parsers.wres.narrative_terms import _board_group, _Time, _times
from parsers.wres.ratio_pairs import numerator_group
from parsers.wres.skipped import one_value_per_key

SOURCE = "year lines"
_SURVEY = (5, 6, 7, 8)
_RE_BULLET = re.compile(r"^(?:[•·▪◦‣●○■□►\-–—*]|\d{1,2}[.)])\s+")
_NONE = r"n/?a|[-–—]|\*|x|\.\."
# one part: an optional label, then a value (or a mark for none), a footnote marker,
# a bracketed note
_RE_PART = re.compile(
    rf"^(?P<label>[A-Za-z][A-Za-z ()'/&-]{{0,40}}?)?\s*[:=]?\s*"
    rf"(?P<v>\d{{1,3}}(?:\.\d{{1,3}})?|{_NONE})\s*(?P<m1>[†‡*]*)\s*(?P<pct>%)?\s*(?P<m2>[†‡*]*)"
    r"\s*(?:\([^()]*\))?$",
    re.I,
)


@dataclass
class _Part:
    group: str | None
    value: float | None  # None: "n/a", a dash
    pct: bool
    decimals: int


@dataclass
class _Line:
    indicator: int
    title: str
    staff_group: str | None
    time: _Time
    parts: list[_Part]
    text: str
    page: int


def _parts(rest: str) -> list[_Part] | None:
    """The parts of a line after its time, or None when the rest is not only values."""
    pieces = [p.strip() for p in re.split(r"[;,]\s+", rest.strip().rstrip("."))]
    out: list[_Part] = []
    for piece in pieces:
        m = _RE_PART.match(piece)
        if not m:
            return None
        label = (m.group("label") or "").strip()
        group = None
        if label:
            key = label_key(label)
            groups = [g for g in ethnic_groups(label) if g != "All"]
            if key.comparator or len(groups) != 1:
                return None
            group = groups[0]
        v = m.group("v")
        if re.fullmatch(_NONE, v, re.I):
            out.append(_Part(group, None, False, 0))
        else:
            out.append(_Part(group, float(v), bool(m.group("pct")), len(v.partition(".")[2])))
    if len(out) > 1 and any(p.group is None for p in out):
        return None  # "BME 1,318": a thousands comma, not two parts
    return out


def _year_line(text: str) -> tuple[_Time, str] | None:
    """(time, the rest) of a line that starts with a time and a colon, or None."""
    t = _RE_BULLET.sub("", text, count=1)
    times = [x for x in _times(t) if x.kind != "rel"]
    if not times or times[0].start != 0:
        return None
    first = times[0]
    m = re.match(r"\s*:\s*", t[first.end :])
    if not m or not is_dated_heading(first.text, first):
        return None
    return first, t[first.end + m.end() :]


def _lines(doc: Extracted) -> list[_Line]:
    """Every year-first line under an indicator heading."""
    out: list[_Line] = []
    ind: int | None = None
    title, sg = "", None
    for item in doc.items:
        if isinstance(item, Table):
            continue
        if not isinstance(item, TextBlock):
            continue
        styled = item.style == "heading"
        entries = bracketed_entries(item.text or "") if ind is not None and not styled else None
        if ind is not None and entries:
            # "BME: 19.3% (2023/24), 18.1% (2022/23)": each figure its own time; the
            # block read whole, as a PDF may wrap it anywhere
            text = clean(item.text)
            for time, group, v, pct in entries:
                part = _Part(group, float(v), pct, len(v.partition(".")[2]))
                out.append(_Line(ind, title, sg, time, [part], text, item.page))
            continue
        for raw in (item.text or "").split("\n") if not styled else [item.text or ""]:
            text = clean(raw)
            if not text:
                continue
            words = caption_words(text)  # "Figure 2. Indicator 5 ...": a chart's caption
            head = heading_key(words, styled=styled) if styled or len(text) < 120 else None
            if head is not None and head[0] == 1 and _year_line(text) is None:
                ind, title, sg = head[1].indicator, words, head[1].staff_group
                continue
            if styled:
                ind = None  # another heading: its lines are not the indicator's
                continue
            # a bar drawn in text is decoration: read as the year-first line it draws
            got = _year_line(unbar(text) or text) if ind is not None else None
            if got is None or ind is None:
                continue
            parts = _parts(got[1])
            if parts is not None:
                out.append(_Line(ind, title, sg, got[0], parts, text, item.page))
    return out


def _survey_periods(lines: list[_Line]) -> dict[int, int]:
    """For each survey indicator whose lines' years are bare, the offset that reads
    them (0: survey years, -1: WRES years), settled by the other series' periods."""
    dated = {fy(x.time.year) for x in lines if x.time.kind in ("fy", "month")}
    out: dict[int, int] = {}
    for ind in _SURVEY:
        years = {x.time.year for x in lines if x.indicator == ind and x.time.kind == "bare"}
        if not years or not dated:
            continue
        as_survey = {fy(y) for y in years} <= dated
        as_wres = {fy(y - 1) for y in years} <= dated
        if as_survey != as_wres:
            out[ind] = 0 if as_survey else -1
    return out


def _period(line: _Line, offsets: dict[int, int]) -> str | None:
    t = line.time
    if t.kind in ("fy", "month", "survey"):
        return fy(t.year)
    if line.indicator in _SURVEY:
        return fy(t.year + offsets[line.indicator]) if line.indicator in offsets else None
    return fy(t.year - 1)  # a WRES year: its data year


def _metric(line: _Line, part: _Part, period: str) -> WresMetric | None:
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


def read_year_lines(doc: Extracted) -> tuple[list[WresMetric], set[str]]:
    """The figures of year-first lines (a series of at least two under one indicator
    heading), and the lines read (for the sentence reader to leave alone)."""
    lines = _lines(doc)
    per_title: dict[tuple[int, str], int] = {}
    for x in lines:
        per_title[(x.indicator, x.title)] = per_title.get((x.indicator, x.title), 0) + 1
    lines = [x for x in lines if per_title[(x.indicator, x.title)] >= 2]
    offsets = _survey_periods(lines)
    metrics: list[WresMetric] = []
    claimed: set[str] = set()
    for line in lines:
        period = _period(line, offsets)
        if period is None:
            continue
        claimed.add(line.text)
        read = (_metric(line, part, period) for part in line.parts)
        metrics.extend(m for m in read if m is not None)
    return one_value_per_key(metrics), claimed
