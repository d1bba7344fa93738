"""FOI house styles learned from held-out set H's text classes after its first sight
(issue #13), read as grammars rather than set H's phrases: labels whose numbers are
spelled out ("Query Four:", "Reply Four:", "Item number three"). Every letter here is
made up and built in code, in wordings of its own, and read from DOCX, PDF and HTML."""

from __future__ import annotations

import pytest

from parsers.foi.spelled import figured_label
from parsers.foi.units import _label_of
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read

# ---------------------------------------------------------------- the grammar


@pytest.mark.parametrize(
    "line, figured",
    [
        ("Query Seven: Which car parks are free?", "Query 7: Which car parks are free?"),
        ("Item number twelve", "Item 12"),
        ("Your request no. 3 - the rota", "Your request 3 - the rota"),
        ("Reply Seven: None are free.", "Reply to question 7: None are free."),
        ("Point eleven.", "Point 11."),
    ],
)
def test_spelled_label_numbers_read_as_figures(line, figured):
    assert figured_label(line) == figured


@pytest.mark.parametrize(
    "line",
    [
        "Item four was withdrawn by the supplier.",  # a sentence, not a label
        "Question one of your request asked about parking.",
        "Request 2: already figured",
        "Response times fell in 2023.",
        "Point seventy: not a number word we read",
    ],
)
def test_lines_that_keep_their_words(line):
    assert figured_label(line) == line


def test_a_figured_spelled_label_is_a_question_label():
    lab = _label_of(figured_label("Enquiry Nine: How many lifts are out of use?"))
    assert lab is not None and (lab.key, lab.rest) == ("9", "How many lifts are out of use?")


# ---------------------------------------------------------------- letters

WORDS = ("One", "Two", "Three")
QS = [
    (
        "How many hospital porters were on duty at night in June 2024?",
        "14 porters were on duty each night.",
    ),
    ("Which contractor cleans the windows at the main site?", "Glassbright Services Ltd."),
    ("What was spent on agency pharmacists in 2023/24?", "The Trust spent £212,400."),
]


def _head() -> list:
    return [
        H("Rushmere Vale Hospitals NHS Trust"),
        P("Our reference: RVH 5520"),
        P("Date: 2 October 2024"),
        P("Dear Ms Enquirer"),
        P("Each of your questions is set out below with the Trust's reply."),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_spelled_numbers_on_question_and_reply_labels(fmt):
    blocks = _head()
    for word, (q, a) in zip(WORDS, QS, strict=True):
        blocks += [P(f"**Query {word}:** {q}"), P(f"Reply {word}: {a}")]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_spelled_item_number_headings_over_question_and_answer(fmt):
    blocks = _head()
    for word, (q, a) in zip(WORDS, QS, strict=True):
        blocks += [P(f"**Item number {word.lower()}**"), P(q), P(a)]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]


# ---------------------------------------------------------------- quoted requests


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("mark", ["curly", "straight bold"])
def test_requests_quoted_whole_each_followed_by_its_answer(mark, fmt):
    blocks = _head()
    for q, a in QS:
        blocks += [P(f"\u201c{q}\u201d" if mark == "curly" else f'**"{q}"**'), P(a)]
    blocks.append(P("Section 43(2) \u2013 we weighed the public interest before withholding."))
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [(None, q, a) for q, a in QS]


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_quoted_sentence_is_no_request_list(fmt):
    # a single quotation in a labelled letter is the letter quoting, not a question
    (q1, a1), (q2, a2), _ = QS
    blocks = [*_head(), P(f"1. {q1}"), P(a1), P('"We aim to reply within the month."')]
    blocks += [P(f"2. {q2}"), P(a2)]
    foi = read(blocks + SIGN_OFF, fmt)
    assert [label for label, _, _ in pairs(foi)] == ["1", "2"]


# ---------------------------------------------------------------- e-mail replies


def _email_reply(separator: str, numbering: str) -> list:
    (q1, a1), (q2, a2), (q3, a3) = QS
    num = numbering.format
    return [
        P("From: Records Office <records@rushmere.nhs.example>"),
        P("Sent: 14 October 2024 11:05"),
        P("To: J Enquirer <j.enquirer@post.example>"),
        P("Subject: RE: Your information request [RV/FOI/5520]"),
        P("Hello J Enquirer,"),
        P("Our replies follow, under the numbers you used."),
        P(f"{num(1)} {a1}"),
        P(f"{num(2)} {a2}"),
        P("The contract runs until 2026."),
        P(f"{num(3)} {a3}"),
        P("You may ask for this reply to be reviewed by writing to us."),
        P("Best wishes"),
        P("Records Office"),
        P(separator),
        P("From: J Enquirer <j.enquirer@post.example>"),
        P("Sent: Monday, 16 September 2024 08:12"),
        P("To: records@rushmere.nhs.example"),
        P("Subject: Information request"),
        P("I would be grateful for answers to these:"),
        P(f"{num(1)} {q1}"),
        P(f"{num(2)} {q2}"),
        P(f"{num(3)} {q3}"),
        P("Thanks"),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "separator, numbering",
    [("-----Original Message-----", "{}."), ("=" * 24, "({})")],
)
def test_email_reply_answers_the_request_quoted_below(separator, numbering, fmt):
    foi = read(_email_reply(separator, numbering), fmt)
    (q1, a1), (q2, a2), (q3, a3) = QS
    assert pairs(foi) == [
        ("1", q1, a1),
        ("2", q2, f"{a2} The contract runs until 2026."),
        ("3", q3, a3),
    ]
    assert foi.reference == "RV/FOI/5520"
    assert str(foi.received_date) == "2024-09-16"
    assert str(foi.responded_date) == "2024-10-14"


# ---------------------------------------------------------------- metadata


@pytest.mark.parametrize("fmt", FORMATS)
def test_answered_date_weekday_prose_date_and_subject_line_reference(fmt):
    (q1, a1), (q2, a2), _ = QS
    blocks = [
        P("**Subject: Access to information \u2013 request WDH/2291**"),
        P("Wendover Downs Health NHS Trust"),
        P("Logged: 3 Jul 2024"),
        P("Answered: 29 Jul 2024"),
        P("Dear Enquirer,"),
        P("Your e-mail, which came in on Wednesday, 3 July 2024, is answered below."),
        P(f"1. {q1}"),
        P(a1),
        P(f"2. {q2}"),
        P(a2),
    ]
    foi = read(blocks + SIGN_OFF, fmt)
    assert foi.reference == "WDH/2291"
    assert str(foi.received_date) == "2024-07-03"
    assert str(foi.responded_date) == "2024-07-29"
