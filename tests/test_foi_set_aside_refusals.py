"""A fresh response issued after the regulator's decision notice recounts the first
refusal in its opening ("we declined your request under section 12; the Commissioner
found we could not rely on it"): that section is the overturned reply's, not one this
letter applies, so it is no exemption of the letter; the sections its answers cite
are. An internal review upholding the first refusal applies it still
(parsers.foi.set_aside).

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.set_aside import refusal_set_aside, without_recounted_refusals
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, read

OPENINGS = [
    "Your request of 2 February 2025 was refused on 27 February 2025 under section 14(1) "
    "as vexatious. In a decision notice issued on 19 June 2025 the Information "
    "Commissioner found that the request was not vexatious and directed the Trust to "
    "answer it. This is our new response.",
    "We originally declined to answer, relying on section 12. Having considered your "
    "complaint, the Commissioner overturned that refusal, and we set out the "
    "information below.",
]
WITH_NOTHING_WITHHELD = [
    P("1. How many community nurses work nights?"),
    P("Fourteen community nurses work night shifts."),
    P("2. How many vehicles does the night service use?"),
    P("The night service uses six pool cars."),
]
WITH_A_SECTION = [
    P("1. How many community nurses work nights?"),
    P("Fourteen community nurses work night shifts."),
    P("2. Which of them drive lease cars?"),
    P("Their names are withheld under section 40(2), as that is their personal data."),
]


def _letter(opening: str, body: list) -> list:
    return [
        H("Langstrath Beck NHS Trust"),
        P("Our ref: LB/FOI/2525"),
        P("Date: 4 August 2025"),
        P("Dear Requester"),
        P(opening),
        *body,
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("opening", range(len(OPENINGS)))
@pytest.mark.parametrize("withheld", [False, True])
def test_the_overturned_refusals_section_is_not_applied(fmt, model, opening, withheld):
    body = WITH_A_SECTION if withheld else WITH_NOTHING_WITHHELD
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(OPENINGS[opening], body), fmt)
    want = [("FOIA", "40(2)")] if withheld else []
    assert [(e.law, e.section) for e in foi.exemptions] == want
    assert [it.label for it in foi.items] == ["1", "2"]


def test_an_upheld_refusal_keeps_its_section():
    upheld = [
        "We refused your request under section 43(2). The Commissioner's decision notice "
        "upheld that refusal.",
    ]
    assert not refusal_set_aside(upheld)
    assert refusal_set_aside(OPENINGS[:1])
    # only the recounting sentence goes
    kept = without_recounted_refusals(
        "We refused your request under section 12. The figures are withheld under section 43(2)."
    )
    assert kept == "The figures are withheld under section 43(2)."
