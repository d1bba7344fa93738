"""WRES figures run together in one paragraph a year, every indicator in turn, under a
short line that names the year:

    Figures for 2021/22                                    <- the year (a line of its own)
    Indicator 1 - BME 12.0%, White 85.0%; Indicator 2 - 1.30; ...; Indicator 9 - BME 9.1%.

The structure read here: a paragraph made wholly of segments split by semicolons, each
the indicator word and its number, a dash or colon, then the figures as year-first
lines print them after their year (parsers/wres/year_lines.py: one bare value, or
"group value" pairs split by commas), and nothing else; at least two segments. Its
period is the one financial year named by the short line just above it (a line that
names one time and is not a sentence); a paragraph with no such line above it, or a
year that is not a financial year, is not read (never guessed).

What each figure measures follows from its indicator as year-first lines read it: a
ratio's group is the WRES definition's numerator group, indicator 9's board the
definition's, its voting members.
"""

from __future__ import annotations

import re

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.records import WresMetric
from parsers.wres.cells import clean, fy
from parsers.wres.context import is_dated_heading
from parsers.wres.line_parts import Line, Part, line_metric, value_parts
from parsers.wres.narrative_terms import _Time, _times
from parsers.wres.skipped import one_value_per_key
from parsers.wres.vocab import VOTING_BOARD

SOURCE = "indicator runs"
_RE_SEGMENT = re.compile(
    r"^(?:wres\s+)?(?:indicator|metric)\s*(?P<n>[1-9])\s*[-–—:]\s*(?P<rest>.+)$", re.I
)
_MAX_YEAR_LINE = 40  # a line naming the year, not a sentence


def run_segments(text: str) -> list[tuple[int, list[Part]]] | None:
    """(indicator, parts) of each segment of a paragraph of this shape, or None."""
    t = re.sub(r"\s+", " ", clean(text)).rstrip(".")
    out = []
    for piece in (p.strip() for p in t.split(";")):
        m = _RE_SEGMENT.match(piece)
        if m is None:
            return None
        parts = value_parts(m.group("rest"))
        if parts is None:
            return None
        out.append((int(m.group("n")), parts))
    return out if len(out) >= 2 else None


def year_line(text: str) -> _Time | None:
    """The one financial year a short line names, or None."""
    t = clean(text)
    if len(t) > _MAX_YEAR_LINE or t.endswith("."):
        return None
    times = [x for x in _times(t) if x.kind != "rel"]
    if len(times) != 1 or times[0].kind != "fy" or not is_dated_heading(t, times[0]):
        return None
    return times[0]


def read_indicator_runs(doc: Extracted) -> tuple[list[WresMetric], set[str]]:
    """The figures of every such paragraph, and the paragraphs read (for the sentence
    reader to leave alone)."""
    metrics: list[WresMetric] = []
    claimed: set[str] = set()
    time: _Time | None = None
    for item in doc.items:
        if isinstance(item, Table) or not isinstance(item, TextBlock) or not item.text:
            time = None
            continue
        segments = run_segments(item.text) if time is not None else None
        if segments is None or time is None:
            time = year_line(item.text)
            continue
        text = clean(item.text)
        for ind, parts in segments:
            title = VOTING_BOARD if ind == 9 else ""
            line = Line(ind, title, None, time, parts, text, item.page)
            got = (line_metric(line, p, fy(time.year)) for p in parts)
            metrics.extend(m for m in got if m is not None)
        claimed.add(text)
        time = None
    for m in metrics:
        m.source_table = SOURCE
    return one_value_per_key(metrics), claimed


__all__ = ["read_indicator_runs", "run_segments", "year_line"]
