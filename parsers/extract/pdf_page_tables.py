"""A PDF page's tables, found before its text is read so that their words are left
out of the text blocks: tables ruled in full (pdfplumber's table finder, their cells
read by parsers.extract.pdf_cells), then tables drawn without a full grid
(parsers.extract.pdf_layout_tables), columns of text side by side
(parsers.extract.pdf_text_grid) and a narrow request column beside its answer
(parsers.extract.pdf_margin) from the words left over. Split out of
parsers.extract.pdf (the page's lines and blocks) to keep each module to one concern.
"""

from __future__ import annotations

import re

from parsers.extract.model import Table
from parsers.extract.pdf_blocks import join_lines
from parsers.extract.pdf_cells import cell_text, table_text

# private-use glyphs that Word's Symbol-font bullets come out as, and the soft hyphen
PUA_BULLETS = str.maketrans(
    {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "•", "\uf076": "•", "\u00ad": ""}
)


def inside(obj: dict, bboxes: list[tuple[float, float, float, float]]) -> bool:
    """`obj` (a character, a word) stands in one of the tables' boxes, by its centre."""
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in bboxes)


def clean_cell(cell: str | None) -> str:
    """A ruled cell's text on one line: its bullets made plain, its lines joined."""
    if not cell:
        return ""
    text = cell.translate(PUA_BULLETS)
    text = join_lines([ln.strip() for ln in text.split("\n") if ln.strip()], " ")
    return re.sub(r"\s+", " ", text).strip()


def ruled_tables(page, chars: list[dict], pno: int, bboxes: list, tables: list) -> int:
    """The page's tables ruled in full, appended to `tables` as (top, Table) with
    their boxes in `bboxes`; returns the next table index."""
    try:
        found = page.find_tables()
    except Exception:
        found = []
    index = 0
    for ft in found:
        raw = table_text(ft, chars)
        rows = [[clean_cell(cell_text(c)) for c in row] for row in raw]
        cell_lines = [[c or [] for c in row] for row, r in zip(raw, rows, strict=True) if any(r)]
        rows = [r for r in rows if any(r)]
        width = max((len(r) for r in rows), default=0)
        non_empty_cols = sum(1 for i in range(width) if any(i < len(r) and r[i] for r in rows))
        if not rows or non_empty_cols < 2:
            continue  # a box drawn round a paragraph is not a table
        x0, top, x1, bottom = ft.bbox
        bboxes.append((x0 - 1, top - 1, x1 + 1, bottom + 1))
        tables.append(
            (
                top,
                Table(
                    rows=[r + [""] * (width - len(r)) for r in rows],
                    page=pno,
                    index_on_page=index,
                    cell_lines=[c + [[]] * (width - len(c)) for c in cell_lines],
                ),
            )
        )
        index += 1
    return index


def add_layout_tables(page, pno: int, bboxes: list, tables: list, index: int) -> tuple[int, list]:
    """Tables drawn without a full grid (see pdf_layout_tables), from the words that
    are not already in a ruled table; returns the next table index and the words
    left outside every table (read once: extract_words is the costly part)."""
    from parsers.extract.pdf_layout_tables import Word, find_layout_tables
    from parsers.extract.pdf_margin import find_margin_tables
    from parsers.extract.pdf_text_grid import find_text_grids

    view = (
        page.filter(lambda o: o.get("object_type") != "char" or not inside(o, bboxes))
        if bboxes
        else page
    )
    try:
        words = [
            Word(w["text"].translate(PUA_BULLETS), w["x0"], w["x1"], w["top"], w["bottom"])
            for w in view.extract_words(keep_blank_chars=False, use_text_flow=False)
        ]
        rules = [
            (float(e["top"]), float(e["x0"]), float(e["x1"]))
            for e in page.horizontal_edges
            if float(e["x1"]) - float(e["x0"]) >= 30
        ]
    except Exception:
        return index, []
    for found in find_layout_tables(words, rules):
        x0, top, x1, bottom = found.bbox
        bboxes.append((x0 - 1, top - 1, x1 + 1, bottom + 1))
        width = max(len(r) for r in found.rows)
        rows = [r + [""] * (width - len(r)) for r in found.rows]
        tables.append((top, Table(rows=rows, page=pno, index_on_page=index, confidence=0.8)))
        index += 1
        words = [
            w
            for w in words
            if not (x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1 and top - 1 <= w.top <= bottom + 1)
        ]
    # then three or more columns of text side by side (pdf_text_grid), and text laid
    # out as a narrow request column beside its answer (pdf_margin)
    for finder in (find_text_grids, find_margin_tables):
        for found in finder(words):
            x0, top, x1, bottom = found.bbox
            bboxes.append((x0 - 1, top - 1, x1 + 1, bottom + 1))
            table = Table(rows=found.rows, page=pno, index_on_page=index, confidence=0.8)
            tables.append((top, table))
            index += 1
            words = [
                w
                for w in words
                if not (x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1 and top - 1 <= w.top <= bottom + 1)
            ]
    return index, words
