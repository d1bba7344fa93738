"""Questions listed first and numbered, then answered in another numbering kind in the
same order (parsers.foi.ordered_answers): the k-th lettered paragraph answers the k-th
question, whatever the letter says about it, and a question's own lettered sub-parts
stay sub-parts. Every letter is made up and built in code."""

from __future__ import annotations

import pytest

from parsers.foi.labeller import default_labeller, using_labeller
from parsers.foi.ordered_answers import ordered_answer_items
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, norm, pairs, read

ASKED = [
    "How many defibrillators are installed in the Trust's community clinics?",
    "When was each defibrillator last serviced?",
    "Which company holds the maintenance contract?",
    "Please state the annual value of that contract.",
]
REPLIED = [
    ["There are 37 defibrillators across the community clinics."],
    ["All of them were serviced in January 2024.", "The next service is due in January 2025."],
    ["Heartline Medical Services Ltd holds the contract."],
    ["The annual value is £18,400."],
]


def _letter(number: str, letter: str, between: list, keys: str = "abcd") -> list:
    """A reply listing ASKED numbered in the style `number`, the `between` blocks,
    then each reply opened by its key from `keys` in the style `letter`."""
    blocks = [
        H("Kestrel Moor Community NHS Trust"),
        P("Reference: KMC/IG/0412"),
        P("Date: 9 September 2024"),
        P("Dear Mr Adeyemi,"),
        P("We received your request on 20 August 2024. You asked:"),
    ]
    blocks += [P(f"{number.format(n=n)} {q}") for n, q in enumerate(ASKED, 1)]
    blocks += between
    for key, paras in zip(keys, REPLIED, strict=True):
        blocks.append(P(f"{letter.format(x=key)} {paras[0]}"))
        blocks += [P(p) for p in paras[1:]]
    return blocks + SIGN_OFF


def _want(label: str = "{n}") -> list[tuple[str, str, str]]:
    return [
        (label.format(n=n), norm(q), norm(" ".join(REPLIED[n - 1]))) for n, q in enumerate(ASKED, 1)
    ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("number", "letter", "keys", "label"),
    [
        ("{n}.", "({x})", "abcd", "{n}"),
        ("Q{n}", "{x})", "abcd", "Q{n}"),
        ("{n})", "({x})", "ABCD", "{n}"),
        ("Question {n}:", "{x}.", "ABCD", "{n}"),
    ],
)
@pytest.mark.parametrize("labeller", [False, True])
def test_lettered_answers_pair_with_numbered_questions_by_order(
    number, letter, keys, label, fmt, labeller
):
    blocks = _letter(number, letter, [H("Our response")], keys)
    with using_labeller(default_labeller() if labeller else None):
        foi = read(blocks, fmt)
    assert pairs(foi) == _want(label)


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_gap_between_the_list_and_the_answers(fmt):
    with using_labeller(None):
        foi = read(_letter("{n}.", "({x})", []), fmt)
    assert pairs(foi) == _want()


def _units(texts: list[str]) -> list[_Unit]:
    return [_Unit(text=t) for t in texts]


def test_roman_answers_pair_too():
    units = _units(
        [
            "1. How many porters are employed?",
            "2. How many are on zero-hours contracts?",
            "Replies",
            "(i) The Trust employs 64 porters.",
            "(ii) None are on zero-hours contracts.",
        ]
    )
    items = ordered_answer_items(units)
    assert items is not None
    assert [(q.label, q.answer) for q in items] == [
        ("1", ["The Trust employs 64 porters."]),
        ("2", ["None are on zero-hours contracts."]),
    ]


def test_a_table_under_an_answer_goes_with_it():
    table = _Unit(text="", table=object(), table_index=0)  # type: ignore[arg-type]
    units = [
        *_units(
            [
                "1. How many beds does the hospice unit have?",
                "2. What was the occupancy in 2023?",
                "(a) The unit has 14 beds.",
                "(b) Occupancy by month is below.",
            ]
        ),
        table,
    ]
    items = ordered_answer_items(units)
    assert items is not None
    assert items[1].tables == [0]
    assert items[0].tables == []


# ---------------------------------------------------------------- sub-parts stay sub-parts


def test_sub_parts_under_each_question_are_no_ordered_answers():
    units = _units(
        [
            "1. For the emergency department please give:",
            "(a) the number of trolley waits over 12 hours;",
            "(b) the longest wait recorded.",
            "2. For the maternity unit please give:",
            "(a) the number of births;",
            "(b) the number of caesarean sections.",
        ]
    )
    assert ordered_answer_items(units) is None


def test_parts_of_the_last_question_are_no_answers():
    units = _units(
        [
            "1. How many ambulances does the Trust lease?",
            "2. Please provide the following for each lease:",
            "(a) The name of the leasing company.",
            "(b) The monthly cost.",
            "1. The Trust leases nine ambulances.",
            "2. Details of each lease are attached.",
        ]
    )
    assert ordered_answer_items(units) is None


def test_lettered_paragraphs_that_ask_are_sub_questions():
    units = _units(
        [
            "1. How many pharmacists does the Trust employ?",
            "2. How many pharmacy technicians?",
            "Further questions",
            "(a) How many vacancies are there?",
            "(b) Please provide the vacancy rate for 2023.",
        ]
    )
    assert ordered_answer_items(units) is None


@pytest.mark.parametrize(
    "answers",
    [
        ["(a) There are 12 theatres.", "(b) Four are day-case theatres.", "(c) Also 3 more."],
        ["(a) There are 12 theatres."],
        ["(a) There are 12 theatres.", "(c) Four are day-case theatres."],
    ],
)
def test_a_lettered_run_of_another_length_or_order_is_no_pairing(answers):
    units = _units(
        [
            "1. How many operating theatres does the Trust have?",
            "2. How many are used for day cases?",
            *answers,
        ]
    )
    assert ordered_answer_items(units) is None


def test_a_long_passage_between_list_and_letters_is_no_pairing():
    prose = (
        "We have considered your request carefully and consulted the departments that "
        "hold the records concerned, and we set out below what we found for each area."
    )
    units = _units(
        [
            "1. How many operating theatres does the Trust have?",
            "2. How many are used for day cases?",
            prose,
            prose,
            prose,
            prose,
            "(a) There are 12 theatres.",
            "(b) Four are day-case theatres.",
        ]
    )
    assert ordered_answer_items(units) is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_letter_with_sub_parts_under_its_questions_reads_them_as_before(fmt):
    blocks = [
        H("Kestrel Moor Community NHS Trust"),
        P("Reference: KMC/IG/0413"),
        P("Date: 9 September 2024"),
        P("Dear Mr Adeyemi,"),
        P("1. How many beds are there on the stroke unit?"),
        P("There are 28 beds."),
        P("2. For the stroke unit please give:"),
        P("(a) the average length of stay;"),
        P("The average length of stay was 11 days."),
        P("(b) the number of patients discharged home."),
        P("412 patients were discharged home."),
        *SIGN_OFF,
    ]
    with using_labeller(None):
        foi = read(blocks, fmt)
    labels = [it.label for it in foi.items]
    assert labels == ["1", "2a", "2b"]


def test_a_table_renders_with_the_letter():
    # (the renderers take the table block; the answers keep their own text)
    blocks = _letter("{n}.", "({x})", [H("Our response")])
    blocks.insert(-len(SIGN_OFF), T([["Site", "Units"], ["Elm Road", "21"]]))
    with using_labeller(None):
        foi = read(blocks, "html")
    assert [it.label for it in foi.items] == ["1", "2", "3", "4"]
