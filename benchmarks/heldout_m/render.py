"""Set M's renderer: set K's (benchmarks/heldout_k/render.py, imported, not copied)
plus two things set M's letters print and sets D to K's renderers never did:

- `U(text)`: an underlined paragraph (a question underlined, not bold). DOCX sets the
  paragraph's runs underlined, the PDF draws the characters underlined, HTML wraps
  the paragraph's text in `<u>`;
- `S(text)`: a paragraph in italics inside a grey shaded box with a thin border (a
  question repeated in a shaded panel). DOCX gives the paragraph shading and a border
  (`w:shd`, `w:pBdr`) and italic runs, the PDF fills the cell grey and draws its
  border, HTML puts the `<p><em>` in a `<div>` with a grey background and border.

Every other block is set K's and is drawn by set K's code, so what sets D to K print
is printed the same way here.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from unittest import mock

from benchmarks.heldout_d.render import P, _html_block
from benchmarks.heldout_k.render import B, C, Columns, Details, F, Grid, H, Html, N, Running, T
from benchmarks.heldout_k.render import Block as BlockK
from benchmarks.heldout_k.render import render_docx as render_docx_k
from benchmarks.heldout_k.render import render_html as render_html_k
from benchmarks.heldout_k.render import render_pdf as render_pdf_k

GREY = "E3E3E3"


@dataclass
class U:
    text: str


@dataclass
class S:
    text: str


Block = BlockK | U | S


def _flat(blocks: list[Block]) -> list[BlockK]:
    out: list[BlockK] = []
    for b in blocks:
        if isinstance(b, U):
            out.append(P(b.text))
        elif isinstance(b, S):
            out.append(P(b.text, "italic"))
        else:
            out.append(b)
    return out


def _shade(para) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = para._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        for k, v in (("val", "single"), ("sz", "4"), ("space", "4"), ("color", "999999")):
            edge.set(qn(f"w:{k}"), v)
        borders.append(edge)
    ppr.append(borders)
    shd = OxmlElement("w:shd")
    for k, v in (("val", "clear"), ("color", "auto"), ("fill", GREY)):
        shd.set(qn(f"w:{k}"), v)
    ppr.append(shd)


def render_docx(blocks: list[Block]) -> bytes:
    import docx

    document = docx.Document(io.BytesIO(render_docx_k(_flat(blocks))))
    under = {b.text for b in blocks if isinstance(b, U)}
    boxed = {b.text for b in blocks if isinstance(b, S)}
    for para in document.paragraphs:
        if para.text in under:
            for run in para.runs:
                run.font.underline = True
        elif para.text in boxed:
            _shade(para)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf_class(under: set[str], boxed: set[str]):
    from fpdf import FPDF

    class Marked(FPDF):
        def multi_cell(self, w, h=None, text="", *args, **kwargs):
            if text not in under and text not in boxed:
                return super().multi_cell(w, h, text, *args, **kwargs)
            family, style, size = self.font_family, self.font_style, self.font_size_pt
            if text in under:
                self.set_font(family, "U", size)
                out = super().multi_cell(w, h, text, *args, **kwargs)
            else:
                self.set_fill_color(227, 227, 227)
                kwargs |= {"fill": True, "border": 1, "padding": 2}
                out = super().multi_cell(w, h, text, *args, **kwargs)
            self.set_font(family, style, size)
            return out

    return Marked


def render_pdf(blocks: list[Block]) -> bytes:
    under = {b.text for b in blocks if isinstance(b, U)}
    boxed = {b.text for b in blocks if isinstance(b, S)}
    if not under and not boxed:
        return render_pdf_k(_flat(blocks))
    with mock.patch("fpdf.FPDF", _pdf_class(under, boxed)):
        return render_pdf_k(_flat(blocks))


def render_html(blocks: list[Block], title: str = "", site: str = "") -> bytes:
    page = render_html_k(_flat(blocks), title, site).decode("utf-8")
    for b in blocks:
        if isinstance(b, U | S):
            plain = _html_block(P(b.text, "italic" if isinstance(b, S) else None))
            if isinstance(b, U):
                new = f"<p><u>{plain[3:-4]}</u></p>"
            else:
                new = f"<div style='background:#{GREY};border:1px solid #999'>{plain}</div>"
            page = page.replace(plain, new, 1)
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


__all__ = ["B", "Block", "C", "Columns", "Details", "F", "Grid", "H", "Html", "N", "P"]
__all__ += ["Running", "S", "T", "U", "render"]
