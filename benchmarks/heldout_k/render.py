"""Set K's renderer: set J's (benchmarks/heldout_j/render.py, imported, not copied)
plus one thing set K's letters print and sets D to J's renderers never did:

- `F(text, style)`: a paragraph typed in another typeface (a monospaced one, as a
  letter whose answers were typed into the request in Courier New). DOCX gives the
  paragraph's runs the font "Courier New", the PDF draws its characters in DejaVu Sans
  Mono, HTML gives the `<p>` a `font-family` style.

Every other block is set J's and is drawn by set J's code, so what sets D to J print is
printed the same way here.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from unittest import mock

from benchmarks.heldout_d.render import B, H, P, T, _html_block
from benchmarks.heldout_j.render import Block as BlockJ
from benchmarks.heldout_j.render import C, Columns, Details, Grid, Html, N, Running
from benchmarks.heldout_j.render import render_docx as render_docx_j
from benchmarks.heldout_j.render import render_html as render_html_j
from benchmarks.heldout_j.render import render_pdf as render_pdf_j

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
DOCX_FONT = "Courier New"


@dataclass
class F:
    text: str
    style: str | None = None


Block = BlockJ | F


def _flat(blocks: list[Block]) -> list[BlockJ]:
    return [P(b.text, b.style) if isinstance(b, F) else b for b in blocks]


def render_docx(blocks: list[Block]) -> bytes:
    import docx

    document = docx.Document(io.BytesIO(render_docx_j(_flat(blocks))))
    typed = {b.text for b in blocks if isinstance(b, F)}
    for para in document.paragraphs:
        if para.text in typed:
            for run in para.runs:
                run.font.name = DOCX_FONT
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf_class(typed: set[str]):
    from fpdf import FPDF

    class Typed(FPDF):
        def multi_cell(self, w, h=None, text="", *args, **kwargs):
            if text not in typed:
                return super().multi_cell(w, h, text, *args, **kwargs)
            if "mono" not in self.fonts:
                self.add_font("Mono", "", MONO)
            family, style, size = self.font_family, self.font_style, self.font_size_pt
            self.set_font("Mono", "", size)
            out = super().multi_cell(w, h, text, *args, **kwargs)
            self.set_font(family, style, size)
            return out

    return Typed


def render_pdf(blocks: list[Block]) -> bytes:
    typed = {b.text for b in blocks if isinstance(b, F)}
    if not typed:
        return render_pdf_j(_flat(blocks))
    with mock.patch("fpdf.FPDF", _pdf_class(typed)):
        return render_pdf_j(_flat(blocks))


def render_html(blocks: list[Block], title: str = "", site: str = "") -> bytes:
    page = render_html_j(_flat(blocks), title, site).decode("utf-8")
    for b in blocks:
        if isinstance(b, F):
            plain = _html_block(P(b.text, b.style))
            styled = f"<p style='font-family:\"Courier New\",monospace'>{plain[3:]}"
            page = page.replace(plain, styled, 1)
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
__all__ += ["Running", "T", "render"]
