"""Two figures stacked in one cell, told apart by a key above the table.

A compact table prints both groups' figures in one cell, one above the other, and
says once which is which:

    Key: in each cell the upper figure is for BME staff and the lower for White staff.

    Indicator            2022/23    2023/24
    1. Workforce share   25.2%      26.8%
                         71.9%      70.3%

Read alone, such a cell holds two figures and no group, so no reader keys it. A key
is a short paragraph naming two places of one pair (vocab.STACK_PLACES: upper /
lower, first / second ...), each beside one ethnic group: after it ("the upper
figure is BME") or before it ("BME above, White below"). `split_stacked` applies the
last key above a table (within its section: a heading, or a line printed larger than
the key, ends a key's reach) to every cell of the table holding exactly two figures,
one a line (or, where the extraction joined the lines, two figures alone side by
side): the cell's column becomes two columns, headed by the column's own heading and
the group, the upper figure under the key's first group. In such a column a cell
with one figure is not read (which group's it is is not said); with no key, a
two-figure cell is left as printed, and no reader keys it: never a guess.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Item, Table, TextBlock
from parsers.wres.cell_figures import parse_cell
from parsers.wres.cells import clean, ethnic_groups
from parsers.wres.vocab import STACK_PLACES

_MAX_KEY = 300  # a key is a line or two, not a paragraph of prose
_FIGURE_KINDS = {"pct", "num", "ratio"}


def _one_group(text: str) -> str | None:
    groups = ethnic_groups(text)
    return groups[0] if len(groups) == 1 else None


def _read_places(text: str, hits: list[re.Match], after: bool) -> dict[str, str]:
    """{place word: group} with each place's group read from the text after it (up
    to the next place) or before it (back to the previous place); places whose
    stretch names no single group are some other use of the word and left out."""
    out: dict[str, str] = {}
    for k, m in enumerate(hits):
        if after:
            end = hits[k + 1].start() if k + 1 < len(hits) else len(text)
            stretch = text[m.end() : end]
        else:
            stretch = text[hits[k - 1].end() if k else 0 : m.start()]
        group = _one_group(stretch)
        if group is not None:
            if m.group(0).lower() in out:
                return {}  # a place named twice: not a key
            out[m.group(0).lower()] = group
    return out


def stack_order(text: str) -> tuple[str, str] | None:
    """(upper group, lower group) a key paragraph gives stacked figures, or None."""
    t = clean(text)
    if len(t) > _MAX_KEY:
        return None
    for upper, lower in STACK_PLACES:
        hits = list(re.finditer(rf"\b(?:{upper}|{lower})\b", t, re.I))
        for after in (True, False):
            places = _read_places(t, hits, after)
            first, second = places.get(upper), places.get(lower)
            if first and second and first != second and len(places) == 2:
                return first, second
    return None


def two_figures(text: str) -> tuple[str, str] | None:
    """A cell's two stacked figures (upper, lower), or None when it holds any other
    number of figures or anything besides them."""
    lines = [ln.strip() for ln in (text or "").split("\n") if ln.strip()]
    parts = lines if len(lines) == 2 else (lines[0].split() if len(lines) == 1 else [])
    if len(parts) != 2:
        return None
    kinds = {parse_cell(p).kind for p in parts}
    if len(kinds) != 1 or not kinds <= _FIGURE_KINDS:
        return None
    return parts[0], parts[1]


def _holds_figure(text: str) -> bool:
    return parse_cell(text).kind in _FIGURE_KINDS or two_figures(text) is not None


def split_rows(rows: list[list[str]], order: tuple[str, str]) -> list[list[str]] | None:
    """The table with each column of stacked cells split in two by `order`; None when
    no cell holds two figures."""
    width = max((len(r) for r in rows), default=0)
    grid = [list(r) + [""] * (width - len(r)) for r in rows]
    stacked = {j for r in grid for j in range(1, width) if two_figures(r[j])}
    if not stacked:
        return None
    head = next((i for i, r in enumerate(grid) if any(_holds_figure(c) for c in r[1:])), 0)
    out: list[list[str]] = []
    for i, row in enumerate(grid):
        new = [row[0]]
        for j in range(1, width):
            cell = row[j]
            if j not in stacked:
                new.append(cell)
            elif i < head:
                new += [f"{cell} {g}".strip() for g in order]
            elif (pair := two_figures(cell)) is not None:
                new += list(pair)
            elif _holds_figure(cell):
                new += ["", ""]  # one figure where two are stacked: whose is not said
            else:
                new += [cell, cell]
        out.append(new)
    return out


def split_stacked(doc: Extracted) -> Extracted:
    """The document with its tables' stacked cells split by their key (module
    docstring); the document itself when there is none."""
    items: list[Item] = []
    order: tuple[str, str] | None = None
    key_size = 0.0  # the key's print size: a heading is printed larger
    found = False
    for item in doc.items:
        if isinstance(item, TextBlock):
            if item.style == "heading" or (order is not None and (item.size or 0) > key_size):
                order = None  # a key speaks for its own section's tables
            if (said := stack_order(item.text)) is not None:
                order, key_size = said, item.size or 0
        elif isinstance(item, Table) and order is not None:
            rows = split_rows(item.rows, order)
            if rows is not None:
                item = replace(item, rows=rows)
                found = True
        items.append(item)
    return replace(doc, items=items) if found else doc
