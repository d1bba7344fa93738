"""Set H's renderer: set G's (benchmarks/heldout_g/render.py, itself set D's plus Word
list numbering and running headers and footers; imported, not copied) plus two things
real trusts publish that sets D to G never printed:

- `Grid(rows, header, borders)`: a table whose first row is a header row repeated at
  the top of every page (`header`; DOCX marks the row "repeat as header row", the PDF
  draws it again after each page break, HTML puts it in `<thead>`), and/or a table
  with no borders (`borders=False`), as Word letters use a layout table to hang
  numbers in a margin column;
- `Details(summary, body)`: one accordion panel of a web page (HTML `<details>` with
  its `<summary>`); printed to PDF or DOCX as a browser prints an opened panel: the
  summary in bold behind a disclosure triangle, the body below it.

Every other block is set G's and is drawn by set G's code.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from unittest import mock

from benchmarks.heldout_d.render import P, T, _html_block
from benchmarks.heldout_g.render import Block as BlockG
from benchmarks.heldout_g.render import N, Running
from benchmarks.heldout_g.render import render_docx as render_docx_g
from benchmarks.heldout_g.render import render_html as render_html_g
from benchmarks.heldout_g.render import render_pdf as render_pdf_g

OPEN_PANEL = "\u25be "  # the triangle a browser prints before an opened <details>


@dataclass
class Grid:
    rows: list[list[str]]
    header: bool = False  # the first row is a header row repeated on every page
    borders: bool = True
    widths: tuple[int, ...] = ()  # relative column widths (a narrow number column)


@dataclass
class Details:
    summary: str
    body: list[str | list[list[str]]] = field(default_factory=list)  # paragraphs or tables


Block = BlockG | Grid | Details


def _flat(blocks: list[Block], html: bool = False) -> list[BlockG]:
    """Set G's blocks. For HTML, a new block is a placeholder paragraph replaced later."""
    out: list[BlockG] = []
    for i, b in enumerate(blocks):
        if html and isinstance(b, Grid | Details):
            out.append(P(f"@@block{i}@@"))
        elif isinstance(b, Grid):
            out.append(T(b.rows))
        elif isinstance(b, Details):
            out.append(P(OPEN_PANEL + b.summary, "bold"))
            out += [T(p) if isinstance(p, list) else P(p) for p in b.body]
        else:
            out.append(b)
    return out


def _tables(blocks: list[Block]) -> list[Grid | None]:
    """Each table of the flattened document in order: its Grid, or None for a plain T."""
    out: list[Grid | None] = []
    for b in blocks:
        if isinstance(b, Grid):
            out.append(b)
        elif isinstance(b, T):
            out.append(None)
        elif isinstance(b, Details):
            out += [None for p in b.body if isinstance(p, list)]
    return out


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)
    for cell in row.cells:
        for run in (r for p in cell.paragraphs for r in p.runs):
            run.bold = True


def _set_widths(table, widths: tuple[int, ...]) -> None:
    from docx.shared import Cm

    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Cm(16 * w / sum(widths))


def render_docx(blocks: list[Block]) -> bytes:
    import docx

    document = docx.Document(io.BytesIO(render_docx_g(_flat(blocks))))
    for table, grid in zip(document.tables, _tables(blocks), strict=True):
        if grid is None:
            continue
        if not grid.borders:
            table.style = document.styles["Normal Table"]
        if grid.header:
            _repeat_header(table.rows[0])
        if grid.widths:
            _set_widths(table, grid.widths)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def render_pdf(blocks: list[Block]) -> bytes:
    from fpdf import FPDF

    options = [
        {}
        if grid is None
        else {"first_row_as_headings": grid.header}
        | ({} if grid.borders else {"borders_layout": "NONE"})
        | ({"col_widths": grid.widths} if grid.widths else {})
        for grid in _tables(blocks)
    ]

    class Tabled(FPDF):
        # set D's drawing calls table() once a T, in order: give each its Grid's options
        def table(self, *args, **kwargs):
            return super().table(*args, **(kwargs | options.pop(0)))

    with mock.patch("fpdf.FPDF", Tabled):
        return render_pdf_g(_flat(blocks))


def _grid_html(grid: Grid) -> str:
    rows = grid.rows
    head = ""
    if grid.header:
        cells = "".join(f"<th>{_html_block(P(c))[3:-4]}</th>" for c in rows[0])
        head, rows = f"<thead><tr>{cells}</tr></thead>", rows[1:]
    body = _html_block(T(rows)).removeprefix("<table>")
    attrs = "" if grid.borders else " role='presentation' class='layout'"
    return f"<table{attrs}>{head}{body}"


def _details_html(d: Details) -> str:
    inner = "".join(_html_block(T(p) if isinstance(p, list) else P(p)) for p in d.body)
    summary = _html_block(P(d.summary))[3:-4]
    return f"<details><summary>{summary}</summary><div class='panel'>{inner}</div></details>"


def render_html(blocks: list[Block], title: str = "", site: str = "") -> bytes:
    page = render_html_g(_flat(blocks, html=True), title, site).decode("utf-8")
    for i, b in enumerate(blocks):
        if isinstance(b, Grid | Details):
            html = _grid_html(b) if isinstance(b, Grid) else _details_html(b)
            page = page.replace(f"<p>@@block{i}@@</p>", html, 1)
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


__all__ = ["Block", "Details", "Grid", "N", "Running", "render"]
