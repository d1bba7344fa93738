"""Set AI's renderer: set AF's (benchmarks/heldout_af/wres_af_render.py, itself set P's
plus merged body cells and tab-stop columns; imported, not copied) plus three things
set AI's FOI letters print and sets D to AH's renderers never did:

- `Hang(label, text, bold)`: a paragraph with a hanging indent, its label ('Q1', 'A:',
  '1.') hung in the left margin and the text wrapped at the indent; an empty label
  gives a paragraph indented like the text above it. DOCX sets a left indent, a
  negative first-line indent and a tab stop at the indent, the label and the text
  separated by a tab; the PDF draws the label at the margin and the text in a cell at
  the indent; HTML prints what Word's "save as web page" makes of it: a `<p>` with a
  margin and a negative text-indent, the label in an inline-block span;
- `Outline(entries, bold)`: a two-level bulleted list, each entry a first-level item
  with its second-level items beneath it. DOCX uses the 'List Bullet' and 'List Bullet
  2' styles, the PDF draws '•' and '◦' at two indents, HTML nests a `<ul>` in the `<li>`;
- `Stacked(rows, head)`: a three-column table where each entry takes two rows and its
  first cell (a number) is merged DOWN over both: (number, first label, first text,
  second label, second text). DOCX merges the cells vertically (`w:vMerge`), the PDF
  draws fpdf2's `rowspan`, HTML prints `<td rowspan="2">`; `head` (if given) is a
  header row.

Every other block is set AF's and is drawn by set AF's code, so what sets D to AH print
is printed the same way here.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass, field
from unittest import mock

from benchmarks.heldout_af.wres_af_render import Block as BlockAF
from benchmarks.heldout_af.wres_af_render import render_docx as render_docx_af
from benchmarks.heldout_af.wres_af_render import render_html as render_html_af
from benchmarks.heldout_af.wres_af_render import render_pdf as render_pdf_af
from benchmarks.heldout_p.render import P

MARK = "@@ai@@"
INDENT_MM = 16


@dataclass
class Hang:
    label: str
    text: str
    bold: bool = False


@dataclass
class Outline:
    entries: list[tuple[str, list[str]]]
    bold: bool = False


@dataclass
class Stacked:
    rows: list[tuple[str, str, str, str, str]]
    head: tuple[str, str, str] | None = None


New = Hang | Outline | Stacked
Block = BlockAF | New


@dataclass
class _Split:
    flat: list[BlockAF]
    extra: list[New] = field(default_factory=list)


def _flat(blocks: list[Block]) -> _Split:
    """Set AF's blocks, each new block a marker paragraph replaced later."""
    out = _Split([])
    for b in blocks:
        if isinstance(b, New):
            out.flat.append(P(f"{MARK}{len(out.extra)}"))
            out.extra.append(b)
        else:
            out.flat.append(b)
    return out


# --- DOCX -------------------------------------------------------------------------


def _docx_hang(document, hang: Hang):
    from docx.shared import Mm

    para = document.add_paragraph()
    fmt = para.paragraph_format
    fmt.left_indent = Mm(INDENT_MM)
    fmt.first_line_indent = Mm(-INDENT_MM)
    fmt.tab_stops.add_tab_stop(Mm(INDENT_MM))
    para.add_run(f"{hang.label}\t")
    para.add_run(hang.text).bold = hang.bold
    return [para._p]


def _docx_outline(document, outline: Outline):
    out = []
    for top, subs in outline.entries:
        para = document.add_paragraph(style="List Bullet")
        para.add_run(top).bold = outline.bold
        out.append(para._p)
        out += [document.add_paragraph(s, style="List Bullet 2")._p for s in subs]
    return out


def _docx_stacked(document, stacked: Stacked):
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    if stacked.head:
        for cell, text in zip(table.add_row().cells, stacked.head, strict=True):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
    for number, label1, text1, label2, text2 in stacked.rows:
        first, second = table.add_row().cells, table.add_row().cells
        for cells, label, text in ((first, label1, text1), (second, label2, text2)):
            cells[1].text = label
            lines = text.split("\n")
            cells[2].text = lines[0]
            for line in lines[1:]:
                cells[2].add_paragraph(line)
        first[0].merge(second[0]).text = number
    return [table._tbl]


