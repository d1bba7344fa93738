"""A small form per question, titled by the question's number across its top row
("Enquiry 2", "Q2") above rows of the request, whether it is held and the reply: the
title is the item's label (parsers.foi.qa_tables._title_label), in DOCX (the title
row merged across), HTML (colspan) and PDF."""

from __future__ import annotations

import io

import pytest

from parsers import parse_document

ASKED = [
    ("How many porters work nights at Fernbrook General?", "Eleven porters work nights."),
    ("Please give the cost of agency porters in 2023.", "Agency porters cost £48,200."),
    ("Does the Trust use a portering app?", "No, jobs are sent by bleep."),
]


def _rows(question: str, answer: str) -> list[tuple[str, str]]:
    return [("Request", question), ("Data held", "Yes"), ("Reply", answer)]


def _docx(title: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Fernbrook Health NHS Trust")
    document.add_paragraph("We have answered each part of your request below.")
    for n, (question, answer) in enumerate(ASKED, 1):
        table = document.add_table(rows=0, cols=2)
        top = table.add_row().cells
        top[0].merge(top[1]).text = title.format(n=n)
        for name, value in _rows(question, answer):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = name, value
        document.add_paragraph("")
    document.add_paragraph("Yours faithfully, Records Office")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _html(title: str) -> bytes:
    tables = "".join(
        f"<table border='1'><tr><th colspan='2'>{title.format(n=n)}</th></tr>"
        + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in _rows(q, a))
        + "</table><p></p>"
        for n, (q, a) in enumerate(ASKED, 1)
    )
    return (
        "<html><body><p>Fernbrook Health NHS Trust</p>"
        f"<p>We have answered each part of your request below.</p>{tables}"
        "<p>Yours faithfully, Records Office</p></body></html>"
    ).encode()


def _pdf(title: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(0, 6, "Fernbrook Health NHS Trust", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(
        0, 6, "We have answered each part of your request below.", new_x="LMARGIN", new_y="NEXT"
    )
    for n, (q, a) in enumerate(ASKED, 1):
        with pdf.table(first_row_as_headings=False, col_widths=(1, 3), text_align="LEFT") as t:
            t.row().cell(title.format(n=n), colspan=2)
            for k, v in _rows(q, a):
                t.row([k, v])
        pdf.ln(4)
    pdf.multi_cell(0, 6, "Yours faithfully, Records Office", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


MAKERS = {"docx": _docx, "html": _html, "pdf": _pdf}


@pytest.mark.parametrize("fmt", ["docx", "html", "pdf"])
@pytest.mark.parametrize(("title", "label"), [("Enquiry {n}", "{n}"), ("Q{n}", "Q{n}")])
def test_title_row_is_the_label(fmt: str, title: str, label: str) -> None:
    foi = parse_document(MAKERS[fmt](title), filename=f"letter.{fmt}", kind_hint="foi").foi
    got = [(i.label, i.question, i.answer) for i in foi.items]
    assert got == [(label.format(n=n), q, a) for n, (q, a) in enumerate(ASKED, 1)]
