"""Questions as one bulleted list, then the answers as a second bulleted list as long
and in the same order (parsers.foi.paired_lists): the k-th answer item replies to the
k-th question item, whatever the line between the lists says, and lists of different
lengths are not paired. Every letter is made up and built in code."""

from __future__ import annotations

import pytest

from parsers.foi.labeller import default_labeller, using_labeller
from parsers.foi.paired_lists import paired_list_items
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, B, H, P
from tests.test_foi_styles import FORMATS, norm, pairs, read

ASKED = [
    "How many volunteers worked in the Trust's hospices during 2023?",
    "Please state how many volunteer hours were logged in that year.",
    "Does the Trust pay volunteers' travel expenses?",
    "How many volunteers were under 25 years old?",
]
REPLIED = [
    "There were 412 active volunteers across the three hospices.",
    "Volunteers logged 61,300 hours between January and December 2023.",
    "Yes, mileage is refunded at 45p per mile for journeys to and from a shift.",
    "The ages of individual volunteers are personal data, withheld under section 40(2).",
]


def _letter(glyph: str | None, between: list) -> list:
    """A reply listing ASKED, the `between` blocks, then REPLIED, each list item a
    list-styled paragraph (`glyph` None) or a paragraph opening on `glyph`."""

    def item(text: str):
        return B(text) if glyph is None else P(f"{glyph} {text}")

    return [
        H("Fenwick Vale Hospice Care NHS Trust"),
        P("Reference: FV-IG-2291"),
        P("Date: 3 October 2024"),
        P("Dear Ms Okonjo,"),
        P("Thank you for your request of 12 September 2024."),
        *(item(q) for q in ASKED),
        *between,
        *(item(a) for a in REPLIED),
        *SIGN_OFF,
    ]


def _want() -> list[tuple[None, str, str]]:
    return [(None, norm(q), norm(a)) for q, a in zip(ASKED, REPLIED, strict=True)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("glyph", "between"),
    [
        (None, [P("Information supplied:")]),
        ("▪", [H("Disclosure"), P("Please find the information below.")]),
        ("-", [P("What we hold")]),
    ],
)
@pytest.mark.parametrize("labeller", [False, True])
def test_the_second_list_answers_the_first_by_position(glyph, between, fmt, labeller):
    with using_labeller(default_labeller() if labeller else None):
        foi = read(_letter(glyph, between), fmt)
    assert pairs(foi) == _want()
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "40(2)")]


def _units(texts: list[str]) -> list[_Unit]:
    return [_Unit(text=t) for t in texts]


QUESTIONS = ["• How many wards were closed in 2023?", "• Please list the wards closed."]


def test_lists_of_different_lengths_are_not_paired():
    units = _units([*QUESTIONS, "Reply", "• Four wards closed."])
    assert paired_list_items(units) is None


def test_a_second_list_that_asks_is_no_answer_list():
    units = _units(
        [*QUESTIONS, "You later added:", "• How many reopened?", "• When will the rest reopen?"]
    )
    assert paired_list_items(units) is None


def test_lists_that_touch_or_stand_far_apart_are_not_paired():
    answers = ["• Four wards closed.", "• Ward 3, Ward 7, Ward 9 and Ward 12."]
    prose = [f"Paragraph {n} of the letter's own account of the winter." for n in range(4)]
    assert paired_list_items(_units([*QUESTIONS, *prose, *answers])) is None
    # (no line parting them: one list of four, not two)
    assert paired_list_items(_units([*QUESTIONS, *answers])) is None


def test_numbered_questions_leave_the_lists_to_other_readings():
    units = _units(
        [
            "1. How many wards were closed in 2023?",
            "Four, as listed:",
            "• Ward 3 is a day unit.",
            "• Ward 7 is a stroke unit.",
            "In brief",
            "• Ward 3 closed in May.",
            "• Ward 7 closed in June.",
        ]
    )
    assert paired_list_items(units) is None


def test_a_table_after_the_last_answer_goes_with_it():
    table = _Unit(text="", table=object(), table_index=0)  # type: ignore[arg-type]
    units = [*_units([*QUESTIONS, "Reply", "• Four wards.", "• As below."]), table]
    items = paired_list_items(units)
    assert items is not None
    assert [(q.parts, q.answer, q.tables) for q in items] == [
        (["How many wards were closed in 2023?"], ["Four wards."], []),
        (["Please list the wards closed."], ["As below."], [0]),
    ]
