"""An FOI structure learned from held-out set P's first sight, read as a structure rather
than set P's phrases: an answer's own typed numbered list under its introducing sentence
("…:"), which opens no questions (parsers.foi.answer_lists).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import pytest

from parsers.foi.answer_lists import with_answer_lists
from tests.foi_letters import SIGN_OFF, P
from tests.foi_p_structures import HEAD, MODELS, model_context, unit
from tests.test_foi_styles import FORMATS, pairs, read


def test_a_list_under_an_answers_colon_is_folded_into_it():
    units = [
        unit("2. Which wards have a dementia champion?"),
        unit("Champions work on these wards:"),
        unit("1) Larch ward"),
        unit("2) Rowan ward"),
        unit("3. Does the Trust use volunteer drivers?"),
    ]
    got = with_answer_lists(units)
    assert [u.text for u in got] == [
        "2. Which wards have a dementia champion?",
        "Champions work on these wards: 1) Larch ward 2) Rowan ward",
        "3. Does the Trust use volunteer drivers?",
    ]
    assert got[1].listed


def test_a_lead_in_to_numbered_questions_is_left_alone():
    units = [
        unit("Thank you for your request."),
        unit("You asked us for the following:"),
        unit("1. The number of porters employed."),
        unit("2. The cost of porter agency staff."),
    ]
    assert with_answer_lists(units) == units


def test_a_marker_over_numbered_answers_is_no_introducing_sentence():
    units = [
        unit("1. How many lifts are out of order?"),
        unit("Reply:"),
        unit("1. Two."),
        unit("2. None."),
    ]
    assert with_answer_lists(units) == units


LISTED = [
    (
        "Which suppliers provide the Trust's wheelchairs?",
        ["Wheelchairs come from three suppliers:", "1. Alderbrook Mobility", "2. Fenwick Seating"],
    ),
    ("How many wheelchairs were repaired in 2024?", ["Engineers repaired 612 wheelchairs."]),
    (
        "What are the main reasons for delayed discharge?",
        [
            "In order of frequency, the reasons were:",
            "1) Awaiting a care home place",
            "2) Awaiting a package of care at home",
            "3) Awaiting equipment",
        ],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("numbered", [True, False])
def test_numbered_lists_typed_in_answers_open_no_questions(numbered, model, fmt):
    blocks = list(HEAD)
    for n, (q, lines) in enumerate(LISTED, 1):
        blocks.append(P(f"Question {n}: {q}" if numbered else f"**{q}**"))
        blocks += [P(x) for x in lines]
    with model_context(model):
        foi = read(blocks + SIGN_OFF, fmt)
    want = [(str(n) if numbered else None, q, " ".join(a)) for n, (q, a) in enumerate(LISTED, 1)]
    assert pairs(foi) == want
