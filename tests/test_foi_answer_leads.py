"""Questions listed first and answered after the list under leads naming their numbers
(parsers.foi.answer_leads), in the shapes real letters give them: the list numbered
"Q1" / "Question 1:" / "1)" / "(1)", leads out of the list's order, and one lead naming
several questions (a list "2 and 3", a range "2 to 4" / "2-4") whose answer each of
them shares. Every letter is made up and built in code."""

from __future__ import annotations

import pytest

from parsers.foi.answer_leads import answer_lead_items, numbers_named
from parsers.foi.labeller import using_labeller
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, pairs, read

ASKED = [
    "What was the Trust's spend on interpreters in 2022/23?",
    "Which languages were most requested?",
    "How many requests for British Sign Language were there?",
    "Please send the contract with the interpreting supplier.",
]
REPLIED = [
    ["The Trust spent £236,450 on interpreting services."],
    ["Polish, Romanian and Urdu were requested most often."],
    ["There were 1,047 requests for British Sign Language."],
    ["The contract is attached.", "Pricing schedules are withheld under section 43(2)."],
]


def _letter(number: str, leads: list[tuple[str, list[int]]]) -> list:
    """A reply listing ASKED numbered in the style `number` ("Q{n}."), then each
    lead in `leads` (its words, the questions it answers) over the first of those
    questions' replies."""
    blocks = [
        H("Ravensworth Coast Hospitals NHS Trust"),
        P("Reference: RCH-IG-24-0871"),
        P("Date of response: 21 June 2024"),
        P("Dear Ms Okafor,"),
        P("We received your request on 28 May 2024. Your request read as follows."),
    ]
    blocks += [P(f"{number.format(n=n)} {q}") for n, q in enumerate(ASKED, 1)]
    blocks.append(H("Information we hold"))
    for words, nums in leads:
        blocks.append(P(f"**{words}**"))
        blocks += [P(p) for p in REPLIED[nums[0] - 1]]
    return blocks + SIGN_OFF


def _want(shared: dict[int, int], label: str = "{n}") -> list[tuple[str, str, str]]:
    """Every question in list order, answered by its own reply or, where `shared`
    maps it to another question, by that one's."""
    return [
        (label.format(n=n), norm(q), norm(" ".join(REPLIED[shared.get(n, n) - 1])))
        for n, q in enumerate(ASKED, 1)
    ]


IN_ORDER = [(f"Reply to item {n}", [n]) for n in range(1, 5)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("number", "label"),
    [
        ("Q{n}.", "Q{n}"),
        ("Q{n}", "Q{n}"),
        ("Question {n}:", "{n}"),
        ("{n})", "{n}"),
        ("({n})", "{n}"),
    ],
)
def test_list_numbered_in_each_style(number, label, fmt):
    with using_labeller(None):
        foi = read(_letter(number, IN_ORDER), fmt)
    assert pairs(foi) == _want({}, label)


@pytest.mark.parametrize("fmt", FORMATS)
def test_leads_out_of_the_lists_order_answer_their_own_question(fmt):
    leads = [IN_ORDER[k] for k in (1, 0, 3, 2)]
    with using_labeller(None):
        foi = read(_letter("{n}.", leads), fmt)
    assert pairs(foi) == _want({})


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("leads", "shared"),
    [
        # two questions under one lead, listed with "and"
        (
            [
                ("Reply to item 1", [1]),
                ("Reply to items 3 and 4", [3, 4]),
                ("Reply to item 2", [2]),
            ],
            {4: 3},
        ),
        # a range in words, then a range with a dash
        (
            [("Our answer for point 1", [1]), ("Our answer for points 2 to 4", [2, 3, 4])],
            {3: 2, 4: 2},
        ),
        ([("Regarding Q1 and Q2", [1, 2]), ("Regarding Q3-4", [3, 4])], {2: 1, 4: 3}),
    ],
)
def test_a_lead_naming_several_questions_answers_each(leads, shared, fmt):
    with using_labeller(None):
        foi = read(_letter("{n}.", leads), fmt)
    assert pairs(foi) == _want(shared)


@pytest.mark.parametrize(
    ("group", "nums"),
    [
        ("5", [5]),
        ("2 and 3", [2, 3]),
        ("1, 3 and 4", [1, 3, 4]),
        ("2 to 5", [2, 3, 4, 5]),
        ("6-8", [6, 7, 8]),
        ("2 – 3", [2, 3]),
        ("4 & Q5", [4, 5]),
        ("4 to 2", None),
        ("3 and 3", None),
    ],
)
def test_numbers_a_lead_names(group, nums):
    assert numbers_named(group) == nums


def _units(texts: list[str]) -> list[_Unit]:
    return [_Unit(text=t) for t in texts]


LISTED = [
    "1. How many wheelchairs does the Trust own?",
    "2. How many were repaired in 2023?",
    "3. Who repairs them?",
]


def test_leads_naming_a_question_twice_are_not_read():
    units = _units(
        [
            *LISTED,
            "Answer to points 1 and 2",
            "The Trust owns 340 wheelchairs.",
            "Answer to point 2",
            "118 were repaired.",
            "Answer to point 3",
            "Mobility Works Ltd repairs them.",
        ]
    )
    assert answer_lead_items(units) is None


def test_leads_leaving_a_question_unnamed_are_not_read():
    units = _units(
        [
            *LISTED,
            "Answer to point 1",
            "The Trust owns 340 wheelchairs.",
            "Answer to point 3",
            "Mobility Works Ltd repairs them.",
        ]
    )
    assert answer_lead_items(units) is None


def test_questions_printed_again_under_a_shared_lead_are_left_to_the_segmenter():
    units = _units(
        [
            *LISTED,
            "Answer to point 1",
            "The Trust owns 340 wheelchairs.",
            "Answer to points 2 and 3",
            "How many were repaired in 2023?",
            "118 were repaired by Mobility Works Ltd.",
        ]
    )
    assert answer_lead_items(units) is None
