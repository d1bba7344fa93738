"""A borderless two-column layout of text: a narrow left column (a request, a
heading) with the text that belongs to it on the right (its answer), row by row,
no rules drawn, rebuilt as a table from where the words stand.

pdfplumber reads such a page line by line across both columns, so a request's
wrapped lines interleave with its answer's. Here a run of lines that all keep clear
of one vertical gutter, with a narrow left column of words and a right column whose
lines start at one edge, is cut into rows: the left column's paragraphs and the
right column's (split at vertical gaps wider than the line spacing), a row being
each set of paragraphs that stand beside one another (a cell may be centred
against its neighbour, so rows are joined by overlap, not by first line).

Not a two-column page of prose (parsers.extract.pdf_columns: the columns of equal
width), nor a table of figures (pdf_layout_tables, which runs first), nor numbers
hung in a margin (the left column must hold words: at least two lines of three).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

from parsers.extract.pdf_blocks import join_lines
from parsers.extract.pdf_layout_lines import Word
from parsers.extract.pdf_layout_tables import LayoutTable

# the clear space a gutter keeps before the right column's edge
GUTTER = 8.0
# the left column is at most this share of the text's width (a margin, not a column
# of a two-column page)
MAX_LEFT_SHARE = 0.42
MIN_RIGHT_LINES = 3
MIN_LEFT_LINES = 2
MIN_ROWS = 2
_RE_SENTENCE_END = re.compile(r"[.?!:;)]$")


def _lines(words: list[Word]) -> list[list[Word]]:
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (round(w.top, 1), w.x0)):
        if lines and abs(w.top - lines[-1][0].top) <= 2.0:
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def _right_edge(lines: list[list[Word]], left: float, width: float) -> float | None:
    """The x where most lines' right-hand text starts: a word standing beyond the
    left margin after a clear gap (or first on its line)."""
    starts: Counter[int] = Counter()
    for line in lines:
        ws = sorted(line, key=lambda w: w.x0)
        for prev, w in zip([None, *ws], ws, strict=False):
            gap = w.x0 - (prev.x1 if prev else left)
            if gap >= 2 * GUTTER and 0.15 * width < w.x0 - left <= MAX_LEFT_SHARE * width:
                starts[round(w.x0)] += 1
                break
    if not starts:
        return None
    x, n = starts.most_common(1)[0]
    return float(x) if n >= MIN_RIGHT_LINES else None


def _paragraphs(parts: list[tuple[float, float, str]]) -> list[tuple[float, float, list[str]]]:
    """(top, bottom, lines) of the left column's paragraphs: a new one at a gap wider
    than the line spacing, or after a line that ends a sentence (a table's rows are
    often set at the line pitch, so a gap alone does not part two requests)."""
    if not parts:
        return []
    height = statistics.median(b - t for t, b, _ in parts)
    paras: list[tuple[float, float, list[str]]] = []
    for top, bottom, text in parts:
        ended = bool(paras) and _RE_SENTENCE_END.search(paras[-1][2][-1]) is not None
        starts = text[:1].isupper() or text[:1].isdigit()
        if paras and top - paras[-1][1] <= 0.8 * height and not (ended and starts):
            paras[-1] = (paras[-1][0], bottom, [*paras[-1][2], text])
        else:
            paras.append((top, bottom, [text]))
    return paras


def _rows(
    left: list[tuple[float, float, list[str]]], right: list[tuple[float, float, str]]
) -> list[tuple[float, float, list[str]]]:
    """(top, bottom, [left, right]) rows: each left paragraph with the run of
    right-hand lines beside it. Rows are often set at the line pitch, so the
    right-hand lines are cut into as many runs as there are paragraphs, in order,
    only after a line that ends a sentence, where each run stands best beside its
    paragraph: level with its top (cells set at the top) or its middle (cells
    centred against each other). Left paragraphs above or below all the right-hand
    lines (a salutation, a closing line) are no part of the layout."""
    if not right:
        return []
    left = [p for p in left if p[1] > right[0][0] - 1 and p[0] < right[-1][1] + 1]
    m, n = len(left), len(right)
    if m == 0 or n < m:
        return []
    cuttable = [k + 1 == n or bool(_RE_SENTENCE_END.search(right[k][2])) for k in range(n)]

    def cost(j: int, a: int, b: int) -> float:  # paragraph j beside right lines a..b-1
        top, bottom = right[a][0], right[b - 1][1]
        ptop, pbottom = left[j][0], left[j][1]
        return min(abs(top - ptop), abs((top + bottom) / 2 - (ptop + pbottom) / 2))

    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(1, n + 1):
        if not cuttable[i - 1]:
            continue
        for j in range(1, m + 1):
            for a in range(j - 1, i):
                step = best[a][j - 1] + cost(j - 1, a, i) if best[a][j - 1] < inf else inf
                if step < best[i][j]:
                    best[i][j], back[i][j] = step, a
    if best[n][m] == inf:
        return []
    cuts, i = [], n
    for j in range(m, 0, -1):
        cuts.append((back[i][j], i))
        i = back[i][j]
    cuts.reverse()
    rows = []
    for (t, b, lines), (a, z) in zip(left, cuts, strict=True):
        cell = [text for _, _, text in right[a:z]]
        top, bottom = min(t, right[a][0]), max(b, right[z - 1][1])
        # (a cell's lines are wrapped text, joined as a paragraph's are)
        rows.append((top, bottom, [join_lines(lines, " "), join_lines(cell, " ")]))
    return rows


def find_margin_tables(words: list[Word]) -> list[LayoutTable]:
    """Borderless two-column layouts of text among a page's loose words."""
    lines = _lines(words)
    if len(lines) < MIN_RIGHT_LINES + MIN_LEFT_LINES:
        return []
    left_x = min(w.x0 for w in words)
    width = max(w.x1 for w in words) - left_x
    edge = _right_edge(lines, left_x, width)
    if edge is None:
        return []
    gutter = edge - GUTTER
    tables: list[LayoutTable] = []
    run: list[list[Word]] = []
    for line in [*lines, None]:
        # (a left cell's words may run up to the right column, not into it)
        crossing = line is None or any(w.x0 < gutter and w.x1 > edge - 1 for w in line)
        if not crossing:
            run.append(line)  # type: ignore[arg-type]
            continue
        table = _table(run, edge, left_x, width)
        if table is not None:
            tables.append(table)
        run = []
    return tables


