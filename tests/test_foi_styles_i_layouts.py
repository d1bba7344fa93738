"""FOI layouts learned from held-out set I's layout failure classes after its first
sight (issue #13), read as structures rather than set I's phrases: an FAQ page (a
contents list, questions as headings, a navigation link after each answer, the
reference in the page's title); questions in an `<ol>` with each answer in a
`<blockquote>` inside its item; footnote markers in the answers with the notes
gathered below them; the reference and dates only in a field table at the top. Every
letter here is made up and built in code, in wordings of its own, and read from each
format its layout is published in."""

from __future__ import annotations

from contextlib import nullcontext
from html import escape

import pytest

from parsers import parse_document
from parsers.foi.faq_units import contents_dropped, navigation_dropped
from parsers.foi.field_tables import field_lines
from parsers.foi.footnotes import footnotes_dropped
from parsers.foi.list_end import list_end
from parsers.foi.references import code_in_title
from parsers.foi.units import _Unit
from tests.foi_letters import RENDER, SIGN_OFF, H, P, T
from tests.test_foi_styles import pairs

QS = [
    (
        "How many beds on the Trust's elderly care wards were closed for refurbishment in 2023?",
        "Twenty-two beds were closed for between three and eleven weeks each.",
    ),
    (
        "What did the Trust pay for window cleaning across its estate last year?",
        "Window cleaning cost £48,310 in 2023/24.",
    ),
    (
        "Does the Trust employ a named lead for learning disability services?",
        "Yes. The lead sits within the nursing directorate and reports to the Chief Nurse.",
    ),
]


def _read(data: bytes, fmt: str, model: str = "rules only"):
    from parsers.foi.labeller import using_labeller

    with using_labeller(None) if model == "rules only" else nullcontext():
        result = parse_document(data, filename=f"page.{fmt}", kind_hint="foi")
    assert result.foi is not None, result.error
    return result.foi


def _page(body: str, title: str = "Disclosure log") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body><main>{body}"
        "</main></body></html>"
    ).encode()


# ------------------------------------------------------------- an FAQ page


def _faq_html(numbered: bool) -> bytes:
    heads = [f"{n}. {q}" if numbered else q for n, (q, _) in enumerate(QS, 1)]
    contents = "".join(f"<li><a href='#s{n}'>{escape(h)}</a></li>" for n, h in enumerate(heads))
    sections = "".join(
        f"<h3 id='s{n}'>{escape(h)}</h3><p>{escape(a)}</p><p><a href='#top'>Return to top</a></p>"
        for n, (h, (_, a)) in enumerate(zip(heads, QS, strict=True))
    )
    return _page(
        "<h1 id='top'>WKH/4471/24 \u2013 Estates and wards</h1>"
        "<p>Date received: 9 January 2024</p><p>Date of response: 2 February 2024</p>"
        f"<div class='toc'><h2>Contents</h2><ul>{contents}</ul></div>{sections}"
        "<p>You may ask for an internal review of this response within 40 working days.</p>"
    )


def _faq_printed(numbered: bool) -> bytes:
    heads = [f"{n}. {q}" if numbered else q for n, (q, _) in enumerate(QS, 1)]
    blocks: list = [
        H("WKH/4471/24 \u2013 Estates and wards"),
        P("Date received: 9 January 2024"),
        P("Date of response: 2 February 2024"),
        P("**Contents**"),
        *(P(h) for h in heads),
    ]
    for h, (_, a) in zip(heads, QS, strict=True):
        blocks += [P(f"**{h}**"), P(a), P("Return to top")]
    return RENDER["pdf"]([*blocks, *SIGN_OFF])


@pytest.mark.parametrize("numbered", [False, True])
@pytest.mark.parametrize("fmt", ["html", "pdf"])
@pytest.mark.parametrize("model", ["rules only", "with the labeller"])
def test_faq_page_questions_as_headings(fmt, numbered, model):
    data = _faq_html(numbered) if fmt == "html" else _faq_printed(numbered)
    foi = _read(data, fmt, model)
    assert pairs(foi) == [(str(n) if numbered else None, q, a) for n, (q, a) in enumerate(QS, 1)]
    assert foi.reference == "WKH/4471/24"
    assert (str(foi.received_date), str(foi.responded_date)) == ("2024-01-09", "2024-02-02")


