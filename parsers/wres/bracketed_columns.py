"""Table columns that carry two years in each cell, the earlier year's figure in
brackets after the later's, as the column's heading says:

    | Measure          | Minority ethnic 2021/22 (2020/21) | Likelihood 2021/22 (2020/21) |
    | Staff in post    | 12.4% (11.9%)              | n/a                          |
    | Formal processes | n/a                        | 1.40 (1.52)                  |

The structure read here: a header cell that is words and a time with a second time
in brackets after it ("<words> <time> (<time>)", each time one period, the two
different), over body cells each either a figure with a second figure in brackets
after it, or a cell with no figure at all (a dash, "n/a", blank). Each such column is
written out as two, "<words> <time>" over the figures outside the brackets and
"<words> <bracketed time>" over those inside; a no-figure cell goes to both. A
column with any other cell (a figure alone, whose year is not said) leaves the whole
table as it is, for the readers that know it by other signs. The table readers then
read the columns by their headings as any group-and-year column.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Table
from parsers.wres.cell_figures import is_figure, parse_cell
from parsers.wres.cells import clean, parse_period
from parsers.wres.rewrite_items import rewrite_items

_RE_BRACKETED = re.compile(r"^(?P<out>[^()]*?\S)\s*\((?P<in>[^()]+)\)$")


def _header_pair(cell: str) -> tuple[str, str] | None:
    """("<words> <time>", "<words> <bracketed time>") of a two-year header, or None."""
    m = _RE_BRACKETED.match(clean(cell))
    if m is None:
        return None
    outside, inside = m.group("out"), m.group("in").strip()
    p_out, p_in = parse_period(outside), parse_period(inside)
    if p_out is None or p_in is None or p_in.label != inside or p_out.period == p_in.period:
        return None
    words = outside[: outside.rfind(p_out.label)].strip() if p_out.label in outside else None
    if words is None:
        return None
    return outside, f"{words} {inside}".strip()


def _cell_pair(cell: str) -> tuple[str, str] | None:
    """(outside, inside) figures of a body cell, the no-figure cell twice, or None."""
    t = clean(cell)
    if not re.search(r"\d", t):
        return t, t
    m = _RE_BRACKETED.match(t)
    if m is None:
        return None
    a, b = m.group("out"), m.group("in").strip()
    if not (is_figure(parse_cell(a)) and is_figure(parse_cell(b))):
        return None
    return a, b


def _split(table: Table) -> Table | None:
    head = table.rows[0] if table.rows else []
    cols = {j: p for j, c in enumerate(head) if j and (p := _header_pair(c)) is not None}
    if not cols or len(table.rows) < 2:
        return None
    body: list[list[str]] = []
    for row in table.rows[1:]:
        new: list[str] = []
        for j, c in enumerate(row):
            if j not in cols:
                new.append(c)
                continue
            pair = _cell_pair(c)
            if pair is None:
                return None
            new.extend(pair)
        body.append(new)
    header: list[str] = []
    for j, c in enumerate(head):
        header.extend(cols.get(j, (c,)))
    return replace(table, rows=[header, *body], cell_lines=None)


def split_bracketed_columns(doc: Extracted) -> Extracted:
    """The document with each two-year bracketed column written out as two."""
    return rewrite_items(doc, lambda t: _split(t) if isinstance(t, Table) else None)


__all__ = ["split_bracketed_columns"]
