"""A sidebar box beside a PDF page's prose: a frame drawn round a narrow column of
text (a designed report's 'In figures' or 'Key facts' box) with the page's running
text standing beside it at the same heights.

pdfplumber reads a page line by line across its whole width, so each line of the box
comes out glued to the line of prose beside it and the two interleave: a figure lands
under the wrong label. Here the box is read as a region of its own: its lines are
left out of the page's and put back whole, before the prose beside it when the box
stands on the left, after it when on the right.
"""

from __future__ import annotations

from typing import Protocol

_NARROW = 0.6  # of the page's width: a box wider than this is a frame round the text
_BESIDE_CHARS = 20  # characters of text beside the box that make it a sidebar
_MIN_HEIGHT = 20.0  # points: two lines at least (a rule or an underline is no box)


class _Line(Protocol):
    top: float
    x0: float


def _beside(box: tuple[float, float, float, float], chars: list[dict]) -> int:
    x0, top, x1, bottom = box
    n = 0
    for c in chars:
        cy = (c["top"] + c["bottom"]) / 2
        if top < cy < bottom and (c["x1"] < x0 or c["x0"] > x1) and c.get("text", "").strip():
            n += 1
    return n


def _holds_text(box: tuple[float, float, float, float], chars: list[dict]) -> bool:
    x0, top, x1, bottom = box
    return any(
        x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
        for c in chars
        if c.get("text", "").strip()
    )


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def boxes_beside_text(
    rects: list[dict],
    tables: list[tuple[float, float, float, float]],
    chars: list[dict],
    width: float,
) -> list[tuple[float, float, float, float]]:
    """The rectangles drawn round text (framed or shaded, in no table) that stand
    beside the page's other text."""
    out: list[tuple[float, float, float, float]] = []
    for r in rects:
        box = (float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"]))
        if box[2] - box[0] >= _NARROW * width or box[3] - box[1] < _MIN_HEIGHT:
            continue
        if any(_overlaps(box, t) for t in [*tables, *out]):
            continue
        if _holds_text(box, chars) and _beside(box, chars) >= _BESIDE_CHARS:
            out.append(box)
    return out


def with_sidebar(lines: list, inner: list, box: tuple[float, float, float, float], width: float):
    """The page's lines with the box's lines put back whole: before the first line
    at the box's height when the box stands on the left of the page, else after the
    last line beside it."""
    if not inner:
        return lines
    x0, top, _x1, bottom = box
    if x0 < width / 3:
        at = next((k for k, ln in enumerate(lines) if ln.top >= top - 1), len(lines))
    else:
        beside = [k for k, ln in enumerate(lines) if ln.top < bottom]
        at = beside[-1] + 1 if beside else 0
    return [*lines[:at], *inner, *lines[at:]]


__all__ = ["boxes_beside_text", "with_sidebar"]
