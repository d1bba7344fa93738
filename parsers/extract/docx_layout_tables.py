"""DOCX layout tables: a borderless table used to set a page out, not to hold data.

Designed reports set prose beside a sidebar box, or tiles two to a row, in a Word
table with no borders: a cell is then a column of the page, its paragraphs flowing
content and any table nested in it a data table of its own. A table is read as such
a layout when nothing draws its grid (no borders of its own nor of its style) and
either a cell holds a table, or it is one row of cells that each hold several
paragraphs, one of them prose (a sentence of some length): a data table's row is a
label and its figures, not paragraphs.
"""

from __future__ import annotations

from parsers.extract.docx_styles import W_TAG

_PROSE_WORDS = 8  # a paragraph this long is running text, not a label or a figure
_NO_LINE = {"nil", "none", ""}


def _draws_lines(borders) -> bool:
    if borders is None:
        return False
    return any((edge.get(W_TAG + "val") or "") not in _NO_LINE for edge in borders)


def bordered_styles(styles_root) -> set[str]:
    """The ids of table styles that draw borders (their own or a base style's)."""
    if styles_root is None:
        return set()
    based: dict[str, str | None] = {}
    drawn: set[str] = set()
    for st in styles_root.iter(W_TAG + "style"):
        sid = st.get(W_TAG + "styleId") or ""
        base = st.find(W_TAG + "basedOn")
        based[sid] = base.get(W_TAG + "val") if base is not None else None
        tblpr = st.find(W_TAG + "tblPr")
        if tblpr is not None and _draws_lines(tblpr.find(W_TAG + "tblBorders")):
            drawn.add(sid)
    out = set()
    for sid in based:
        seen, cur = 0, sid
        while cur is not None and seen < 20:
            if cur in drawn:
                out.add(sid)
                break
            cur, seen = based.get(cur), seen + 1
    return out


def _cells(tbl) -> list[list]:
    rows = []
    for tr in tbl.findall(W_TAG + "tr"):
        rows.append(tr.findall(W_TAG + "tc"))
    return rows


def _paragraph_texts(tc) -> list[str]:
    texts = []
    for p in tc.findall(W_TAG + "p"):
        text = "".join(t.text or "" for t in p.iter(W_TAG + "t")).strip()
        if text:
            texts.append(text)
    return texts


def _bordered(tbl, styles: set[str]) -> bool:
    tblpr = tbl.find(W_TAG + "tblPr")
    if tblpr is None:
        return False
    if _draws_lines(tblpr.find(W_TAG + "tblBorders")):
        return True
    style = tblpr.find(W_TAG + "tblStyle")
    return style is not None and (style.get(W_TAG + "val") or "") in styles


def _columns_of_prose(rows: list[list]) -> bool:
    if len(rows) != 1 or len(rows[0]) < 2:
        return False
    texts = [_paragraph_texts(tc) for tc in rows[0]]
    filled = [t for t in texts if t]
    if len(filled) < 2 or any(len(t) < 2 for t in filled):
        return False
    return any(len(p.split()) >= _PROSE_WORDS for t in filled for p in t)


def is_layout_table(tbl, styles: set[str]) -> bool:
    """Whether a w:tbl sets the page out rather than holding data."""
    if _bordered(tbl, styles):
        return False
    rows = _cells(tbl)
    if any(tc.find(W_TAG + "tbl") is not None for row in rows for tc in row):
        return True
    return _columns_of_prose(rows)


def layout_cells(tbl) -> list:
    """The table's cells in reading order: row by row, left to right."""
    return [tc for row in _cells(tbl) for tc in row]


__all__ = ["bordered_styles", "is_layout_table", "layout_cells"]
