"""Pages set in two columns of text.

pdfplumber reads a page line by line across its whole width, so a two-column page
comes out with each left-hand line glued to the right-hand line beside it: sentences
from two paragraphs interleave and a figure lands next to another paragraph's words.
Here the gutter is found from where words stand, and the page is read as sections:
between lines that run across the gutter (titles, full-width paragraphs), the left
column, then the right.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

# a gutter must keep this much clear space either side of its centre line
MIN_HALF_GAP = 6.0
# and separate at least this many lines, and this many times more than cross it
MIN_SPLIT_LINES = 6
SPLIT_TO_CROSSING = 3


@dataclass
class Box:
    """A word or line: its left and right edge and its top."""

    x0: float
    x1: float
    top: float
    text: str = ""


def _rows(words: list[Box]) -> list[list[Box]]:
    rows: list[list[Box]] = []
    for w in sorted(words, key=lambda w: (round(w.top, 1), w.x0)):
        if rows and abs(w.top - rows[-1][0].top) <= 2.0:
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def find_gutter(words: list[Box], page_width: float) -> float | None:
    """The x of the gutter between two columns of text, or None for a one-column page.

    Both sides must read as prose: lines on the left run up to the gutter and lines on
    the right run across most of their column. A letter's "Our ref:    FOI 1234" or
    a list of labels and values has a clear band too, but its labels stop short."""
    rows = _rows(words)
    if len(rows) < MIN_SPLIT_LINES:
        return None
    # cheap test first: a gutter needs lines with a wide gap in the middle of the page
    gapped = 0
    for row in rows:
        edges = sorted((w.x0, w.x1) for w in row)
        gapped += any(
            b[0] - a[1] >= 2 * MIN_HALF_GAP and a[1] < 0.7 * page_width and b[0] > 0.3 * page_width
            for a, b in itertools.pairwise(edges)
        )
    # (or, columns whose lines do not share a baseline, lines that start mid-page)
    mid_start = sum(1 for row in rows if min(w.x0 for w in row) > 0.3 * page_width)
    if gapped < MIN_SPLIT_LINES // 2 and mid_start < MIN_SPLIT_LINES:
        return None
    left_edge = min(w.x0 for w in words)
    right_edge = max(w.x1 for w in words)
    best: tuple[int, float] | None = None
    x = 0.3 * page_width
    while x <= 0.7 * page_width:
        split: list[tuple[float, float]] = []
        split_words: list[Box] = []
        sides: tuple[list[list[Box]], list[list[Box]]] = ([], [])
        crossing = 0
        for row in rows:
            if any(w.x0 - MIN_HALF_GAP < x < w.x1 + MIN_HALF_GAP for w in row):
                crossing += any(w.x0 < x < w.x1 for w in row)
                continue
            left = [w.x1 for w in row if w.x1 <= x]
            right = [w.x1 for w in row if w.x0 >= x]
            if left and right:
                split.append((max(left), max(right)))
                split_words.extend(row)
            elif left or right:
                sides[0 if left else 1].append(row)
        if (
            len(split) >= MIN_SPLIT_LINES // 2
            and len(split) >= SPLIT_TO_CROSSING * crossing
            and _median([a for a, _ in split]) >= x - 0.25 * (x - left_edge)
            and _median([b for _, b in split]) >= x + 0.6 * (right_edge - x)
            and _prose(split_words)
            and (best is None or len(split) > best[0])
        ):
            best = (len(split), x)
        elif best is None or best[0] < 0:
            staggered = _staggered(sides, crossing, x, left_edge, right_edge)
            if staggered and (best is None or staggered > -best[0]):
                best = (-staggered, x)
        x += 2.0
    return best[1] if best else None


def _staggered(
    sides: tuple[list[list[Box]], list[list[Box]]],
    crossing: int,
    x: float,
    left_edge: float,
    right_edge: float,
) -> int:
    """How many lines a gutter at `x` parts when the two columns' lines do not share
    a baseline (the columns' paragraphs and spacing differ, so no line has words on
    both sides): 0 unless each side has lines of prose of its own, the right-hand
    ones starting at one left edge, and the gutter stands in the middle of the text
    (two columns of a page are set the same width; a margin column is narrower)."""
    left, right = sides
    if len(left) < MIN_SPLIT_LINES or len(right) < MIN_SPLIT_LINES:
        return 0
    if len(left) + len(right) < SPLIT_TO_CROSSING * crossing:
        return 0
    if abs(x - (left_edge + right_edge) / 2) > 0.1 * (right_edge - left_edge):
        return 0
    starts = [round(min(w.x0 for w in row)) for row in right]
    aligned = max(sum(1 for s in starts if abs(s - t) <= 2) for t in starts)
    if aligned * 10 < len(right) * 7:
        return 0
    ends_left = [max(w.x1 for w in row) for row in left]
    ends_right = [max(w.x1 for w in row) for row in right]
    if _median(ends_left) < x - 0.25 * (x - left_edge):
        return 0
    if _median(ends_right) < x + 0.6 * (right_edge - x):
        return 0
    if not _prose([w for row in left + right for w in row]):
        return 0
    return len(left) + len(right)


def _prose(words: list[Box]) -> bool:
    """Mostly lower-case words, as running text is; a data table's rows are not."""
    if not any(w.text for w in words):
        return True  # positions only (tests of the geometry)
    lower = sum(1 for w in words if w.text[:1].islower())
    return lower * 2 >= len(words)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def sections(words: list[Box], gutter: float) -> list[tuple[float, float, bool]]:
    """(top, bottom, two_columns) bands of the page: a band of lines that cross the
    gutter is read whole, the bands between them column by column."""
    bands: list[tuple[float, float, bool]] = []
    for row in _rows(words):
        top = min(w.top for w in row)
        # (as find_gutter counts it: a word within the gutter's clear space, such as
        # a full-width line whose word space happens to fall on it, crosses)
        crosses = any(w.x0 - MIN_HALF_GAP < gutter < w.x1 + MIN_HALF_GAP for w in row)
        if bands and bands[-1][2] == (not crosses):
            bands[-1] = (bands[-1][0], top, bands[-1][2])
        else:
            if bands:
                bands[-1] = (bands[-1][0], top, bands[-1][2])
            bands.append((top, top, not crosses))
    if bands:
        bands[-1] = (bands[-1][0], float("inf"), bands[-1][2])
    return [
        (top if k else float("-inf"), bottom, two) for k, (top, bottom, two) in enumerate(bands)
    ]
