"""Each answer typed after its question in the same paragraph, inside square brackets
opened by a short label and a colon or dash (parsers.foi.bracket_replies): the text
before the bracket is the question, the bracket's inside the answer, whatever the label
says. Every letter is made up and built in code."""

from __future__ import annotations

import pytest

from parsers.foi.bracket_replies import bracket_reply_items
from parsers.foi.labeller import default_labeller, using_labeller
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, pairs, read

ASKED = [
    "How many ambulance handovers took longer than one hour in January 2024?",
    "Please provide the number of hospital ambulance liaison officers employed.",
    "What is the name of the manager responsible for handover delays?",
]
REPLIED = [
    "There were 118 handovers over one hour in January 2024.",
    "The Trust employs 6 liaison officers, working across both emergency departments.",
    "Naming the manager would disclose personal data, so section 40(2) applies.",
]


def _letter(bracket: str, numbered: bool) -> list:
    """A reply printing each of ASKED with its answer from REPLIED in `bracket`."""
    blocks = [
        H("Morland Bridge Acute NHS Trust"),
        P("Reference: MB/FOI/7731"),
        P("Date: 21 May 2024"),
        P("Dear Dr Lindqvist,"),
        P("We received your request on 29 April 2024; our replies follow each question."),
    ]
    for n, (q, a) in enumerate(zip(ASKED, REPLIED, strict=True), 1):
        said = bracket.format(x=a)
        blocks.append(P(f"{n}. {q} {said}" if numbered else f"{q} {said}"))
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("bracket", "numbered"),
    [
        ("[Answer: {x}]", True),
        ("[Our reply - {x}]", False),
        ("[Information Governance reply — {x}]", False),
    ],
)
@pytest.mark.parametrize("labeller", [False, True])
def test_the_bracket_closing_a_question_paragraph_is_its_answer(bracket, numbered, fmt, labeller):
    with using_labeller(default_labeller() if labeller else None):
        foi = read(_letter(bracket, numbered), fmt)
    labels = [str(n) if numbered else None for n in range(1, len(ASKED) + 1)]
    assert pairs(foi) == [
        (lab, norm(q), norm(a)) for lab, q, a in zip(labels, ASKED, REPLIED, strict=True)
    ]
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "40(2)")]


def _units(texts: list[str]) -> list[_Unit]:
    return [_Unit(text=t) for t in texts]


def test_an_answer_may_run_over_paragraphs_to_the_closing_bracket():
    units = _units(
        [
            "Do you hold a contract for patient transport? [Reply: Yes, with Fellside Ltd.",
            "It runs until March 2027.]",
            "What is its annual value? [Reply: £2.1 million.]",
        ]
    )
    items = bracket_reply_items(units)
    assert items is not None
    assert [(q.parts, q.answer) for q in items] == [
        (
            ["Do you hold a contract for patient transport?"],
            ["Yes, with Fellside Ltd.", "It runs until March 2027."],
        ),
        (["What is its annual value?"], ["£2.1 million."]),
    ]


def test_a_bracket_closed_inside_the_paragraph_is_no_answer():
    units = _units(["Does the form ask for [Name: as on the passport] and a date of birth?"])
    assert bracket_reply_items(units) is None


def test_bracketed_notes_closing_the_letters_own_prose_are_no_answers():
    units = _units(
        [
            "The ward was inspected by the duty manager. [Redacted – section 40(2)]",
            "The report was shared with the board. [Redacted – section 40(2)]",
        ]
    )
    assert bracket_reply_items(units) is None


def test_brackets_under_different_labels_are_not_one_layout():
    units = _units(
        [
            "How many porters are employed? [Reply: 64.]",
            "How many are agency staff? [Note: see the table.]",
        ]
    )
    assert bracket_reply_items(units) is None


def test_a_numbered_question_answered_otherwise_leaves_the_letter_alone():
    units = _units(
        [
            "1. How many porters are employed? [Reply: 64.]",
            "2. How many are agency staff?",
            "Nine of them are agency staff.",
            "3. What is the hourly rate? [Reply: £12.40.]",
        ]
    )
    assert bracket_reply_items(units) is None


def test_brackets_inside_the_question_or_the_answer_are_kept():
    units = _units(
        [
            "How many beds does [Ward: the stroke unit] have? [Reply: 28 [of them side rooms: 6].]",
            "How many are staffed at night? [Reply: All of them.]",
        ]
    )
    items = bracket_reply_items(units)
    assert items is not None
    assert [(q.parts, q.answer) for q in items] == [
        (["How many beds does [Ward: the stroke unit] have?"], ["28 [of them side rooms: 6]."]),
        (["How many are staffed at night?"], ["All of them."]),
    ]


def test_a_table_after_a_bracketed_answer_goes_with_it():
    table = _Unit(text="", table=object(), table_index=0)  # type: ignore[arg-type]
    units = [
        *_units(["What did agency porters cost by month? [Reply: As in the table below.]"]),
        table,
        *_units(["Which agencies supplied them? [Reply: Two framework agencies.]"]),
    ]
    items = bracket_reply_items(units)
    assert items is not None
    assert [q.tables for q in items] == [[0], []]
