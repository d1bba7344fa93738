"""WRES figures printed as a list of self-contained lines, each naming its indicator
first and its time last, in brackets:

    • Metric 6: Ethnic minority 24.0%, White 19.5% (2021/22)     <- two figures
    • Metric 6: Ethnic minority 25.3%, White 20.1% (2020/21)
    • Metric 3: 1.31 (2021/22)                                   <- one ratio

The structure read here: a line (after a bullet) that is an indicator label and a
colon, then only values or "group value" parts split by commas or semicolons (as
year-first lines, parsers/wres/year_lines.py, read them), then one time in brackets
ending the line. The label must name one indicator and no comparator; a line of any
other shape (a sentence, a national comparison whose figures follow no label of
their own, a bracket holding words) is not read. At least two such lines are a list;
one alone is left to the sentence reader. Lists dated by the heading above them
instead ("Workforce record at 31 March 2024" over "Indicator 1: BME 15.2% · White
82.1%") are read by parsers/wres/dated_indicator_lines.py and returned with these.

Each figure's period is its line's bracket, read as year-first lines read their
leading time; what it measures follows from its indicator as there. A label naming
indicator 9 and no board is the WRES definition's board: its voting members.
"""

from __future__ import annotations

import re

from parsers.extract.model import Extracted, TextBlock
from parsers.records import WresMetric
from parsers.wres.cells import clean
from parsers.wres.context import indicator_heading, label_key
from parsers.wres.dated_indicator_lines import read_dated_indicator_lines
from parsers.wres.line_parts import Line, line_metric, line_period, strip_bullet, value_parts
from parsers.wres.narrative_terms import _board_group, _times
from parsers.wres.skipped import one_value_per_key
from parsers.wres.vocab import VOTING_BOARD

SOURCE = "indicator lines"
_RE_LINE = re.compile(r"^(?P<label>[^:()]{1,80}):\s*(?P<rest>.+?)\s*\((?P<time>[^()]+)\)\s*\.?$")


def _line(text: str, page: int) -> Line | None:
    """An indicator-first, time-last line, or None when the text is not one."""
    m = _RE_LINE.match(strip_bullet(clean(text)))
    if not m:
        return None
    label = m.group("label").strip()
    ind = indicator_heading(label)
    if ind is None or label_key(label).comparator:
        return None
    times = [x for x in _times(m.group("time")) if x.kind != "rel"]
    if len(times) != 1 or (times[0].start, times[0].end) != (0, len(m.group("time").strip())):
        return None
    parts = value_parts(m.group("rest"))
    if not parts:
        return None
    title = label
    if ind == 9 and _board_group(label) is None:
        title = f"{label} {VOTING_BOARD}"
    return Line(ind, title, None, times[0], parts, clean(text), page)


def read_indicator_lines(doc: Extracted) -> tuple[list[WresMetric], set[str]]:
    """The figures of a list of indicator-first lines, and the lines read."""
    lines: list[Line] = []
    for item in doc.items:
        if not isinstance(item, TextBlock) or item.style == "heading":
            continue
        for raw in (item.text or "").split("\n"):
            line = _line(raw, item.page)
            if line is not None:
                lines.append(line)
    # the same lines dated by the heading above the list instead of a bracket
    metrics, claimed = read_dated_indicator_lines(doc)
    if len(lines) < 2:
        return metrics, claimed
    for line in lines:
        period = line_period(line, {})
        if period is None:
            continue
        claimed.add(line.text)
        for part in line.parts:
            m = line_metric(line, part, period)
            if m is not None:
                m.source_table = SOURCE
                metrics.append(m)
    return one_value_per_key(metrics), claimed


__all__ = ["read_indicator_lines"]
