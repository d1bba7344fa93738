"""Cell text of a ruled PDF table: each character goes to the cell that holds its
centre, and a cell's characters become its lines (top, text). Much faster than
pdfplumber's TableFinder.extract on large tables. Part of parsers.extract.pdf.
"""

from __future__ import annotations

import bisect


def cell_text(lines: list[tuple[float, str]] | None) -> str | None:
    return None if lines is None else "\n".join(text for _, text in lines)


def table_text(ft, chars: list[dict]) -> list[list[list[tuple[float, str]] | None]]:
    """Cell lines (top, text) of a pdfplumber table: each character goes to the
    cell holding its centre (much faster than TableFinder.extract on large
    tables)."""
    rows = ft.rows
    if not rows:
        return []
    x0, top, x1, bottom = ft.bbox
    row_tops = [r.bbox[1] for r in rows]
    grid: list[list[list[dict]]] = [[[] for _ in r.cells] for r in rows]
    for ch in chars:
        cx = (ch["x0"] + ch["x1"]) / 2
        cy = (ch["top"] + ch["bottom"]) / 2
        if not (x0 <= cx <= x1 and top <= cy <= bottom):
            continue
        ri = bisect.bisect_right(row_tops, cy) - 1
        if ri < 0:
            continue
        row = rows[ri]
        if cy > row.bbox[3]:
            continue
        for ci, cell in enumerate(row.cells):
            if cell is not None and cell[0] <= cx <= cell[2] and cell[1] <= cy <= cell[3]:
                grid[ri][ci].append(ch)
                break
    out: list[list[list[tuple[float, str]] | None]] = []
    for r, cells in zip(rows, grid, strict=False):
        texts: list[list[tuple[float, str]] | None] = []
        for cell, cchars in zip(r.cells, cells, strict=False):
            if cell is None:
                texts.append(None)
                continue
            cchars.sort(key=lambda c: (round(c["top"]), c["x0"]))
            lines: list[tuple[float, str]] = []
            line = ""
            last_top = None
            line_top = 0.0
            last_x1 = None
            for c in cchars:
                if last_top is not None and abs(c["top"] - last_top) > 2:
                    lines.append((line_top, line.strip()))
                    line = ""
                    last_x1 = None
                elif last_x1 is not None and c["x0"] - last_x1 > 0.25 * float(c.get("size", 10)):
                    line += " "
                if not line:
                    line_top = float(c["top"])
                line += c.get("text", "")
                last_top = c["top"]
                last_x1 = c["x1"]
            if line:
                lines.append((line_top, line.strip()))
            texts.append(lines)
        out.append(texts)
    return out
