"""WRES figures printed as slides: one indicator a slide, this year's figures large on
lines of their own, then one line comparing them with an earlier year.

    Slide 4: Indicator 6                                  <- the indicator (a heading)
    Colleagues reporting abuse from other colleagues      <- its words
    Ethnic minority  24.0%                                <- this year's, a line each
    White  19.5%
    Compared with 2020/21: Ethnic minority 25.3%, White 20.1%   <- the earlier year
    Our aim for next year: 22.0%                          <- anything after: not read

The structure read here: under a heading naming one indicator, a run of lines that are
each one figure and nothing else (a group's name, the value, a % or one short unit
word), followed straight away by a line opening with at most two words and one time
and a colon, then the same figures' shape ("group value" parts in the same groups and
order, or one bare value) as year-first lines read it (parsers/wres/year_lines.py).
The comparison line's time is its figures' period; the figures above it are the data
year the report's title states when that is later, or else the year after the
comparison's (a comparison is with an earlier year). Lines after the comparison (a
target, an ambition) are not read. A deck is at least two such slides.

What each figure measures follows from its indicator as in year-first lines, the
indicator's words (the slide's text above the figures) saying whose ratio it is and
which board.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from parsers.extract.model import Extracted, TextBlock
from parsers.records import WresMetric
from parsers.wres.cells import clean, fy
from parsers.wres.context import label_key
from parsers.wres.data_year import stated_data_year
from parsers.wres.line_parts import (
    Line,
    Part,
    figure_part,
    line_metric,
    line_period,
    one_group,
    value_parts,
)
from parsers.wres.narrative_terms import _Time, _times
from parsers.wres.skipped import one_value_per_key

SOURCE = "slides"
# one figure alone on its line: "BME  27.9%", "1.33 times", "White 80.1 %"
_RE_FIGURE = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z ()'/&-]{0,40}?)?\s*(?P<v>\d{1,3}(?:\.\d{1,3})?)\s*"
    r"(?P<pct>%)?(?:\s*[A-Za-z×]{1,5})?$"
)
_MAX_LEAD_WORDS = 2  # "vs", "Compared with": a lead-in, not a sentence


@dataclass
class _Slide:
    indicator: int
    title: str
    page: int
    lines: list[str] = field(default_factory=list)


def _figure(line: str) -> Part | None:
    """A line that is one figure and nothing else, or None."""
    m = _RE_FIGURE.match(line)
    if not m:
        return None
    group = None
    if label := (m.group("label") or "").strip():
        group = one_group(label)
        if group is None:
            return None
    return figure_part(group, m.group("v"), bool(m.group("pct")))


def _comparison(line: str) -> tuple[_Time, list[Part]] | None:
    """(time, parts) of a line opening with a short lead-in, a time and a colon."""
    times = [t for t in _times(line) if t.kind != "rel"]
    if not times:
        return None
    t = times[0]
    lead = line[: t.start]
    if re.search(r"\d", lead) or len(lead.split()) > _MAX_LEAD_WORDS:
        return None
    m = re.match(r"\s*:\s*", line[t.end :])
    if not m:
        return None
    parts = value_parts(line[t.end + m.end() :])
    return (t, parts) if parts else None


def _slides(doc: Extracted) -> list[_Slide]:
    out: list[_Slide] = []
    for item in doc.items:
        if not isinstance(item, TextBlock):
            continue
        text = clean(item.text)
        if item.style == "heading":
            ind = label_key(text).indicator if text else None
            out.append(_Slide(ind or 0, text, item.page))  # 0: another heading's lines
            continue
        if out and out[-1].indicator:
            out[-1].lines += [clean(x) for x in (item.text or "").split("\n") if clean(x)]
    return [s for s in out if s.indicator]


def _read(slide: _Slide, data_year: str | None) -> list[WresMetric]:
    """The figures of one slide, or none when it is not this shape."""
    for i, line in enumerate(slide.lines):
        got = _comparison(line)
        if got is None:
            continue
        time, before = got
        now: list[Part] = []
        for above in reversed(slide.lines[:i]):
            part = _figure(above)
            if part is None:
                break
            now.insert(0, part)
        if not now or [p.group for p in now] != [p.group for p in before]:
            return []
        words = " ".join(slide.lines[: i - len(now)])
        title = f"{slide.title} {words}"
        line_ = Line(slide.indicator, title, None, time, before, line, slide.page)
        then = line_period(line_, {})
        if then is None:
            return []
        following = fy(int(then[:4]) + 1)
        period = data_year if data_year and data_year > then else following
        out = [line_metric(line_, p, then) for p in before]
        out += [_now(m) for p in now if (m := line_metric(line_, p, period)) is not None]
        return [m for m in out if m is not None]
    return []


def _now(m: WresMetric) -> WresMetric:
    """This year's figure: its period its own label (no time is printed beside it)."""
    return replace(m, period_label=m.period)


def read_slides(doc: Extracted) -> tuple[list[WresMetric], set[str]]:
    """The figures of a slide deck (two slides or more), and the lines read."""
    data_year = stated_data_year(doc)
    read = [(s, _read(s, data_year)) for s in _slides(doc)]
    read = [(s, got) for s, got in read if got]
    if len(read) < 2:
        return [], set()
    metrics = [replace(m, source_table=SOURCE) for _s, got in read for m in got]
    claimed = {line for s, _got in read for line in s.lines}
    return one_value_per_key(metrics), claimed


__all__ = ["read_slides"]
