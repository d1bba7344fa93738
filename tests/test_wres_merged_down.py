"""A summary table whose label cells are merged DOWN across the rows they name (an
indicator's cell over its BME and White rows, a 'Source' cell over several
indicators), printed to DOCX (vertical merges), HTML (rowspan) and PDF (one cell drawn
over the rows, its words centred in the merged height, so they stand in the band of a
row the cell does not start in: parsers/extract/pdf_cells.py). A made-up trust, in
words of our own; every figure must be found with its key and nothing else."""

from __future__ import annotations

import html
import io

import pytest

from parsers.extract import extract
from parsers.extract.model import Table
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, percentage, truth_row

TRUST = "Thornleigh Marsh Hospitals NHS Trust"
TITLE = "Race equality in our workforce: WRES figures 2023/24"
HEAD = ["Measure", "Group", "2023/24", "2022/23", "Source"]

# (label, source or None when merged from above, source's rows, BME, White)
ROWS = [
    ("1. Share of our workforce", "Payroll at 31 March", 2, ("17.3", "16.0"), ("79.9", "81.2")),
    (
        "5. Abused or harassed by patients or the public in the past year",
        "Annual NHS Staff Survey results for the trust",
        4,
        ("26.4", "27.9"),
        ("22.2", "23.5"),
    ),
    (
        "6. Abused or harassed by colleagues in the past year",
        None,
        0,
        ("23.6", "24.8"),
        ("18.7", "19.5"),
    ),
    ("9. Voting board members", "Board register", 2, ("12.5", "6.7"), ("87.5", "93.3")),
]
Cell = tuple[str, int]  # (text, rows it spans)


def _table() -> list[list[Cell]]:
    """The rows, each listing only the cells that start in it."""
    out: list[list[Cell]] = [[(h, 1) for h in HEAD]]
    for label, source, span, bme, white in ROWS:
        first = [(label, 2), ("BME", 1), *((f"{v}%", 1) for v in bme)]
        out.append(first + ([(source, span)] if source else []))
        out.append([("White", 1), *((f"{v}%", 1) for v in white)])
    return out


def _truth() -> list[dict]:
    out = []
    for label, _source, _span, bme, white in ROWS:
        ind = int(label.split(".")[0])
        for group, values in (("BME", bme), ("White", white)):
            for period, v in zip(("2023/24", "2022/23"), values, strict=True):
                if ind == 1:
                    out.append(truth_row(1, "percentage", "overall", None, group, period, float(v)))
                elif ind == 9:
                    out.append(
                        truth_row(9, "percentage", "board_voting", None, group, period, float(v))
                    )
                else:
                    out.append(percentage(ind, group, period, float(v)))
    return out


NOTE = (
    "Workforce and board shares are taken at 31 March. Survey shares under 2023/24 come "
    "from the 2023 NHS Staff Survey, and those under 2022/23 from the 2022 survey."
)


def _html() -> bytes:
    rows = []
    for n, row in enumerate(_table()):
        tag = "th" if n == 0 else "td"
        cells = "".join(
            f"<{tag}{f' rowspan={span}' if span > 1 else ''}>{html.escape(t)}</{tag}>"
            for t, span in row
        )
        rows.append(f"<tr>{cells}</tr>")
    body = f"<h1>{TRUST}</h1><h2>{TITLE}</h2><p>{NOTE}</p><table>{''.join(rows)}</table>"
    return f"<html><body><main>{body}</main></body></html>".encode()


def _docx() -> bytes:
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    document = docx.Document()
    document.add_heading(TRUST, level=1)
    document.add_heading(TITLE, level=2)
    document.add_paragraph(NOTE)
    rows = _table()
    table = document.add_table(rows=len(rows), cols=len(HEAD))
    table.style = "Table Grid"
    taken: set[tuple[int, int]] = set()
    for r, row in enumerate(rows):
        c = 0
        for text, span in row:
            while (r, c) in taken:
                c += 1
            cell = table.cell(r, c)
            if span > 1:
                cell = cell.merge(table.cell(r + span - 1, c))
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cell.text = text
            taken |= {(r + i, c) for i in range(span)}
            c += 1
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=13)
    for line in (TRUST, TITLE):
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, NOTE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", size=9)
    # fpdf2 draws a merged cell's words centred in its merged height, as Word does
    # with a merged cell set to centre vertically
    with pdf.table(first_row_as_headings=False, line_height=5, col_widths=(6, 3, 2, 2, 4)) as t:
        for row in _table():
            out = t.row()
            for text, span in row:
                out.cell(text, rowspan=span)
    return bytes(pdf.output())


RENDER = {"html": _html, "docx": _docx, "pdf": _pdf}


@pytest.mark.parametrize("fmt", sorted(RENDER))
def test_cells_merged_down_are_read_in_every_format(fmt):
    report, _warnings = parse_wres(extract(RENDER[fmt](), filename=f"report.{fmt}"))
    assert_exact(report, _truth())


def test_pdf_merged_cell_keeps_its_words_in_the_row_it_starts_in():
    doc = extract(_pdf(), filename="report.pdf")
    table = next(i for i in doc.items if isinstance(i, Table))
    labels = [r[0] for r in table.rows]
    # the short label, centred across its two rows, sits on the line between them
    assert labels[1] == "1. Share of our workforce"
    assert labels[2] == ""
    # the long label wraps into the second row's band: all of it in the first row
    assert labels[3] == "5. Abused or harassed by patients or the public in the past year"
    assert table.rows[3][4] == "Annual NHS Staff Survey results for the trust"
