"""FOI layouts learned from held-out set K's layout failure classes after its first
sight (issue #13), read as structures rather than set K's phrases: a letter typeset
inside a borderless layout table with a contact sidebar; answers broken down under
the same sub-headings (sites, directorates) under every question, the sub-heading
standing alone or run in before its figure; items listed up front and answered all
in one table, a column per item. Every letter here is made up and built in code, in
wordings of its own, and read from the formats its layout is published in."""

from __future__ import annotations

import io
from html import escape

import docx
import pytest
from fpdf import FPDF

from parsers import parse_document
from parsers.extract.pdf import run_in_label
from parsers.foi.breakdown_answers import breakdown_blocks
from parsers.foi.form_fields import form_field_indices
from parsers.foi.labeller import using_labeller
from parsers.foi.layout_tables import is_layout_table, layout_table_lines
from parsers.foi.units import _Unit
from tests.test_foi_styles import norm

TRUST = "Harrowmere and District Healthcare NHS Trust"
CLOSING = [
    "Should you wish to challenge this reply, please write to the Disclosure Team within "
    "forty working days and ask for an internal review.",
    "Yours sincerely",
    "Disclosure Team",
]


def _read(data: bytes, fmt: str, labeller: bool = False):
    if labeller:
        result = parse_document(data, filename=f"letter.{fmt}", kind_hint="foi")
    else:
        with using_labeller(None):
            result = parse_document(data, filename=f"letter.{fmt}", kind_hint="foi")
    assert result.foi is not None, result.error
    return result.foi


def _pairs(foi) -> list[tuple[str | None, str, str]]:
    return [(it.label, norm(it.question), norm(it.answer or "")) for it in foi.items]


def _html(body: str) -> bytes:
    return f"<html><head><title>{TRUST}</title></head><body>{body}</body></html>".encode()


