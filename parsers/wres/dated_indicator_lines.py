"""WRES figures printed as a list of indicator-first lines under a dated heading: the
heading dates the list, each line names its indicator and gives its figures.

    Workforce record at 31 March 2024                      <- the time of the list
    • Indicator 1: BME 15.2% · White 82.1%                 <- two figures
    • Indicator 2: relative likelihood 1.52                <- one ratio, its measure named
    2023 NHS Staff Survey                                  <- another time
    • Indicator 5: BME 30.8% · White 25.4% · comparator 27.9%

A report may group its figures by where they come from (the workforce record at a
snapshot date, a staff survey) rather than by a year label: each source's heading is
the time of the lines below it. The structure read here: a heading that dates what is
under it (parsers/wres/context.py: a financial year, a 31 March snapshot, a named staff
survey) and names no staff group, band or ethnic group, then at least two lines that each start (after a
bullet) with a label naming one indicator and a colon, the rest only parts split by
middle dots, bars, commas or semicolons. A part is a value after an ethnic group
("BME 15.2%"), a ratio after the measure's name or alone ("relative likelihood 1.52"),
or a comparator's value ("comparator 27.9%", "national 26.1%"), which is not the
trust's and is left out. A line naming a time of its own is dated by it, not here
(parsers/wres/indicator_lines.py reads "(2023/24)" at a line's end); a line of any
other shape is not read, and a line shaped as a heading ("BME staff") ends the list
(what it says, a group here, is not read here).

The heading's time dates a line as it dates a figure under it anywhere
(`Context.period_for`): a snapshot or financial year any indicator, a staff survey's
year the survey indicators (5-8) only; a line it does not date is not read. What each
figure measures follows from its indicator as in year-first lines
(parsers/wres/year_lines.py); a label naming indicator 9 and no board is the WRES
definition's board, its voting members.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.records import WresMetric
from parsers.wres.cells import clean
from parsers.wres.context import heading_key, indicator_heading, label_key, settle
from parsers.wres.line_parts import RE_PART, Line, line_metric, strip_bullet, value_parts
from parsers.wres.narrative_terms import _board_group, _Time, _times
from parsers.wres.skipped import one_value_per_key
from parsers.wres.vocab import RATIO_MEASURE, SURVEY_INDICATORS, VOTING_BOARD

SOURCE = "dated indicator lines"
_RE_LINE = re.compile(r"^(?P<label>[^:()\d]*\d[^:()]{0,76}):\s*(?P<rest>\S.*)$")
_RE_SPLIT = re.compile(r"\s+[·•|]\s+|[;,]\s+")
_RE_RATIO_MEASURE = re.compile(RATIO_MEASURE, re.I)


def _trust_parts(rest: str) -> str | None:
    """The rest of a line with comparators' parts left out and a ratio's measure name
    dropped, as year-first lines' parts ("BME 15.2%; White 82.1%"); None when a part
    is not a value after a label."""
    kept: list[str] = []
    for piece in _RE_SPLIT.split(rest.strip().rstrip(".")):
        m = RE_PART.match(piece.strip())
        if not m:
            return None
        label = (m.group("label") or "").strip()
        if label and label_key(label).comparator:
            continue  # a comparator's figure: not the trust's
        if label and _RE_RATIO_MEASURE.match(label):
            piece = piece.strip()[len(label) :]  # "relative likelihood 1.52": the ratio
        kept.append(piece.strip())
    return "; ".join(kept) if kept else None


def _line(text: str, time: _Time, page: int) -> Line | None:
    """An indicator-first line dated by the heading's `time`, or None."""
    raw = strip_bullet(clean(text))
    m = _RE_LINE.match(raw)
    if not m:
        return None
    label, rest = m.group("label").strip(), m.group("rest")
    ind = indicator_heading(label)
    key = label_key(label)
    if ind is None or key.comparator or key.band is not None or _times(rest):
        return None  # no one indicator, a comparator's, one band's, or its own time
    parts = _trust_parts(rest)
    parts_read = value_parts(parts) if parts else None
    if not parts_read:
        return None
    title = label
    if ind == 9 and _board_group(label) is None:
        title = f"{label} {VOTING_BOARD}"
    return Line(ind, title, key.staff_group, time, parts_read, clean(text), page)


def _heading_time(text: str) -> _Time | None:
    """The time a heading dates the lines below with: a dated heading naming no staff
    group, band or ethnic group (an indicator its words name, as "Workforce record at
    31 March 2024" names 1, is overruled by each line's own); None for any other."""
    head = heading_key(text, styled=True)
    if head is None:
        return None
    key = head[1]
    if key.staff_group is not None or key.band is not None or key.ethnic_group is not None:
        return None
    return key.time


def _dated_lines(doc: Extracted) -> Iterator[list[Line]]:
    """The runs of indicator-first lines under each dated heading."""
    time: _Time | None = None
    run: list[Line] = []
    for item in doc.items:
        if isinstance(item, Table) or (isinstance(item, TextBlock) and item.style == "heading"):
            yield run
            run = []
            time = _heading_time(item.text or "") if isinstance(item, TextBlock) else None
            continue
        if not isinstance(item, TextBlock):
            continue
        for raw in (item.text or "").split("\n"):
            line = _line(raw, time, item.page) if clean(raw) and time is not None else None
            if line is not None:
                run.append(line)
            elif clean(raw) and heading_key(raw) is not None:
                # a heading by its shape, not its style ("Staff survey 2023", "BME
                # staff" in bold): it dates the lines below, or names what is not
                # read here, so they are not this list's
                yield run
                run = []
                time = _heading_time(raw)
    yield run


def _period(line: Line) -> str | None:
    """The financial year the heading's time gives the line's indicator, or None (a
    staff survey's year dates the survey indicators only)."""
    if line.time.kind == "survey" and line.indicator not in SURVEY_INDICATORS:
        return None
    return settle(line.time, line.indicator)


def read_dated_indicator_lines(doc: Extracted) -> tuple[list[WresMetric], set[str]]:
    """The figures of lists of indicator-first lines under dated headings (two lines
    or more under one heading), and the lines read."""
    metrics: list[WresMetric] = []
    claimed: set[str] = set()
    for run in _dated_lines(doc):
        if len(run) < 2:
            continue
        for line in run:
            period = _period(line)
            read = [line_metric(line, part, period) for part in line.parts] if period else []
            kept = [m for m in read if m is not None]
            if not kept or len(kept) < len(read):
                continue  # a part whose key the line does not settle: left to the others
            claimed.add(line.text)
            for m in kept:
                m.source_table = SOURCE
            metrics.extend(kept)
    return one_value_per_key(metrics), claimed


__all__ = ["read_dated_indicator_lines"]
