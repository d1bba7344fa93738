"""Unnumbered requests put as bare commands ("List …", "Describe …", "Set out …"), each
set in a face of its own over its plain reply, whatever the reply's kind (not held,
an exemption, a figure), read as questions (parsers.foi.emphasis_pairs with
parsers.foi.line_kinds.imperative_request). A command need not end in "?" nor be
softened by "Please could you …": half the requests here are commands and the first
of them opens the list, so the letter is read only when a command asks.

Every letter is made up (a fictional trust, its own requests and replies) and read by
the rules alone, the block labeller off."""

from __future__ import annotations

import re

import pytest

from benchmarks.heldout_d.render import H, P
from benchmarks.heldout_j.render import render
from parsers import parse_document
from parsers.foi.labeller import using_labeller
from parsers.foi.line_kinds import imperative_request

TRUST = "Wherwell Priory Community NHS Trust"

# (request, reply paragraphs): commands first, replies of several kinds
ASKED = [
    (
        "List every agency that supplied locum radiographers to the Trust during 2024.",
        [
            "We do not hold a central list of agencies for radiography. Locum bookings are "
            "made by each imaging department and are not recorded by supplier."
        ],
    ),
    (
        "Describe the scoring method used to award the Trust's laundry contract in 2023.",
        [
            "The scoring matrix is commercially sensitive and is withheld under section "
            "43(2), as its release would be likely to prejudice the supplier's position.",
        ],
    ),
    (
        "Is there a policy on staff bringing their own electronic devices onto wards?",
        ["Yes. The Bring Your Own Device policy was approved by the digital board in 2022."],
    ),
    (
        "How many fire doors were replaced at Priory Hospital in 2024/25?",
        ["Thirty-seven fire doors were replaced during the year."],
    ),
]

HEAD = [
    H(TRUST),
    P("Priory Lane, Wherwell WP2 9PL"),
    P("Our reference: WPC-IR-4471"),
    P("Date: 9 June 2025"),
    P("Dear Correspondent"),
    P("Your questions are set out below, each with the Trust's reply beneath it."),
]
CLOSE = [
    P(
        "Should you wish to challenge this reply, please ask for an internal review within "
        "two months of receiving it."
    ),
    P("The Information Commissioner's Office can consider a complaint after that review."),
    P("Regards"),
    P("Disclosure Team"),
    P(TRUST),
]


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def _read(blocks: list, fmt: str):
    data, name = render(blocks, fmt, title=TRUST, site=TRUST)
    with using_labeller(None):
        result = parse_document(data, filename=name, kind_hint="foi")
    assert result.foi is not None, result.error
    return result.foi


def _body(style: str) -> list:
    return [b for q, answer in ASKED for b in (P(q, style), *(P(a) for a in answer))]


@pytest.mark.parametrize(("style", "fmt"), [("bold", "docx"), ("italic", "pdf")])
def test_commands_and_questions_in_their_own_face_each_over_its_reply(style, fmt):
    foi = _read(HEAD + _body(style) + CLOSE, fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(None, q, " ".join(a)) for q, a in ASKED]


@pytest.mark.parametrize(
    "text",
    [
        "Set out the number of complaints about car parking in each quarter.",
        "Please specify the waiting time for a hearing assessment.",
        "Give a breakdown of overtime payments by staff group.",
        "Confirm whether the Trust uses a third party to collect debts.",
    ],
)
def test_a_bare_command_asks(text):
    assert imperative_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please see the table attached to this letter.",
        "Please note that figures below five are suppressed.",
        "Find enclosed the minutes of the March meeting.",
        "The Trust provided the figures in its annual report.",
        "provide figures for each ward",  # a sentence's middle, no capital
    ],
)
def test_a_reply_or_a_pointer_is_no_command(text):
    assert not imperative_request(text)
