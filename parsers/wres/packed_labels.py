"""Tables of one figure a row whose label cell packs the whole key, its parts split by
dashes:

    | Item                                       | Result |
    | Metric 6 - Minority ethnic - 2021/22       | 31.0%  |
    | Metric 3 - likelihood ratio (BME to White) - 2021/22 | 1.40 |

The structure read here: a table of two columns, a header row then at least two rows,
every row's first cell three parts split by a spaced dash (or a bar): one the
indicator word with its number alone, one a time (a financial year or a dated
snapshot), and the third what the figure is of, an ethnic group or the ratio's name
with the pair it compares in brackets. Such a table is written out as the one-figure-
a-row table a data file prints (parsers/wres/long_rows.py: indicator, ethnic group,
year, the value column under its own header), which reads it by the WRES definitions
and settles nothing it cannot. Any table with a row of any other shape is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Table
from parsers.wres.cells import clean, parse_period
from parsers.wres.rewrite_items import rewrite_items
from parsers.wres.vocab import RATIO_MEASURE

_RE_SPLIT = re.compile(r"\s+[-–—|]\s+")
_RE_INDICATOR = re.compile(r"^(?:wres\s+)?(?:indicator|metric)\s*(?P<n>[1-9])$", re.I)
# the ratio's name with the pair it compares in brackets: "likelihood (White to BME)"
_RE_RATIO_PAIR = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<pair>[^()]+)\)$")
_LONG_HEADER = ["Indicator", "Ethnic group", "Year"]


def _group_cell(part: str) -> str:
    """The group cell of a part: the part, or a ratio's bracketed pair."""
    m = _RE_RATIO_PAIR.match(part)
    if m and re.fullmatch(RATIO_MEASURE, m.group("name").strip(), re.I):
        return m.group("pair")
    return "" if re.fullmatch(RATIO_MEASURE, part.strip(), re.I) else part


def unpack_label(label: str) -> list[str] | None:
    """[indicator number, group cell, time] of a packed label, or None."""
    parts = _RE_SPLIT.split(clean(label))
    if len(parts) != 3:
        return None
    inds = [m for p in parts if (m := _RE_INDICATOR.match(p))]
    times = [p for p in parts if parse_period(p) is not None and _RE_INDICATOR.match(p) is None]
    if len(inds) != 1 or len(times) != 1:
        return None
    (rest,) = [p for p in parts if p != times[0] and not _RE_INDICATOR.match(p)]
    return [inds[0].group("n"), _group_cell(rest), times[0]]


def _unpacked(table: Table) -> Table | None:
    rows = table.rows
    if len(rows) < 3 or any(len(r) != 2 for r in rows):
        return None
    body = [unpack_label(r[0]) for r in rows[1:]]
    if any(b is None for b in body):
        return None
    out = [[*_LONG_HEADER, rows[0][1]]]
    out += [[*b, r[1]] for b, r in zip(body, rows[1:], strict=True) if b is not None]
    return replace(table, rows=out, cell_lines=None)


def unpack_labels(doc: Extracted) -> Extracted:
    """The document with each packed-label table written out a cell a key part."""
    return rewrite_items(doc, lambda t: _unpacked(t) if isinstance(t, Table) else None)


__all__ = ["unpack_label", "unpack_labels"]
