"""Set E's renderer: set D's (benchmarks/heldout_d/render.py, imported, not copied)
plus one block set D has no use for: `Slide`, a landscape page of a slide deck with a
title, one big figure, its caption and small notes. A document of slides is printed
to PDF only, one slide a page, as a presentation tool exports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from benchmarks.heldout_d.render import _FIXED, _FONT, _FONT_BOLD, Block
from benchmarks.heldout_d.render import render as render_d


@dataclass
class Slide:
    title: str
    figure: str
    caption: str
    notes: list[str] = field(default_factory=list)


def render_slides(slides: list[Slide]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_creation_date(_FIXED)
    pdf.add_font("DejaVu", "", _FONT)
    pdf.add_font("DejaVu", "B", _FONT_BOLD)
    pdf.set_auto_page_break(False)
    for s in slides:
        pdf.add_page()
        pdf.set_font("DejaVu", style="B", size=24)
        pdf.multi_cell(0, 12, s.title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(10)
        pdf.set_font("DejaVu", style="B", size=60)
        pdf.cell(0, 30, s.figure, new_x="LMARGIN", new_y="NEXT", align="C")
        pdf.ln(6)
        pdf.set_font("DejaVu", size=16)
        pdf.multi_cell(0, 8, s.caption, new_x="LMARGIN", new_y="NEXT", align="C")
        pdf.ln(8)
        pdf.set_font("DejaVu", size=11)
        for note in s.notes:
            pdf.multi_cell(0, 6, note, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def render(
    blocks: list[Block | Slide], fmt: str, title: str = "", site: str = ""
) -> tuple[bytes, str]:
    """One rendering: (bytes, file name)."""
    slides = [b for b in blocks if isinstance(b, Slide)]
    if slides:
        if fmt != "pdf" or len(slides) != len(blocks):
            raise ValueError("a slide deck is all slides and is printed to PDF only")
        return render_slides(slides), "document.pdf"
    return render_d(blocks, fmt, title, site)  # type: ignore[arg-type]
