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
    if gapped < MIN_SPLIT_LINES // 2:
        return None
    left_edge = min(w.x0 for w in words)
    right_edge = max(w.x1 for w in words)
    best: tuple[int, float] | None = None
    x = 0.3 * page_width
    while x <= 0.7 * page_width:
        split: list[tuple[float, float]] = []
        split_words: list[Box] = []
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
        if (
            len(split) >= MIN_SPLIT_LINES // 2
            and len(split) >= SPLIT_TO_CROSSING * crossing
            and _median([a for a, _ in split]) >= x - 0.25 * (x - left_edge)
            and _median([b for _, b in split]) >= x + 0.6 * (right_edge - x)
            and _prose(split_words)
            and (best is None or len(split) > best[0])
        ):
            best = (len(split), x)
        x += 2.0
    return best[1] if best else None


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
        crosses = any(w.x0 < gutter < w.x1 for w in row)
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
