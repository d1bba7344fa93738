"""Set AI's WRES renderer: set P's (benchmarks/heldout_p/render.py, imported, not
copied) plus two things set AI's designed reports print and sets D to AH's renderers
never did:

- `Spread(main, title, side, side_first)`: a section's prose in a wide column with a
  shaded sidebar box of figures beside it, as a designed report sets a page: the box
  a `title` then (label, figure) pairs, each figure large on its own line under its
  label. HTML prints a flex row of two `<div>`s, the sidebar's shaded (first in the
  page's markup when `side_first`, as a left sidebar is written; a `<div>`, not an
  `<aside>`, as a content editor's 'callout' style writes it); DOCX a borderless
  two-cell layout table, the sidebar's cell shaded; the PDF draws the two columns side
  by side from the same height, the sidebar framed.
- `Tiles(tiles)`: a dashboard of tiles two to a row, each a bold title over a small
  table of its own. HTML prints a CSS grid of `<div>`s each holding an `<h3>` and a
  `<table>`; DOCX a borderless two-column layout table with a table nested in each
  cell; the PDF draws each pair of tiles side by side from the same height.

Every other block is set P's and is drawn by set P's code.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from unittest import mock

from benchmarks.heldout_p.render import Block as BlockP
from benchmarks.heldout_p.render import P, _shade
from benchmarks.heldout_p.render import render_docx as render_docx_p
from benchmarks.heldout_p.render import render_html as render_html_p
from benchmarks.heldout_p.render import render_pdf as render_pdf_p

MARK = "@@ai@@"
MAIN_SHARE = 0.62  # of the text width, the prose column's
GAP = 6.0  # mm between the PDF's columns


@dataclass
class Spread:
    main: list[str]  # paragraphs
    title: str  # the sidebar's heading
    side: list[tuple[str, str]]  # (label, figure)
    side_first: bool = False


@dataclass
class Tile:
    title: str
    rows: list[list[str]]  # the first row is the small table's head


@dataclass
class Tiles:
    tiles: list[Tile]


Block = BlockP | Spread | Tiles


def _flat(blocks: list[Block]) -> tuple[list[BlockP], list[Spread | Tiles]]:
    out: list[BlockP] = []
    extra: list[Spread | Tiles] = []
    for b in blocks:
        if isinstance(b, Spread | Tiles):
            out.append(P(f"{MARK}{len(extra)}"))
            extra.append(b)
        else:
            out.append(b)
    return out, extra


def _pairs(tiles: list[Tile]) -> list[list[Tile]]:
    return [tiles[n : n + 2] for n in range(0, len(tiles), 2)]


# --- DOCX -----------------------------------------------------------------------


def _docx_spread(document, spread: Spread):
    layout = document.add_table(rows=1, cols=2)  # no style: no borders
    main, side = layout.rows[0].cells
    if spread.side_first:
        side, main = main, side
    main.text = spread.main[0]
    for text in spread.main[1:]:
        main.add_paragraph(text)
    side.text = spread.title
    side.paragraphs[0].runs[0].bold = True
    for label, figure in spread.side:
        side.add_paragraph(label)
        side.add_paragraph().add_run(figure).bold = True
    _shade(side)
    return layout._tbl


def _docx_tiles(document, tiles: Tiles):
    layout = document.add_table(rows=0, cols=2)
    for pair in _pairs(tiles.tiles):
        cells = layout.add_row().cells
        for cell, tile in zip(cells, pair, strict=False):
            cell.text = tile.title
            cell.paragraphs[0].runs[0].bold = True
            inner = cell.add_table(rows=len(tile.rows), cols=len(tile.rows[0]))
            inner.style = "Table Grid"
            for r, row in enumerate(tile.rows):
                for c, text in enumerate(row):
                    inner.cell(r, c).text = text
            cell.add_paragraph("")  # Word keeps a paragraph after a nested table
    return layout._tbl


def render_docx(blocks: list[Block]) -> bytes:
    import docx

    flat, extra = _flat(blocks)
    document = docx.Document(io.BytesIO(render_docx_p(flat)))
    for para in list(document.paragraphs):
        if para.text.startswith(MARK):
            block = extra[int(para.text[len(MARK) :])]
            draw = _docx_spread if isinstance(block, Spread) else _docx_tiles
            para._p.addnext(draw(document, block))
            para._p.getparent().remove(para._p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


# --- PDF ------------------------------------------------------------------------


def _pdf_class(extra: list[Spread | Tiles]):
    from fpdf import FPDF

    class Designed(FPDF):
        def multi_cell(self, w, h=None, text="", *args, **kwargs):
            if not str(text).startswith(MARK):
                return super().multi_cell(w, h, text, *args, **kwargs)
            block = extra[int(str(text)[len(MARK) :])]
            family, style, size = self.font_family, self.font_style, self.font_size_pt
            if isinstance(block, Spread):
                self._ai_spread(block)
            else:
                self._ai_tiles(block)
            self.set_font(family, style, size)
            self.set_x(self.l_margin)
            return None

        def _ai_column(self, x: float, width: float, draw) -> float:
            """Draw into a column at `x` of `width` from the current height; the
            height it ends at."""
            left, right = self.l_margin, self.r_margin
            self.set_left_margin(x)
            self.set_right_margin(self.w - x - width)
            self.set_x(x)
            draw(width)
            end = self.get_y()
            self.set_left_margin(left)
            self.set_right_margin(right)
            return end

        def _ai_main(self, spread: Spread, width: float) -> None:
            self.set_font("DejaVu", "", 10)
            for text in spread.main:
                FPDF.multi_cell(self, width, 5, text, new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def _ai_side(self, spread: Spread, width: float) -> None:
            self.set_font("DejaVu", "B", 10)
            FPDF.multi_cell(self, width, 6, spread.title, new_x="LMARGIN", new_y="NEXT")
            for label, figure in spread.side:
                self.set_font("DejaVu", "", 8)
                FPDF.multi_cell(self, width, 4, label, new_x="LMARGIN", new_y="NEXT")
                self.set_font("DejaVu", "B", 14)
                FPDF.multi_cell(self, width, 7, figure, new_x="LMARGIN", new_y="NEXT")

        def _ai_spread(self, spread: Spread) -> None:
            if self.will_page_break(90):
                self.add_page()
            wide = self.epw * MAIN_SHARE
            narrow = self.epw - wide - GAP
            main_x, side_x = self.l_margin, self.l_margin + wide + GAP
            if spread.side_first:
                side_x, main_x = self.l_margin, self.l_margin + narrow + GAP
            top = self.get_y()
            end_main = self._ai_column(main_x, wide, lambda w: self._ai_main(spread, w))
            self.set_y(top)
            end_side = self._ai_column(side_x + 2, narrow - 4, lambda w: self._ai_side(spread, w))
            self.rect(side_x, top - 1, narrow, end_side - top + 3)
            self.set_y(max(end_main, end_side) + 4)

        def _ai_tile(self, tile: Tile, width: float) -> None:
            self.set_font("DejaVu", "B", 9)
            FPDF.multi_cell(self, width, 5, tile.title, new_x="LMARGIN", new_y="NEXT")
            self.set_font("DejaVu", "", 9)
            with FPDF.table(self, width=width, align="LEFT", line_height=5) as t:
                for row in tile.rows:
                    t.row(row)

        def _ai_tiles(self, tiles: Tiles) -> None:
            width = (self.epw - GAP) / 2
            for pair in _pairs(tiles.tiles):
                if self.will_page_break(40):
                    self.add_page()
                top, ends = self.get_y(), []
                for n, tile in enumerate(pair):
                    self.set_y(top)
                    x = self.l_margin + n * (width + GAP)
                    ends.append(self._ai_column(x, width, lambda w, t=tile: self._ai_tile(t, w)))
                self.set_y(max(ends) + 5)

    return Designed


def render_pdf(blocks: list[Block]) -> bytes:
    flat, extra = _flat(blocks)
    with mock.patch("fpdf.FPDF", _pdf_class(extra)):
        return render_pdf_p(flat)


# --- HTML -----------------------------------------------------------------------


def _html_spread(spread: Spread) -> str:
    main = "".join(f"<p>{html.escape(t)}</p>" for t in spread.main)
    side = "".join(
        f"<p class='label'>{html.escape(label)}</p><p class='figure'><strong>"
        f"{html.escape(figure)}</strong></p>"
        for label, figure in spread.side
    )
    box = (
        f"<div class='sidebar in-figures' style='flex:1;background:#e8eef4;padding:1em'>"
        f"<h4>{html.escape(spread.title)}</h4>{side}</div>"
    )
    body = f"<div class='body' style='flex:2'>{main}</div>"
    inner = box + body if spread.side_first else body + box
    return f"<div class='spread' style='display:flex;gap:2em'>{inner}</div>"


def _html_tile(tile: Tile) -> str:
    head = "".join(f"<th>{html.escape(x)}</th>" for x in tile.rows[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in row) + "</tr>"
        for row in tile.rows[1:]
    )
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    return f"<div class='tile'><h3>{html.escape(tile.title)}</h3>{table}</div>"


def _html_tiles(tiles: Tiles) -> str:
    inner = "".join(_html_tile(t) for t in tiles.tiles)
    return (
        "<div class='tiles' style='display:grid;grid-template-columns:1fr 1fr;gap:1em'>"
        f"{inner}</div>"
    )


def render_html(blocks: list[Block], title: str = "", site: str = "") -> bytes:
    flat, extra = _flat(blocks)
    page = render_html_p(flat, title, site).decode("utf-8")
    for i, block in enumerate(extra):
        piece = _html_spread(block) if isinstance(block, Spread) else _html_tiles(block)
        page = page.replace(f"<p>{MARK}{i}</p>", piece, 1)
    return page.encode("utf-8")


def render(blocks: list[Block], fmt: str, title: str = "", site: str = "") -> tuple[bytes, str]:
    """One rendering: (bytes, file name)."""
    if fmt == "docx":
        return render_docx(blocks), "document.docx"
    if fmt == "pdf":
        return render_pdf(blocks), "document.pdf"
    if fmt == "html":
        return render_html(blocks, title, site), "document.html"
    raise ValueError(f"unknown format {fmt!r}")
