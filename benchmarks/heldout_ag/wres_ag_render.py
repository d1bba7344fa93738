"""Set AG's WRES renderer: set P's (benchmarks/heldout_p/render.py, imported, not
copied) plus two things set AG's WRES layouts print and sets D to AF's renderers never
did:

- `Merged(rows, head)`: a table whose body cells may be merged DOWN as well as across
  (each `Cell(text, rows, cols)`); a row lists only the cells that start in it, as
  HTML does, so a row under a cell merged down has fewer cells. HTML prints `rowspan`
  / `colspan`, DOCX merges the grid cells (`w:vMerge`, `w:gridSpan`), the PDF draws
  fpdf2's `rowspan` / `colspan` (the text centred in the merged height, as Word
  prints a merged cell whose alignment is 'centre').
- `Outline(items)`: a bulleted list nested up to three levels deep (each item a
  `(level, text)` pair, level 0 to 2). HTML nests `<ul>` inside the `<li>`, DOCX sets
  Word's 'List Bullet', 'List Bullet 2' and 'List Bullet 3' styles, the PDF draws
  each item indented by its level behind its level's glyph ('•', '◦', '▪').

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

MARK = "@@ag@@"
LIST_STYLES = ("List Bullet", "List Bullet 2", "List Bullet 3")
GLYPHS = ("•", "◦", "▪")


@dataclass
class Cell:
    text: str
    rows: int = 1
    cols: int = 1


@dataclass
class Merged:
    rows: list[list[Cell]]  # each row: the cells that start in it
    head: int = 1
    widths: tuple[int, ...] = ()  # relative column widths in the PDF (a wide name column)


@dataclass
class Outline:
    items: list[tuple[int, str]]  # (level 0..2, text)


Block = BlockP | Merged | Outline


def placed(table: Merged) -> tuple[int, list[tuple[int, int, Cell]]]:
    """The table's width and each cell with its grid position (row, column): a cell
    takes the first column its row has free of cells merged down from above."""
    taken: set[tuple[int, int]] = set()
    out: list[tuple[int, int, Cell]] = []
    for r, row in enumerate(table.rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            out.append((r, c, cell))
            taken |= {(r + i, c + j) for i in range(cell.rows) for j in range(cell.cols)}
            c += cell.cols
    width = max(c for _, c in taken) + 1
    return width, out


def _flat(blocks: list[Block]) -> tuple[list[BlockP], list[Merged | Outline]]:
    out: list[BlockP] = []
    extra: list[Merged | Outline] = []
    for b in blocks:
        if isinstance(b, Merged | Outline):
            out.append(P(f"{MARK}{len(extra)}"))
            extra.append(b)
        else:
            out.append(b)
    return out, extra


def _docx_merged(document, table: Merged):
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    width, cells = placed(table)
    out = document.add_table(rows=len(table.rows), cols=width)
    out.style = "Table Grid"
    for r, c, cell in cells:
        target = out.cell(r, c)
        if cell.rows > 1 or cell.cols > 1:
            target = target.merge(out.cell(r + cell.rows - 1, c + cell.cols - 1))
            target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        target.text = cell.text
        if r < table.head:
            for run in target.paragraphs[0].runs:
                run.bold = True
    return out._tbl


def _docx_outline(document, outline: Outline, anchor) -> None:
    for level, text in reversed(outline.items):  # each inserted right after the anchor
        para = document.add_paragraph(text, style=LIST_STYLES[level])
        anchor.addnext(para._p)


def render_docx(blocks: list[Block]) -> bytes:
    import docx

    flat, extra = _flat(blocks)
    document = docx.Document(io.BytesIO(render_docx_p(flat)))
    for para in list(document.paragraphs):
        if para.text.startswith(MARK):
            block = extra[int(para.text[len(MARK) :])]
            if isinstance(block, Merged):
                para._p.addnext(_docx_merged(document, block))
            else:
                _docx_outline(document, block, para._p)
            para._p.getparent().remove(para._p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf_class(extra: list[Merged | Outline]):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Extra(FPDF):
        def multi_cell(self, w, h=None, text="", *args, **kwargs):
            if not str(text).startswith(MARK):
                return super().multi_cell(w, h, text, *args, **kwargs)
            block = extra[int(str(text)[len(MARK) :])]
            family, style, size = self.font_family, self.font_style, self.font_size_pt
            if isinstance(block, Merged):
                self.set_font("DejaVu", "", 9)
                self._ag_merged(block, FontFace(emphasis="BOLD"))
            else:
                self.set_font("DejaVu", "", 10)
                self._ag_nested(block)
            self.set_font(family, style, size)
            return None

        def _ag_merged(self, table: Merged, bold) -> None:
            widths = {"col_widths": table.widths} if table.widths else {}
            with FPDF.table(self, first_row_as_headings=False, line_height=5, **widths) as t:
                for n, row in enumerate(table.rows):
                    r = t.row()
                    for cell in row:
                        style = bold if n < table.head else None
                        r.cell(cell.text, rowspan=cell.rows, colspan=cell.cols, style=style)
            self.ln(2)

        def _ag_nested(self, outline: Outline) -> None:
            left = self.l_margin
            for level, text in outline.items:
                indent = 6 + 8 * level
                if self.will_page_break(5):  # keep the glyph on its item's page
                    self.add_page()
                y = self.get_y()
                self.set_xy(left + indent - 5, y)
                FPDF.cell(self, w=5, h=5, text=GLYPHS[level])
                self.set_xy(left + indent, y)
                FPDF.multi_cell(self, self.epw - indent, 5, text, new_x="LMARGIN", new_y="NEXT")
                self.ln(1)
            self.ln(2)

    return Extra


def render_pdf(blocks: list[Block]) -> bytes:
    flat, extra = _flat(blocks)
    with mock.patch("fpdf.FPDF", _pdf_class(extra)):
        return render_pdf_p(flat)


def _html_merged(table: Merged) -> str:
    rows = []
    for n, row in enumerate(table.rows):
        tag = "th" if n < table.head else "td"
        cells = []
        for cell in row:
            spans = f"{f' rowspan={cell.rows}' if cell.rows > 1 else ''}"
            spans += f"{f' colspan={cell.cols}' if cell.cols > 1 else ''}"
            cells.append(f"<{tag}{spans}>{html.escape(cell.text)}</{tag}>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    head, body = "".join(rows[: table.head]), "".join(rows[table.head :])
    return f"<table><thead>{head}</thead><tbody>{body}</tbody></table>"


def _html_outline(outline: Outline) -> str:
    out: list[str] = []
    depth = -1  # the deepest list open
    for level, text in outline.items:
        if level > depth:
            out += ["<ul>"] * (level - depth)
        else:
            out += ["</li>"] + ["</ul></li>"] * (depth - level)
        out.append(f"<li>{html.escape(text)}")
        depth = level
    out += ["</li>"] + ["</ul></li>"] * depth + ["</ul>"]
    return "".join(out)


def render_html(blocks: list[Block], title: str = "", site: str = "") -> bytes:
    flat, extra = _flat(blocks)
    page = render_html_p(flat, title, site).decode("utf-8")
    for i, block in enumerate(extra):
        piece = _html_merged(block) if isinstance(block, Merged) else _html_outline(block)
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