def _docx_bytes(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


# ------------------------------------------- a letter typeset in a layout table

SIDE = ["Disclosure Team", "Phone 0161 496 0732", "disclosure@harrowmere.example"]
HEAD = [
    TRUST,
    "Our ref: HDH/DIS/3391",
    "Dear Ms Lowther",
    "Thank you for your request, received on 2 May 2024, which we have answered below.",
]
ITEMS = [
    (
        "1. How many midwives did the Trust employ on 31 March 2024?",
        "The Trust employed 188 midwives, 161.4 whole-time equivalent, on that date.",
    ),
    (
        "2. What did the Trust spend on agency porters in 2023/24?",
        "Agency porters cost the Trust £72,915 in 2023/24.",
    ),
    (
        "3. How many patients were transferred to other hospitals by air ambulance in 2023?",
        "Eleven patients were transferred by air ambulance in 2023.",
    ),
]


def layout_table_letter_docx() -> bytes:
    """The whole letter in a borderless two-column table: contact details beside the
    letterhead in the first row, a question and its answer a row, then the closing."""
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    cells = [("\n".join(SIDE), HEAD)]
    cells += [("", [q, a]) for q, a in ITEMS]
    cells += [("", CLOSING)]
    for side, paragraphs in cells:
        left, right = table.add_row().cells
        left.text = side
        right.text = paragraphs[0]
        for p in paragraphs[1:]:
            right.add_paragraph(p)
    return _docx_bytes(document)


def layout_table_letter_html() -> bytes:
    rows = [("<br>".join(SIDE), HEAD), *(("", [q, a]) for q, a in ITEMS), ("", CLOSING)]
    body = "".join(
        f"<tr><td>{side}</td><td>{''.join(f'<p>{escape(p)}</p>' for p in paras)}</td></tr>"
        for side, paras in rows
    )
    return _html(f"<table role='presentation'>{body}</table>")


def _item_pairs() -> list[tuple[str, str, str]]:
    return [(q.split(".")[0], norm(q.split(". ", 1)[1]), norm(a)) for q, a in ITEMS]


@pytest.mark.parametrize("labeller", [False, True])
@pytest.mark.parametrize(
    "fmt,make", [("docx", layout_table_letter_docx), ("html", layout_table_letter_html)]
)
def test_a_letter_typeset_in_a_layout_table_is_read_as_its_paragraphs(fmt, make, labeller):
    foi = _read(make(), fmt, labeller)
    assert _pairs(foi) == _item_pairs()
    assert foi.reference == "HDH/DIS/3391"
    assert foi.received_date is not None and foi.received_date.isoformat() == "2024-05-02"


def test_the_sidebar_is_letterhead_before_the_letter():
    rows = [
        ["Team\nPhone 1", "Head line\nDear Sir"],
        ["", "1. A question asked here?\n" + "x" * 70],
    ]
    assert layout_table_lines(rows)[:2] == ["Team", "Phone 1"]


def test_a_question_and_answer_table_is_no_layout_table():
    # text in both columns of every row: a table of questions beside their answers
    rows = [
        ["How many porters work nights?", "Twelve porters work nights, on two rotas of six."],
        ["How many lifts are there?", "There are nine lifts, two of them for beds only.\nAll"],
        ["Which wards have hoists?", "Every ward has a ceiling hoist in at least one bay.\nA"],
    ]
    assert not is_layout_table(rows)
    # nor a table of figures (no prose in it)
    assert not is_layout_table([["", "Ward\n12"], ["", "Bay\n4"]])


# ---------------------------------------- answers broken down by a recurring sub-heading

UNITS = ("Medicine Division", "Surgery Division", "Women and Children")
BREAKDOWN = [
    ("How many nursing vacancies does each division have?", ("31 posts", "17 posts", "9 posts")),
    ("How many complaints did each division receive in 2023?", ("140", "96", "58")),
    ("What was each division's sickness absence rate in March?", ("5.1%", "4.4%", "3.9%")),
]


def breakdown_letter_html(run_in: bool) -> bytes:
    """Unlabelled questions in italics, each answered division by division: the
    division's name in bold over its figure, or run in before it."""
    body = f"<p>{TRUST}</p><p>Our ref: HDH/DIS/3391</p><p>Dear Mr Ashdown</p>"
    body += "<p>We have now gathered the figures you asked for, division by division.</p>"
    for question, values in BREAKDOWN:
        body += f"<p><em>{escape(question)}</em></p>"
        for name, value in zip(UNITS, values, strict=True):
            if run_in:
                body += f"<p><strong>{name}:</strong> {value}</p>"
            else:
                body += f"<p><strong>{name}</strong></p><p>{value}</p>"
    body += "".join(f"<p>{escape(p)}</p>" for p in CLOSING)
    return _html(body)


@pytest.mark.parametrize("labeller", [False, True])
def test_answers_broken_down_under_recurring_sub_headings(labeller):
    foi = _read(breakdown_letter_html(run_in=False), "html", labeller)
    want = [
        (None, norm(q), norm(" ".join(f"{u} {v}" for u, v in zip(UNITS, vals, strict=True))))
        for q, vals in BREAKDOWN
    ]
    assert _pairs(foi) == want


@pytest.mark.parametrize("labeller", [False, True])
def test_answers_broken_down_by_run_in_sub_headings(labeller):
    foi = _read(breakdown_letter_html(run_in=True), "html", labeller)
    want = [
        (None, norm(q), norm(" ".join(f"{u}: {v}" for u, v in zip(UNITS, vals, strict=True))))
        for q, vals in BREAKDOWN
    ]
    assert _pairs(foi) == want


def test_two_sub_headings_taking_turns_under_questions_are_no_marker_pair():
    units = [_Unit(t) for t in ("Dear Sir", "How many beds are there?")]
    units += [_Unit(t) for t in ("North Wing", "40 beds", "South Wing", "22 beds")]
    units += [_Unit("How many cots are there?")]
    units += [_Unit(t) for t in ("North Wing", "6 cots", "South Wing", "3 cots")]
    units += [_Unit("Yours faithfully"), _Unit("Ann Other")]
    blocks = breakdown_blocks(units)
    assert [b.question for b in blocks] == [1, 6]
    assert all(b.keys == ["north wing", "south wing"] for b in blocks)


def breakdown_letter_docx() -> bytes:
    """Numbered questions, each answered by a "Division: figure" line a division."""
    document = docx.Document()
    for line in (TRUST, "Our ref: HDH/DIS/3391", "Dear Mr Ashdown"):
        document.add_paragraph(line)
    for n, (question, values) in enumerate(BREAKDOWN, 1):
        document.add_paragraph().add_run(f"{n}. {question}").bold = True
        for name, value in zip(UNITS, values, strict=True):
            p = document.add_paragraph()
            p.add_run(f"{name}:").bold = True
            p.add_run(f" {value}")
    for line in CLOSING:
        document.add_paragraph(line)
    return _docx_bytes(document)


@pytest.mark.parametrize("labeller", [False, True])
def test_key_value_lines_with_no_reply_after_them_are_the_answer(labeller):
    # (not a per-question form's fields: nothing follows them before the next question)
    foi = _read(breakdown_letter_docx(), "docx", labeller)
    want = [
        (str(n), norm(q), norm(" ".join(f"{u}: {v}" for u, v in zip(UNITS, vals, strict=True))))
        for n, (q, vals) in enumerate(BREAKDOWN, 1)
    ]
    assert _pairs(foi) == want


def test_a_form_s_fields_before_each_reply_are_still_fields():
    units = [
        _Unit("1. How many beds are there?"),
        _Unit("Information held: Yes"),
        _Unit("The hospital has 340 beds."),
        _Unit("2. How many cots are there?"),
        _Unit("Information held: Yes"),
        _Unit("The hospital has 24 cots."),
    ]
    assert form_field_indices(units) == {1, 4}


def test_a_pdf_line_with_a_bold_run_in_label_is_not_a_bold_line():
    text = "Women and Children Division: 9"
    chars = [{"text": ch} for ch in text if ch.strip()]
    label_len = len("WomenandChildrenDivision:")
    heavy = [k < label_len for k in range(len(chars))]
    assert run_in_label(chars, heavy)
    assert not run_in_label(chars, [True] * len(chars))


def breakdown_letter_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in (TRUST, "Our ref: HDH/DIS/3391", "Dear Mr Ashdown"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    for n, (question, values) in enumerate(BREAKDOWN, 1):
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(0, 6, f"{n}. {question}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        for name, value in zip(UNITS, values, strict=True):
            pdf.multi_cell(
                0, 6, f"**{name}:** {value}", markdown=True, new_x="LMARGIN", new_y="NEXT"
            )
        pdf.ln(3)
    for line in CLOSING:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_pdf_answers_with_bold_run_in_sub_headings():
    foi = _read(breakdown_letter_pdf(), "pdf")
    want = [
        (str(n), norm(q), norm(" ".join(f"{u}: {v}" for u, v in zip(UNITS, vals, strict=True))))
        for n, (q, vals) in enumerate(BREAKDOWN, 1)
    ]
    assert _pairs(foi) == want


# ------------------------------------------------ items answered a column each

ASKED = [
    ("(1)", "The name of the company that maintains the Trust's lifts.", "Liftwell Services Ltd"),
    ("(2)", "The annual value of the lift maintenance contract.", "£84,200"),
    ("(3)", "The date the lift maintenance contract ends.", "30 June 2026"),
]
HEADINGS = ["(1) Contractor", "(2) Annual value", "(3) End date"]


def column_letter_html(intro: bool) -> bytes:
    body = f"<p>{TRUST}</p><p>Our ref: HDH/DIS/3391</p><p>Dear Dr Penhallow</p>"
    body += "<p>You asked us for the following about our lift maintenance:</p>"
    body += "".join(f"<p>{label} {escape(q)}</p>" for label, q, _ in ASKED)
    if intro:
        body += "<p><strong>What we hold:</strong></p>"
    head = "".join(f"<th>{h}</th>" for h in HEADINGS)
    row = "".join(f"<td>{escape(a)}</td>" for _, _, a in ASKED)
    body += f"<table><thead><tr>{head}</tr></thead><tbody><tr>{row}</tr></tbody></table>"
    body += "".join(f"<p>{escape(p)}</p>" for p in CLOSING)
    return _html(body)


@pytest.mark.parametrize("labeller", [False, True])
@pytest.mark.parametrize("intro", [False, True])
def test_items_answered_in_one_table_row_a_column_each(intro, labeller):
    foi = _read(column_letter_html(intro), "html", labeller)
    want = [(label.strip("()"), norm(q), norm(a)) for label, q, a in ASKED]
    assert _pairs(foi) == want
