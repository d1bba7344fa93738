"""Date grammar learned from held-out set L's first sight: a numeric date that opens
with a four-figure year is year, month, day ("2025/11/04", "2025.1.9"), as ISO's is;
and the letterhead's field of a verb and a date with no colon ("Posted 2025/11/04"),
and the clauses whose dates are not the letter's own (parsers.foi.earlier_dates).
Dates and wording made up for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.dates import find_dates, parse_date, parse_date_range
from parsers.foi.date_fields import field_dates
from parsers.foi.earlier_dates import current_date, quotes_earlier
from parsers.foi.meta_patterns import _RE_RECEIVED, _RE_RESPONDED


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2025/11/04", date(2025, 11, 4)),
        ("2025/1/9", date(2025, 1, 9)),
        ("2025.11.04", date(2025, 11, 4)),
        ("Fri 2025/11/07", date(2025, 11, 7)),
        ("Date: 2025/02/12", date(2025, 2, 12)),
        ("issued on 2025/12/01.", date(2025, 12, 1)),
    ],
)
def test_year_first_numeric_dates_are_year_month_day(text, day):
    assert parse_date(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "2025/13/04",  # no thirteenth month
        "spend in 2024/25",  # a financial year
        "case 2025/11/0456",  # a code's figures
        "R/0871/25-26",
    ],
)
def test_year_first_lookalikes_are_no_dates(text):
    assert parse_date(text) is None


def test_year_first_dates_found_and_ranged():
    assert [d for _, d in find_dates("opened 2025/06/02, closed 2025/06/27")] == [
        date(2025, 6, 2),
        date(2025, 6, 27),
    ]
    assert parse_date_range("between 2024/04/01 and 2025/03/31") == (
        date(2024, 4, 1),
        date(2025, 3, 31),
    )


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("Posted 2025/11/04", (None, "2025/11/04")),
        ("Issued on Nov 4th, 2025", (None, "Nov 4th, 2025")),
        ("Dated Tuesday, 4 November, 2025", (None, "Tuesday, 4 November, 2025")),
        ("Received 03/11/25", ("03/11/25", None)),
        ("Registered on 3/11/2025.", ("3/11/2025", None)),
        # a sentence, not a field: words between the verb and the date
        ("Sent to the estates team 3 November 2025", (None, None)),
        ("Received from the ward on 3 November 2025 and filed", (None, None)),
    ],
)
def test_a_verb_and_its_date_as_the_whole_line_is_a_field(line, fields):
    assert field_dates(line) == fields


@pytest.mark.parametrize(
    "text",
    [
        "Your initial enquiry arrived on 30/9/2025 and we answered on 21/10/2025.",
        "The first reply, sent on 21 October 2025, withheld the rota.",
        "In our previous response we replied on 21/10/2025 that the data was not held.",
    ],
)
def test_dates_of_an_earlier_request_or_reply_are_not_the_letters(text):
    assert current_date(_RE_RESPONDED, text) is None


def test_the_letters_own_date_after_an_earlier_ones():
    text = "Our earlier reply was sent on 21/10/2025. This review was answered on 2/12/2025."
    assert current_date(_RE_RESPONDED, text) == "2/12/2025"
    assert not quotes_earlier("We replied on 2/12/2025, the first day we could.", 16)


def test_a_period_is_no_day_of_receipt():
    text = "Complaints received 1 April 2024 to 31 March 2025, by ward."
    assert _RE_RECEIVED.search(text) is not None  # the label reads it…
    assert current_date(_RE_RECEIVED, text) is None  # …but a period opens there
    assert current_date(_RE_RECEIVED, "Request received: 14/04/2025") == "14/04/2025"
