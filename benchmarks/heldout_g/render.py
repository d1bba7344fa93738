"""Set G's renderer: set D's (benchmarks/heldout_d/render.py, imported, not copied)
plus two things real trusts' letters carry that sets D, E and F never printed:

- `N(text, n, style)`: a paragraph of an automatically numbered list. In DOCX it has
  Word's "List Number" style and its text holds no number (Word draws "1." from the
  numbering definition, as in a letter typed with the numbering button); in HTML it is
  an `<ol start="n">` item; in PDF the number is printed, as Word prints it;
- `Running(header, footer)`: a running page header and footer; the footer ends with
  "Page x of y". DOCX puts them in the section's header and footer (PAGE/NUMPAGES
  fields), PDF on every page; an HTML page has its own navigation and footer already.

Every other block is set D's and is drawn by set D's code, so what set D prints is
printed the same way here.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from unittest import mock

from benchmarks.heldout_d.render import Block as BlockD
from benchmarks.heldout_d.render import P, _html_block, plain
from benchmarks.heldout_d.render import render_docx as render_docx_d
from benchmarks.heldout_d.render import render_html as render_html_d
from benchmarks.heldout_d.render import render_pdf as render_pdf_d


@dataclass
class N:
    text: str
    n: int
    style: str | None = None


@dataclass
class Running:
    header: str
    footer: str


Block = BlockD | N | Running


def _numbered(b: N) -> P:
    return P(f"{b.n}. {b.text}", b.style)


def _flat(blocks: list[Block]) -> list[BlockD]:
    """Set D's blocks: a numbered item printed with its number, running text left out."""
    return [_numbered(b) if isinstance(b, N) else b for b in blocks if not isinstance(b, Running)]


def _field(paragraph, instr: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def render_docx(blocks: list[Block]) -> bytes:
    import docx

    document = docx.Document(io.BytesIO(render_docx_d(_flat(blocks))))
    numbered = {plain(_numbered(b).text): b for b in blocks if isinstance(b, N)}
    for para in document.paragraphs:
        item = numbered.pop(para.text, None)
        if item is None:
            continue
        # the number belongs to the list, not the text: strip "n. " from the first run
        prefix = f"{item.n}. "
        first = next(r for r in para.runs if r.text)
        first.text = first.text[len(prefix) :] if first.text.startswith(prefix) else first.text
        para.style = document.styles["List Number"]
    running = next((b for b in blocks if isinstance(b, Running)), None)
    if running:
        section = document.sections[0]
        section.header.paragraphs[0].text = running.header
        foot = section.footer.paragraphs[0]
        foot.text = f"{running.footer}    Page "
        _field(foot, "PAGE")
        foot.add_run(" of ")
        _field(foot, "NUMPAGES")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _paged(running: Running):
    from fpdf import FPDF

    class Paged(FPDF):
        def header(self) -> None:
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, running.header, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, f"{running.footer}    Page {self.page_no()} of {{nb}}", align="C")

    return Paged


def render_pdf(blocks: list[Block]) -> bytes:
    running = next((b for b in blocks if isinstance(b, Running)), None)
    if running is None:
        return render_pdf_d(_flat(blocks))
    # set D's renderer builds its own FPDF; it imports the class when called, so a
    # subclass with a header and footer is handed to it there, and its drawing is reused
    with mock.patch("fpdf.FPDF", _paged(running)):
        return render_pdf_d(_flat(blocks))


def render_html(blocks: list[Block], title: str = "", site: str = "") -> bytes:
    page = render_html_d(_flat(blocks), title, site).decode("utf-8")
    for b in blocks:
        if isinstance(b, N):
            inner = _html_block(P(b.text, b.style))[3:-4]  # without <p> and </p>
            page = page.replace(
                _html_block(_numbered(b)), f"<ol start='{b.n}'><li>{inner}</li></ol>", 1
            )
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


__all__ = ["Block", "N", "Running", "render"]
