"""Renderers for held-out set D: a small block model to DOCX, PDF and HTML.

Set D keeps its own renderer (not tests/foi_letters.py nor trustdocs.demo.render)
so that its documents stay byte-for-byte what was scored at first sight even when
those shared helpers change. Blocks:

- `P(text, style)`: a paragraph; ``**…**`` marks a bold run, style "bold"/"italic"
  sets the whole paragraph;
- `H(text)`: a heading; `B(text)`: a bulleted list item;
- `T(rows, spans)`: a table; a cell may hold several lines ("\\n"); `spans`, when
  given, is a header row of (text, colspan) printed above `rows` as merged cells;
- `DL(pairs)`: a definition list (HTML <dl>); DOCX and PDF print each term in bold
  on its own line with its value below, as a word processor would.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
from dataclasses import dataclass, field

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
_FONT_ITALIC = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
_FIXED = dt.datetime(2025, 1, 1)
_BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass
class P:
    text: str
    style: str | None = None


@dataclass
class H:
    text: str


@dataclass
class B:
    text: str


@dataclass
class T:
    rows: list[list[str]]
    spans: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class DL:
    pairs: list[tuple[str, str]]


Block = P | H | B | T | DL


def plain(text: str) -> str:
    """The text without its bold-run marks: what a reader sees."""
    return _BOLD.sub(r"\1", text)


def _runs(text: str) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in _BOLD.finditer(text):
        if m.start() > pos:
            out.append((text[pos : m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def render_docx(blocks: list[Block]) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.created = document.core_properties.modified = _FIXED
    for b in blocks:
        if isinstance(b, T):
            n = max([len(r) for r in b.rows] + [sum(s for _, s in b.spans)])
            table = document.add_table(rows=0, cols=n)
            table.style = "Table Grid"
            if b.spans:
                cells = table.add_row().cells
                col = 0
                for text, span in b.spans:
                    cell = cells[col].merge(cells[col + span - 1]) if span > 1 else cells[col]
                    cell.text = text
                    col += span
            for row in b.rows:
                cells = table.add_row().cells
                for i in range(n):
                    lines = (row[i] if i < len(row) else "").split("\n")
                    cells[i].text = lines[0]
                    for line in lines[1:]:
                        cells[i].add_paragraph(line)
        elif isinstance(b, H):
            document.add_heading(b.text, level=2)
        elif isinstance(b, DL):
            for term, value in b.pairs:
                document.add_paragraph().add_run(term).bold = True
                document.add_paragraph(value)
        else:
            para = document.add_paragraph(style="List Bullet" if isinstance(b, B) else None)
            for text, bold in _runs(b.text):
                run = para.add_run(text)
                run.bold = bold or (isinstance(b, P) and b.style == "bold")
                run.italic = isinstance(b, P) and b.style == "italic"
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def render_pdf(blocks: list[Block]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(_FIXED)
    pdf.add_font("DejaVu", "", _FONT)
    pdf.add_font("DejaVu", "B", _FONT_BOLD)
    if any(isinstance(b, P) and b.style == "italic" for b in blocks):  # parsing a font is slow
        pdf.add_font("DejaVu", "I", _FONT_ITALIC)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for b in blocks:
        if isinstance(b, T):
            pdf.set_font("DejaVu", size=9)
            with pdf.table(first_row_as_headings=False, line_height=5, text_align="LEFT") as t:
                if b.spans:
                    row = t.row()
                    for text, span in b.spans:
                        row.cell(text, colspan=span)
                for cells in b.rows:
                    t.row(cells)
            pdf.ln(3)
            continue
        if isinstance(b, DL):
            for term, value in b.pairs:
                pdf.set_font("DejaVu", style="B", size=10)
                pdf.multi_cell(0, 5, term, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DejaVu", size=10)
                pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            continue
        style = "B" if isinstance(b, H) else ""
        if isinstance(b, P) and b.style:
            style = {"bold": "B", "italic": "I"}[b.style]
        pdf.set_font("DejaVu", style=style, size=12 if isinstance(b, H) else 10)
        text = f"• {b.text}" if isinstance(b, B) else b.text
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        pdf.ln(2)
    return bytes(pdf.output())


def _html_block(b: Block) -> str:
    if isinstance(b, T):
        head = ""
        if b.spans:
            head = (
                "<thead><tr>"
                + "".join(f"<th colspan='{s}'>{html.escape(t)}</th>" for t, s in b.spans)
                + "</tr></thead>"
            )
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td>{'<br>'.join(html.escape(x) for x in c.split(chr(10)))}</td>" for c in r
            )
            + "</tr>"
            for r in b.rows
        )
        return f"<table>{head}<tbody>{rows}</tbody></table>"
    if isinstance(b, DL):
        inner = "".join(f"<dt>{html.escape(t)}</dt><dd>{html.escape(v)}</dd>" for t, v in b.pairs)
        return f"<dl>{inner}</dl>"
    inner = "".join(
        f"<strong>{html.escape(t)}</strong>" if bold else html.escape(t)
        for t, bold in _runs(b.text)
    )
    if isinstance(b, H):
        return f"<h2>{inner}</h2>"
    if isinstance(b, B):
        return f"<li>{inner}</li>"
    if b.style == "bold":
        inner = f"<strong>{inner}</strong>"
    elif b.style == "italic":
        inner = f"<em>{inner}</em>"
    return f"<p>{inner}</p>"


def render_html(blocks: list[Block], title: str = "", site: str = "") -> bytes:
    """A page as a trust's website serves it: the document in <main>, and around it
    the navigation and footer a real page carries (which are not the document)."""
    body: list[str] = []
    in_list = False
    for b in blocks:
        if isinstance(b, B) != in_list:
            body.append("<ul>" if not in_list else "</ul>")
            in_list = not in_list
        body.append(_html_block(b))
    if in_list:
        body.append("</ul>")
    nav = (
        f"<header><a href='/'>{html.escape(site)}</a><nav><a href='/'>Home</a> "
        "<a href='/about'>About us</a> <a href='/foi'>Freedom of information</a> "
        "<a href='/foi/log'>Disclosure log</a></nav></header>"
        if site
        else ""
    )
    foot = (
        "<footer><a href='/cookies'>Cookies</a> <a href='/accessibility'>Accessibility</a> "
        f"<p>{html.escape(site)}</p></footer>"
        if site
        else ""
    )
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head><body>{nav}<main>"
        + "\n".join(body)
        + f"</main>{foot}</body></html>"
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
