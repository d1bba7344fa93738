"""Charts printed as their titles and legends: a caption that names one indicator by
its words (and the chart's one time), then the chart's legend line of marked entries,
or a bar line a year drawn in text.

    Chart 4: Abuse from other colleagues (2024 staff survey)        <- indicator, time
    ■ Ethnic minority 24.2%   ■ White 18.0%   ■ Everyone 19.6%        <- legend
    Chart 7: Entering a formal disciplinary process – ratio, 2024/25
    2024/25  ▮▮▮▮▮▮▮  1.52                                            <- a bar line

The structure read here: a caption line ("Figure 9:", "Chart 4 -", parsers/wres/
narrative_charts.RE_CAPTION_LABEL) whose words name exactly one indicator (or give its
number, "Indicator 5 –", with words that agree) and state no figure, followed at once
by lines that are each a legend (every entry after a marker is a label and one figure)
or a bar line (parsers/wres/bar_lines.py). A legend's figures take the caption's one
time; a caption with no time, or with several, dates none of them (never guessed). A
bar line carries its own time, and is not read when the caption's time is another.
Only the two groups the WRES compares are keyed from a legend: an entry for everyone,
for staff whose ethnicity is not stated, or for a comparator is no indicator's figure.

What each figure measures follows from its indicator as year-first lines read it
(parsers/wres/year_lines.py): a ratio's group is the caption's numerator group, else
the WRES definition's; indicator 9 is the caption's board.
"""

from __future__ import annotations

import re

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.records import WresMetric
from parsers.wres.bar_lines import unbar
from parsers.wres.cells import clean, ethnic_groups
from parsers.wres.context import indicator_heading, label_key
from parsers.wres.line_parts import (
    Line,
    Part,
    figure_part,
    line_metric,
    line_period,
    value_parts,
    year_line,
)
from parsers.wres.narrative_charts import RE_CAPTION_LABEL
from parsers.wres.narrative_terms import _Time, _times
from parsers.wres.skipped import one_value_per_key
from parsers.wres.vocab import RATIO_MEASURE, indicators_named

SOURCE = "chart legends"
# the marks a legend sets before each series' entry (a coloured dot or square)
_MARKS = "●○■□◆◇▲△◼◻⬤"
_RE_ENTRY = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z ,'&/()-]{0,40}?)\s*:?\s*(?P<v>\d{1,3}(?:\.\d{1,3})?)\s*(?P<pct>%)?$"
)
_RE_FIGURE = re.compile(r"\d(?:\.\d+)?\s*%|\b\d\.\d{2}\b")
# the groups whose figures the WRES indicators compare
_KEYED = ("BME", "White")
# the time of a legend under a caption that dates nothing: its figures are not read
_UNDATED = _Time(0, 0, "", "rel", 0)


def _caption(text: str) -> tuple[int, str, _Time | None] | None:
    """(indicator, words, its one time or None) of a chart caption, or None."""
    t = clean(text)
    m = RE_CAPTION_LABEL.match(t)
    if m is None:
        return None
    words = t[m.end() :]
    if not words or _RE_FIGURE.search(words) or label_key(words).comparator:
        return None
    named = indicators_named(words)
    number = indicator_heading(words)
    if number is not None and (not named or number in named):
        ind = number
    elif number is None and len(named) == 1:
        ind = next(iter(named))
    else:
        return None
    times = [x for x in _times(words) if x.kind != "rel"]
    return ind, words, times[0] if len(times) == 1 else None


def _legend(text: str) -> list[Part] | None:
    """The keyed entries of a legend line (every entry after a mark is a label and a
    figure), or None when the line is not a legend."""
    t = clean(text)
    if not t or t[0] not in _MARKS:
        return None
    out = []
    for entry in (e.strip() for e in re.split(f"[{_MARKS}]", t)[1:]):
        m = _RE_ENTRY.match(entry)
        if m is None:
            return None
        label, v, pct = m.group("label").strip(), m.group("v"), bool(m.group("pct"))
        groups = [g for g in ethnic_groups(label) if g != "All"]
        if re.fullmatch(RATIO_MEASURE, label, re.I):
            out.append(figure_part(None, v, pct))
        elif len(groups) == 1 and groups[0] in _KEYED and not label_key(label).comparator:
            out.append(figure_part(groups[0], v, pct))
    return out


def _bar(text: str) -> tuple[_Time, list[Part]] | None:
    """(its time, its parts) of a bar line, or None."""
    flat = unbar(clean(text))
    got = year_line(flat) if flat else None
    parts = value_parts(got[1]) if got else None
    return (got[0], parts) if got and parts else None


def _chart_lines(doc: Extracted) -> list[tuple[Line, bool]]:
    """Every legend and bar line right after a chart caption, as a line of the caption's
    indicator (and whether its figures are dated)."""
    out: list[tuple[Line, bool]] = []
    chart: tuple[int, str, _Time | None] | None = None
    for item in doc.items:
        if isinstance(item, Table) or not isinstance(item, TextBlock):
            chart = None
            continue
        for raw in (item.text or "").split("\n"):
            caption = _caption(raw)
            if caption is not None:
                chart = caption
                continue
            if chart is None:
                continue
            ind, words, time = chart
            parts = _legend(raw)
            if parts is not None:
                out.append(
                    (
                        Line(
                            ind,
                            words,
                            None,
                            time or _UNDATED,
                            parts,
                            clean(raw),
                            item.page,
                        ),
                        time is not None,
                    )
                )
                continue
            bar = _bar(raw)
            if bar is None:
                chart = None  # the chart's lines have ended
                continue
            own = time is None or (bar[0].kind, bar[0].year) == (time.kind, time.year)
            out.append((Line(ind, words, None, bar[0], bar[1], clean(raw), item.page), own))
    return out


def read_chart_legends(doc: Extracted) -> tuple[list[WresMetric], set[str]]:
    """The figures of every captioned chart's legend and bar lines (see the module
    docstring), and the lines read (for the sentence reader to leave alone)."""
    metrics: list[WresMetric] = []
    claimed: set[str] = set()
    for line, dated in _chart_lines(doc):
        claimed.add(line.text)
        period = line_period(line, {}) if dated else None
        if period is None:
            continue
        read = (line_metric(line, part, period) for part in line.parts)
        metrics.extend(m for m in read if m is not None)
    for m in metrics:
        m.source_table = SOURCE
    return one_value_per_key(metrics), claimed


__all__ = ["read_chart_legends"]