def _table(run: list[list[Word]], edge: float, left_x: float, width: float) -> LayoutTable | None:
    left: list[tuple[float, float, str]] = []
    right: list[tuple[float, float, str]] = []
    for line in run:
        for side, ws in (
            (left, [w for w in line if w.x1 <= edge]),
            (right, [w for w in line if w.x0 >= edge - 1]),
        ):
            if ws:
                side.append(
                    (
                        min(w.top for w in ws),
                        max(w.bottom for w in ws),
                        " ".join(w.text for w in ws),
                    )
                )
    if len(right) < MIN_RIGHT_LINES or sum(len(t.split()) >= 3 for *_, t in left) < MIN_LEFT_LINES:
        return None
    if statistics.median(len(t.split()) for *_, t in right) < 4:
        return None  # short values beside labels: a list of fields, not replies
    if min(w.x0 for line in run for w in line if w.x1 <= edge) > left_x + 0.05 * width:
        return None  # the left column starts at the text's margin
    head: list[str] | None = None
    first = next((ln for ln in run if any(w.x0 >= edge - 1 for w in ln)), [])
    sides = [[w for w in first if w.x1 <= edge], [w for w in first if w.x0 >= edge - 1]]
    if all(sides) and all(
        len(ws) <= 4 and not _RE_SENTENCE_END.search(ws[-1].text) for ws in sides
    ):
        # column headings ("Your request | Our response") on the layout's first line
        head = [" ".join(w.text for w in ws) for ws in sides]
        below = min(w.top for w in first) + 1
        left = [p for p in left if p[0] > below]
        right = [p for p in right if p[0] > below]
    rows = _rows(_paragraphs(left), right)
    if len(rows) < MIN_ROWS or not all(r[2][1] for r in rows):
        return None
    top, bottom = rows[0][0], rows[-1][1]
    if head is not None:
        top = min(w.top for w in first)
        rows.insert(0, (top, top, head))
    kept = [w for line in run for w in line if top - 1 <= w.top <= bottom + 1]
    x0 = min(w.x0 for w in kept)
    x1 = max(w.x1 for w in kept)
    return LayoutTable(rows=[r[2] for r in rows], bbox=(x0, top, x1, bottom))
