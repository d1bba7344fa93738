"""WRES figures printed as a chart's data in text: under the chart's title, a line a
series, the series' name first and then each period's value.

    Figure 3: Indicator 6 – Bullying from colleagues          <- indicator
    Data: White; 2022: 21.0%; 2023: 20.1%; 2024: 19.4%         <- a group's series
    Data: BME; 2022: 27.9%; 2023: 26.2%; 2024: 25.0%
    Data: All trusts; 2022: 24.3%; ...                         <- a comparator: not read

The structure read here: a line of at least three parts split by semicolons, the
first naming the series (after a run-in label and colon, or alone), each of the
others a time, a colon and one value (as a year-first line prints it,
parsers/wres/year_lines.py). The indicator is the title above: an indicator heading,
or a numbered caption ("Chart 2:", "Figure 3 –") whose rest is one. The title holds
until the next heading.

The series' name is its group: one ethnic group, or for a relative likelihood (2-4,
a bare ratio) a name naming none, the numerator group of the title (the WRES
definition's when it does not say). A comparator's series (national, an average, a
benchmark) is not the trust's and is never read; a name naming two groups or any
other population is not settled and is left alone. Each part's time is its period
as `context.settle` reads a heading's time (a bare survey year is not settled).
"""

from __future__ import annotations

import re

from parsers.extract.model import Extracted, TextBlock
from parsers.records import WresMetric
from parsers.wres.cells import clean, ethnic_groups
from parsers.wres.context import heading_key, label_key, settle
from parsers.wres.line_parts import Line, line_metric, value_parts, year_line
from parsers.wres.skipped import one_value_per_key

SOURCE = "series lines"
# a numbered caption before a chart's title: "Chart 2:", "Figure 3a –", "Graph B1."
_RE_CAPTION_NO = re.compile(r"^[A-Za-z]+\s+[A-Z]?\d{1,2}[a-z]?\s*[:.\-–—]\s+")


def chart_indicator(text: str) -> tuple[int, str] | None:
    """(indicator, title) of a chart's title line: an indicator heading, alone or
    after a numbered caption; None for any other line."""
    t = clean(text)
    if len(t) > 160:
        return None
    for candidate in (t, _RE_CAPTION_NO.sub("", t, count=1)):
        head = heading_key(candidate)
        if head is not None and head[0] == 1 and head[1].indicator is not None:
            return head[1].indicator, candidate
    return None


def _series_name(first: str) -> str:
    """The series' name: the first part after its run-in label ("Series: White")."""
    return first.rsplit(":", 1)[-1].strip()


def _series_group(name: str, indicator: int) -> tuple[bool, str | None]:
    """(whether the series is read, its group): a comparator's is not; a group's
    figure needs one group named, a relative likelihood none (its numerator is the
    title's, as a year-first line's is)."""
    if label_key(name).comparator:
        return False, None
    groups = {g for g in ethnic_groups(name) if g != "All"}
    if indicator in (2, 3, 4):
        return not groups, None
    return len(groups) == 1, (groups.pop() if len(groups) == 1 else None)


def _line_metrics(text: str, indicator: int, title: str, page: int) -> list[WresMetric] | None:
    """The figures of one series line, or None when the line is not one."""
    parts = [p.strip() for p in text.rstrip(".").split(";")]
    if len(parts) < 3 or year_line(parts[0]) is not None:
        return None
    points = [year_line(p) for p in parts[1:]]
    if any(p is None for p in points):
        return None
    read, group = _series_group(_series_name(parts[0]), indicator)
    head = heading_key(title)
    staff_group = head[1].staff_group if head is not None else None
    out: list[WresMetric] = []
    for time, rest in (p for p in points if p is not None):
        values = value_parts(rest)
        if values is None or len(values) != 1 or values[0].group is not None:
            return None  # not one bare value a period: another kind of line
        period = settle(time, indicator)
        if not read or period is None:
            continue
        values[0].group = group
        # measured as a year-first line's figure is (its indicator, title and unit)
        line = Line(indicator, title, staff_group, time, values, text, page)
        m = line_metric(line, values[0], period)
        if m is not None:
            m.source_table = SOURCE
            out.append(m)
    return out


def read_series_lines(doc: Extracted) -> tuple[list[WresMetric], set[str]]:
    """The figures of chart data printed as series lines under an indicator's chart
    title, and the lines read (for the sentence reader to leave alone)."""
    metrics: list[WresMetric] = []
    claimed: set[str] = set()
    chart: tuple[int, str] | None = None
    for item in doc.items:
        if not isinstance(item, TextBlock):
            continue
        for raw in (item.text or "").split("\n"):
            text = clean(raw)
            if not text:
                continue
            titled = chart_indicator(text)
            if titled is not None:
                chart = titled
                continue
            if item.style == "heading":
                chart = None  # another section: its lines are no chart's
                continue
            got = _line_metrics(text, *chart, item.page) if chart is not None else None
            if got is not None:
                claimed.add(text)
                metrics.extend(got)
    return one_value_per_key(metrics), claimed
