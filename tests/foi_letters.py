"""Letters in house styles the corpus lacks, written for these tests (fictional
trusts, made-up questions and figures), and renderers that keep run-in bold
labels ("**Question 1** How many …") as a bold run inside a plain paragraph.

A letter is a list of blocks: `P(text)` a paragraph (``**…**`` marks a bold run),
`B(text)` a bulleted list item, `H(text)` a heading, `T(rows)` a table (a cell
may hold several lines, separated by "\\n")."""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


@dataclass
class P:
    text: str


@dataclass
class B:
    text: str


@dataclass
class H:
    text: str


@dataclass
class T:
    rows: list[list[str]]


_BOLD = re.compile(r"\*\*(.+?)\*\*")

SIGN_OFF = [
    P(
        "If you are unhappy with the way your request has been handled you may ask for an "
        "internal review by writing to the Head of Information Governance."
    ),
    P(
        "If you remain dissatisfied after the review you may complain to the Information "
        "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."
    ),
    P("Yours sincerely"),
    P("Information Governance Team"),
]


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


def plain(text: str) -> str:
    return _BOLD.sub(r"\1", text)


def render_docx(blocks: list) -> bytes:
    import docx

    document = docx.Document()
    for b in blocks:
        if isinstance(b, T):
            n = max(len(r) for r in b.rows)
            table = document.add_table(rows=0, cols=n)
            table.style = "Table Grid"
            for row in b.rows:
                cells = table.add_row().cells
                for i in range(n):
                    lines = (row[i] if i < len(row) else "").split("\n")
                    cells[i].text = lines[0]
                    for line in lines[1:]:
                        cells[i].add_paragraph(line)
        elif isinstance(b, H):
            document.add_heading(b.text, level=2)
        else:
            para = document.add_paragraph(style="List Bullet" if isinstance(b, B) else None)
            for text, bold in _runs(b.text):
                para.add_run(text).bold = bold
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def render_pdf(blocks: list) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", _FONT)
    pdf.add_font("DejaVu", "B", _FONT_BOLD)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for b in blocks:
        if isinstance(b, T):
            pdf.set_font("DejaVu", size=9)
            with pdf.table(first_row_as_headings=False, line_height=5, text_align="LEFT") as t:
                for row in b.rows:
                    t.row(row)
            pdf.ln(3)
            continue
        pdf.set_font("DejaVu", style="B" if isinstance(b, H) else "", size=10)
        text = f"• {b.text}" if isinstance(b, B) else b.text
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        pdf.ln(2)
    return bytes(pdf.output())


def render_html(blocks: list) -> bytes:
    body: list[str] = []
    in_list = False
    for b in blocks:
        if isinstance(b, B) != in_list:
            body.append("<ul>" if not in_list else "</ul>")
            in_list = not in_list
        if isinstance(b, T):
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<td>{'<br>'.join(html.escape(x) for x in c.split(chr(10)))}</td>" for c in r
                )
                + "</tr>"
                for r in b.rows
            )
            body.append(f"<table>{rows}</table>")
            continue
        inner = "".join(
            f"<strong>{html.escape(t)}</strong>" if bold else html.escape(t)
            for t, bold in _runs(b.text)
        )
        if isinstance(b, H):
            body.append(f"<h2>{inner}</h2>")
        elif isinstance(b, B):
            body.append(f"<li>{inner}</li>")
        else:
            body.append(f"<p>{inner}</p>")
    if in_list:
        body.append("</ul>")
    page = "<!DOCTYPE html><html><head><title>FOI response</title></head><body><main>"
    return (page + "\n".join(body) + "</main></body></html>").encode("utf-8")


RENDER = {"docx": render_docx, "pdf": render_pdf, "html": render_html}