def render_docx(blocks: list[Block]) -> bytes:
    import docx

    split = _flat(blocks)
    document = docx.Document(io.BytesIO(render_docx_af(split.flat)))
    makers = {Hang: _docx_hang, Outline: _docx_outline, Stacked: _docx_stacked}
    for para in list(document.paragraphs):
        if not para.text.startswith(MARK):
            continue
        block = split.extra[int(para.text[len(MARK) :])]
        for element in reversed(makers[type(block)](document, block)):
            para._p.addnext(element)
        para._p.getparent().remove(para._p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


# --- PDF --------------------------------------------------------------------------


def _pdf_hang(pdf, hang: Hang, draw) -> None:
    family, style, size = pdf.font_family, pdf.font_style, pdf.font_size_pt
    y = pdf.get_y()
    if hang.label:
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(text=hang.label)
    pdf.set_font(family, "B" if hang.bold else "", size)
    pdf.set_xy(pdf.l_margin + INDENT_MM, y)
    draw(pdf, pdf.epw - INDENT_MM, 6, hang.text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, style, size)
    pdf.ln(2)


def _pdf_outline(pdf, outline: Outline, draw) -> None:
    family, style, size = pdf.font_family, pdf.font_style, pdf.font_size_pt
    for top, subs in outline.entries:
        for depth, glyph, text, bold in (
            (0, "•", top, outline.bold),
            *((1, "◦", s, False) for s in subs),
        ):
            y, x = pdf.get_y(), pdf.l_margin + 4 + 10 * depth
            pdf.set_xy(x, y)
            pdf.set_font(family, "", size)
            pdf.cell(text=glyph)
            pdf.set_font(family, "B" if bold else "", size)
            pdf.set_xy(x + 5, y)
            draw(pdf, pdf.epw - (x + 5 - pdf.l_margin), 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.set_font(family, style, size)
    pdf.ln(2)


def _pdf_stacked(pdf, stacked: Stacked) -> None:
    from fpdf.fonts import FontFace
    from fpdf.fpdf import FPDF  # the real class: earlier sets' renderers patch fpdf.FPDF

    family, style, size = pdf.font_family, pdf.font_style, pdf.font_size_pt
    pdf.set_font(family, "", 9)
    bold = FontFace(emphasis="BOLD")
    with FPDF.table(
        pdf, first_row_as_headings=False, line_height=5, text_align="LEFT", col_widths=(1, 2, 7)
    ) as t:
        if stacked.head:
            t.row(list(stacked.head), style=bold)
        for number, label1, text1, label2, text2 in stacked.rows:
            row = t.row()
            row.cell(number, rowspan=2)
            row.cell(label1, style=bold)
            row.cell(text1)
            row = t.row()
            row.cell(label2, style=bold)
            row.cell(text2)
    pdf.set_font(family, style, size)
    pdf.ln(3)


def render_pdf(blocks: list[Block]) -> bytes:
    from fpdf.fpdf import FPDF

    split = _flat(blocks)
    draw = FPDF.multi_cell

    def multi_cell(self, w, h=None, text="", *args, **kwargs):
        if not str(text).startswith(MARK):
            return draw(self, w, h, text, *args, **kwargs)
        block = split.extra[int(str(text)[len(MARK) :])]
        if isinstance(block, Hang):
            _pdf_hang(self, block, draw)
        elif isinstance(block, Outline):
            _pdf_outline(self, block, draw)
        else:
            _pdf_stacked(self, block)
        return None

    # set AF's renderer subclasses FPDF; its paragraphs reach FPDF.multi_cell in the end
    with mock.patch.object(FPDF, "multi_cell", multi_cell):
        return render_pdf_af(split.flat)


# --- HTML -------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _html_hang(hang: Hang) -> str:
    text = f"<b>{_esc(hang.text)}</b>" if hang.bold else _esc(hang.text)
    label = (
        f"<span style='display:inline-block;width:{INDENT_MM}mm;text-indent:0'>"
        f"{_esc(hang.label)}</span> "
    )
    style = f"margin-left:{INDENT_MM}mm;text-indent:-{INDENT_MM}mm"
    return f"<p class='MsoNormal' style='{style}'>{label}{text}</p>"


def _html_outline(outline: Outline) -> str:
    items = []
    for top, subs in outline.entries:
        head = f"<strong>{_esc(top)}</strong>" if outline.bold else _esc(top)
        inner = "".join(f"<li>{_esc(s)}</li>" for s in subs)
        items.append(f"<li>{head}<ul>{inner}</ul></li>")
    return f"<ul>{''.join(items)}</ul>"


def _html_stacked(stacked: Stacked) -> str:
    rows = []
    if stacked.head:
        rows.append("<tr>" + "".join(f"<th>{_esc(h)}</th>" for h in stacked.head) + "</tr>")
    for number, label1, text1, label2, text2 in stacked.rows:
        rows.append(
            f"<tr><td rowspan='2'>{_esc(number)}</td><td><strong>{_esc(label1)}</strong></td>"
            f"<td>{_esc(text1)}</td></tr>"
        )
        rows.append(f"<tr><td><strong>{_esc(label2)}</strong></td><td>{_esc(text2)}</td></tr>")
    return f"<table border='1'><tbody>{''.join(rows)}</tbody></table>"


def render_html(blocks: list[Block], title: str = "", site: str = "") -> bytes:
    split = _flat(blocks)
    page = render_html_af(split.flat, title, site).decode("utf-8")
    makers = {Hang: _html_hang, Outline: _html_outline, Stacked: _html_stacked}
    for i, block in enumerate(split.extra):
        page = page.replace(f"<p>{MARK}{i}</p>", makers[type(block)](block), 1)
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


__all__ = ["Hang", "Outline", "Stacked", "render"]
