"""Test documents with a table row merged across the whole table (a DOCX row of merged
cells, an HTML cell with colspan, a PDF cell spanning every column), printed to DOCX,
PDF and HTML. Blocks are headings, paragraphs and tables; a table row given as one
string is the merged row."""

from __future__ import annotations

import html
import io
from dataclasses import dataclass

from parsers.extract import extract
from parsers.wres.parse import parse_wres

Row = str | list[str]


@dataclass
class Grid:
    rows: list[Row]  # the first row is the heading row


def _width(grid: Grid) -> int:
    return max(len(r) for r in grid.rows if isinstance(r, list))


def _html(blocks: list) -> bytes:
    body = []
    for b in blocks:
        if isinstance(b, Grid):
            n = _width(b)
            rows = "".join(
                f"<tr><td colspan='{n}'><strong>{html.escape(r)}</strong></td></tr>"
                if isinstance(r, str)
                else "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>"
                for r in b.rows
            )
            body.append(f"<table border='1'>{rows}</table>")
        elif b.startswith("# "):
            body.append(f"<h2>{html.escape(b[2:])}</h2>")
        else:
            body.append(f"<p>{html.escape(b)}</p>")
    return f"<html><body><main>{''.join(body)}</main></body></html>".encode()


def _docx(blocks: list) -> bytes:
    import docx

    document = docx.Document()
    for b in blocks:
        if isinstance(b, Grid):
            table = document.add_table(rows=0, cols=_width(b))
            table.style = "Table Grid"
            for r in b.rows:
                cells = table.add_row().cells
                if isinstance(r, str):
                    cells[0].merge(cells[-1]).text = r
                    continue
                for cell, text in zip(cells, r, strict=True):
                    cell.text = text
        elif b.startswith("# "):
            document.add_heading(b[2:], level=2)
        else:
            document.add_paragraph(b)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf(blocks: list) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    for b in blocks:
        if isinstance(b, Grid):
            pdf.set_font("Helvetica", size=8)
            n = _width(b)
            with pdf.table(first_row_as_headings=False, line_height=4.5, text_align="LEFT") as t:
                for r in b.rows:
                    if isinstance(r, str):
                        t.row().cell(r, colspan=n)
                    else:
                        t.row(r)
            pdf.ln(3)
            continue
        heading = b.startswith("# ")
        pdf.set_font("Helvetica", style="B" if heading else "", size=12 if heading else 10)
        pdf.multi_cell(0, 5, b[2:] if heading else b, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    return bytes(pdf.output())


def read_merged(blocks: list, fmt: str):
    """`blocks` printed to `fmt` and read back: (report, warnings)."""
    data = {"html": _html, "docx": _docx, "pdf": _pdf}[fmt](blocks)
    return parse_wres(extract(data, filename=f"report.{fmt}"))
