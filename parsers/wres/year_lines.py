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

A line of its own naming one ethnic group and nothing else between the heading and
its year lines ("BME staff", as a nested list's middle level prints it: indicator >
group > a line a year) gives its group to the lines under it whose figures name none,
until the next group line or heading:

    • Indicator 6 – harassment from other staff
        ◦ BME staff                                                  <- the group
            ▪ 2023 staff survey: 26.2%                               <- its figure

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

The line, its parts and these readings of them are shared with the other line
readers: they live in parsers/wres/line_parts.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.records import WresMetric
from parsers.wres.bar_lines import caption_words, unbar
from parsers.wres.bracket_years import bracketed_entries
from parsers.wres.cells import clean, fy
from parsers.wres.context import heading_key
from parsers.wres.line_parts import (
    Line,
    Part,
    figure_part,
    line_metric,
    line_period,
    one_group,
    strip_bullet,
    value_parts,
    year_line,
)
from parsers.wres.skipped import one_value_per_key
from parsers.wres.vocab import SURVEY_INDICATORS

RATIO_INDICATORS = (2, 3, 4)


def _group_line(text: str) -> str | None:
    """The one ethnic group a short figure-free line names and nothing else ("BME
    staff", "• White members:"): the group of the year lines under it, as a nested
    list's middle level or a sub-heading is; None for any other line."""
    t = strip_bullet(text).strip().rstrip(":").strip()
    if re.search(r"\d|[.!?;]", t) or not 0 < len(t.split()) <= 6:
        return None
    return one_group(t)


def _lines(doc: Extracted) -> list[Line]:
    """Every year-first line under an indicator heading (with the group a line of its
    own names above it, for lines whose figures name none)."""
    out: list[Line] = []
    ind: int | None = None
    title, sg = "", None
    group: str | None = None  # the group line's above (parts naming none take it)
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
                part = figure_part(group, v, pct)
                out.append(Line(ind, title, sg, time, [part], text, item.page))
            continue
        for raw in (item.text or "").split("\n") if not styled else [item.text or ""]:
            text = clean(raw)
            if not text:
                continue
            words = caption_words(text)  # "Figure 2. Indicator 5 ...": a chart's caption
            head = heading_key(words, styled=styled) if styled or len(text) < 120 else None
            if head is not None and head[0] == 1 and year_line(text) is None:
                ind, title, sg = head[1].indicator, words, head[1].staff_group
                group = None
                continue
            if styled:
                ind = None  # another heading: its lines are not the indicator's
                continue
            if ind is not None and (named := _group_line(text)) is not None:
                group = named  # "BME staff" over its year lines
                continue
            # a bar drawn in text is decoration: read as the year-first line it draws
            got = year_line(unbar(text) or text) if ind is not None else None
            if got is None or ind is None:
                continue
            parts = value_parts(got[1])
            if parts is not None:
                parts = _with_group(parts, group, ind)
                out.append(Line(ind, title, sg, got[0], parts, text, item.page))
    return out


def _with_group(parts: list[Part], group: str | None, ind: int) -> list[Part]:
    """The line's parts, those naming no group given the group line's above; not a
    ratio's (2-4: its numerator group is the heading's, a group beside it a rate's)."""
    if group is None or ind in RATIO_INDICATORS:
        return parts
    return [replace(p, group=p.group or group) for p in parts]


def _survey_periods(lines: list[Line]) -> dict[int, int]:
    """For each survey indicator whose lines' years are bare, the offset that reads
    them (0: survey years, -1: WRES years), settled by the other series' periods."""
    dated = {fy(x.time.year) for x in lines if x.time.kind in ("fy", "month")}
    out: dict[int, int] = {}
    for ind in SURVEY_INDICATORS:
        years = {x.time.year for x in lines if x.indicator == ind and x.time.kind == "bare"}
        if not years or not dated:
            continue
        as_survey = {fy(y) for y in years} <= dated
        as_wres = {fy(y - 1) for y in years} <= dated
        if as_survey != as_wres:
            out[ind] = 0 if as_survey else -1
    return out


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
        period = line_period(line, offsets)
        if period is None:
            continue
        claimed.add(line.text)
        read = (line_metric(line, part, period) for part in line.parts)
        metrics.extend(m for m in read if m is not None)
    return one_value_per_key(metrics), claimed
