"""A signature ending on whom the signatory signs for ("for and on behalf of both trusts
of the … Group", "on behalf of A NHS Trust and B NHS Foundation Trust"): a line in lower
case and longer than a name, yet a line of the signature run, so the letter's closing
run is found above it and the closing's first paragraph is no part of the last answer
(parsers.foi.tail).

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.tail import signature_line
from tests.foi_letters import H, P
from tests.test_foi_styles import FORMATS, pairs, read

SIGNED_FOR = [
    "for and on behalf of both trusts of the Borrowdale and Buttermere Care Group",
    "on behalf of Borrowdale Fell NHS Trust and Buttermere Water NHS Foundation Trust",
]


def _letter(signed_for: str) -> list:
    return [
        H("Borrowdale Fell NHS Trust"),
        P("Buttermere Water NHS Foundation Trust"),
        P("Reference: BBG-25-0384"),
        P("17 November 2025"),
        P("Dear Requester,"),
        P("We received your request on 20 October 2025; this reply answers for both trusts."),
        P("1) How many dietitians do the trusts employ?"),
        P("The two trusts employ 41 dietitians between them."),
        P("2) How many of them work in the community?"),
        P("Eighteen of them work in community teams."),
        P(
            "Requests for a review of this decision must reach the Records Office within 40 "
            "working days."
        ),
        P("Beyond that, the Information Commissioner can look at how we handled the request."),
        P("Kind regards"),
        P("Ottilie Brackenbury"),
        P("Access to Information Lead"),
        P(signed_for),
    ]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("signed_for", range(len(SIGNED_FOR)))
def test_the_closing_above_an_on_behalf_line_ends_the_last_answer(fmt, model, signed_for):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(SIGNED_FOR[signed_for]), fmt)
    assert pairs(foi) == [
        (
            "1",
            "How many dietitians do the trusts employ?",
            "The two trusts employ 41 dietitians between them.",
        ),
        (
            "2",
            "How many of them work in the community?",
            "Eighteen of them work in community teams.",
        ),
    ]


def test_an_on_behalf_line_is_the_signatures():
    assert all(signature_line(s) for s in SIGNED_FOR)
    # a sentence acting on someone's behalf is not
    assert not signature_line("on behalf of the Trust, we apologise for the delay.")
