"""A question/answer table whose number cell is merged down over each question's two
rows (a question row and an answer row under a middle column of label cells): DOCX
vertical merge, HTML rowspan and a PDF drawn with a tall cell all read, each pair
labelled by its merged number (parsers.foi.merged_numbers)."""

from __future__ import annotations

import io

import pytest

from parsers import parse_document

ENTRIES = [
    ("1", "How many beds does the Larchmere stroke unit have?", "The unit has 28 beds."),
    ("2", "Please list the unit's consultant vacancies.", "There are two vacancies at present."),
    ("3", "What was the unit's average length of stay?", "The average stay was 9.4 days."),
]
HEAD = ("Ref", "Part", "Text")
KINDS = ("Enquiry", "Our reply")


def _docx(numbers: list[str]) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Larchmere Hospitals NHS Trust")
    document.add_paragraph("Your request is answered in the table below.")
    table = document.add_table(rows=0, cols=3)
    for cell, text in zip(table.add_row().cells, HEAD, strict=True):
        cell.text = text
    for number, (_, question, answer) in zip(numbers, ENTRIES, strict=True):
        top, bottom = table.add_row().cells, table.add_row().cells
        top[1].text, top[2].text = KINDS[0], question
        bottom[1].text, bottom[2].text = KINDS[1], answer
        top[0].merge(bottom[0]).text = number
    document.add_paragraph("Yours sincerely, the Information Team")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _html(numbers: list[str]) -> bytes:
    rows = "".join(
        f"<tr><td rowspan='2'>{n}</td><td>{KINDS[0]}</td><td>{q}</td></tr>"
        f"<tr><td>{KINDS[1]}</td><td>{a}</td></tr>"
        for n, (_, q, a) in zip(numbers, ENTRIES, strict=True)
    )
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in HEAD) + "</tr>"
    page = (
        "<html><body><p>Larchmere Hospitals NHS Trust</p>"
        "<p>Your request is answered in the table below.</p>"
        f"<table border='1'>{head}{rows}</table><p>Yours sincerely, the Information Team</p>"
        "</body></html>"
    )
    return page.encode()


def _pdf(numbers: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(0, 6, "Larchmere Hospitals NHS Trust", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(
        0, 6, "Your request is answered in the table below.", new_x="LMARGIN", new_y="NEXT"
    )
    with pdf.table(first_row_as_headings=False, col_widths=(1, 2, 7), text_align="LEFT") as t:
        t.row(list(HEAD))
        for n, (_, q, a) in zip(numbers, ENTRIES, strict=True):
            row = t.row()
            row.cell(n, rowspan=2)
            row.cell(KINDS[0])
            row.cell(q)
            row = t.row()
            row.cell(KINDS[1])
            row.cell(a)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Yours sincerely, the Information Team", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


MAKERS = {"docx": _docx, "html": _html, "pdf": _pdf}


@pytest.mark.parametrize("fmt", ["docx", "html", "pdf"])
@pytest.mark.parametrize("style", ["plain", "q"])
def test_merged_number_cell_labels_each_pair(fmt: str, style: str) -> None:
    numbers = [n if style == "plain" else f"Q{n}" for n, _, _ in ENTRIES]
    data = MAKERS[fmt](numbers)
    foi = parse_document(data, filename=f"letter.{fmt}", kind_hint="foi").foi
    got = [(i.label, i.question, i.answer) for i in foi.items]
    want = [(label, q, a) for label, (_, q, a) in zip(numbers, ENTRIES, strict=True)]
    assert got == want


def test_single_row_entries_are_not_folded() -> None:
    from parsers.foi.merged_numbers import fold_number_column

    rows = [["1", "Beds", "28"], ["2", "Wards", "4"], ["3", "Theatres", "6"]]
    assert fold_number_column(rows) is None
