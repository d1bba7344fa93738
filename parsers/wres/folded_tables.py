"""A table folded into parts side by side to fit the page: its header repeats one
pattern of heads across the width, each part a table of its own.

    | Indicator | Group | 2023/24 | 2022/23 | Indicator | Group | 2023 survey | 2022 survey |
    | 1. Workforce | BME | 25.0% | 24.1%  | 5. Harassment … | BME | 30.2% | 31.0%      |

The structure read here: a header row (the first, or the one under title rows merged
over the parts: "Workforce and board | Staff survey") cut into k ≥ 2 parts of equal
width, each part opening with a label head (words, not a period nor a figure), the
parts' label heads the same words in the same places and their period heads in the
same places. Each part is written out as a table of its own (every row's part, a body
row blank in a part left out of it), printed one after the other, so every reader
reads each part as the table it is, under its own title. The time heads may differ
from part to part (the survey indicators under survey years): each part keeps its own,
a year a narrow PDF column broke ("2024/2 5") written whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Table
from parsers.wres.cell_figures import is_figure, parse_cell
from parsers.wres.cells import clean, parse_period
from parsers.wres.rewrite_items import expand_items

_HEADER_ROWS = 3  # the header is among the first rows: below them are body rows
_RE_BREAK = re.compile(r"(?<=[\d/])\s+(?=[\d/])")  # a space inside a year, "2024/2 5"


def unbroken_year(cell: str) -> str:
    """A header cell's year as printed before a narrow PDF column broke it ("2024/2 5"
    is "2024/25"); any other cell as it is."""
    text = clean(cell)
    joined = _RE_BREAK.sub("", text)
    if joined == text or parse_period(text) is not None or parse_period(joined) is None:
        return cell
    return joined


def _head_kind(cell: str) -> str:
    """'period', 'label' (words) or 'other' (blank, a figure) for one header cell."""
    text = clean(unbroken_year(cell))
    if not text:
        return "other"
    if parse_period(text) is not None:
        return "period"
    return "other" if is_figure(parse_cell(text)) else "label"


def _pattern(part: list[str]) -> tuple[str, ...]:
    """What a part of the header says apart from its times: each label head's words,
    each period head 'period'."""
    kinds = (_head_kind(c) for c in part)
    return tuple(
        clean(c).casefold() if k == "label" else k for c, k in zip(part, kinds, strict=True)
    )


def fold_width(head: list[str]) -> int | None:
    """The width of one part of a header that repeats its pattern side by side, the
    narrowest that does; None for a header that does not fold."""
    n = len(head)
    for width in range(2, n // 2 + 1):
        if n % width:
            continue
        parts = [head[i : i + width] for i in range(0, n, width)]
        first = _pattern(parts[0])
        if _head_kind(parts[0][0]) != "label" or "period" not in first:
            continue
        if all(_pattern(p) == first for p in parts[1:]):
            return width
    return None


def _part(table: Table, start: int, width: int, header: int) -> Table:
    """The columns start..start+width of a table, without the body rows blank there
    (`header` the header row's index: it and the rows above are kept)."""
    keep = [
        i
        for i, row in enumerate(table.rows)
        if i <= header or any(clean(c) for c in row[start : start + width])
    ]
    rows = [table.rows[i][start : start + width] for i in keep]
    rows[keep.index(header)] = [unbroken_year(c) for c in rows[keep.index(header)]]
    lines = None
    if table.cell_lines is not None and len(table.cell_lines) == len(table.rows):
        lines = [table.cell_lines[i][start : start + width] for i in keep]
    return replace(table, rows=rows, cell_lines=lines)


def unfold(table: Table) -> list[Table] | None:
    """A folded table's parts, each a table; None for a table that is not folded."""
    if len(table.rows) < 2 or len({len(r) for r in table.rows}) != 1:
        return None
    for header, head in enumerate(table.rows[: min(_HEADER_ROWS, len(table.rows) - 1)]):
        width = fold_width(head)
        if width is not None:
            starts = range(0, len(head), width)
            return [_part(table, start, width, header) for start in starts]
    return None


def unfold_tables(doc: Extracted) -> Extracted:
    """The document with each folded table printed as its parts, one after the other."""
    return expand_items(doc, lambda item: unfold(item) if isinstance(item, Table) else None)


__all__ = ["fold_width", "unbroken_year", "unfold", "unfold_tables"]
