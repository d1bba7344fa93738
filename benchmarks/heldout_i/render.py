"""Set I's renderer: set H's (benchmarks/heldout_h/render.py, imported, not copied)
plus one block for what set I's web pages print and sets D to H's renderers never did:

- `Html(html, printed)`: a piece of a web page written as its own markup (an FAQ page
  with a contents list of links, `<h3>` questions and "Back to top" links; an `<ol>`
  whose numbers the browser draws, with each answer in a `<blockquote>`; an inline
  SVG chart with data labels and a `<figcaption>`). In HTML the markup goes into the
  page as it is; in DOCX and PDF the `printed` blocks are drawn instead: what a
  browser prints of that piece, or what the report's Word or PDF version carries.

Every other block is set H's and is drawn by set H's code, so what set H prints is
printed the same way here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from benchmarks.heldout_d.render import P
from benchmarks.heldout_h.render import Block as BlockH
from benchmarks.heldout_h.render import Details, Grid, N, Running
from benchmarks.heldout_h.render import render_docx as render_docx_h
from benchmarks.heldout_h.render import render_html as render_html_h
from benchmarks.heldout_h.render import render_pdf as render_pdf_h


@dataclass
class Html:
    html: str
    printed: list[BlockH] = field(default_factory=list)


Block = BlockH | Html


def _printed(blocks: list[Block]) -> list[BlockH]:
    out: list[BlockH] = []
    for b in blocks:
        out += b.printed if isinstance(b, Html) else [b]
    return out


def render_docx(blocks: list[Block]) -> bytes:
    return render_docx_h(_printed(blocks))


def render_pdf(blocks: list[Block]) -> bytes:
    return render_pdf_h(_printed(blocks))


def render_html(blocks: list[Block], title: str = "", site: str = "") -> bytes:
    marked = [P(f"@@raw{i}@@") if isinstance(b, Html) else b for i, b in enumerate(blocks)]
    page = render_html_h(marked, title, site).decode("utf-8")
    for i, b in enumerate(blocks):
        if isinstance(b, Html):
            page = page.replace(f"<p>@@raw{i}@@</p>", b.html, 1)
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


__all__ = ["Block", "Details", "Grid", "Html", "N", "Running", "render"]
