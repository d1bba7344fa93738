"""Lettered parts under a question numbered with a "Q" prefix join its number as
printed ("Q2." then "(a)" → "Q2a", set L's convention, since set Z); under a bare
number they join it bare ("2a"). Every letter is made up and built in code."""

from __future__ import annotations

import pytest

from parsers.foi.labeller import using_labeller
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, read


def _letter(number: str) -> list:
    """Three questions numbered `number` ("Q{n}."), the second with two lettered
    parts, each question or part answered in the paragraph beneath it."""
    blocks = [
        H("Oakenshaw Bay Community NHS Trust"),
        P("Reference: OBC-FOI-1187"),
        P("Date: 14 October 2024"),
        P("Dear Ms Varga,"),
        P("We received your request on 16 September 2024. Our answers follow."),
        P(f"{number.format(n=1)} How many district nurses did the Trust employ in 2023?"),
        P("The Trust employed 212 district nurses."),
        P(f"{number.format(n=2)} About the nursing vehicle fleet:"),
        P("(a) How many vehicles are leased?"),
        P("There are 64 leased vehicles."),
        P("(b) How many of them are electric?"),
        P("Nineteen of them are electric."),
        P(f"{number.format(n=3)} Does the Trust pay mileage to bank staff?"),
        P("Yes, at the national rate."),
    ]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("number", "labels"),
    [
        ("Q{n}.", ["Q1", "Q2a", "Q2b", "Q3"]),
        ("{n}.", ["1", "2a", "2b", "3"]),
    ],
)
def test_parts_join_their_questions_number_as_printed(number, labels, fmt):
    with using_labeller(None):
        foi = read(_letter(number), fmt)
    assert [q.label for q in foi.items] == labels
    assert foi.items[2].answer == "Nineteen of them are electric."
