"""Parts nested in numbering kinds in any order (parsers.foi.part_tree.part_tree_items):
the order in which the kinds first appear is their levels, so a capital letter over
numbers ("A." → "1."), decimals three places deep ("1." → "1.1" → "1.1.1") and a roman
numeral over letters ("(i)" → "(a)") nest as number → letter → roman does. Labels join
their parents' ("B2"), a decimal's standing for its parents ("1.1.2"); a part over
others with no text of its own is a heading, in no item. Every letter is made up and
built in code, in its own words."""

from __future__ import annotations

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.numbering_kinds import numberings
from parsers.foi.part_tree import part_tree_items
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, pairs, read


def _head() -> list:
    return [
        H("Thornaby Weald Mental Health NHS Foundation Trust"),
        P("FOI reference: TW/2024/5512"),
        P("Date: 14 August 2024"),
        P("Dear Mr Lindqvist,"),
        P("Thank you for your request of 19 July 2024. Each part is answered beneath it."),
    ]


# (stem, [(key, question, answer)]) for each outer part
CAPITAL_OVER_NUMBERS = [
    (
        "A. Community mental health teams",
        [
            ("1.", "How many community teams does the Trust run?", "The Trust runs 14 teams."),
            ("2.", "What is the average caseload per worker?", "The average caseload is 31."),
        ],
    ),
    (
        "B. Crisis services",
        [
            ("1.", "How many crisis calls were taken in 2023?", "We took 22,870 crisis calls."),
            ("2.", "Is the crisis line open overnight?", "Yes, it is staffed 24 hours a day."),
            ("3.", "Who provides the out-of-hours cover?", "Our own crisis team provides it."),
        ],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bracketed", [False, True])
def test_capital_letters_over_numbers(bracketed, fmt):
    blocks = _head()
    want = []
    for stem, parts in CAPITAL_OVER_NUMBERS:
        letter, words = stem.split(". ", 1)
        blocks.append(P(f"**({letter}) {words}**" if bracketed else f"**{stem}**"))
        for key, question, answer in parts:
            number = key.rstrip(".")
            blocks += [P(f"({number}) {question}" if bracketed else f"{key} {question}"), P(answer)]
            want.append((f"{letter}{number}", norm(question), norm(answer)))
    with using_labeller(None):
        foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == want


DECIMALS_THREE_DEEP = [
    ("1.", "Seclusion", None, None),
    ("1.1", "Rooms used for seclusion:", None, None),
    ("1.1.1", "How many seclusion rooms are there?", "There are five.", None),
    ("1.1.2", "When were they last refurbished?", "In March 2022.", None),
    ("1.2", "How many seclusion episodes were recorded in 2023?", "There were 318.", None),
    ("2.", "Restraint", None, None),
    ("2.1", "How many prone restraints were recorded?", "We recorded 41.", None),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_decimals_three_places_deep(fmt):
    blocks = _head()
    want = []
    for key, text, answer, _ in DECIMALS_THREE_DEEP:
        if answer is None:
            blocks.append(P(f"**{key} {text}**"))
            continue
        blocks += [P(f"{key} {text}"), P(f"Response: {answer}")]
        want.append((key, norm(text), norm(answer)))
    with using_labeller(None):
        foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == want


def _units(texts: list[str]) -> list[_Unit]:
    return [_Unit(text=t) for t in texts]


def test_roman_numerals_over_letters():
    units = _units(
        [
            "(i) On the Trust's use of agency psychiatrists:",
            "(a) How many shifts did they cover in 2023?",
            "They covered 1,960 shifts.",
            "(b) What did those shifts cost?",
            "They cost £2.4m.",
            "(ii) Does the Trust cap agency rates?",
            "Yes, at the national price cap.",
        ]
    )
    items = part_tree_items(units)
    assert [(q.label, q.parts, q.answer) for q in items] == [
        ("ia", ["How many shifts did they cover in 2023?"], ["They covered 1,960 shifts."]),
        ("ib", ["What did those shifts cost?"], ["They cost £2.4m."]),
        ("ii", ["Does the Trust cap agency rates?"], ["Yes, at the national price cap."]),
    ]


def test_a_stem_with_text_of_its_own_is_answered_too():
    units = _units(
        [
            "A. Do you use an electronic rostering system?",
            "Yes, since 2019.",
            "1. Which supplier provides it?",
            "Allocate Software.",
            "2. What does the licence cost each year?",
            "£96,000 a year.",
        ]
    )
    assert [q.label for q in part_tree_items(units)] == ["A", "A1", "A2"]


def test_orders_the_segmenter_reads_are_left_to_it():
    units = _units(
        [
            "1. On theatre lists:",
            "(a) How many lists were cancelled?",
            "Forty lists were cancelled.",
            "(b) How many started late?",
            "Ninety started late.",
        ]
    )
    assert part_tree_items(units) is None


def test_numbering_that_breaks_its_run_is_no_tree():
    units = _units(
        [
            "A. On the Trust's fleet:",
            "1. How many vans does it lease?",
            "It leases 23 vans.",
            "3. How many are electric?",
            "Nine are electric.",
        ]
    )
    assert part_tree_items(units) is None


def test_parts_that_do_not_ask_are_no_tree():
    units = _units(
        [
            "A. Background",
            "1. The Trust merged in 2021.",
            "Two trusts became one.",
            "2. The figures are from the finance ledger.",
            "They are unaudited.",
        ]
    )
    assert part_tree_items(units) is None


@pytest.mark.parametrize(
    ("texts", "kinds"),
    [
        (["(h) x", "(i) y"], ["letter", "letter"]),
        (["(a) x", "(i) y", "(ii) z"], ["letter", "roman", "roman"]),
        (["iv. x", "v. y"], ["roman", "roman"]),
        (["(u) x", "(v) y"], ["letter", "letter"]),
        (["2.3.1 x", "B) y", "12) z"], ["decimal3", "capital", "number"]),
    ],
)
def test_numbering_kinds_by_their_run(texts, kinds):
    assert [m.kind for m in numberings(texts)] == kinds


def test_one_capital_under_each_number_is_an_answer_marker_not_a_part():
    units = _units(
        [
            "1. How many birthing pools does the maternity unit have?",
            "A. It has three.",
            "2. Please give the number of water births in 2023.",
            "A. Please see the table enclosed.",
        ]
    )
    assert part_tree_items(units) is None


# the orders the segmenter reads itself, roman numerals bare ("i." after "a."): checked
# here as the brief for this pass asked, read by nest_roman_parts, not part_tree_items
BARE_ROMANS = [
    P("1. Regarding the hospital's kitchens:"),
    P("a. How many meals were served in 2023?"),
    P("i. How many to inpatients?"),
    P("Inpatients were served 402,100 meals."),
    P("ii. How many to staff?"),
    P("Staff bought 96,300 meals."),
    P("b. Who supplies the frozen meals?"),
    P("Frozen meals come from Apetito."),
    P("2. How many food hygiene inspections were there?"),
    P("There were two inspections."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_bare_roman_numerals_under_letters_under_numbers(fmt):
    with using_labeller(None):
        foi = read(_head() + BARE_ROMANS + SIGN_OFF, fmt)
    assert [label for label, _, _ in pairs(foi)] == ["1ai", "1aii", "1b", "2"]
