"""Unnumbered questions told apart from their answers only by their look
(parsers.foi.emphasis_pairs): each request in italic, or in a class of its own on a
web page, with the reply in the letter's plain text beneath it, read from DOCX, a
two-column PDF and HTML; and a letter whose italic paragraphs are quotations and
notes, which must not be paired. Every letter is made up (a fictional trust, its own
questions and figures) and read by the rules alone, the block labeller off."""

from __future__ import annotations

import re

import pytest

from benchmarks.heldout_d.render import H, P
from benchmarks.heldout_j.render import Columns, Html, render
from parsers import parse_document
from parsers.extract import extract
from parsers.foi.emphasis_pairs import emphasis_pairs
from parsers.foi.labeller import using_labeller
from parsers.foi.units import _units

TRUST = "Kestrel Moor Hospitals NHS Trust"

# (question, answer paragraphs): asked as questions and as requests, no numbers
ASKED = [
    (
        "How many units of O negative blood did the Trust hold on 1 March 2025?",
        ["The blood bank held 146 units of O negative blood on that morning."],
    ),
    (
        "Please give the cost of spoken language interpreting for each of the last two years.",
        [
            "Spoken language interpreting cost £318,250 in 2023/24 and £342,900 in 2024/25.",
            "Both figures include telephone interpreting booked by community teams.",
        ],
    ),
    (
        "What share of frontline staff had a flu vaccination in the winter of 2024/25?",
        ["By the end of February 2025, 61.4% of frontline staff had been vaccinated."],
    ),
    (
        "How many body storage spaces does the hospital mortuary have?",
        ["The mortuary has 88 spaces, 12 of them for bariatric storage."],
    ),
]

HEAD = [
    H(TRUST),
    P("Moorside House, Kestrel Moor KM4 7QA"),
    P("Our reference: KMH-IG-2025-0318"),
    P("Date: 14 April 2025"),
    P("Dear Ms Applicant"),
    P(
        "We received your request for information on 17 March 2025. Having searched our "
        "records, we set out each of your requests below with the Trust's reply under it."
    ),
]
CLOSE = [
    P(
        "If you are not satisfied with how we handled your request, you may ask for an "
        "internal review within 40 working days of the date of this letter."
    ),
    P(
        "You may also complain to the Information Commissioner's Office, Wycliffe House, "
        "Water Lane, Wilmslow SK9 5AF."
    ),
    P("With best wishes"),
    P("Information Governance Office"),
    P(TRUST),
]


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def _read(blocks: list, fmt: str):
    data, name = render(blocks, fmt, title=TRUST, site=TRUST)
    with using_labeller(None):
        result = parse_document(data, filename=name, kind_hint="foi")
    assert result.foi is not None, result.error
    return result.foi


def _pairs(foi) -> list[tuple[str | None, str, str]]:
    return [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]


def _want(label: bool = False) -> list[tuple[str | None, str, str]]:
    return [(str(n) if label else None, q, " ".join(a)) for n, (q, a) in enumerate(ASKED, start=1)]


def _italic_body() -> list:
    body = []
    for q, answer in ASKED:
        body.append(P(q, "italic"))
        body += [P(a) for a in answer]
    return body


def _rewritten(data: bytes, name: str) -> bool:
    """Whether the emphasis pass marked any unit of the letter as a request."""
    units = _units(extract(data, filename=name))
    assert emphasis_pairs(units) is None  # (nothing left unmarked to pair either)
    return any(u.text.startswith(("Request:", "Question ")) for u in units)


def test_docx_italic_questions_each_over_its_plain_answer():
    foi = _read(HEAD + _italic_body() + CLOSE, "docx")
    assert _pairs(foi) == _want()


def test_pdf_italic_questions_in_two_columns():
    foi = _read([*HEAD, Columns(), *_italic_body(), *CLOSE], "pdf")
    assert _pairs(foi) == _want()


def test_pdf_margin_number_on_its_own_line_labels_the_italic_question():
    # a web page printed to PDF: each number floated beside its question comes out
    # as a line of its own before it
    body = []
    for n, (q, answer) in enumerate(ASKED, start=1):
        body += [P(str(n)), P(q, "italic"), *(P(a) for a in answer)]
    foi = _read(HEAD + body + CLOSE, "pdf")
    assert _pairs(foi) == _want(label=True)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_figure_alone_ending_an_answer_is_no_label_of_the_next_question(fmt):
    # "how many" answered by a bare figure on its own line: the figure before the
    # next italic question is the answer's last line, not that question's margin number
    asked = [
        ("How many porters were on the night rota in January?", ["14"]),
        ("How many wheelchairs were reported missing last year?", ["Main site", "23"]),
        ("Please give the number of trolleys replaced in 2024.", ["41"]),
    ]
    body = []
    for q, answer in asked:
        body += [P(q, "italic"), *(P(a) for a in answer)]
    foi = _read(HEAD + body + CLOSE, fmt)
    assert _pairs(foi) == [(None, q, " ".join(a)) for q, a in asked]


def test_html_questions_told_apart_by_class_only():
    # the requests have a class of their own, the replies are the page's plain <p>s
    # (so no class of the replies' takes turns with the requests')
    rows = "".join(
        f"<p class='enquiry'>{q}</p>" + "".join(f"<p>{a}</p>" for a in answer)
        for q, answer in ASKED
    )
    page = Html(f"<style>.enquiry{{color:#2f4f4f}}</style>{rows}")
    foi = _read([*HEAD, page, *CLOSE], "html")
    assert _pairs(foi) == _want()


QUOTED = [
    H(TRUST),
    P("Our reference: KMH-IG-2025-0402"),
    P("Date: 2 May 2025"),
    P("Dear Mr Enquirer"),
    P(
        "Thank you for asking about the visiting arrangements on our adult wards, which we "
        "received on 4 April 2025."
    ),
    P("Our visiting policy was last revised in January 2025. The passage you asked about reads:"),
    P(
        "Visitors are welcome on adult wards between 11am and 8pm, with no more than two "
        "at a bedside.",
        "italic",
    ),
    P("The policy makes an exception at the end of life, and its next section says:"),
    P("The nurse in charge may agree visits at any hour for a patient who is dying.", "italic"),
    P("In 2024 the Trust received 14 complaints about visiting, 9 of them about parking."),
    P("Note: complaints are counted in the month they were received.", "italic"),
    P("The policy is reviewed every two years by the patient experience committee."),
    *CLOSE,
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_italic_quotations_and_notes_are_not_paired(fmt):
    data, name = render(QUOTED, fmt, title=TRUST, site=TRUST)
    assert not _rewritten(data, name)
    foi = _read(QUOTED, fmt)
    italic = {norm(b.text) for b in QUOTED if isinstance(b, P) and b.style == "italic"}
    assert not any(norm(it.question) in italic for it in foi.items)


def test_bold_subheadings_over_prose_are_not_paired():
    # bold headings that do not ask, each over a paragraph: a report's sections
    sections = [
        ("Staffing", "The ward has 31 registered nurses and 14 healthcare assistants."),
        ("Training", "All staff completed safeguarding training by March 2025."),
        ("Estates", "The ward was refurbished in 2023 at a cost of £1.2 million."),
    ]
    body = [x for h, t in sections for x in (P(h, "bold"), P(t))]
    data, name = render(HEAD + body + CLOSE, "docx")
    assert not _rewritten(data, name)
