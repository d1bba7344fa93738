"""Set AJ's renderer: set AI's (benchmarks/heldout_ai/render_ai.py, itself set AF's plus
hanging indents, two-level bullets and a number merged down; imported, not copied) plus
three things set AJ's FOI letters print and sets D to AI's renderers never did:

- `Tracked(paras, author, day)`: the requester's text with the trust's answers typed in
  with Word's track changes left on. Each paragraph is a list of (text, inserted)
  pieces; an inserted piece starting with "\\n" follows a line break inside the same
  paragraph, and a paragraph made only of inserted pieces is an inserted paragraph (its
  paragraph mark inserted too). DOCX writes `w:ins` elements (author and time as
  attributes), the PDF prints the markup as Word prints it (insertions underlined in
  colour, a change bar in the left margin), HTML prints what Word's "save as web page"
  makes of it: `<ins cite=... datetime=...>`;
- `Framed(title, paras, bold_first)`: a bordered box, not a table, titled on its top
  edge. DOCX gives every paragraph of the box the same four paragraph borders
  (`w:pBdr`), which Word draws as one box, the title its first line; the PDF draws the
  rectangle around the text and the title over its top edge on a white ground; HTML
  prints a `<fieldset>` with a `<legend>`;
- `Grouped(head, groups)`: a table whose first column names a group merged DOWN over
  the rows of its group (its rows the other columns). DOCX merges the cells vertically,
  the PDF draws fpdf2's `rowspan`, HTML prints `<td rowspan=...>`.

Every other block is set AI's and is drawn by set AI's code.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass, field
from unittest import mock

from benchmarks.heldout_ai.render_ai import Block as BlockAI
from benchmarks.heldout_ai.render_ai import render_docx as render_docx_ai
from benchmarks.heldout_ai.render_ai import render_html as render_html_ai
from benchmarks.heldout_ai.render_ai import render_pdf as render_pdf_ai
from benchmarks.heldout_p.render import P

MARK = "@@aj@@"
INK = (192, 0, 0)  # the colour Word gives the first reviewer's insertions

Piece = tuple[str, bool]  # (text, inserted)


@dataclass
class Tracked:
    paras: list[list[Piece]]
    author: str
    day: str  # ISO day of the insertions (an attribute, printed nowhere)


@dataclass
class Framed:
    title: str
    paras: list[str]
    bold_first: bool = True


@dataclass
class Grouped:
    head: tuple[str, ...]
    groups: list[tuple[str, list[tuple[str, ...]]]]


New = Tracked | Framed | Grouped
Block = BlockAI | New


@dataclass
class _Split:
    flat: list[BlockAI]
    extra: list[New] = field(default_factory=list)


def _flat(blocks: list[Block]) -> _Split:
    """Set AI's blocks, each new block a marker paragraph replaced later."""
    out = _Split([])
    for b in blocks:
        if isinstance(b, New):
            out.flat.append(P(f"{MARK}{len(out.extra)}"))
            out.extra.append(b)
        else:
            out.flat.append(b)
    return out


def _whole_insert(para: list[Piece]) -> bool:
    return all(inserted for _, inserted in para)


# --- DOCX -------------------------------------------------------------------------


def _docx_tracked(document, tracked: Tracked):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    stamp = f"{tracked.day}T09:30:00Z"
    counter = iter(range(1, 10_000))

    def ins() -> object:
        el = OxmlElement("w:ins")
        el.set(qn("w:id"), str(next(counter)))
        el.set(qn("w:author"), tracked.author)
        el.set(qn("w:date"), stamp)
        return el

    out = []
    for pieces in tracked.paras:
        para = document.add_paragraph()
        if _whole_insert(pieces):  # the paragraph mark itself was typed in
            rpr = OxmlElement("w:rPr")
            rpr.append(ins())
            para._p.get_or_add_pPr().append(rpr)
        for text, inserted in pieces:
            run = OxmlElement("w:r")
            if text.startswith("\n"):
                run.append(OxmlElement("w:br"))
                text = text[1:]
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            run.append(t)
            if inserted:
                wrapper = ins()
                wrapper.append(run)
                para._p.append(wrapper)
            else:
                para._p.append(run)
        out.append(para._p)
    return out


def _border(para) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    pbdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        for k, v in (("val", "single"), ("sz", "8"), ("space", "4"), ("color", "auto")):
            edge.set(qn(f"w:{k}"), v)
        pbdr.append(edge)
    para._p.get_or_add_pPr().append(pbdr)


def _docx_framed(document, framed: Framed):
    out = []
    title = document.add_paragraph()
    title.add_run(framed.title).bold = True
    for i, text in enumerate(framed.paras):
        para = document.add_paragraph()
        para.add_run(text).bold = framed.bold_first and i == 0
        out.append(para)
    for para in (title, *out):
        _border(para)
    spacer = document.add_paragraph()  # a box's borders join the next bordered box's
    return [title._p, *(p._p for p in out), spacer._p]


