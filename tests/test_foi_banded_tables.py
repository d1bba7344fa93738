"""An FOI structure learned from held-out set P's first sight, read as a structure rather
than set P's phrases: questions in bands merged across a two-column table, each answered
in the row below beside a repeated short label cell (parsers.foi.banded_tables).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import html
import io

import pytest

from parsers import parse_document
from parsers.extract.model import Table
from parsers.foi.banded_tables import banded_pairs
from tests.foi_letters import RENDER, SIGN_OFF
from tests.foi_p_structures import HEAD, MODELS, model_context
from tests.test_foi_styles import FORMATS, pairs

BANDS = [
    ("How many hearing aids did the audiology service fit in 2024?", "It fitted 2,214."),
    (
        "Does the Trust run a walk-in phlebotomy clinic on Saturdays?",
        "Yes, at the Eastgate site.\nIt opens from 8am to noon.",
    ),
    ("What did the Trust spend on agency pharmacists in 2024?", "£341,900."),
]


def _band_rows(numbered: bool) -> list[list[str]]:
    rows: list[list[str]] = []
    for n, (q, a) in enumerate(BANDS, 1):
        rows += [[f"Q{n}. {q}" if numbered else q, ""], ["Our answer", a]]
    return rows


def test_banded_pairs_read_the_band_over_its_answer_row():
    assert banded_pairs(Table(rows=_band_rows(False))) == [
        (q, a.replace("\n", " ")) for q, a in BANDS
    ]


def test_banded_pairs_want_one_repeated_label_cell():
    rows = _band_rows(False)
    rows[3][0] = "Note"
    assert banded_pairs(Table(rows=rows)) is None


def test_an_ordinary_two_column_table_is_no_banded_table():
    rows = [["Ward", "Beds"], ["Elm", "24"], ["Oak", "18"], ["Ash", "30"]]
    assert banded_pairs(Table(rows=rows)) is None


def _banded_docx(blocks: list, rows: list[list[str]]) -> bytes:
    import docx

    document = docx.Document(io.BytesIO(RENDER["docx"](blocks)))
    table = document.add_table(rows=0, cols=2)
    for row in rows:
        cells = table.add_row().cells
        if not row[1]:
            cells[0].merge(cells[1]).text = row[0]
            continue
        for cell, text in zip(cells, row, strict=True):
            lines = text.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    for para in SIGN_OFF:
        document.add_paragraph(para.text)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _banded_html(blocks: list, rows: list[list[str]]) -> bytes:
    page = RENDER["html"](blocks + SIGN_OFF).decode("utf-8")
    cells = []
    for row in rows:
        if not row[1]:
            cells.append(f"<tr><td colspan=2><b>{html.escape(row[0])}</b></td></tr>")
            continue
        tds = "".join(f"<td>{'<br>'.join(map(html.escape, c.split(chr(10))))}</td>" for c in row)
        cells.append(f"<tr>{tds}</tr>")
    table = f"<table>{''.join(cells)}</table>"
    return page.replace("<p>If you are unhappy", f"{table}<p>If you are unhappy", 1).encode()


def _banded_pdf(blocks: list, rows: list[list[str]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    for b in blocks:
        pdf.multi_cell(0, 5, b.text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    with pdf.table(first_row_as_headings=False, line_height=5, col_widths=(1, 4)) as t:
        for row in rows:
            if not row[1]:
                t.row().cell(row[0], colspan=2)
            else:
                t.row([c.replace("\n", " ") for c in row])
    pdf.ln(3)
    for b in SIGN_OFF:
        pdf.multi_cell(0, 5, b.text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


_BANDED = {"docx": _banded_docx, "pdf": _banded_pdf, "html": _banded_html}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("numbered", [True, False])
def test_questions_in_merged_bands_over_their_answers(numbered, model, fmt):
    data = _BANDED[fmt](HEAD, _band_rows(numbered))
    with model_context(model):
        foi = parse_document(data, filename=f"response.{fmt}", kind_hint="foi").foi
    want = [
        (f"Q{n}" if numbered else None, q, a.replace("\n", " "))
        for n, (q, a) in enumerate(BANDS, 1)
    ]
    assert pairs(foi) == want
