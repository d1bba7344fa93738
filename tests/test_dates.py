from datetime import date

import pytest

from parsers.dates import find_dates, parse_date, within_deadline, working_days


@pytest.mark.parametrize(
    "text",
    [
        "3rd June 2026",
        "03/06/2026",
        "3/6/2026",
        "3 Jun 26",
        "Tuesday 3 June 2026",
        "Tue 3rd June 2026",
        "2026-06-03",
        "June 3, 2026",
        "June 3rd 2026",
        "3rd of June 2026",
        "03.06.2026",
        "3-Jun-2026",
        "Date: 03/06/2026",
        "received on 3 June, 2026.",
    ],
)
def test_parse_date_forms(text):
    assert parse_date(text) == date(2026, 6, 3)


@pytest.mark.parametrize(
    "text", ["", None, "no date here", "31/02/2026", "FOI 12345", "45/13/2020"]
)
def test_parse_date_rejects(text):
    assert parse_date(text) is None


def test_day_first_numeric():
    assert parse_date("04/03/2021") == date(2021, 3, 4)


def test_find_dates_offsets():
    found = find_dates("received 4 March 2021, answered 17/03/2021")
    assert [d for _, d in found] == [date(2021, 3, 4), date(2021, 3, 17)]


def test_working_days_seeds():
    # FOI/2425/SG16054 and FOI/2627/SG18763
    assert working_days(date(2025, 2, 6), date(2025, 2, 19)) == 9
    assert working_days(date(2026, 6, 3), date(2026, 6, 16)) == 9


def test_working_days_counts_from_next_day():
    assert working_days(date(2026, 6, 3), date(2026, 6, 3)) == 0
    assert working_days(date(2026, 6, 5), date(2026, 6, 8)) == 1  # Friday -> Monday


def test_working_days_skip_bank_holidays():
    # Easter 2025: Good Friday 18 April, Easter Monday 21 April
    assert working_days(date(2025, 4, 17), date(2025, 4, 22)) == 1
    # Christmas 2025: 25, 26 December
    assert working_days(date(2025, 12, 24), date(2025, 12, 29)) == 1
    # Coronation bank holiday 8 May 2023
    assert working_days(date(2023, 5, 5), date(2023, 5, 9)) == 1


def test_working_days_invalid():
    assert working_days(None, date(2026, 1, 1)) is None
    assert working_days(date(2026, 1, 2), date(2026, 1, 1)) is None


def test_within_deadline():
    assert within_deadline(20) is True
    assert within_deadline(21) is False
    assert within_deadline(None) is None
