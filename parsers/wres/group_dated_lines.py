"""WRES figures printed as a line a group under each indicator's heading, the group
first, then each year with its figure:

    Indicator 6                                  <- indicator (a heading)
    Bullying from colleagues                     <- its description (optional)
    Minority ethnic staff: 2021/22 31.0%, 2020/21 29.5%
    White staff: 2021/22 24.2%, 2020/21 23.9%
    Indicator 3
    Likelihood ratio: 2021/22 1.40, 2020/21 1.52  <- the ratio, named as such

The structure read here: under a heading that heading_key reads as one indicator, a
line made of a label and a colon, the label one ethnic group (and no comparator) or
the ratio's name (vocab.RATIO_MEASURE), then parts split by commas or semicolons,
each a financial year followed by a figure and nothing else. A line of any other
shape is not read here; plain lines between the heading and the first such line are
its description, read with the heading for what it says of the figures (the board,
a ratio's numerator group). At least two such lines in the document are a list; one
alone is left to the sentence reader.

Each figure's period is the year printed before it; a year that is not a financial
year (a bare "2023", a survey year) is not settled here and is not read. What each
figure measures follows from its indicator as year-first lines read it
(parsers/wres/year_lines.py); indicator 9 with no board named is the definition's
board, its voting members.
"""

from __future__ import annotations

import re

from parsers.extract.model import Extracted, TextBlock
from parsers.records import WresMetric
from parsers.wres.cells import clean, fy
from parsers.wres.context import heading_key
from parsers.wres.line_parts import Line, Part, figure_part, label_group, line_metric, strip_bullet
from parsers.wres.narrative_terms import _board_group, _Time, _times
from parsers.wres.skipped import one_value_per_key
from parsers.wres.vocab import VOTING_BOARD

SOURCE = "group dated lines"
_RE_LINE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z '/&-]{0,40}?)\s*:\s*(?P<rest>.+?)\.?$")
_RE_FIGURE = re.compile(r"^\s*(?P<v>\d{1,3}(?:\.\d{1,3})?)\s*(?P<pct>%)?\s*$")


def _dated_parts(rest: str, group: str | None) -> list[tuple[_Time, Part]] | None:
    """(year, figure) of each part of the rest, or None when it is not only such parts."""
    out = []
    for piece in (p.strip() for p in re.split(r"[;,]\s+", rest)):
        times = _times(piece)
        if not times or times[0].start != 0 or times[0].kind != "fy":
            return None
        m = _RE_FIGURE.match(piece[times[0].end :])
        if m is None:
            return None
        out.append((times[0], figure_part(group, m.group("v"), bool(m.group("pct")))))
    return out or None


def dated_line(text: str) -> tuple[str | None, list[tuple[_Time, Part]]] | None:
    """(group, dated parts) of a line of this shape, or None."""
    m = _RE_LINE.match(strip_bullet(clean(text)))
    if m is None:
        return None
    ok, group = label_group(m.group("label"))
    if not ok:
        return None
    parts = _dated_parts(m.group("rest"), group)
    return None if parts is None else (group, parts)


def _lines(doc: Extracted) -> list[tuple[int, str, str | None, _Time, Part, str, int]]:
    """(indicator, title, staff group, year, part, line, page) of every dated part."""
    out = []
    ind: int | None = None
    title, sg, read_any = "", None, False
    for item in doc.items:
        if not isinstance(item, TextBlock) or not item.text:
            continue
        if item.style == "heading":
            head = heading_key(clean(item.text), styled=True)
            ind = head[1].indicator if head is not None and head[0] == 1 else None
            title, sg, read_any = clean(item.text), head[1].staff_group if head else None, False
            continue
        if ind is None:
            continue
        for raw in item.text.split("\n"):
            got = dated_line(raw)
            if got is None:
                if not read_any:  # the heading's description, before its figures
                    title = f"{title} {clean(raw)}"
                continue
            read_any = True
            for time, part in got[1]:
                out.append((ind, title, sg, time, part, clean(raw), item.page))
    return out


def read_group_dated_lines(doc: Extracted) -> tuple[list[WresMetric], set[str]]:
    """The figures of every such list (see the module docstring), and the lines read
    (for the sentence reader to leave alone)."""
    found = _lines(doc)
    if len({text for *_x, text, _p in found}) < 2:
        return [], set()
    metrics: list[WresMetric] = []
    for ind, title, sg, time, part, text, page in found:
        if ind == 9 and _board_group(title) is None:
            title = f"{title} {VOTING_BOARD}"
        line = Line(ind, title, sg, time, [part], text, page)
        m = line_metric(line, part, fy(time.year))
        if m is not None:
            m.source_table = SOURCE
            metrics.append(m)
    return one_value_per_key(metrics), {text for *_x, text, _p in found}


__all__ = ["dated_line", "read_group_dated_lines"]