def test_a_short_answer_repeated_under_its_questions_is_no_navigation():
    units = [
        _Unit("1. How many lifts are out of service?", "bold"),
        _Unit("None"),
        _Unit("2. How many escalators are out of service?", "bold"),
        _Unit("None"),
    ]
    assert navigation_dropped(units) == units


def test_a_line_printed_once_is_no_contents_list():
    units = [_Unit("Parking"), _Unit("Parking", "heading"), _Unit("We charge £2.")]
    assert contents_dropped(units) == units


@pytest.mark.parametrize(
    "heading, code",
    [
        ("WKH/4471/24 \u2013 Estates and wards", "WKH/4471/24"),
        ("AB24-0931: what you asked and what we said", "AB24-0931"),
        ("Disclosure - KT.5521.24", "KT.5521.24"),
        ("COVID-19 - vaccination of staff", None),
        ("Annual report - 2023/24", None),
        ("Board meeting: 12.03.2024", None),
    ],
)
def test_code_in_title(heading, code):
    assert code_in_title([heading]) == code


# ------------------------------------------- questions in an <ol>, answers quoted


def _ol_html(closing: str) -> bytes:
    items = "".join(
        f"<li><p>{escape(q)}</p><blockquote><p>{escape(a)}</p></blockquote></li>" for q, a in QS
    )
    table_item = (
        "<li><p>How many parking permits did the Trust issue to staff in each of the last "
        "two years?</p><blockquote><table><tr><td>Year</td><td>Permits</td></tr>"
        "<tr><td>2022/23</td><td>1,904</td></tr><tr><td>2023/24</td><td>2,118</td></tr>"
        "</table></blockquote></li>"
    )
    return _page(
        "<h1>Wickham Hollow NHS Trust</h1><h2>Information request WHT 8812</h2>"
        "<p>Received 4 March 2024; answered 27 March 2024.</p>"
        f"<p>The requester asked:</p><ol>{items}{table_item}</ol><p>{escape(closing)}</p>"
    )


@pytest.mark.parametrize("model", ["rules only", "with the labeller"])
@pytest.mark.parametrize(
    "closing",
    [
        "Information we publish may be re-used under the terms of the Open Government Licence.",
        "Please let us know before you use any of this material in a publication.",
    ],
)
def test_ol_questions_with_blockquoted_answers(closing, model):
    foi = _read(_ol_html(closing), "html", model)
    table = "Year | Permits\n2022/23 | 1,904\n2023/24 | 2,118"
    want = [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]
    assert pairs(foi)[:3] == want
    assert [(it.label, it.answer) for it in foi.items[3:]] == [("4", table)]


def test_ol_questions_printed_to_pdf():
    blocks: list = [
        H("Wickham Hollow NHS Trust"),
        P("Information request WHT 8812"),
        P("Received 4 March 2024; answered 27 March 2024."),
    ]
    for n, (q, a) in enumerate(QS, 1):
        blocks += [P(f"{n}. {q}"), P(a)]
    foi = _read(RENDER["pdf"]([*blocks, *SIGN_OFF]), "pdf")
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]


def test_answers_at_the_margin_under_indented_questions_are_no_list():
    units = [
        _Unit("1. How many?", indent=20.0),
        _Unit("Four.", indent=0.0),
        _Unit("2. How much?", indent=20.0),
        _Unit("£5.", indent=0.0),
        _Unit("You may ask for a review.", indent=0.0),
    ]
    assert list_end(units) is None
    inside = [_Unit(u.text, indent=20.0 if k < 4 else 0.0) for k, u in enumerate(units)]
    assert list_end(inside) == 4


def test_an_indented_request_list_with_the_reply_after_it_is_no_list():
    units = [
        _Unit("1. Please give the number of ward moves.", indent=18.0),
        _Unit("Please break the figures down by month.", indent=36.0),
        _Unit("2. Please give the number of bed days.", indent=18.0),
        _Unit("Please break the figures down by month.", indent=36.0),
        _Unit("Response:", "bold", indent=0.0),
        _Unit("The figures are in the attached workbook.", indent=0.0),
    ]
    assert list_end(units) is None


