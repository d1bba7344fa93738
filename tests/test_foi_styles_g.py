"""FOI house styles learned from held-out set G's failure classes after its first
sight (issue #13), read as structures rather than set G's phrases: decimal labels
under numbered subject headings, capital letters as the top-level numbering, "No.
n:" labels, a label followed by a request marker, a request marker numbering its
question, and one two-row table per question. Every letter here is made up and
built in code, in wordings of its own, and read from DOCX, PDF and HTML."""

from __future__ import annotations

import pytest

from parsers.foi.units import _label_of
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, pairs, read

# ---------------------------------------------------------------- the grammars


@pytest.mark.parametrize(
    "line, key, rest",
    [
        ("3.2 Which theatres were refurbished?", "3.2", "Which theatres were refurbished?"),
        (
            "1.10  Please list the catering suppliers.",
            "1.10",
            "Please list the catering suppliers.",
        ),
        ("C. How many porters are employed?", "C", "How many porters are employed?"),
        ("(D) Please send the parking policy.", "D", "Please send the parking policy."),
        ("B) Does the Trust own its laundry?", "B", "Does the Trust own its laundry?"),
        ("No. 4: How many lifts are there?", "4", "How many lifts are there?"),
    ],
)
def test_decimal_capital_and_numero_labels(line, key, rest):
    lab = _label_of(line)
    assert lab is not None and (lab.key, lab.rest) == (key, rest)


@pytest.mark.parametrize(
    "line",
    [
        "1.5 million meals were served last year.",
        "A. The Trust does not hold this information.",  # a Q. / A. letter's answer
        "A. N. Other, Head of Estates",
        "A. Please see the attached spreadsheet.",
        "No. 1 priority for the Trust is safety.",
    ],
)
def test_lines_that_are_not_these_labels(line):
    lab = _label_of(line)
    assert lab is None or lab.key not in ("1.5", "A", "1")


# ---------------------------------------------------------------- letters

QS = [
    ("How many hydrotherapy pools does the Trust run?", "Two pools, at the Eastgate site."),
    ("Which company maintains the pools?", "Maintenance is done by Aquaserve Ltd."),
    ("How many porters were employed in May 2024?", "We employed 58 porters in May 2024."),
]


def _head() -> list:
    return [
        H("Brackenfold Hospitals NHS Trust"),
        P("Our ref: BHT-7731"),
        P("Date: 9 August 2024"),
        P("Dear Applicant"),
        P("Thank you for your request, which we have answered below."),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_decimal_labels_under_numbered_subject_headings(fmt):
    (q1, a1), (q2, a2), (q3, a3) = QS
    blocks = [
        *_head(),
        H("1. Therapy services"),
        P(f"1.1 {q1}"),
        P(a1),
        P(f"1.2 {q2}"),
        P(a2),
        H("2. Support staff"),
        P(f"2.1 {q3}"),
        P(a3),
    ]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [("1.1", q1, a1), ("1.2", q2, a2), ("2.1", q3, a3)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("form", ["{}.", "({})"])
def test_capital_letters_with_an_owned_answer_marker(form, fmt):
    blocks = _head()
    for letter, (q, a) in zip("ABC", QS, strict=True):
        blocks += [P(f"{form.format(letter)} {q}"), P(f"Our reply: {a}")]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [(x, q, a) for x, (q, a) in zip("ABC", QS, strict=True)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_numero_labels_with_answers_in_one_cell_boxes(fmt):
    blocks = _head()
    for n, (q, a) in enumerate(QS, 1):
        blocks += [P(f"No. {n}: {q}"), T([[a]])]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_label_then_a_request_marker(fmt):
    blocks = _head()
    for n, (q, a) in enumerate(QS, 1):
        blocks += [P(f"{n}. What you asked for: {q}"), P(f"Our reply: {a}")]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_request_marker_numbering_its_question(fmt):
    blocks = _head()
    for n, (q, a) in enumerate(QS, 1):
        blocks += [P(f"**What you asked for [{n}]**"), P(q), P("**Our reply**"), P(a)]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("form", ["labelled cell", "worded heading"])
def test_one_two_row_table_per_question(form, fmt):
    blocks = _head()
    for n, (q, a) in enumerate(QS, 1):
        if form == "labelled cell":
            blocks.append(T([[f"Query {n}", q], ["Our reply", f"{a}\nNo other record is held."]]))
        else:
            blocks += [H(f"Point {n}"), T([["Your request", q], ["Response", a]])]
    foi = read(blocks + SIGN_OFF, fmt)
    extra = " No other record is held." if form == "labelled cell" else ""
    assert pairs(foi) == [(str(n), q, a + extra) for n, (q, a) in enumerate(QS, 1)]
