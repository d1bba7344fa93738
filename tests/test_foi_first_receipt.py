"""The day a request first reached the trust, told in other words than the usual
(parsers.foi.meta_patterns, parsers.foi.date_prose, parsers.foi.field_tables):

* a team or service of the trust that took it first, as the receiver ("PALS received
  your request on …", "our complaints team logged your e-mail on …") or as whom the
  requester contacted ("Thank you for contacting the Patient Advice and Liaison
  Service on …"); the later day it was passed on to the FOI office is no receipt;
* the request dated with its addressee between ("your enquiry to our patient advice
  team of …");
* an aside between commas after what was received ("We received your request,
  copied to both trusts of the group, on …");
* a log of the requests a round-robin reply answers, a "Received" column in the head:
  the earliest of its dates.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date

import pytest

from parsers.foi.field_tables import first_received
from parsers.foi.labeller import using_labeller
from parsers.foi.metadata import _metadata
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, pairs, read

OPENINGS = [
    "PALS received your request on 6 October 2025 and passed it to the information "
    "governance team on 10 October 2025.",
    "Thank you for contacting the Patient Advice and Liaison Service (PALS) on 06/10/2025. "
    "Because you asked for recorded information, they forwarded your questions to us on "
    "10/10/2025.",
    "Your enquiry to our patient experience team of 6 October 2025 was transferred to the "
    "FOI office on 10 October 2025 and answered under the Act.",
    "Our complaints team logged your e-mail on 6 October 2025; it reached the FOI office "
    "on 10 October 2025.",
    "We received your request, copied to both trusts of the Eskdale Care Partnership, on "
    "6 October 2025.",
]


def _letter(top: list, opening: str | None) -> list:
    return [
        H("Wasdale Screes NHS Trust"),
        P("Gosforth Road, Wasdale WS4 8GR"),
        P("Our ref: WS/FOI/4471"),
        P("Date: 30 October 2025"),
        *top,
        P("Dear Requester"),
        *([P(opening)] if opening else []),
        P("1. How many hydrotherapy pools does the Trust run?"),
        P("The Trust runs two hydrotherapy pools."),
        P("2. How many sessions were held in them last year?"),
        P("3,208 sessions were held in 2024/25."),
        *SIGN_OFF,
    ]


def _check(foi) -> None:
    assert foi.received_date == date(2025, 10, 6)
    assert foi.responded_date == date(2025, 10, 30)
    assert foi.reference == "WS/FOI/4471"
    assert [lab for lab, _, _ in pairs(foi)] == ["1", "2"]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("opening", range(len(OPENINGS)))
def test_the_day_it_first_reached_the_trust(fmt, model, opening):
    with using_labeller(None) if model == "rules only" else nullcontext():
        _check(read(_letter([], OPENINGS[opening]), fmt))


LOG = T(
    [
        ["Request", "Received"],
        ["REQ 8812", "6 October 2025"],
        ["REQ 8820", "9 October 2025"],
        ["REQ 8795", "7 October 2025"],
    ]
)


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_round_robins_log_gives_its_earliest_receipt(fmt, model):
    opening = "The same questions reached us from each requester listed above."
    with using_labeller(None) if model == "rules only" else nullcontext():
        _check(read(_letter([LOG], opening), fmt))


def test_the_column_and_the_forwarding_day():
    assert first_received(LOG.rows) == "Received: 6 October 2025"
    # a column not named for receipt gives nothing
    assert first_received([["Request", "Closed"], ["REQ 1", "6 October 2025"]]) is None
    # the day it was passed on alone is no receipt
    passed = "Your request was passed to the FOI office on 10 October 2025."
    assert _metadata([_Unit(passed)], [])["received"] is None
