"""An e-mail reply whose answers are typed into the requester's original message quoted
beneath it: the quoted message still ends with the requester's sign-off and name
(or a mark where the name was removed), and those lines are no part of the last
answer (parsers.foi.message_closing). Read by their place (ending the quoted message,
after a finished sentence) and shape (a short sentence-case line over a name), not
by a list of sign-off phrases: the sign-offs here are in no such list.

Every e-mail is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.message_closing import quoted_closing_start
from parsers.foi.units import _Unit
from tests.foi_letters import P
from tests.test_foi_styles import FORMATS, pairs, read

BOX = "information.requests@fenwickmoor.nhs.example"
ASKER = "enquirer@post.example"
ITEMS = [
    (
        "How many hospital beds were closed for refurbishment during 2024?",
        "Thirty-two beds were closed, on two wards, for a total of eleven weeks.",
    ),
    (
        "Which wards at the Trust have their own dementia-friendly garden?",
        "Three wards have one: Heron, Kingfisher and Lapwing.",
    ),
    (
        "What was the Trust's spend on external legal advice in 2024/25?",
        "The Trust spent £418,900 on external legal advice in 2024/25.",
    ),
]


def _email(sign_off: str, name: list[str]) -> list:
    blocks = [
        P(f"From: Information Requests <{BOX}>"),
        P("Sent: Wednesday, 16 July 2025 11:05"),
        P(f"To: {ASKER}"),
        P("Subject: RE: Information request FMT-2025-0623"),
        P("Good morning,"),
        P("The Trust's answers are typed into your message below, each after 'Our answer:'."),
        P(
            "If you are unhappy with this reply you may ask for an internal review within "
            "two months."
        ),
        P("Yours sincerely"),
        P("Information Requests Team"),
        P("-----Original Message-----"),
        P(f"From: {ASKER}"),
        P("Sent: Monday, 23 June 2025 20:14"),
        P(f"To: {BOX}"),
        P("Subject: Information request"),
        P("Good evening,"),
        P("Under the Freedom of Information Act please answer the following:"),
    ]
    for n, (q, a) in enumerate(ITEMS, 1):
        blocks += [P(f"{n}. {q}"), P(f"Our answer: {a}")]
    return [*blocks, P(sign_off), *(P(x) for x in name)]


CLOSINGS = [
    ("Much obliged", ["[Requester details removed]"]),
    ("Best wishes,", ["Tamsin Okonjo-Hale"]),
    ("Appreciate your help", ["Dr Tamsin Okonjo-Hale", "Community Researcher"]),
]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("sign_off", "name"), CLOSINGS)
def test_the_quoted_messages_closing_is_in_no_answer(fmt, model, sign_off, name):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_email(sign_off, name), fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(ITEMS, 1)]


def _units(tail: list[str]) -> list[_Unit]:
    head = [
        "From: a@b.example",
        "Sent: 1 May 2025",
        "To: c@d.example",
        "Subject: RE: request",
        "Hello",
        "-----Original Message-----",
        "From: c@d.example",
        "Sent: 2 April 2025",
        "1. Which units does the Trust run?",
    ]
    return [_Unit(t) for t in head + tail]


def test_a_short_line_over_a_name_ending_the_quoted_message_is_its_closing():
    units = _units(["Our answer: Two units.", "Thanks so much", "[Name withheld]"])
    assert quoted_closing_start(units) == len(units) - 2


def test_the_last_answers_list_is_no_closing():
    # two short lines after a line ending ":" are a list's items, not a sign-off and name
    listed = _units(["Our answer: The units are:", "Day surgery", "Renal Dialysis"])
    assert quoted_closing_start(listed) is None
    # a title-case line is no sign-off; a line in lower case after it is no name
    assert quoted_closing_start(_units(["Two.", "Day Surgery Unit", "Renal Dialysis"])) is None
    assert quoted_closing_start(_units(["Two.", "Thanks so much", "renal dialysis"])) is None


def test_a_letter_quoting_no_message_has_no_quoted_closing():
    units = [_Unit(t) for t in ("Dear Requester", "1. How many?", "Four.", "Cheers", "[Name]")]
    assert quoted_closing_start(units) is None
