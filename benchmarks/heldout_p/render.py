"""Set P's renderer: set O's (benchmarks/heldout_o/render.py, imported, not copied)
plus one thing set P's letters print and sets D to O's renderers never did:

- `Banded(rows)`: one two-column table whose rows are either a band (a `str`: a
  question printed in a grey shaded row merged across both columns) or a pair of cells
  (a `tuple`: a label such as "Response" on the left, the answer on the right; a cell
  may hold several lines, "\\n"). DOCX merges the band's two cells and shades them
  (`w:shd`), the PDF draws the band as one grey cell spanning both columns, HTML prints
  `<td colspan="2">` with a grey background.

Every other block is set O's and is drawn by set O's code (and so by set M's, K's and
I's), so what sets D to O print is printed the same way here.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from unittest import mock

from benchmarks.heldout_d.render import DL
from benchmarks.heldout_o.render import (
    BI,
    B,
    Columns,
    Details,
    Grid,
    H,
    Html,
    P,
    Rule,
    Running,
    S,
    T,
    U,
)
from benchmarks.heldout_o.render import Block as BlockO
from benchmarks.heldout_o.render import render_docx as render_docx_o
from benchmarks.heldout_o.render import render_html as render_html_o
from benchmarks.heldout_o.render import render_pdf as render_pdf_o

MARK = "@@banded@@"
GREY = "D9D9D9"


@dataclass
class Banded:
    rows: list[str | tuple[str, str]]


Block = BlockO | Banded


def _flat(blocks: list[Block]) -> tuple[list[BlockO], list[Banded]]:
    out: list[BlockO] = []
    tables: list[Banded] = []
    for b in blocks:
        if isinstance(b, Banded):
            out.append(P(f"{MARK}{len(tables)}"))
            tables.append(b)
        else:
            out.append(b)
    return out, tables


def _shade(cell) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    for k, v in (("val", "clear"), ("color", "auto"), ("fill", GREY)):
        shd.set(qn(f"w:{k}"), v)
    cell._tc.get_or_add_tcPr().append(shd)


def _docx_table(document, banded: Banded):
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for row in banded.rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            cell = cells[0].merge(cells[1])
            cell.text = row
            for run in cell.paragraphs[0].runs:
                run.bold = True
            _shade(cell)
            continue
        for cell, text in zip(cells, row, strict=True):
            lines = text.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    return table


def render_docx(blocks: list[Block]) -> bytes:
    import docx

    flat, tables = _flat(blocks)
    document = docx.Document(io.BytesIO(render_docx_o(flat)))
    for para in list(document.paragraphs):
        if para.text.startswith(MARK):
            table = _docx_table(document, tables[int(para.text[len(MARK) :])])
            para._p.addnext(table._tbl)
            para._p.getparent().remove(para._p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf_class(tables: list[Banded]):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Bands(FPDF):
        def multi_cell(self, w, h=None, text="", *args, **kwargs):
            if not str(text).startswith(MARK):
                return super().multi_cell(w, h, text, *args, **kwargs)
            banded = tables[int(str(text)[len(MARK) :])]
            family, style, size = self.font_family, self.font_style, self.font_size_pt
            self.set_font("DejaVu", "", 9)
            band = FontFace(emphasis="BOLD", fill_color=(217, 217, 217))
            # the real table(): set H's subclass reads its own options for each Grid
            with FPDF.table(
                self,
                first_row_as_headings=False,
                line_height=5,
                text_align="LEFT",
                col_widths=(1, 4),
            ) as t:
                for row in banded.rows:
                    if isinstance(row, str):
                        t.row().cell(row, colspan=2, style=band)
                    else:
                        t.row(list(row))
            self.set_font(family, style, size)
            return None

    return Bands


def render_pdf(blocks: list[Block]) -> bytes:
    flat, tables = _flat(blocks)
    if not tables:
        return render_pdf_o(flat)
    with mock.patch("fpdf.FPDF", _pdf_class(tables)):
        return render_pdf_o(flat)


def _html_table(banded: Banded) -> str:
    rows = []
    for row in banded.rows:
        if isinstance(row, str):
            rows.append(
                f"<tr><td colspan='2' style='background:#{GREY}'><strong>"
                f"{html.escape(row)}</strong></td></tr>"
            )
        else:
            cells = "".join(
                f"<td>{'<br>'.join(html.escape(x) for x in c.split(chr(10)))}</td>" for c in row
            )
            rows.append(f"<tr>{cells}</tr>")
    return f"<table class='qa'><tbody>{''.join(rows)}</tbody></table>"


def render_html(blocks: list[Block], title: str = "", site: str = "") -> bytes:
    flat, tables = _flat(blocks)
    page = render_html_o(flat, title, site).decode("utf-8")
    for i, banded in enumerate(tables):
        page = page.replace(f"<p>{MARK}{i}</p>", _html_table(banded), 1)
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


__all__ = ["BI", "DL", "B", "Banded", "Block", "Columns", "Details", "Grid", "H", "Html", "P"]
__all__ += ["Rule", "Running", "S", "T", "U", "render"]
