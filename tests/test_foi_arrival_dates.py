"""One opening sentence naming both the day the requester wrote and the day the
request arrived: the received date is the one the verb of arrival governs, not the
date inside its subject ("your letter of …") (parsers.foi.arrival_dates). Read by the
sentence's structure, not by one wording.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date

import pytest

from parsers.foi.arrival_dates import arrival_over_written
from parsers.foi.labeller import using_labeller
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read

OPENINGS = [
    "Your e-mail of 11 November 2025 arrived with our records team on 13 November 2025.",
    "Your request dated 11/11/2025 was logged by the governance office on 13/11/2025, "
    "and our replies follow.",
    "Your message of 2025-11-11 came in to the Trust on 2025-11-13; thank you for it.",
]


def _letter(opening: str) -> list:
    return [
        H("Ribblesdale Fells NHS Trust"),
        P("Our reference: RFT 25/118"),
        P("Date: 2 December 2025"),
        P("Dear Enquirer"),
        P(opening),
        P("1. How many community dental clinics does the Trust run?"),
        P("The Trust runs nine community dental clinics."),
        P("2. How many of them open on Saturdays?"),
        P("Two of them open on Saturday mornings."),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("opening", OPENINGS)
def test_the_received_date_is_the_day_it_arrived(fmt, model, opening):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(opening), fmt)
    assert foi.received_date == date(2025, 11, 13)
    assert foi.responded_date == date(2025, 12, 2)
    assert [lab for lab, _, _ in pairs(foi)] == ["1", "2"]


def test_only_a_date_inside_the_arrivals_subject_yields():
    assert arrival_over_written(OPENINGS[0]) == "13 November 2025"
    # no arrival: the request's own date is left to the other prose forms
    assert arrival_over_written("Your letter of 11 November 2025 asked about clinics.") is None
    # no date of writing inside the subject: the usual forms read it
    assert arrival_over_written("Your request reached us on 13 November 2025.") is None