def _docx_grouped(document, grouped: Grouped):
    table = document.add_table(rows=0, cols=len(grouped.head))
    table.style = "Table Grid"
    for cell, text in zip(table.add_row().cells, grouped.head, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for name, rows in grouped.groups:
        made = []
        for row in rows:
            cells = table.add_row().cells
            made.append(cells)
            for cell, text in zip(cells[1:], row, strict=True):
                lines = text.split("\n")
                cell.text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
        first = made[0][0].merge(made[-1][0]) if len(made) > 1 else made[0][0]
        first.text = name
    return [table._tbl]


def render_docx(blocks: list[Block]) -> bytes:
    import docx

    split = _flat(blocks)
    document = docx.Document(io.BytesIO(render_docx_ai(split.flat)))
    makers = {Tracked: _docx_tracked, Framed: _docx_framed, Grouped: _docx_grouped}
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


def _pdf_lines(pdf, draw, width: float, text: str) -> int:
    return len(draw(pdf, width, 5, text, dry_run=True, output="LINES"))


def _pdf_tracked(pdf, tracked: Tracked, draw) -> None:
    family, size = pdf.font_family, pdf.font_size_pt
    for pieces in tracked.paras:
        for text, inserted in pieces:
            text = text.lstrip("\n")
            if not text.strip():
                continue
            if _whole_insert(pieces) or inserted:
                pdf.set_text_color(*INK)
                pdf.set_font(family, "U", size)
            y0 = pdf.get_y()
            draw(pdf, 0, 5, text, new_x="LMARGIN", new_y="NEXT")
            if inserted and pdf.get_y() > y0:  # a page break inside leaves no bar to draw
                pdf.set_draw_color(0, 0, 0)
                pdf.line(pdf.l_margin - 5, y0, pdf.l_margin - 5, pdf.get_y())
            pdf.set_text_color(0, 0, 0)
            pdf.set_font(family, "", size)
        pdf.ln(2)


def _pdf_framed(pdf, framed: Framed, draw) -> None:
    family, size = pdf.font_family, pdf.font_size_pt
    inner = pdf.epw - 8
    height = 10 + sum(5 * _pdf_lines(pdf, draw, inner, t) + 2 for t in framed.paras)
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()
    y0 = pdf.get_y() + 3
    pdf.set_y(y0 + 5)
    for i, text in enumerate(framed.paras):
        pdf.set_font(family, "B" if framed.bold_first and i == 0 else "", size)
        pdf.set_x(pdf.l_margin + 4)
        draw(pdf, inner, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    y1 = pdf.get_y()
    pdf.rect(pdf.l_margin, y0, pdf.epw, y1 - y0)
    pdf.set_font(family, "B", size)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_xy(pdf.l_margin + 4, y0 - 2.5)
    pdf.cell(pdf.get_string_width(framed.title) + 2, 5, framed.title, fill=True)
    pdf.set_font(family, "", size)
    pdf.set_y(y1 + 5)


def _pdf_grouped(pdf, grouped: Grouped) -> None:
    from fpdf.fonts import FontFace
    from fpdf.fpdf import FPDF  # the real class: earlier sets' renderers patch fpdf.FPDF

    family, style, size = pdf.font_family, pdf.font_style, pdf.font_size_pt
    pdf.set_font(family, "", 9)
    widths = (2, 1, 5, 7)[-len(grouped.head) :]
    with FPDF.table(
        pdf, first_row_as_headings=False, line_height=5, text_align="LEFT", col_widths=widths
    ) as t:
        t.row(list(grouped.head), style=FontFace(emphasis="BOLD"))
        for name, rows in grouped.groups:
            for k, cells in enumerate(rows):
                row = t.row()
                if k == 0:
                    row.cell(name, rowspan=len(rows))
                for text in cells:
                    row.cell(text)
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
        if isinstance(block, Tracked):
            _pdf_tracked(self, block, draw)
        elif isinstance(block, Framed):
            _pdf_framed(self, block, draw)
        else:
            _pdf_grouped(self, block)
        return None

    with mock.patch.object(FPDF, "multi_cell", multi_cell):
        return render_pdf_ai(split.flat)


# --- HTML -------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _html_tracked(tracked: Tracked) -> str:
    cite = f"mailto:{html.escape(tracked.author)}"
    stamp = f"{tracked.day}T09:30"
    out = []
    for pieces in tracked.paras:
        inner = ""
        for text, inserted in pieces:
            piece = _esc(text)
            if inserted:
                piece = f"<ins cite='{cite}' datetime='{stamp}'>{piece}</ins>"
            inner += piece
        out.append(f"<p class='MsoNormal'>{inner}</p>")
    return "\n".join(out)


def _html_framed(framed: Framed) -> str:
    paras = [
        f"<p><strong>{_esc(t)}</strong></p>"
        if framed.bold_first and i == 0
        else f"<p>{_esc(t)}</p>"
        for i, t in enumerate(framed.paras)
    ]
    return (
        f"<fieldset style='border:1px solid #000'><legend><strong>{_esc(framed.title)}"
        f"</strong></legend>{''.join(paras)}</fieldset>"
    )


def _html_grouped(grouped: Grouped) -> str:
    rows = ["<tr>" + "".join(f"<th>{_esc(h)}</th>" for h in grouped.head) + "</tr>"]
    for name, group in grouped.groups:
        for k, cells in enumerate(group):
            first = f"<td rowspan='{len(group)}'>{_esc(name)}</td>" if k == 0 else ""
            rows.append(f"<tr>{first}" + "".join(f"<td>{_esc(c)}</td>" for c in cells) + "</tr>")
    return f"<table border='1'><tbody>{''.join(rows)}</tbody></table>"


def render_html(blocks: list[Block], title: str = "", site: str = "") -> bytes:
    split = _flat(blocks)
    page = render_html_ai(split.flat, title, site).decode("utf-8")
    makers = {Tracked: _html_tracked, Framed: _html_framed, Grouped: _html_grouped}
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


__all__ = ["Framed", "Grouped", "Tracked", "render"]
