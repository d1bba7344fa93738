"""A request's correspondence published as one document: an acknowledgement, a letter
putting the deadline back, then the response, each under the trust's letterhead with
its own date. The reply is dated by the response, not by the acknowledgement at the
top; the items are the response's (parsers.foi.bundled_letters). A letter that quotes
the requester's own message (a greeting under no letterhead of the trust's) is one
letter.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.bundled_letters import last_letter_start
from parsers.foi.labeller import using_labeller
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, read

TRUST = "Ennerdale Bridge NHS Trust"
ADDRESS = "Lakeside Road, Ennerdale CA23 3AX"
QA = [
    ("How many community dentists does the Trust employ?", "It employs 14 community dentists."),
    ("What did the Trust spend on laundry in 2024?", "Laundry cost the Trust £203,700 in 2024."),
]


def _head(day: str) -> list:
    return [H(TRUST), P(ADDRESS), P("Our ref: ENB-0412"), P(day), P("Dear Ms Example")]


def _signed() -> list:
    return [P("Yours sincerely"), P("Records Team"), P(TRUST)]


def _bundle() -> list:
    blocks = [*_head("9 January 2025")]
    blocks += [
        P("Your request of 8 January 2025 has been logged and passed to the team."),
        *_signed(),
    ]
    blocks += _head("3 February 2025")
    blocks += [
        P("We now expect to send our reply by 4 March 2025, as more time is needed."),
        *_signed(),
    ]
    blocks += _head("26 February 2025")
    blocks += [P("We received your request on 8 January 2025. Our answers follow.")]
    for n, (q, a) in enumerate(QA, 1):
        blocks += [P(f"{n}. {q}"), P(a)]
    return [*blocks, *SIGN_OFF]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_response_dates_the_reply(fmt, model):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_bundle(), fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(str(n), q, a) for n, (q, a) in enumerate(QA, 1)]
    assert foi.reference == "ENB-0412"
    assert (str(foi.received_date), str(foi.responded_date)) == ("2025-01-08", "2025-02-26")


def test_a_quoted_message_is_no_second_letter():
    units = [
        _Unit(t)
        for t in (
            TRUST,
            ADDRESS,
            "12 May 2025",
            "Dear Mr Example",
            "1. How many porters work at night?",
            "Nine porters work at night.",
            "Yours sincerely",
            "Dear FOI team",
            "Please tell me how many porters work at night.",
        )
    ]
    assert last_letter_start(units) is None
