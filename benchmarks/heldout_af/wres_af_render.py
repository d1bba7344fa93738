"""Set AF's WRES renderer: set P's (benchmarks/heldout_p/render.py, imported, not
copied) plus two things set AF's WRES layouts print and sets D to AE's renderers never
did:

- `Spanned(rows, head)`: a table whose cells may be merged across columns in the BODY
  as well as the head (each cell a `(text, colspan)` pair; the first `head` rows are
  heads). DOCX merges the cells (`cell.merge`), the PDF draws fpdf2's `colspan`, HTML
  prints `<td colspan=...>`.
- `Tabbed(lines, stops)`: columns typed with tab stops, not a table: each line a
  paragraph whose fields are separated by tabs. DOCX sets real tab stops (`w:tabs`) and
  tab characters, the PDF draws each field at its stop's x position, HTML (as Word's
  "save as web page" does) prints each field in an inline-block span of the stop's width.

Every other block is set P's and is drawn by set P's code.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from unittest import mock

from benchmarks.heldout_p.render import Block as BlockP
from benchmarks.heldout_p.render import P
from benchmarks.heldout_p.render import render_docx as render_docx_p
from benchmarks.heldout_p.render import render_html as render_html_p
from benchmarks.heldout_p.render import render_pdf as render_pdf_p

MARK = "@@af@@"


@dataclass
class Spanned:
    rows: list[list[tuple[str, int]]]
    head: int = 1


@dataclass
class Tabbed:
    lines: list[list[str]]
    stops: tuple[int, ...]  # each field after the first starts at this many mm


Block = BlockP | Spanned | Tabbed


def _flat(blocks: list[Block]) -> tuple[list[BlockP], list[Spanned | Tabbed]]:
    out: list[BlockP] = []
    extra: list[Spanned | Tabbed] = []
    for b in blocks:
        if isinstance(b, Spanned | Tabbed):
            out.append(P(f"{MARK}{len(extra)}"))
            extra.append(b)
        else:
            out.append(b)
    return out, extra


def _docx_spanned(document, table: Spanned):
    width = sum(span for _, span in table.rows[0])
    out = document.add_table(rows=0, cols=width)
    out.style = "Table Grid"
    for n, row in enumerate(table.rows):
        cells, col = out.add_row().cells, 0
        for text, span in row:
            cell = cells[col].merge(cells[col + span - 1]) if span > 1 else cells[col]
            cell.text = text
            if n < table.head:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            col += span
    return out._tbl


def _docx_tabbed(document, tabbed: Tabbed, anchor) -> None:
    from docx.shared import Mm

    for fields in reversed(tabbed.lines):  # each inserted right after the anchor
        para = document.add_paragraph("\t".join(fields))
        for stop in tabbed.stops:
            para.paragraph_format.tab_stops.add_tab_stop(Mm(stop))
        anchor.addnext(para._p)


def render_docx(blocks: list[Block]) -> bytes:
    import docx

    flat, extra = _flat(blocks)
    document = docx.Document(io.BytesIO(render_docx_p(flat)))
    for para in list(document.paragraphs):
        if para.text.startswith(MARK):
            block = extra[int(para.text[len(MARK) :])]
            if isinstance(block, Spanned):
                para._p.addnext(_docx_spanned(document, block))
            else:
                _docx_tabbed(document, block, para._p)
            para._p.getparent().remove(para._p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf_class(extra: list[Spanned | Tabbed]):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Extra(FPDF):
        def multi_cell(self, w, h=None, text="", *args, **kwargs):
            if not str(text).startswith(MARK):
                return super().multi_cell(w, h, text, *args, **kwargs)
            block = extra[int(str(text)[len(MARK) :])]
            family, style, size = self.font_family, self.font_style, self.font_size_pt
            self.set_font("DejaVu", "", 9)
            if isinstance(block, Spanned):
                self._spanned(block, FontFace(emphasis="BOLD"))
            else:
                self._tabbed(block)
            self.set_font(family, style, size)
            return None

        def _spanned(self, table: Spanned, bold) -> None:
            with FPDF.table(self, first_row_as_headings=False, line_height=5) as t:
                for n, row in enumerate(table.rows):
                    r = t.row()
                    for text, span in row:
                        r.cell(text, colspan=span, style=bold if n < table.head else None)

        def _tabbed(self, tabbed: Tabbed) -> None:
            left = self.l_margin
            for fields in tabbed.lines:
                y = self.get_y()
                for x, field in zip((0, *tabbed.stops), fields, strict=False):
                    if not field:  # an empty field is only a tab: nothing to draw
                        continue
                    self.set_xy(left + x, y)
                    FPDF.cell(self, text=field)
                self.set_xy(left, y + 5)
            self.ln(2)

    return Extra


def render_pdf(blocks: list[Block]) -> bytes:
    flat, extra = _flat(blocks)
    with mock.patch("fpdf.FPDF", _pdf_class(extra)):
        return render_pdf_p(flat)


def _html_spanned(table: Spanned) -> str:
    rows = []
    for n, row in enumerate(table.rows):
        tag = "th" if n < table.head else "td"
        cells = "".join(
            f"<{tag}{f' colspan={span!s}' if span > 1 else ''}>{html.escape(t)}</{tag}>"
            for t, span in row
        )
        rows.append(f"<tr>{cells}</tr>")
    head, body = "".join(rows[: table.head]), "".join(rows[table.head :])
    return f"<table><thead>{head}</thead><tbody>{body}</tbody></table>"


def _html_tabbed(tabbed: Tabbed) -> str:
    widths = [b - a for a, b in zip((0, *tabbed.stops), tabbed.stops, strict=False)]
    lines = []
    for fields in tabbed.lines:
        spans = [
            f"<span style='display:inline-block;width:{w}mm'>{html.escape(x)}</span>\t"
            for x, w in zip(fields, widths, strict=False)
        ]
        spans += [f"<span>{html.escape(x)}</span>" for x in fields[len(widths) :]]
        lines.append(f"<p class='MsoNormal'>{''.join(spans)}</p>")
    return "".join(lines)


def render_html(blocks: list[Block], title: str = "", site: str = "") -> bytes:
    flat, extra = _flat(blocks)
    page = render_html_p(flat, title, site).decode("utf-8")
    for i, block in enumerate(extra):
        piece = _html_spanned(block) if isinstance(block, Spanned) else _html_tabbed(block)
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
