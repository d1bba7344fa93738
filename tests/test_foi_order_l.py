"""FOI orders of questions and answers learned from held-out set L's first sight, read
as structures rather than set L's phrases:

* questions listed first as a numbered list, each answered after the whole list under
  a lead naming its number, the leads one template but for the number
  (parsers.foi.answer_leads);
* parts nested three deep, number → letter → roman numeral, each lowest part answered
  beneath it: labels compose ("2bii") and a lettered part over roman ones is their stem
  (parsers.foi.part_tree);
* numbered points that do not ask (definitions, background) before the numbered
  questions, numbered on into them: no questions (parsers.foi.numbered_points).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.answer_leads import answer_lead_items
from parsers.foi.labeller import using_labeller
from parsers.foi.numbered_points import without_numbered_points
from parsers.foi.part_tree import nest_roman_parts
from parsers.foi.segment_items import _Q
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, pairs, read

MODELS = ["rules only", "labeller"]


def _model(model: str):
    return using_labeller(None) if model == "rules only" else nullcontext()


def _head(trust: str, ref: str) -> list:
    return [
        H(trust),
        P(f"Our reference: {ref}"),
        P("Date: 9 October 2024"),
        P("Dear Applicant,"),
        P("Thank you for your request for information received on 16 September 2024."),
    ]


# ---------------------------------------------------------------- answers after the list

LISTED = [
    (
        "How many ambulance handovers took longer than one hour in August 2024?",
        ["There were 132 handovers longer than one hour in August 2024."],
    ),
    (
        "Please send the Trust's policy on visiting hours for the children's ward.",
        [
            "The policy is attached to this reply.",
            "It was approved by the Patient Experience Group in May 2024.",
        ],
    ),
    (
        "What did the Trust spend on taxis for patients in 2023/24?",
        ["The Trust spent £84,310 on patient taxis in 2023/24."],
    ),
]


def _after_letter(lead: str, run_in: bool) -> list:
    blocks = _head("Wexcombe Vale NHS Trust", "WV/FOI/3318")
    blocks.append(P("You wrote to us asking:"))
    blocks += [P(f"{n}. {q}") for n, (q, _) in enumerate(LISTED, 1)]
    blocks.append(H("The Trust's answers"))
    for n, (_, answer) in enumerate(LISTED, 1):
        if run_in:
            blocks.append(P(f"{lead.format(n=n)}: {answer[0]}"))
            blocks += [P(p) for p in answer[1:]]
        else:
            blocks.append(P(f"**{lead.format(n=n)}**"))
            blocks += [P(p) for p in answer]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("lead", "run_in"),
    [
        ("Our answer to item {n}", False),
        ("Regarding point {n} of your request", False),
        ("Reply to Q{n}", True),
    ],
)
def test_answers_after_the_list_under_numbered_leads(lead, run_in, fmt, model):
    with _model(model):
        foi = read(_after_letter(lead, run_in), fmt)
    want = [(str(n), norm(q), norm(" ".join(a))) for n, (q, a) in enumerate(LISTED, 1)]
    assert pairs(foi) == want


def _units(texts: list[str]) -> list[_Unit]:
    return [_Unit(text=t) for t in texts]


def test_leads_of_different_wordings_are_no_template():
    units = _units(
        [
            "1. How many theatres does the Trust run?",
            "2. What is the Trust's spend on locums?",
            "Theatres: 1 answer",
            "There are nine theatres.",
            "Locum costs: 2 answer",
            "The spend was £2.1m.",
        ]
    )
    assert answer_lead_items(units) is None


def test_leads_out_of_order_answer_their_own_questions():
    units = _units(
        [
            "1. How many theatres does the Trust run?",
            "2. What is the Trust's spend on locums?",
            "Answer to question 2",
            "The spend was £2.1m.",
            "Answer to question 1",
            "There are nine theatres.",
        ]
    )
    items = answer_lead_items(units)
    assert [(q.label, q.answer) for q in items] == [
        ("1", ["There are nine theatres."]),
        ("2", ["The spend was £2.1m."]),
    ]


def test_question_printed_again_under_its_lead_is_left_to_the_segmenter():
    units = _units(
        [
            "1. How many theatres does the Trust run?",
            "2. What is the Trust's spend on locums?",
            "Question 1",
            "How many theatres does the Trust run?",
            "There are nine theatres.",
            "Question 2",
            "What is the Trust's spend on locums?",
            "The spend was £2.1m.",
        ]
    )
    assert answer_lead_items(units) is None


# ---------------------------------------------------------------- nested parts

NESTED = [
    (
        "In relation to outpatient letters:",
        [
            ("How many letters were posted in June 2024?", "48,300 letters were posted.", []),
            (
                "How many were sent digitally?",
                "",
                [
                    ("How many through the patient app?", "21,940 went through the app."),
                    ("How many by e-mail?", "3,115 were sent by e-mail."),
                ],
            ),
        ],
    ),
    (
        "On the Trust's electric vehicles:",
        [
            (
                "How many charging points are there?",
                "",
                [
                    ("How many are for staff?", "There are 24 staff charging points."),
                    ("How many are for visitors?", "There are 16 for visitors."),
                    ("How many are rapid chargers?", "Six of them are rapid chargers."),
                ],
            ),
            ("Who maintains them?", "Voltara Energy maintains them under contract.", []),
        ],
    ),
]


def _nested_letter(bracketed: bool) -> tuple[list, list[tuple[str, str, str]]]:
    blocks = _head("Shalbourne Fields NHS Foundation Trust", "SF-FOI-2024-0712")
    want = []
    for n, (stem, parts) in enumerate(NESTED, 1):
        blocks.append(P(f"**{n}. {stem}**"))
        for letter, (part, answer, subs) in zip("abc", parts, strict=False):
            blocks.append(P(f"({letter}) {part}" if bracketed else f"{letter}. {part}"))
            if answer:
                blocks.append(P(f"Response: {answer}" if not bracketed else answer))
                want.append((f"{n}{letter}", part, answer))
            for roman, (sub, sub_answer) in zip(("i", "ii", "iii"), subs, strict=False):
                blocks.append(P(f"({roman}) {sub}" if bracketed else f"{roman}) {sub}"))
                blocks.append(P(f"Response: {sub_answer}" if not bracketed else sub_answer))
                want.append((f"{n}{letter}{roman}", sub, sub_answer))
    return blocks + SIGN_OFF, want


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bracketed", [True, False])
def test_nested_parts_compose_their_labels(bracketed, fmt, model):
    blocks, want = _nested_letter(bracketed)
    with _model(model):
        foi = read(blocks, fmt)
    assert pairs(foi) == [(lab, norm(q), norm(a)) for lab, q, a in want]


def _q(label: str, num: int | None, letter: str | None, group: int, answer: str) -> _Q:
    return _Q(
        label=label,
        heading=None,
        parts=[f"Question {label}?"],
        answer=[answer] if answer else [],
        num=num,
        letter=letter,
        group=group,
    )


def test_letter_i_after_h_stays_a_letter():
    items = [_q(f"3{c}", 3, c, g, f"Answer {c}.") for g, c in enumerate("ghij", 1)]
    assert [q.label for q in nest_roman_parts(items)] == ["3g", "3h", "3i", "3j"]


def test_romans_straight_under_a_number_keep_their_labels():
    items = [_q("2i", 2, "i", 1, "One."), _q("2ii", 2, "ii", 2, "Two.")]
    assert [q.label for q in nest_roman_parts(items)] == ["2i", "2ii"]


def test_a_lettered_part_with_its_own_answer_stays_over_its_romans():
    items = [
        _q("4a", 4, "a", 1, "Own answer."),
        _q("4i", 4, "i", 2, "First."),
        _q("4ii", 4, "ii", 3, "Second."),
    ]
    assert [q.label for q in nest_roman_parts(items)] == ["4a", "4ai", "4aii"]


# ---------------------------------------------------------------- numbered points first

POINTS = [
    "In this reply a 'delayed discharge' is a stay beyond the date a patient was fit to leave.",
    "The figures come from the Trust's bed management system.",
    "Your request was received after a similar one from a local councillor.",
]
ASKED = [
    ("How many delayed discharges were there in July 2024?", "There were 412 in July 2024."),
    (
        "Please give the longest delay recorded in that month.",
        "The longest delay was 61 days.",
    ),
    ("Which wards had the most delays?", "Elm and Rowan wards had the most."),
]


def _points_letter(restart: bool) -> list:
    blocks = _head("Chieveley Brook NHS Trust", "CB 24/0933")
    blocks.append(H("Notes on this reply"))
    blocks += [P(f"{n}. {t}") for n, t in enumerate(POINTS, 1)]
    blocks.append(H("Your questions"))
    start = 0 if restart else len(POINTS)
    for n, (q, a) in enumerate(ASKED, start + 1):
        blocks += [P(f"**{n}. {q}**"), P(a)]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("restart", [True, False])
def test_numbered_points_before_the_questions_are_no_questions(restart, fmt, model):
    with _model(model):
        foi = read(_points_letter(restart), fmt)
    start = 0 if restart else len(POINTS)
    want = [(str(n), norm(q), norm(a)) for n, (q, a) in enumerate(ASKED, start + 1)]
    assert pairs(foi) == want


def test_requests_written_as_statements_are_kept():
    items = [
        _q("1", 1, None, 1, "Shared."),
        _q("2", 2, None, 1, "Shared."),
        _q("3", 3, None, 2, "Own."),
    ]
    items[0].parts = ["The number of porters employed in 2023."]
    items[1].parts = ["How many of them worked nights?"]
    items[2].parts = ["The cost of the portering contract."]
    assert [q.label for q in without_numbered_points(items)] == ["1", "2", "3"]


def test_statements_before_a_question_sharing_its_answer_are_dropped():
    items = [
        _q("1", 1, None, 1, "Shared."),
        _q("2", 2, None, 1, "Shared."),
        _q("3", 3, None, 2, "Own."),
    ]
    items[0].parts = ["The figures below are for the calendar year."]
    items[1].parts = ["How many porters worked nights?"]
    items[2].parts = ["What is the cost of the portering contract?"]
    assert [q.label for q in without_numbered_points(items)] == ["2", "3"]
