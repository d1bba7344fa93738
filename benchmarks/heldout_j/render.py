"""Set J's renderer: set I's (benchmarks/heldout_i/render.py, imported, not copied)
plus two things set J's letters print and sets D to I's renderers never did:

- `C(text, colour, style)`: a paragraph in a coloured font (the answers of a letter
  that says "our responses are shown in blue"). DOCX colours the paragraph's runs,
  the PDF draws its characters in that colour, HTML gives the `<p>` a `style` colour;
- `Columns()`: from here on the page is set in two text columns, as a newsletter-
  style letter is. DOCX ends the single-column section there with a continuous
  section break and gives the rest of the document two columns; the PDF flows the
  following paragraphs down the left column, then the right, then onto the next page;
  HTML (not used by set J's two-column letters) prints nothing for it.

Every other block is set I's and is drawn by set I's code, so what sets D to I print
is printed the same way here.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from html import escape
from unittest import mock

from benchmarks.heldout_d.render import P, _html_block
from benchmarks.heldout_i.render import Block as BlockI
from benchmarks.heldout_i.render import Details, Grid, Html, N, Running
from benchmarks.heldout_i.render import render_docx as render_docx_i
from benchmarks.heldout_i.render import render_html as render_html_i
from benchmarks.heldout_i.render import render_pdf as render_pdf_i

COLUMNS_MARK = "@@two-columns@@"
GUTTER = 8.0  # mm between the two PDF columns


@dataclass
class C:
    text: str
    colour: str  # "#RRGGBB"
    style: str | None = None


@dataclass
class Columns:
    pass


Block = BlockI | C | Columns


def _flat(blocks: list[Block]) -> list[BlockI]:
    out: list[BlockI] = []
    for b in blocks:
        if isinstance(b, C):
            out.append(P(b.text, b.style))
        elif isinstance(b, Columns):
            out.append(P(COLUMNS_MARK))
        else:
            out.append(b)
    return out


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _two_columns(document, mark_paragraph) -> None:
    """End a single-column section at the mark (a continuous break) and give the
    document's last section two columns."""
    import copy

    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    body_pr = document.element.body.sectPr
    first = copy.deepcopy(body_pr)
    for cols in first.findall(qn("w:cols")):
        first.remove(cols)
    mark_paragraph.text = ""
    mark_paragraph._p.get_or_add_pPr().append(first)
    start = OxmlElement("w:type")
    start.set(qn("w:val"), "continuous")
    body_pr.insert(0, start)
    cols = body_pr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        body_pr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "454")


def render_docx(blocks: list[Block]) -> bytes:
    import docx
    from docx.shared import RGBColor

    document = docx.Document(io.BytesIO(render_docx_i(_flat(blocks))))
    coloured = {b.text: b.colour for b in blocks if isinstance(b, C)}
    for para in document.paragraphs:
        if para.text == COLUMNS_MARK:
            _two_columns(document, para)
        elif para.text in coloured:
            for run in para.runs:
                run.font.color.rgb = RGBColor(*_rgb(coloured[para.text]))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf_class(coloured: dict[str, str], limit: float | None, seen: dict[str, float]):
    """Set D's drawing with coloured paragraphs and a two-column flow. With `limit`
    None the column text is only measured (its height into `seen`); with a limit the
    left column ends at the first paragraph that starts below it, so that the two
    columns come out about even, as a word processor balances them."""
    from fpdf import FPDF

    class Drawn(FPDF):
        columns = False
        column = 0
        top = 0.0

        def _column_margins(self) -> None:
            width = (self.w - 20 - GUTTER) / 2
            left = 10 + self.column * (width + GUTTER)
            self.set_left_margin(left)
            self.set_right_margin(self.w - left - width)
            self.set_x(left)

        def multi_cell(self, w, h=None, text="", *args, **kwargs):
            if text == COLUMNS_MARK:
                self.columns, self.column, self.top = True, 0, self.get_y()
                seen["top"] = self.top
                self._column_margins()
                return None
            if self.columns and limit is not None and self.column == 0 and self.get_y() > limit:
                self.column = 1
                self._column_margins()
                self.set_y(self.top)
            colour = coloured.get(text)
            if colour:
                self.set_text_color(*_rgb(colour))
            before = (self.page, self.get_y())
            out = super().multi_cell(w, h, text, *args, **kwargs)
            if colour:
                self.set_text_color(0, 0, 0)
            if self.columns and limit is None:
                same_page = self.page == before[0]
                seen["height"] += (self.get_y() - before[1] if same_page else self.get_y()) + 2
            return out

        def accept_page_break(self) -> bool:
            if not self.columns or limit is None:
                return super().accept_page_break()
            if self.column == 0:  # the right column of the same page
                self.column = 1
                self._column_margins()
                self.set_y(self.top)
                return False
            self.column, self.top = 0, 10.0  # the next page starts at its top
            self._column_margins()
            return True

    return Drawn


def render_pdf(blocks: list[Block]) -> bytes:
    coloured = {b.text: b.colour for b in blocks if isinstance(b, C)}
    seen = {"top": 0.0, "height": 0.0}
    limit = None
    if any(isinstance(b, Columns) for b in blocks):  # measure first, then balance
        with mock.patch("fpdf.FPDF", _pdf_class(coloured, None, seen)):
            render_pdf_i(_flat(blocks))
        limit = seen["top"] + seen["height"] / 2 - 5
    with mock.patch("fpdf.FPDF", _pdf_class(coloured, limit, seen)):
        return render_pdf_i(_flat(blocks))


def render_html(blocks: list[Block], title: str = "", site: str = "") -> bytes:
    page = render_html_i(_flat(blocks), title, site).decode("utf-8")
    page = page.replace(f"<p>{escape(COLUMNS_MARK)}</p>", "")
    # a page's style sheet belongs in its <head>, whichever block brought it
    sheets = re.findall(r"<style>.*?</style>", page, flags=re.S)
    for sheet in sheets:
        page = page.replace(sheet, "", 1)
    page = page.replace("</head>", "".join(sheets) + "</head>", 1)
    for b in blocks:
        if isinstance(b, C):
            plain = _html_block(P(b.text, b.style))
            page = page.replace(plain, f"<p style='color:{b.colour}'>{plain[3:]}", 1)
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


__all__ = ["Block", "C", "Columns", "Details", "Grid", "Html", "N", "Running", "render"]
