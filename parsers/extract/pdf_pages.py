"""Per-page guards for the PDF reader: lay a page out within its budget
(pdf_budget), turn a page whose text runs sideways so it is read in its reading
direction, and tell when a page has too many drawn edges for the ruled-table
search (pdfplumber intersects every edge with every other one: a chart of 5,000
markers took 51 s).
"""

from __future__ import annotations

import copy

from parsers.extract.pdf_budget import layout_with_budget

MAX_TABLE_EDGES = 4_000  # rects + lines + curves; a real ruled table has a few hundred
SIDEWAYS_SHARE = 0.6  # more than this share of characters sideways or upside down: turn


def _with_rotation(page, rotation: int):
    """A fresh pdfplumber page for the same PDF page displayed at `rotation`."""
    from pdfplumber.page import Page

    obj = copy.copy(page.page_obj)
    obj.attrs = dict(obj.attrs)
    obj.attrs["Rotate"] = rotation
    obj.rotate = rotation
    return Page(page.pdf, obj, page_number=page.page_number, initial_doctop=page.initial_doctop)


def _sideways_share(page) -> float:
    chars = [c for c in page.chars if c.get("text", "").strip()]
    if len(chars) < 20:
        return 0.0
    return sum(1 for c in chars if not _reads_forward(c)) / len(chars)


def _reads_forward(char: dict) -> bool:
    """Upright and left to right (pdfminer calls a glyph turned 180° upright too)."""
    matrix = char.get("matrix") or (1, 0, 0, 1, 0, 0)
    return bool(char.get("upright", True)) and float(matrix[0]) > 0


def prepare_page(page, warnings: list[str]):
    """The page laid out within budget and turned to its reading direction.
    Raises pdf_budget.PageOverBudget (or pdfminer's error for a broken page)."""
    layout_with_budget(page)
    if _sideways_share(page) <= SIDEWAYS_SHARE:
        return page
    base = int(page.rotation or 0)
    best, best_share = page, _sideways_share(page)
    for turn in (90, 180, 270):
        candidate = _with_rotation(page, (base + turn) % 360)
        try:
            layout_with_budget(candidate)
        except Exception:
            continue
        share = _sideways_share(candidate)
        if share < best_share:
            if best is not page:
                best.close()
            best, best_share = candidate, share
        else:
            candidate.close()
    if best is not page:
        warnings.append(
            f"page {page.page_number}: text runs sideways; read turned to its reading direction"
        )
        page.close()
    return best


def too_many_edges(page) -> int:
    """The page's drawn edge count (those dropped by the layout budget included)
    when it is over MAX_TABLE_EDGES, else 0."""
    objects = page.objects
    n = sum(len(objects.get(k, ())) for k in ("rect", "line", "curve"))
    n += int(getattr(page.root_page, "dropped_paths", 0) or 0)
    return n if n > MAX_TABLE_EDGES else 0
