"""A letter printing its labels in two languages side by side (parsers.foi.bilingual,
since set P's learning): "<label> 2 / Question 2", "<word> | Response", a field's name
and its date in both languages, a greeting and the trust's name in both. Read by the
structure (two short halves around a slash or a bar, the same number on both, one
half a label the parser knows), so a language the parser has no words for is read as
well: these tests use Irish and Scottish Gaelic halves, not the Welsh of set P. Every
letter is made up (a fictional trust, its own questions and figures)."""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks.heldout_d.render import H, P
from parsers.foi.bilingual import one_language
from parsers.foi.labeller import default_labeller, using_labeller
from parsers.foi.tail import signature_line
from tests.foi_styled import read_styled
from tests.test_foi_styles import FORMATS, pairs


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Ceist 3 / Question 3", "Question 3"),
        ("Question 3 / Ceist 3", "Question 3"),
        ("Iarratas 2 | Request 2", "Request 2"),
        (
            "Ceist 4 / Question 4: How many lifts are out of service?",
            "Question 4: How many lifts are out of service?",
        ),
        ("Freagra / Answer", "Answer"),
        ("Freagairt | Response", "Response"),
        (
            "Answer / Freagra: The Trust holds no such list.",
            "Answer: The Trust holds no such list.",
        ),
        ("Dáta / Date: 3 Aibreán 2025 / 3 April 2025", "Date: 3 April 2025"),
        ("Date / Dáta: 3 April 2025 / 3 Aibreán 2025", "Date: 3 April 2025"),
        ("Tagairt / Reference: GH-25-0412", "Reference: GH-25-0412"),
        ("A Chara / Dear Requester", "Dear Requester"),
    ],
)
def test_one_label_in_two_languages_is_its_known_half(line, read):
    assert one_language(line) == read


@pytest.mark.parametrize(
    "line",
    [
        "Dear Sir / Madam",  # opens with its greeting already
        "Yes / No",  # neither half a label
        "Request / Response",  # both halves labels: a heading over two columns
        "Ceist 1 / Question 2",  # two numbers: two labels
        "Reference / Date: GH-25-0412",  # both halves fields' names
        "Unit 4, Glen Road | Tel 01632 960 417",  # a letterhead's strip of fields
        "The ward reopened in May / June 2024 after repairs to its roof.",
    ],
)
def test_other_lines_are_left_alone(line):
    assert one_language(line) == line


def test_a_signature_line_in_two_languages():
    assert signature_line("Iontaobhas Sláinte an Ghleanna / Glen Valley Health NHS Trust")
    assert not signature_line("We hold 14 lifts / 3 are out of service today.")


TRUST = "Iontaobhas Sláinte an Ghleanna / Glen Valley Health NHS Trust"
ASKED = [
    (
        "How many patient lifts does the Trust maintain at Glen Road Hospital?",
        ["The Trust maintains 14 patient lifts at that hospital."],
    ),
    (
        "What did the Trust spend on lift repairs in 2024/25?",
        ["Lift repairs cost £96,310 in 2024/25.", "Planned servicing is not included."],
    ),
    (
        "Please give the longest time a lift was out of service last year.",
        ["The longest outage was 19 days, while a motor was replaced."],
    ),
]


CLOSE = [
    P(
        "Should you wish us to reconsider how we dealt with your request, you may ask "
        "for an internal review within 40 working days."
    ),
    P("You may then complain to the Information Commissioner's Office."),
    P("Le meas / Yours sincerely"),
    P("Freedom of Information Officer"),
    P(TRUST),
]


def letter(numbered: str, answer: str) -> list:
    blocks = [
        H(TRUST),
        P("Bóthar an Ghleanna, Glen GV4 2GR"),
        P("Tagairt / Reference: GV-IR-25-0412"),
        P("Dáta / Date: 3 Aibreán 2025 / 3 April 2025"),
        P("A Chara / Dear Requester"),
        P("We received your request for information on 10 March 2025 and answer it below."),
    ]
    for n, (q, a) in enumerate(ASKED, 1):
        blocks += [P(numbered.format(n=n), "bold"), P(q), P(answer, "bold")]
        blocks += [P(x) for x in a]
    return [*blocks, *CLOSE]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("numbered", "answer"),
    [
        ("Ceist {n} / Question {n}", "Freagra / Answer"),
        ("Iarratas {n} | Request {n}", "Freagairt | Response"),
    ],
)
@pytest.mark.parametrize("labelled", [False, True])
def test_bilingual_letter_reads_as_english(fmt, numbered, answer, labelled):
    with using_labeller(default_labeller() if labelled else None):
        foi = read_styled(letter(numbered, answer), fmt)
    want = [(str(n), q, " ".join(a)) for n, (q, a) in enumerate(ASKED, 1)]
    assert pairs(foi) == want
    assert foi.reference == "GV-IR-25-0412"
    assert (foi.received_date, foi.responded_date) == (date(2025, 3, 10), date(2025, 4, 3))
