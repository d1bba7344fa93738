"""A page of messages printed as one document (a public request site's page): each
message under a header naming its sender and date, the requester's numbered
questions, the trust's acknowledgement, then the trust's reply numbering its answers
as the questions were numbered (parsers.foi.message_headers):

* the n-th numbered answer answers the n-th question, though the request's sign-off
  and whole messages stand between the questions and the answers;
* the received date is the request's header's, the responded date the header's of the
  trust's last message; a date the acknowledgement promises is neither.

A letter with a dated line or two among its answers is no page of messages.

Every page is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.message_headers import message_headers, request_and_reply_dates
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read

QUESTIONS = [
    "How many birthing pools does the maternity unit have?",
    "How many births took place in a pool in 2024?",
    "Does the Trust offer hypnobirthing classes?",
]
ANSWERS = [
    ["The maternity unit has three birthing pools."],
    ["There were 412 pool births in 2024.", "This was 11% of all births at the Trust."],
    ["Yes. Classes run monthly at both hospital sites."],
]


def _page(joiner: str, numbered: str, header) -> list:
    office = "Information Rights Team, Scafell Pike NHS Trust"
    blocks = [
        H("OpenAsk: a request to Scafell Pike NHS Trust"),
        P("Status: answered"),
        header(f"Priya Ramaswamy{joiner} 2 September 2025"),
        P("Dear Scafell Pike NHS Trust,"),
        P("Under the Freedom of Information Act, please tell me:"),
        *(P(numbered.format(n=n) + q) for n, q in enumerate(QUESTIONS, 1)),
        P("Many thanks,"),
        P("Priya Ramaswamy"),
        header(f"{office}{joiner} 4 September 2025"),
        P(
            "We have logged your request under reference ISP-25-0611 and will answer it by 30 "
            "September 2025 at the latest."
        ),
        header(f"{office}{joiner} 22 September 2025"),
        P("Dear Priya Ramaswamy,"),
        P("Re: ISP-25-0611"),
        P("Here are our answers, in the order of your questions:"),
    ]
    for n, answer in enumerate(ANSWERS, 1):
        blocks += [P(numbered.format(n=n) + answer[0]), *(P(a) for a in answer[1:])]
    return [*blocks, *SIGN_OFF]


BOLD, HEADING = (lambda t: P(f"**{t}**")), H
STYLES = {  # (between sender and date, the numbering, the header's face)
    "bold, dash, '1.'": (" –", "{n}. ", BOLD),
    "heading, comma, '(1)'": (",", "({n}) ", HEADING),
}


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("style", STYLES)
def test_answers_by_number_and_the_messages_dates(fmt, model, style):
    joiner, numbered, header = STYLES[style]
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_page(joiner, numbered, header), fmt)
    want = [
        (str(n), q, " ".join(a)) for n, (q, a) in enumerate(zip(QUESTIONS, ANSWERS, strict=True), 1)
    ]
    assert pairs(foi) == want
    assert foi.received_date == date(2025, 9, 2)
    assert foi.responded_date == date(2025, 9, 22)
    assert foi.reference == "ISP-25-0611"


def test_dated_lines_in_a_letter_are_no_messages():
    letter = [
        "Scafell Pike NHS Trust, 22 September 2025",
        "Dear Requester",
        "1. When did the board last meet?",
        "Board meeting – 12 September 2025",
        "Audit committee – 15 September 2025",
        "Yours sincerely",
    ]
    units = [_Unit(t) for t in letter]
    assert message_headers(units) == []
    assert request_and_reply_dates(units) == (None, None)
