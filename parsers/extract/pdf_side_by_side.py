"""Tables set side by side on a PDF page (a dashboard's tiles, two to a row), each
under a title of its own.

pdfplumber reads a page line by line across its whole width, so the titles of two
tiles standing side by side come out as one line ("1 · Workforce 2 · Appointments")
above both tables, and the second title wraps into the first's. Here the titles are
cut where the tables stand: the lines just above a row of side-by-side tables, each
word within one table's width, become each table's title, read down its own column
and placed just before its table (title, table, title, table).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from parsers.extract.model import Table

_SAME_TOP = 3.0  # points of overlap that make two tables stand beside one another
_LINE_GAP = 6.0  # points of white between two lines of one title
_MAX_TITLE_LINES = 4
_STEP = 0.001  # points: the heights a row's titles and tables are read at, in turn


@dataclass
class Placed:
    """A table found on the page with its box (x0, top, x1, bottom)."""

    bbox: tuple[float, float, float, float]
    table: Table


def _rows_of_tables(placed: list[Placed]) -> list[list[Placed]]:
    """Groups of two or more tables standing beside one another (their heights
    overlap), left to right, apart."""
    groups: list[list[Placed]] = []
    for p in sorted(placed, key=lambda p: (p.bbox[1], p.bbox[0])):
        if groups and any(p.bbox[1] < q.bbox[3] - _SAME_TOP for q in groups[-1]):
            groups[-1].append(p)
        else:
            groups.append([p])
    out = []
    for g in groups:
        g.sort(key=lambda p: p.bbox[0])
        apart = all(a.bbox[2] < b.bbox[0] for a, b in itertools.pairwise(g))
        if len(g) >= 2 and apart:
            out.append(g)
    return out


def _lines_above(words: list[dict], top: float) -> list[list[dict]]:
    """The lines of words standing just above `top`, nearest last, up to the first
    break in the spacing."""
    above = sorted((w for w in words if w["bottom"] <= top + 1), key=lambda w: -w["bottom"])
    lines: list[list[dict]] = []
    for w in above:
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= 2.0:
            lines[-1].append(w)
            continue
        edge = lines[-1][0]["top"] if lines else top
        if edge - w["bottom"] > _LINE_GAP or len(lines) == _MAX_TITLE_LINES:
            break
        lines.append([w])
    return lines[::-1]


def _cuts(group: list[Placed]) -> list[float]:
    return [(a.bbox[2] + b.bbox[0]) / 2 for a, b in itertools.pairwise(group)]


def _column(x: float, cuts: list[float]) -> int:
    return sum(1 for c in cuts if x > c)


@dataclass
class Titles:
    """What the titles of side-by-side tables come to: the boxes they stand in (left
    out of the page's text), each title with the height it is read at, and each
    table's new height, so that a row reads title, table, title, table."""

    boxes: list[tuple[float, float, float, float]]
    titles: list[tuple[float, str]]
    table_tops: dict[int, float]  # id(table) -> the height it is read at


def title_side_by_side(placed: list[Placed], words: list[dict]) -> Titles:
    """The title lines above each table of a row of side-by-side tables, cut where
    the tables stand, each to be read just before its table."""
    out = Titles([], [], {})
    for group in _rows_of_tables(placed):
        cuts = _cuts(group)
        titled = []
        for k, p in enumerate(group):
            mine = [w for w in words if _column((w["x0"] + w["x1"]) / 2, cuts) == k]
            titled.append(_lines_above(mine, p.bbox[1]))
        taken = [w for lines in titled for ln in lines for w in ln]
        if not all(titled) or any(_column(w["x0"], cuts) != _column(w["x1"], cuts) for w in taken):
            continue  # a line across the row is the section's, not a tile's title
        base = min(p.bbox[1] for p in group)
        for k, (p, lines) in enumerate(zip(group, titled, strict=True)):
            in_order = [w for ln in lines for w in sorted(ln, key=lambda w: w["x0"])]
            out.titles.append((base + 2 * k * _STEP, " ".join(w["text"] for w in in_order)))
            out.table_tops[id(p.table)] = base + (2 * k + 1) * _STEP
            x0 = cuts[k - 1] if k else p.bbox[0] - 1
            x1 = cuts[k] if k < len(cuts) else p.bbox[2] + 1
            out.boxes.append((x0, min(w["top"] for w in lines[0]) - 1, x1, p.bbox[1]))
    return out


__all__ = ["Placed", "Titles", "title_side_by_side"]
