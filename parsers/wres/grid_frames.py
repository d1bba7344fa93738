"""A table's shape for the grid keyer (parsers/wres/grid_keys.py): which rows are its
head and which columns its row labels, and for each figure the labels that frame it.

The head is the rows above the first row holding a figure; the label columns the
leading columns holding none (a first column numbering the rows "1", "2" beside words
is a label column too). A head row of one text merged across the table is a banner, the
table's caption printed inside it. A head cell merged over several columns speaks for
each of them (its text is carried right over the empty cells, except in the last head
row); an outer row label merged down several rows speaks for each of them. A row of
the body with no figure is a sub-heading for the rows below it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from parsers.wres.cell_figures import Cell, parse_cell
from parsers.wres.cells import clean

FIGURE_KINDS = ("pct", "num", "ratio", "redacted")


@dataclass(frozen=True)
class Frame:
    """The texts that speak for one figure, nearest first."""

    row: tuple[str, ...]
    column: tuple[str, ...]
    section: str | None
    row_heads: tuple[str, ...] = ()  # the label columns' heads: what the row labels are


@dataclass
class Grid:
    """A table's cells with its head rows, label columns and banners."""

    rows: list[list[str]]
    cells: list[list[Cell]]
    head_rows: int
    label_cols: int
    heads: list[list[str]]
    banners: list[str]

    @property
    def row_heads(self) -> tuple[str, ...]:
        """The label columns' heads: what the row labels are ("Survey year", "Directorate")."""
        return tuple(h[c] for h in self.heads for c in range(self.label_cols) if h[c])

    def body_labels(self) -> list[list[str]]:
        return [row[: self.label_cols] for row in self.rows[self.head_rows :]]


def grid_of(rows: list[list[str]]) -> Grid | None:
    """The table's shape; None when it has no head, no label or no figure to frame."""
    grid = _square(rows)
    if len(grid) < 2 or len(grid[0]) < 2:
        return None
    cells = [[parse_cell(c) for c in row] for row in grid]
    head_rows = _head_rows(cells)
    label_cols = _label_columns(cells, head_rows)
    if head_rows >= len(grid) or label_cols >= len(grid[0]):
        return None
    banners = [b for b in map(_banner, grid[:head_rows]) if b]
    heads = _filled_heads([r for r in grid[:head_rows] if not _banner(r)], label_cols)
    return Grid(grid, cells, head_rows, label_cols, heads, banners)


def figure_rows(grid: Grid) -> Iterator[tuple[int, list[str], list[tuple[Cell, Frame]]]]:
    """Each body row holding figures: (row index, its labels, each figure with its frame)."""
    section: str | None = None
    above = [""] * grid.label_cols
    row_heads = grid.row_heads
    for r in range(grid.head_rows, len(grid.rows)):
        row, cells = grid.rows[r], grid.cells[r]
        figures = [c for c in range(grid.label_cols, len(row)) if cells[c].kind in FIGURE_KINDS]
        if not figures:
            text = " ".join(dict.fromkeys(clean(c) for c in row if clean(c)))
            section = text or section
            above = [""] * grid.label_cols
            continue
        above = _row_labels(row[: grid.label_cols], above)
        labels = [x for x in above if x]
        framed = [
            (
                cells[c],
                Frame(tuple(labels), tuple(h[c] for h in grid.heads if h[c]), section, row_heads),
            )
            for c in figures
        ]
        yield r, labels, framed


def _square(rows: list[list[str]]) -> list[list[str]]:
    width = max((len(r) for r in rows), default=0)
    return [[clean(c) for c in r] + [""] * (width - len(r)) for r in rows]


def _head_rows(cells: list[list[Cell]]) -> int:
    """The rows above the first one holding a figure beside its label."""
    for r, row in enumerate(cells):
        if any(c.kind in FIGURE_KINDS for c in row[1:]):
            return r
    return len(cells)


def _label_columns(cells: list[list[Cell]], head_rows: int) -> int:
    """The leading columns holding no figure in the body (a first column numbering the
    rows 1, 2, 3 beside a column of words is a label column too)."""
    body = cells[head_rows:]
    width = len(cells[0])
    n = 0
    while n < width and not any(row[n].kind in FIGURE_KINDS for row in body):
        n += 1
    if n == 0 and width > 2 and _numbering(body):
        n = 1
        while n < width and not any(row[n].kind in FIGURE_KINDS for row in body):
            n += 1
    return n


def _numbering(body: list[list[Cell]]) -> bool:
    """The first column numbers the rows (1, 2, 3) or the groups of rows under each
    number (the national template: "1" on the first of indicator 1's rows, the rows
    below it blank), beside a column of words."""
    values = [row[0].value for row in body if row[0].kind == "num"]
    return (
        len(values) >= 1
        and all(v is not None and v == int(v) and 1 <= v <= 9 for v in values)
        and all(a < b for a, b in pairwise(values))
        and all(row[0].kind in ("num", "empty") for row in body)
        and all(row[1].kind in ("text", "empty") for row in body)
    )


def _filled_heads(heads: list[list[str]], first: int) -> list[list[str]]:
    """Each head row with a merged cell's text carried over the empty cells to its right
    (a year over its BME and White columns); the last head row is never carried."""
    out = []
    for i, row in enumerate(heads):
        filled = list(row)
        if i < len(heads) - 1:
            for c in range(first + 1, len(filled)):
                if not filled[c]:
                    filled[c] = filled[c - 1]
        out.append(filled)
    return out


def _row_labels(labels: list[str], above: list[str]) -> list[str]:
    """A row's label cells; an empty outer label is the one above it (a merged cell
    down several rows), the innermost never."""
    out = list(labels)
    for c in range(len(out) - 1):
        if not out[c] and above[c]:
            out[c] = above[c]
    return out


def _banner(row: list[str]) -> str | None:
    """A head row of one text merged across the table (a caption printed inside it):
    the text once in its first cell, or repeated in every cell."""
    texts = [c for c in row if c]
    one = set(texts)
    if len(one) == 1 and ((len(texts) == 1 and row[0]) or len(texts) == len(row)):
        return texts[0]
    return None


__all__ = ["FIGURE_KINDS", "Frame", "Grid", "figure_rows", "grid_of"]
