"""Section 40(2) cited with the condition it applies under (set AF's style): "withheld
under section 40(2) by virtue of section 40(3A)(a)". The condition names no second
exemption (parsers.foi.classify); a second section of its own still does.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

import pytest

from parsers.foi.classify import find_exemptions
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, read

ANSWER = (
    "The names of the panel members are exempt under section 40(2) of the Act by virtue of "
    "section 40(3A)(a), since releasing them would breach the data protection principles."
)


def _letter() -> list:
    return [
        H("Coverdale NHS Trust"),
        P("Our ref: CD/FOI/552"),
        P("Date: 9 October 2025"),
        P("Dear Requester"),
        P("Thank you for your request. Our answers follow."),
        P("1. How many staff sat on the catering tender panel?"),
        P("Five staff sat on the panel."),
        P("2. Please name the members of the panel."),
        P(ANSWER),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_condition_is_no_second_exemption(fmt):
    foi = read(_letter(), fmt)
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "40(2)")]


def test_a_condition_of_the_same_section_after_it():
    said = "It is withheld under section 40(2), by virtue of section 40(3B)."
    assert find_exemptions(said) == [("FOIA", "40(2)")]
    both = "Parts are withheld by virtue of section 43(2) and others by virtue of section 40(2)."
    assert find_exemptions(both) == [("FOIA", "43(2)"), ("FOIA", "40(2)")]
