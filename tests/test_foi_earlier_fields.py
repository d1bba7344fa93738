"""A header's field naming an earlier request or reply (parsers.foi.earlier_dates):
"First request logged: …", "Earlier enquiry received: …", "Previous reply sent: …"
on the letterhead or in a field table at the letter's top record the history of the
case a review or a chaser answers. Such a date is neither the letter's receipt nor
its reply, nor a fallback for them; the letter's own fields date it. A header that
logs what followed one request (its clarification) is that request's chronology,
whose "original request" is the letter's own.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

import pytest

from parsers.foi.earlier_dates import earlier_field, follow_up_field
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, read

TRUST = H("Quenington Vale Hospitals NHS Trust")
BODY = [
    P("Dear Ms Enquirer"),
    P("1. How many speech and language therapists does the Trust employ?"),
    P("The Trust employs 19 speech and language therapists."),
    P("2. What did the Trust spend on printer paper in 2024/25?"),
    P("Printer paper cost £12,480 in 2024/25."),
    *SIGN_OFF,
]


def _dates(foi) -> tuple[str | None, str | None]:
    def iso(d):
        return d.isoformat() if d else None

    return iso(foi.received_date), iso(foi.responded_date)


@pytest.mark.parametrize("fmt", FORMATS)
def test_letterhead_fields_of_an_earlier_request_are_not_the_letters(fmt):
    blocks = [
        TRUST,
        P("Case: QVH/IR/2025/118"),
        P("Earlier enquiry received: 3 February 2025"),
        P("Previous reply sent: 21 February 2025"),
        P("Review request received: 4 March 2025"),
        P("Date of this letter: 28 March 2025"),
        *BODY,
    ]
    assert _dates(read(blocks, fmt)) == ("2025-03-04", "2025-03-28")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_field_table_of_an_earlier_request_and_the_review(fmt):
    blocks = [
        TRUST,
        T(
            [
                ["Case", "QVH/IR/2025/118"],
                ["First request logged", "03/02/2025"],
                ["Initial response issued", "21/02/2025"],
                ["Review request received", "04/03/2025"],
                ["Date of this response", "28/03/2025"],
            ]
        ),
        *BODY,
    ]
    assert _dates(read(blocks, fmt)) == ("2025-03-04", "2025-03-28")


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_earlier_requests_field_is_no_fallback_for_the_receipt(fmt):
    # the review's own arrival is not printed: the receipt is unknown, not the
    # first request's
    blocks = [
        TRUST,
        P("Case: QVH/IR/2025/118"),
        P("First request logged: 3 February 2025"),
        P("Date: 28 March 2025"),
        *BODY,
    ]
    assert _dates(read(blocks, fmt)) == (None, "2025-03-28")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_chronology_of_one_request_keeps_its_original_arrival(fmt):
    blocks = [
        TRUST,
        T(
            [
                ["Case", "QVH/2025/0877"],
                ["Original request received", "10/01/2025"],
                ["Clarification received", "15/01/2025"],
                ["Reply sent", "05/02/2025"],
            ]
        ),
        *BODY,
    ]
    assert _dates(read(blocks, fmt)) == ("2025-01-10", "2025-02-05")


def test_a_strips_fields_are_read_one_by_one():
    strip = "Case QVH/118 | Earlier enquiry: 3/2/2025 | Review received: 4/3/2025"
    assert earlier_field(strip, strip.index("3/2/2025"))
    assert not earlier_field(strip, strip.index("4/3/2025"))


def test_a_sentence_is_no_field():
    text = (
        "We have looked again at the way the first request was handled and the team "
        "confirmed on 4 March 2025 that it was complete"
    )
    assert not earlier_field(text, text.index("4 March"))


def test_a_follow_up_field_logs_one_requests_steps():
    assert follow_up_field("Further information received: 12/01/2025")
    assert not follow_up_field("Review request received: 12/01/2025")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_dated_heading_over_the_answers_heads_the_request_answered(fmt):
    # no "Dear …" closes the letterhead, so the headings stand among its first units;
    # a heading is no field: the first one dates the request this letter answers
    blocks = [
        TRUST,
        P("Case: QVH/2025/0877 | Date: 20/02/2025"),
        P("Good afternoon,"),
        H("First enquiry – received 3 February 2025"),
        P("1. How many speech and language therapists does the Trust employ?"),
        P("The Trust employs 19 speech and language therapists."),
        H("Later questions – received 9 February 2025"),
        P("2. What did the Trust spend on printer paper in 2024/25?"),
        P("Printer paper cost £12,480 in 2024/25."),
        *SIGN_OFF,
    ]
    assert _dates(read(blocks, fmt))[0] == "2025-02-03"
