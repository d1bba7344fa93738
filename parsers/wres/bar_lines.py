"""A bar chart drawn in text: a line per year (and group), a run of bar glyphs whose
length draws the figure printed at its end.

    Figure 2. Indicator 5 – Harassment from patients     <- the chart's indicator
    2022/23  BME    ████████ 32.4%                         <- time, group, bar, value
    2023/24  White  ███████ 26.5%
    2023/24  ████████████ 1.38                             <- time, bar, value

The bar is decoration: it repeats the figure at its end, so it is dropped and the
line is read as the year-first line it then is ("2022/23: BME 32.4%", parsers/wres/
year_lines.py), under the indicator its caption names (a "Figure 2." label before
the caption's "Indicator 5" is the chart's number, not the indicator's). A line with
no bar, or with more than one run of bars, or whose bar is not followed by a value
alone, is not a bar line.
"""

from __future__ import annotations

import re

from parsers.wres.narrative_charts import RE_CAPTION_LABEL
from parsers.wres.narrative_terms import _times

# the glyphs a text bar is drawn with: the Unicode block elements (full, shaded and
# partial blocks), black squares and rectangles
BAR_GLYPHS = "\u2580-\u259f\u25a0\u25ac\u25ae"
_RE_BAR_LINE = re.compile(
    rf"^(?P<lead>[^{BAR_GLYPHS}]*?\S)\s*[{BAR_GLYPHS}]+\s*(?P<value>[^{BAR_GLYPHS}\s]+)$"
)


def unbar(text: str) -> str | None:
    """The year-first line a bar line says ("2023/24  BME  ████ 30.8%" ->
    "2023/24: BME 30.8%"), or None when the line is not a bar led by a time."""
    m = _RE_BAR_LINE.match(text.strip())
    if m is None:
        return None
    lead = m.group("lead")
    times = [t for t in _times(lead) if t.kind != "rel"]
    if not times or times[0].start != 0:
        return None
    label = lead[times[0].end :].strip(" :")
    return f"{lead[: times[0].end]}: {label + ' ' if label else ''}{m.group('value')}"


def caption_words(text: str) -> str:
    """A chart caption's words without its "Figure 2." label."""
    return RE_CAPTION_LABEL.sub("", text, count=1)