# ------------------------------------------------ footnote markers and notes


def _footnoted(bracketed: bool) -> list:
    def mark(n: int) -> str:
        return f" [{n}]" if bracketed else "\u00b9\u00b2"[n - 1]

    return [
        H("Ashdown Ridge Community NHS Trust"),
        P("Our reference: ARC-FOI-3307"),
        P("Date: 19 April 2024"),
        P("Dear Requester"),
        P(f"**1. {QS[0][0]}**"),
        P(QS[0][1] + mark(1)),
        P(f"**2. {QS[1][0]}**"),
        T([["Site", "Cost"], ["Main hospital", "£31,200"], ["Clinics", "£17,110"]]),
        P(mark(2).strip()),
        P(f"**3. {QS[2][0]}**"),
        P(QS[2][1]),
        P("_" * 18 if bracketed else "**Notes**"),
        P(f"{mark(1).strip()} Counted at the start of each closure, not at its end."),
        P(f"{mark(2).strip()} Excludes the two sites the Trust leases out."),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("bracketed", [False, True])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_footnote_markers_and_notes_are_not_answers(fmt, bracketed):
    foi = _read(RENDER[fmt](_footnoted(bracketed)), fmt)
    table = "Site | Cost\nMain hospital | £31,200\nClinics | £17,110"
    assert [(it.label, it.question, it.answer) for it in foi.items] == [
        ("1", QS[0][0], QS[0][1]),
        ("2", QS[1][0], table),
        ("3", QS[2][0], QS[2][1]),
    ]


def test_a_superscript_with_no_note_below_stays():
    units = [_Unit("1. What floor area?"), _Unit("The ward covers 640 m\u00b2.")]
    assert footnotes_dropped(units) == units


def test_bracketed_labels_are_no_notes():
    units = [
        _Unit("[1] How many?"),
        _Unit("[2] How much?"),
        _Unit("[1] Four."),
        _Unit("[2] £5."),
    ]
    assert footnotes_dropped(units) == units


# ------------------------------------------- the reference and dates in a field table


def _field_table_letter(shape: str) -> list:
    if shape == "columns":
        top = T(
            [
                ["Case number", "Date logged", "Date of reply"],
                ["KV-20931", "6 February 2024", "1 March 2024"],
            ]
        )
    else:
        top = T(
            [
                ["Case number", "KV-20931"],
                ["Date logged", "6 February 2024"],
                ["Date of reply", "1 March 2024"],
            ]
        )
    rows = [["Question", "Held?", "Response"]]
    rows += [[q, "Yes", a] for q, a in QS]
    return [
        H("Kingsvale Partnership NHS Trust"),
        P("Moor Gate, Kingsvale KV4 2MG"),
        top,
        P("Dear Enquirer"),
        P("Please see our answers in the table below."),
        T(rows),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("shape", ["columns", "rows"])
@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_reference_and_dates_in_a_field_table(fmt, shape):
    foi = _read(RENDER[fmt](_field_table_letter(shape)), fmt)
    assert foi.reference == "KV-20931"
    assert (str(foi.received_date), str(foi.responded_date)) == ("2024-02-06", "2024-03-01")


def test_a_question_table_is_no_field_table():
    rows = [["Question", "Held?", "Response"], *([q, "Yes", a] for q, a in QS)]
    assert field_lines(rows) == []
    assert field_lines(rows[:2]) == []  # one question: its answer is no field's value


# ----------------------------------------- a contact line in the signature run


@pytest.mark.parametrize("contact", ["Tel. 01632 960 777", "E-mail: records@kingsvale.example"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_contact_line_in_the_signature_ends_the_last_answer(fmt, contact):
    blocks: list = [H("Kingsvale Partnership NHS Trust"), P("Our reference: KV-20931")]
    for n, (q, a) in enumerate(QS, 1):
        blocks += [P(f"**{n}. {q}**"), P(a)]
    blocks += [
        P("You are entitled to ask us to review how we handled your request."),
        P("Kind regards"),
        P("Records Manager"),
        P(contact),
        P("Kingsvale Partnership NHS Trust"),
    ]
    foi = _read(RENDER[fmt](blocks), fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]
