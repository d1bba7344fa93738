"""A letter's dates told by who did what (set O's learning): thanks for the
requester's act ("Thank you for getting in touch with us on …") date the request as
"you contacted us on …" does; and a reply the requester sent, recounted in a
clarification exchange ("you then responded on …"), is neither the letter's own reply
nor the request's receipt. Every letter is made up, in wordings of its own."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.foi.date_prose import requester_dated
from parsers.foi.earlier_dates import current_date, requester_replied
from parsers.foi.meta_patterns import _RE_RESPONDED
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, read


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Thank you for getting in touch with us on 4 June 2024 about parking.", date(2024, 6, 4)),
        ("Thanks for writing to the Trust on 11th Jul 2024.", date(2024, 7, 11)),
        ("Many thanks for e-mailing our FOI team on 02/05/2024.", date(2024, 5, 2)),
        ("Thank you for sending us your enquiry dated 9 Sept. 2024.", date(2024, 9, 9)),
        # a period the request asks about, not the day it was made
        ("Thank you for contacting us on 1 April 2023 to 31 March 2024 figures.", None),
        # the Trust's act, thanked for nothing
        ("Thank you for your patience. We contacted the ward on 5 May 2024.", None),
    ],
)
def test_thanks_for_the_requesters_act_dates_the_request(text, day):
    assert requester_dated(text) == day


@pytest.mark.parametrize(
    ("text", "replied"),
    [
        ("You replied on 6 May 2024 that the whole Trust was meant.", True),
        ("On 3 May we wrote to you, and you then responded on 6 May 2024.", True),
        ("You have kindly answered on 6 May 2024.", True),
        ("We replied on 6 May 2024.", False),
        ("As we told you we replied on 6 May 2024.", False),
    ],
)
def test_the_requesters_reply_is_told_by_its_subject(text, replied):
    pos = text.index("6 May 2024")
    assert requester_replied(text, pos) is replied


def test_the_requesters_reply_dates_no_response():
    text = "You responded on 6 May 2024; we replied on 20 May 2024."
    assert current_date(_RE_RESPONDED, text) == "20 May 2024"


def _letter(head: list, opening: str) -> list:
    return [
        H("Brackenford Hills NHS Trust"),
        P("Mill Lane, Brackenford BH2 4ML"),
        *head,
        P("Dear Ms Lindqvist,"),
        P(opening),
        H("Seeking clarification"),
        P(
            "On 14 June 2024 we asked you to confirm whether your request covered "
            "agency staff as well as staff on the Trust's payroll."
        ),
        P("You then replied on 17 June 2024 that it covered payroll staff only."),
        P("1. How many porters are on the Trust's payroll?"),
        P("The Trust employs 64 porters."),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "head",
    [
        [P("Our reference: BHT-2024-311"), P("Date: 2nd July 2024")],
        [P("Reference BHT-2024-311"), P("Tuesday 02/07/2024")],
    ],
)
def test_a_clarification_exchange_leaves_the_letters_own_dates(head, fmt):
    opening = "Thank you for contacting the Trust on 12 June 2024 with your request."
    foi = read(_letter(head, opening), fmt)
    assert foi.received_date == date(2024, 6, 12)
    assert foi.responded_date == date(2024, 7, 2)
