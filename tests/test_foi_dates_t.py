"""Letterhead date fields learned from held-out set T: a line of two or more acts of
one kind joined ("Signed and sent on …", "Received and logged …") and its date is a
field as one verb's line is ("Sent 7/2/2024"), in any of the date forms the grammar
reads (a month cut short with its stop, month first, "the 5th day of"). Letters and
wording made up for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.dates import parse_date
from parsers.foi.date_fields import field_dates
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, read


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("17 Oct. 2023", date(2023, 10, 17)),
        ("Oct 17, 2023", date(2023, 10, 17)),
        ("Jan. 2, 2025", date(2025, 1, 2)),
        ("the 22nd day of January 2025", date(2025, 1, 22)),
        ("the 1st day of Aug. 2023", date(2023, 8, 1)),
    ],
)
def test_the_date_forms_of_a_field_line_parse(text, day):
    assert parse_date(text) == day


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("Signed and dated 17 Oct. 2023", (None, "17 Oct. 2023")),
        ("Dated & posted on Oct 17, 2023.", (None, "Oct 17, 2023")),
        ("Signed, dated and issued on the 3rd day of July 2023", (None, "3rd day of July 2023")),
        ("Signed 17/10/2023", (None, "17/10/2023")),
        ("Received and registered on 2 Oct. 2023", ("2 Oct. 2023", None)),
        # acts of both kinds together say neither
        ("Received and answered on 2 Oct. 2023", (None, None)),
        # a sentence, not a field: words between the acts and the date
        ("Signed by the medical director on 17 October 2023", (None, None)),
        ("Signed and sent to the coroner on 17 October 2023", (None, None)),
    ],
)
def test_joined_acts_and_their_date_as_the_whole_line_are_a_field(line, fields):
    assert field_dates(line) == fields


def _letter(head: list) -> list:
    return [
        H("Marlstone Vale Community NHS Trust"),
        *head,
        P("Dear Mr Okonkwo,"),
        P("1. How many community dental clinics does the Trust run?"),
        P("The Trust runs nine community dental clinics."),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_signed_and_dated_line_dates_the_reply(fmt):
    head = [
        T([["Request logged", "02 Oct. 2023"], ["Case number", "MVC/23/0415"]]),
        P("Signed and dated on the 19th day of October 2023."),
    ]
    foi = read(_letter(head), fmt)
    assert foi.received_date == date(2023, 10, 2)
    assert foi.responded_date == date(2023, 10, 19)
