"""A weekday before a numeric date ("Fri 24/11/2023", "Thurs. 2.11.23") read as the
date it names (set K's learning, issue #13): in `parse_date`, and in a letter's
fields and prose from DOCX, PDF and HTML, while a weekday-dated line inside an answer
is still not the letter's. Every letter is made up, in wordings of its own."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.dates import find_dates, parse_date
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, read

RECEIVED = date(2023, 11, 2)
ANSWERED = date(2023, 11, 24)


@pytest.mark.parametrize(
    "text, day",
    [
        ("Fri 24/11/2023", ANSWERED),
        ("Friday, 24/11/2023", ANSWERED),
        ("Thurs. 2.11.23", RECEIVED),
        ("Thu 02-11-2023", RECEIVED),
    ],
)
def test_weekday_before_a_numeric_date(text, day):
    assert parse_date(text) == day
    assert [d for _, d in find_dates(f"sent on {text} by post")] == [day]


def letter(head: list, after_salutation: list, body: list | None = None) -> list:
    return [
        H("Ashcombe Vale NHS Trust"),
        P("Vale Road, Ashcombe AV3 1VR"),
        *head,
        P("Dear Enquirer,"),
        *after_salutation,
        *(
            body
            or [
                P("1. How many endoscopy rooms does the Trust run?"),
                P("The Trust runs five endoscopy rooms across two sites."),
            ]
        ),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_weekday_numeric_dates_in_a_field_and_in_prose(fmt):
    blocks = letter(
        [P("Completed: Fri 24/11/2023")],
        [P("Your letter of Thu 02/11/2023 set out the questions answered below.")],
    )
    foi = read(blocks, fmt)
    assert (foi.received_date, foi.responded_date) == (RECEIVED, ANSWERED)


@pytest.mark.parametrize("fmt", FORMATS)
def test_weekday_numeric_date_inside_an_answer_is_not_the_letters(fmt):
    blocks = letter(
        [P("24 November 2023")],
        [P("Thank you for your request for information.")],
        [
            P("1. When was the new endoscopy room opened?"),
            P("Opened: Mon 04/09/2023, after a refit lasting six weeks."),
        ],
    )
    foi = read(blocks, fmt)
    assert foi.received_date is None
    assert foi.responded_date == ANSWERED


@pytest.mark.parametrize("fmt", FORMATS)
def test_closing_field_run_on_after_letterhead_text(fmt):
    # a scan unwrapped into one line joins the address and the field
    blocks = letter(
        [P("Records Office, Vale Road Completed: Fri 24/11/2023")],
        [P("We received your request on 2 November 2023.")],
    )
    foi = read(blocks, fmt)
    assert (foi.received_date, foi.responded_date) == (RECEIVED, ANSWERED)
