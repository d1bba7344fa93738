"""FOI house styles learned from held-out set E's failure classes after its first
sight (issue #13), read by grammar rather than by copying set E's phrases: worded
question labels ("Query 3:", "Your question 2:", "Item 4.", a "Request 5" heading over
its question), owned answer words ("Our position:"), e-mail quote marks before the
requester's numbered lines, unpunctuated numbers before a question with its answer
inline, received dates in a sentence or under a recording label ("Request logged:
05.06.2024"), an e-mail's "Sent:" date and the reference in its subject line. Every
letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.foi.markers import answer_marker
from parsers.foi.meta_patterns import _RE_RECEIVED, _RE_RECEIVED_PROSE
from parsers.foi.units import _label_of, _unquote
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read

# ---------------------------------------------------------------- the grammars


@pytest.mark.parametrize(
    "line, key, rest",
    [
        ("Query 3: How many library books were lent?", "3", "How many library books were lent?"),
        ("Your question 2: Which wards have a hoist?", "2", "Which wards have a hoist?"),
        ("Item 4. The laundry contract, please.", "4", "The laundry contract, please."),
        ("Enquiry 5 – How many lifts?", "5", "How many lifts?"),
        ("3 How many lifts were out of service?", "3", "How many lifts were out of service?"),
        ("2 Please list the lift contractors \u2014 Liftco.", "2", None),
    ],
)
def test_worded_and_unpunctuated_question_labels(line, key, rest):
    lab = _label_of(line)
    assert lab is not None and lab.key == key
    if rest is not None:
        assert lab.rest == rest


@pytest.mark.parametrize(
    "line",
    [
        "Point 2 of your request is answered in the table above.",
        "Item 4 was delivered to the ward in May.",
        "12 Wards were closed last winter.",
        "4 Beds were closed? No, none were.",
        "2024 was the first year of the new contract.",
    ],
)
def test_lines_that_are_not_question_labels(line):
    assert _label_of(line) is None


@pytest.mark.parametrize(
    "line, rest",
    [
        ("Our position: The information is not held.", "The information is not held."),
        ("The Trust's decision – withheld under section 43.", "withheld under section 43."),
        ("Our comments:", ""),
    ],
)
def test_owned_answer_words_are_markers(line, rest):
    assert answer_marker(line) == rest


@pytest.mark.parametrize(
    "line",
    [
        "Position: Band 5 staff nurse",
        "Our position on staff parking has not changed since 2019.",
        "Decision makers were briefed in March.",
    ],
)
def test_lines_that_are_not_answer_markers(line):
    assert answer_marker(line) is None


@pytest.mark.parametrize(
    "line, out",
    [
        ("> 1. How many lifts?", "1. How many lifts?"),
        (">> Please send the lift log.", "Please send the lift log."),
        ("> 100 patients waited", "> 100 patients waited"),
        (">5 days", ">5 days"),
    ],
)
def test_email_quote_marks_come_off_words_not_figures(line, out):
    assert _unquote(line) == out


@pytest.mark.parametrize(
    "line, iso",
    [
        ("Request logged: 05.06.2024", "05.06.2024"),
        ("Enquiry registered: 05/06/2024", "05/06/2024"),
        ("Date request recorded: 5 June 2024", "5 June 2024"),
    ],
)
def test_received_labels_by_grammar(line, iso):
    m = _RE_RECEIVED.search(line)
    assert m is not None and m.group(1) == iso


def test_received_in_a_sentence():
    m = _RE_RECEIVED_PROSE.search(
        "We received your request for information on 5 June 2024 and have handled it under the Act."
    )
    assert m is not None and m.group(1) == "5 June 2024"
    assert _RE_RECEIVED_PROSE.search("The ward received new hoists on 5 June 2024.") is None


# ---------------------------------------------------------------- letters

QS = [
    ("1", "How many hoists does the Trust own?", "Forty-one."),
    ("2", "Which wards have a ceiling track hoist?", "Wards 4, 7 and 12 have ceiling tracks."),
    ("3", "When were the hoists last serviced?", "All hoists were serviced in March 2024."),
]


def _head(extra: list | None = None) -> list:
    return [
        H("Southmoor Community NHS Trust"),
        P("Case number: SMC-5521"),
        *(extra or [P("Request logged: 05.06.2024"), P("Reply sent: 28.06.2024")]),
        P("Dear Enquirer"),
        P("Thank you for writing to us. Our answers follow."),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_recorded_dates_in_day_month_year_with_dots(fmt):
    blocks = _head() + [b for n, q, a in QS for b in (P(f"{n}. {q}"), P(a))]
    foi = read(blocks + SIGN_OFF, fmt)
    assert foi.reference == "SMC-5521"
    assert foi.received_date == date(2024, 6, 5)
    assert foi.responded_date == date(2024, 6, 28)


@pytest.mark.parametrize("fmt", FORMATS)
def test_received_date_in_the_opening_sentence(fmt):
    extra = [
        P("Date of this letter: 1 July 2024"),
        P("We received your request for information on 3 June 2024 and reply below."),
    ]
    blocks = _head(extra) + [b for n, q, a in QS for b in (P(f"{n}. {q}"), P(a))]
    foi = read(blocks + SIGN_OFF, fmt)
    assert foi.received_date == date(2024, 6, 3)
    assert foi.responded_date == date(2024, 7, 1)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("word", ["Query", "Your question", "Item"])
def test_worded_labels_with_a_reply_marker(word, fmt):
    blocks = _head()
    for n, q, a in QS:
        blocks += [P(f"**{word} {n}:** {q}"), P(f"**Our position:** {a}")]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == QS


@pytest.mark.parametrize("fmt", FORMATS)
def test_query_and_reply_markers(fmt):
    blocks = _head()
    for n, q, a in QS:
        blocks += [P(f"**Query {n}:** {q}"), P(f"**Reply:** {a}")]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == QS


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("word", ["Request", "Query"])
def test_a_label_heading_over_its_question(word, fmt):
    blocks = _head()
    for n, q, a in QS:
        blocks += [H(f"{word} {n}"), P(q), P(a)]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == QS


@pytest.mark.parametrize("fmt", FORMATS)
def test_email_reply_quoting_the_numbered_questions(fmt):
    blocks = [
        P("From: Information Requests <requests@southmoor.example>"),
        P("Sent: 28 June 2024"),
        P("Subject: RE: FOI request SMC-5530"),
        P("Hello,"),
        P("Thanks for your email of 3 June 2024. Our answers are under each question."),
    ]
    for n, q, a in QS:
        blocks += [P(f"> {n}. {q}"), P(a)]
    blocks += [P("Kind regards"), P("Information Requests Team")]
    foi = read(blocks, fmt)
    assert pairs(foi) == QS
    assert foi.reference == "SMC-5530"
    assert foi.received_date == date(2024, 6, 3)
    assert foi.responded_date == date(2024, 6, 28)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("form", ["{n} {q} \u2014 {a}", "{n}. {q} - {a}"])
def test_inline_answer_after_the_question(form, fmt):
    inline = [
        ("1", "How many hoists does the Trust own?", "41."),
        ("2", "Which wards have a ceiling track hoist?", "Wards 4, 7 and 12."),
        ("3", "Please list the hoist suppliers.", "Liftco and Hoistwell."),
    ]
    blocks = _head() + [P(form.format(n=n, q=q, a=a)) for n, q, a in inline]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == inline


def test_a_reference_naming_a_date_is_no_reference():
    blocks = [
        H("Southmoor Community NHS Trust"),
        P("Thank you for your FOI request of 3 June 2024."),
        P("1. How many hoists does the Trust own?"),
        P("Forty-one."),
        *SIGN_OFF,
    ]
    assert read(blocks, "docx").reference is None
