"""Set O's renderer: set M's (benchmarks/heldout_m/render.py, imported, not copied)
plus two things set O's letters print and sets D to M's renderers never did:

- `Rule()`: a horizontal rule between one question-and-answer and the next. HTML
  prints `<hr>`, DOCX an empty paragraph with a bottom border (`w:pBdr/w:bottom`), the
  PDF a drawn line across the text width;
- `BI(text)`: a paragraph in bold italics (a question restated after a rule). DOCX
  gives its runs bold and italic, the PDF draws it in DejaVu Sans Bold Oblique, HTML
  wraps its text in `<strong><em>`.

Every other block is set M's and is drawn by set M's code (and so by set K's, set I's
`Html` pieces included), so what sets D to M print is printed the same way here.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from unittest import mock

from benchmarks.heldout_d.render import _html_block
from benchmarks.heldout_m.render import (
    B,
    C,
    Columns,
    Details,
    F,
    Grid,
    H,
    Html,
    N,
    P,
    Running,
    S,
    T,
    U,
)
from benchmarks.heldout_m.render import Block as BlockM
from benchmarks.heldout_m.render import render_docx as render_docx_m
from benchmarks.heldout_m.render import render_html as render_html_m
from benchmarks.heldout_m.render import render_pdf as render_pdf_m

RULE_MARK = "@@rule@@"
BOLD_OBLIQUE = "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"


@dataclass
class Rule:
    pass


@dataclass
class BI:
    text: str


Block = BlockM | Rule | BI


def _flat(blocks: list[Block]) -> list[BlockM]:
    out: list[BlockM] = []
    for b in blocks:
        if isinstance(b, Rule):
            out.append(P(RULE_MARK))
        elif isinstance(b, BI):
            out.append(P(b.text, "bold"))
        else:
            out.append(b)
    return out


def _bottom_border(para) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = para._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    edge = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "808080")):
        edge.set(qn(f"w:{k}"), v)
    borders.append(edge)
    ppr.append(borders)


def render_docx(blocks: list[Block]) -> bytes:
    import docx

    document = docx.Document(io.BytesIO(render_docx_m(_flat(blocks))))
    both = {b.text for b in blocks if isinstance(b, BI)}
    for para in document.paragraphs:
        if para.text == RULE_MARK:
            for run in para.runs:
                run.text = ""
            _bottom_border(para)
        elif para.text in both:
            for run in para.runs:
                run.bold = run.italic = True
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf_class(both: set[str]):
    from fpdf import FPDF

    class Ruled(FPDF):
        def multi_cell(self, w, h=None, text="", *args, **kwargs):
            if text == RULE_MARK:
                y = self.get_y() + 2
                self.line(self.l_margin, y, self.w - self.r_margin, y)
                self.set_y(y + 2)
                return None
            if text not in both:
                return super().multi_cell(w, h, text, *args, **kwargs)
            if not {"dejavubi", "dejavuBI"} & set(self.fonts):
                self.add_font("DejaVu", "BI", BOLD_OBLIQUE)
            family, style, size = self.font_family, self.font_style, self.font_size_pt
            self.set_font("DejaVu", "BI", size)
            out = super().multi_cell(w, h, text, *args, **kwargs)
            self.set_font(family, style, size)
            return out

    return Ruled


def render_pdf(blocks: list[Block]) -> bytes:
    both = {b.text for b in blocks if isinstance(b, BI)}
    if not both and not any(isinstance(b, Rule) for b in blocks):
        return render_pdf_m(_flat(blocks))
    with mock.patch("fpdf.FPDF", _pdf_class(both)):
        return render_pdf_m(_flat(blocks))


def render_html(blocks: list[Block], title: str = "", site: str = "") -> bytes:
    page = render_html_m(_flat(blocks), title, site).decode("utf-8")
    page = page.replace(f"<p>{RULE_MARK}</p>", "<hr>")
    for b in blocks:
        if isinstance(b, BI):
            plain = _html_block(P(b.text, "bold"))
            inner = plain[len("<p><strong>") : -len("</strong></p>")]
            page = page.replace(plain, f"<p><strong><em>{inner}</em></strong></p>", 1)
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


__all__ = ["BI", "B", "Block", "C", "Columns", "Details", "F", "Grid", "H", "Html", "N", "P"]
__all__ += ["Rule", "Running", "S", "T", "U", "render"]
