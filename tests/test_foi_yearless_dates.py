"""An opening that names the day the request arrived without its year ("your letter of
14 October", "reached us on the 2nd of January"): the received date is that day in the
year of the reply, the latest such day not after it (parsers.foi.yearless_dates).

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.foi.yearless_dates import yearless_received
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read


def _letter(opening: str, dated: str) -> list:
    return [
        H("Kennet Downs NHS Trust"),
        P("Our reference: KDT-5521"),
        P(f"Date: {dated}"),
        P("Dear Enquirer"),
        P(opening),
        P("1. How many hearing aid clinics does the Trust hold each week?"),
        P("The Trust holds eleven hearing aid clinics a week."),
        P("2. Where are they held?"),
        P("They are held at the two community hospitals."),
        *SIGN_OFF,
    ]


CASES = [
    ("We were glad to have your letter of 14 October about audiology.", "4 November 2025", 10, 14),
    ("Your request for information reached us on the 2nd of October.", "4 November 2025", 10, 2),
    # (a reply in January to a request of late December: the year before the reply's)
    ("Many thanks for your e-mail dated December 29th.", "20 January 2026", 12, 29),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("opening", "dated", "month", "day"), CASES)
def test_the_received_day_takes_the_replys_year(fmt, opening, dated, month, day):
    foi = read(_letter(opening, dated), fmt)
    replied = foi.responded_date
    assert replied is not None
    year = replied.year if (month, day) <= (replied.month, replied.day) else replied.year - 1
    assert foi.received_date == date(year, month, day)
    assert [lab for lab, _, _ in pairs(foi)] == ["1", "2"]


def test_only_a_day_without_a_year_in_a_receipts_grammar_is_read():
    replied = date(2025, 11, 4)
    # a full date is the full forms' to read
    assert yearless_received(["Your letter of 14 October 2025 asked about it."], replied) is None
    # a day and month naming no request's arrival is no receipt
    assert yearless_received(["The clinic closed on 14 October for repairs."], replied) is None
    # without a date of reply there is no year to give it
    assert yearless_received(["Your letter of 14 October reached us."], None) is None
    assert yearless_received(["Your letter of 14 October reached us."], replied) == date(
        2025, 10, 14
    )
