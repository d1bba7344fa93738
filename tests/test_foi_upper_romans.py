"""Questions numbered with upper-case roman numerals ("I." "II." or "(I)" "(II)") are
numbered questions like "1." ones (parsers.foi.upper_romans), learned from held-out
set Y's grid; the pronoun "I" opening a sentence labels nothing.

Every letter here is made up and built in code, in wordings of its own."""

from __future__ import annotations

import pytest

from parsers.foi.upper_romans import roman_value, upper_roman_label
from tests.foi_letters import SIGN_OFF, P
from tests.test_foi_styles import FORMATS, pairs, read

QUESTIONS = [
    ("Which catering firm supplies the staff restaurant?", "Crestline Foods Ltd holds it."),
    ("When does the present catering contract end?", "It ends on 31 March 2028."),
    ("How many meals were served to patients last year?", "We served 611,204 meals."),
    ("Does the Trust audit food waste on its wards?", "Yes, each ward is audited monthly."),
]


def _letter(form: str) -> list:
    blocks = [
        P("Dear Requester"),
        P("Thank you for your request received on 2 February 2026. Our reply follows."),
    ]
    for n, (question, answer) in enumerate(QUESTIONS, 1):
        numeral = ("I", "II", "III", "IV")[n - 1]
        blocks += [P(f"{form.format(numeral)} {question}"), P(answer)]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("form", ["{}.", "({})"])
def test_upper_roman_numbered_questions_are_items(form, fmt):
    got = pairs(read(_letter(form), fmt))
    assert [label for label, _q, _a in got] == ["I", "II", "III", "IV"]
    assert [(q, a) for _label, q, a in got] == QUESTIONS


def test_numerals_are_read_by_value():
    assert [roman_value(r) for r in ("I", "IV", "V", "IX", "XII")] == [1, 4, 5, 9, 12]
    assert upper_roman_label("III. Which ward?") == ("III", 3, "Which ward?")
    assert upper_roman_label("(IV) How many beds?") == ("IV", 4, "How many beds?")


def test_the_pronoun_and_plain_capitals_are_no_numerals():
    assert upper_roman_label("I am writing about the ward closures.") is None
    assert upper_roman_label("I, the undersigned, ask for the figures.") is None
    assert upper_roman_label("IIII. Not a numeral") is None
