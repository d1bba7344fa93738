"""WRES figures printed as lines, each an indicator's short name with its number in
brackets, then each group's figure for the report's year and, after a word saying so,
the year before's:

    • Staff in post (1): BME 21.3%, was 20.4%; White 75.0%, was 76.1%
    • Shortlisted applicants appointed (2): relative likelihood 1.21, was 1.30
    • Voting members of the board (9): BME 12.5%, was 11.8%; White 87.5%, was 88.2%

The structure read here: a line (after a bullet) that is a label, the indicator's
number in brackets ("(4)", "(indicator 4)", "(WRES 4)") and a colon, then parts split by
semicolons, each "[group or the ratio's name] figure, <earlier> figure", where
<earlier> is a word saying the figure is the previous period's (vocab.PREVIOUS_VALUE:
"was", "previously"). The label's own words must name the bracketed indicator or none
(a number the words contradict is not read). At least two such lines are a list; one
alone is left to the sentence reader.

The first figure of a part is the report's one data year (its title's, parsers/wres/
data_year.py), the second the financial year before; a report that states no one data
year gives no figure (never guessed). What each figure measures follows from its
indicator as year-first lines read it (parsers/wres/year_lines.py): a ratio's group is
the label's numerator group, else the WRES definition's; indicator 9 with no board
named is the definition's board, its voting members.
"""

from __future__ import annotations

import re

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.records import WresMetric
from parsers.wres.cells import clean, fy
from parsers.wres.context import label_key
from parsers.wres.data_year import stated_data_year
from parsers.wres.line_parts import Line, Part, figure_part, label_group, line_metric, strip_bullet
from parsers.wres.narrative_terms import _board_group, _Time
from parsers.wres.skipped import one_value_per_key
from parsers.wres.vocab import PREVIOUS_VALUE, VOTING_BOARD, indicators_named

SOURCE = "previous value lines"
_RE_LINE = re.compile(
    r"^(?P<label>[^():;]{2,80}?)\s*\(\s*(?:(?:wres\s*)?(?:indicator|metric)\s*)?(?P<n>[1-9])\s*\)"
    r"\s*:\s*(?P<rest>.+?)\s*\.?$",
    re.I,
)
_FIGURE = r"(?P<{0}>\d{{1,3}}(?:\.\d{{1,3}})?)\s*(?P<{0}pct>%)?"
_RE_PART = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z '/&-]{0,40}?)?\s*:?\s*"
    + _FIGURE.format("now")
    + rf"\s*,?\s*(?:{PREVIOUS_VALUE})\s*:?\s*"
    + _FIGURE.format("then")
    + r"$",
    re.I,
)


def _parts(rest: str) -> list[tuple[Part, Part]] | None:
    """(this year's, the year before's) of each part, or None when the rest is not
    only such parts."""
    out = []
    for piece in (p.strip() for p in rest.split(";")):
        m = _RE_PART.match(piece)
        if m is None:
            return None
        ok, group = label_group((m.group("label") or "").strip())
        if not ok:
            return None
        pair = tuple(
            figure_part(group, m.group(k), bool(m.group(f"{k}pct"))) for k in ("now", "then")
        )
        out.append(pair)
    return out


def _agrees(label: str, ind: int) -> bool:
    """The label's words name the bracketed indicator, or no indicator at all."""
    named = indicators_named(label)
    return not named or ind in named


def _line_parts(text: str) -> tuple[int, str, list[tuple[Part, Part]]] | None:
    """(indicator, title, parts) of a line of this shape, or None."""
    m = _RE_LINE.match(strip_bullet(clean(text)))
    if m is None:
        return None
    label, ind = m.group("label").strip(), int(m.group("n"))
    if label_key(label).comparator or not _agrees(label, ind):
        return None
    parts = _parts(m.group("rest"))
    if not parts:
        return None
    if ind == 9 and _board_group(label) is None:
        label = f"{label} {VOTING_BOARD}"
    return ind, label, parts


def read_previous_value_lines(doc: Extracted) -> tuple[list[WresMetric], set[str]]:
    """The figures of every such list (see the module docstring), and the lines read
    (for the sentence reader to leave alone)."""
    found: list[tuple[int, str, list[tuple[Part, Part]], str, int]] = []
    for item in doc.items:
        if isinstance(item, Table) or not isinstance(item, TextBlock):
            continue
        for raw in (item.text or "").split("\n"):
            got = _line_parts(raw)
            if got is not None:
                found.append((*got, clean(raw), item.page))
    year = stated_data_year(doc)
    if len(found) < 2 or year is None:
        return [], set()
    start = int(year[:4])
    now = _Time(0, 0, year, "fy", start)
    then = _Time(0, 0, fy(start - 1), "fy", start - 1)
    metrics: list[WresMetric] = []
    for ind, title, parts, text, page in found:
        for time, k in ((now, 0), (then, 1)):
            line = Line(ind, title, None, time, [p[k] for p in parts], text, page)
            read = (line_metric(line, p[k], fy(time.year)) for p in parts)
            metrics.extend(m for m in read if m is not None)
    for m in metrics:
        m.source_table = SOURCE
    return one_value_per_key(metrics), {text for *_x, text, _p in found}


__all__ = ["read_previous_value_lines"]
