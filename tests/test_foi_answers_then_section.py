"""Questions listed first, then their answers numbered alike (or lettered), then a
section of its own under a bold heading (an exemption's heading and its note): the
last answer ends at the heading (parsers.foi.trailing_section's
section_after_answers, since set Z). Every letter is made up and built in code."""

from __future__ import annotations

import pytest

from parsers.foi.labeller import using_labeller
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, read

ASKED = [
    "How many ambulance handovers took longer than an hour in 2023?",
    "What is the Trust's contract value for patient transport?",
]
REPLIED = [
    "There were 1,318 such handovers.",
    "The contract value is withheld, as its release would harm the supplier.",
]


def _letter(answer_number: str) -> list:
    blocks = [
        H("Thornaby Fields University Hospitals NHS Trust"),
        P("Reference: TFUH 24-771"),
        P("Date: 19 August 2024"),
        P("Dear Mrs Okonkwo,"),
        P("We received your request on 22 July 2024."),
        P("**Your questions**"),
        *[P(f"{n}. {q}") for n, q in enumerate(ASKED, 1)],
        P("**Our answers**"),
        *[P(f"{answer_number.format(n=n, a=chr(96 + n))} {a}") for n, a in enumerate(REPLIED, 1)],
        P("**Commercial confidentiality**"),
        P("Disclosure would be likely to prejudice the supplier's commercial position."),
    ]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("answer_number", ["{n}.", "({a})"])
def test_last_listed_answer_ends_at_a_section_heading(answer_number, fmt):
    with using_labeller(None):
        foi = read(_letter(answer_number), fmt)
    assert [q.answer for q in foi.items] == REPLIED
