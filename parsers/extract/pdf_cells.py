"""Cell text of a ruled PDF table: each character goes to the cell that holds its
centre (a cell merged down across rows too, whose text may sit in a lower row's band),
and a cell's characters become its lines (top, text). Much faster than
pdfplumber's TableFinder.extract on large tables. Part of parsers.extract.pdf.
"""

from __future__ import annotations

import bisect


def cell_text(lines: list[tuple[float, str]] | None) -> str | None:
    return None if lines is None else "\n".join(text for _, text in lines)


def _holds(cell, cx: float, cy: float) -> bool:
    """The cell's box holds the point (a cell None is one merged from above)."""
    return cell is not None and cell[0] <= cx <= cell[2] and cell[1] <= cy <= cell[3]


def _merged_down(rows) -> list[tuple[int, int, tuple]]:
    """(row, column, box) of each cell that reaches below its own row's next row: a cell
    merged down across rows, which pdfplumber lists only in the row it starts in."""
    out = []
    for ri, r in enumerate(rows[:-1]):
        below = rows[ri + 1].bbox[1]
        out += [(ri, ci, c) for ci, c in enumerate(r.cells) if c is not None and c[3] > below + 1]
    return out


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
    tall = _merged_down(rows)
    for ch in chars:
        cx = (ch["x0"] + ch["x1"]) / 2
        cy = (ch["top"] + ch["bottom"]) / 2
        if not (x0 <= cx <= x1 and top <= cy <= bottom):
            continue
        ri = bisect.bisect_right(row_tops, cy) - 1
        if ri < 0:
            continue
        row = rows[ri]
        at = None
        if cy <= row.bbox[3]:
            at = next(((ri, ci) for ci, cell in enumerate(row.cells) if _holds(cell, cx, cy)), None)
        # a cell merged down from a row above: its text is often centred in the merged
        # height, so it stands in a lower row's band, where that row has no cell
        at = at or next(((r, c) for r, c, cell in tall if r < ri and _holds(cell, cx, cy)), None)
        if at is not None:
            grid[at[0]][at[1]].append(ch)
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
