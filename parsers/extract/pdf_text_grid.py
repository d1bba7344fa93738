"""A borderless grid of three or more columns of text, side by side: dashboard cards
set three to a row of a layout table, a newsletter's columns. pdfplumber reads such
a page line by line across every column, so each line mixes the columns' text.

Here a run of lines that all keep clear of two or more vertical gutters (no word
crosses them), every line holding text in at least two of the columns, is rebuilt as
a table: a column a cell, each cell its column's lines in order, one per line; rows
are cut where every column leaves a gap wider than the line spacing (a grid whose
cells are set at the line pitch is one row, each cell the column's text).

Not a two-column layout (a request beside its answer: pdf_margin; a two-column page
of prose: pdf_columns), nor a table of figures (pdf_layout_tables, which runs first).
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter

from parsers.extract.pdf_layout_lines import Word
from parsers.extract.pdf_layout_tables import LayoutTable
from parsers.extract.pdf_margin import GUTTER, _lines

MIN_LINES = 4  # a run shorter than this is no grid
MIN_GUTTERS = 2  # three columns at least


def _column_starts(lines: list[list[Word]]) -> list[float]:
    """x positions where many lines start a word after a wide gap: the columns' left
    edges, beyond the first."""
    starts: Counter[int] = Counter()
    for line in lines:
        ws = sorted(line, key=lambda w: w.x0)
        for prev, w in itertools.pairwise(ws):
            if w.x0 - prev.x1 >= 2 * GUTTER:
                starts[round(w.x0)] += 1
    merged: list[float] = []
    for x in sorted(x for x, n in starts.items() if n >= MIN_LINES):
        if not merged or x - merged[-1] > 3:  # one edge, rounded two ways
            merged.append(float(x))
    return merged


def _column_of(w: Word, starts: list[float]) -> int:
    return sum(1 for s in starts if w.x0 >= s - 1)


def _clear(line: list[Word], starts: list[float]) -> bool:
    """No word of the line crosses a gutter, and the line has text in two columns."""
    if any(w.x0 < s - 1 and w.x1 > s - GUTTER for w in line for s in starts):
        return False
    return len({_column_of(w, starts) for w in line}) >= 2


def _table(run: list[list[Word]], starts: list[float]) -> LayoutTable | None:
    cols = len(starts) + 1
    if len(run) < MIN_LINES:
        return None
    filled = [
        sum(1 for line in run if any(_column_of(w, starts) == c for w in line)) for c in range(cols)
    ]
    if min(filled) < len(run) / 2:
        return None  # a column with little text: not a grid of equals
    height = statistics.median(max(w.bottom for w in ln) - min(w.top for w in ln) for ln in run)
    rows: list[list[list[str]]] = []
    last_bottom: float | None = None
    for line in run:
        top = min(w.top for w in line)
        if last_bottom is None or top - last_bottom > 0.8 * height:
            rows.append([[] for _ in range(cols)])
        last_bottom = max(w.bottom for w in line)
        for c in range(cols):
            ws = sorted((w for w in line if _column_of(w, starts) == c), key=lambda w: w.x0)
            if ws:
                rows[-1][c].append(" ".join(w.text for w in ws))
    x0 = min(w.x0 for ln in run for w in ln)
    x1 = max(w.x1 for ln in run for w in ln)
    top, bottom = min(w.top for w in run[0]), max(w.bottom for w in run[-1])
    return LayoutTable(rows=[["\n".join(c) for c in r] for r in rows], bbox=(x0, top, x1, bottom))


def find_text_grids(words: list[Word]) -> list[LayoutTable]:
    """Borderless grids of three or more columns of text among a page's loose words."""
    lines = _lines(words)
    starts = _column_starts(lines)
    if len(starts) < MIN_GUTTERS:
        return []
    tables: list[LayoutTable] = []
    run: list[list[Word]] = []
    for line in [*lines, None]:
        if line is not None and _clear(line, starts):
            run.append(line)
            continue
        table = _table(run, starts)
        if table is not None:
            tables.append(table)
        run = []
    return tables
