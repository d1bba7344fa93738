"""Date forms British letters print, read by parsers.dates (set J's learning, issue
#13): ordinals and "the 5th day of", weekdays cut short, months with and without
stops, two-digit years, dotted dates, ISO dates with a time of day, numeric dates day
first (month first only when day first is no date), and ranges of dates. Made-up
dates, in wordings of their own."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.dates import find_dates, parse_date, parse_date_range, range_at

NOV_9 = date(2023, 11, 9)


@pytest.mark.parametrize(
    "text",
    [
        "9th November 2023",
        "the 9th of November 2023",
        "the 9th day of November 2023",
        "Thurs 9 November 2023",
        "Thur. 9th Nov. 2023",
        "Thursday, 9 Nov 2023",
        "9 Nov. 23",
        "November 9th, 2023",
        "Nov. 9, 2023",
        "09.11.2023",
        "9.11.23",
        "09/11/2023",
        "9-11-2023",
        "2023-11-09",
        "2023-11-09T08:45",
        "2023-11-09T08:45:12Z",
        "2023-11-09T08:45:12.250+00:00",
        "logged at 2023-11-09T08:45:12Z by the portal",
    ],
)
def test_forms_of_one_day(text):
    assert parse_date(text) == NOV_9


@pytest.mark.parametrize(
    "text, day",
    [
        ("Weds 8 November 2023", date(2023, 11, 8)),
        ("Sept 14 2023", date(2023, 9, 14)),
        ("14 Sep. 2023", date(2023, 9, 14)),
        ("14 Sept. 2023", date(2023, 9, 14)),
    ],
)
def test_weekdays_and_months_cut_short(text, day):
    assert parse_date(text) == day


def test_numeric_dates_are_day_first():
    assert parse_date("04/07/2023") == date(2023, 7, 4)
    assert parse_date("4/7/23") == date(2023, 7, 4)


def test_month_first_only_when_day_first_is_no_date():
    # a US template's "11/23/2023": there is no 23rd month, so November the 23rd
    assert parse_date("11/23/2023") == date(2023, 11, 23)
    assert parse_date("Received 2/28/24") == date(2024, 2, 28)
    assert parse_date("31/31/2023") is None


def test_find_dates_reads_timestamps_among_words():
    found = find_dates("opened 2023-11-09T08:45 and closed 2023-11-27T16:02:00Z")
    assert [d for _, d in found] == [NOV_9, date(2023, 11, 27)]


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("between 1 April 2021 and 31 March 2022", date(2021, 4, 1), date(2022, 3, 31)),
        ("from 01/04/2021 to 31/03/2022", date(2021, 4, 1), date(2022, 3, 31)),
        ("2021-04-01 until 2022-03-31", date(2021, 4, 1), date(2022, 3, 31)),
        ("during 1–14 October 2023", date(2023, 10, 1), date(2023, 10, 14)),
        ("1st to 14th October 2023", date(2023, 10, 1), date(2023, 10, 14)),
        ("1 July – 30 September 2023", date(2023, 7, 1), date(2023, 9, 30)),
        ("1 November – 28 February 2024", date(2023, 11, 1), date(2024, 2, 28)),
    ],
)
def test_ranges(text, start, end):
    assert parse_date_range(text) == (start, end)


@pytest.mark.parametrize(
    "text", ["9 November 2023", "Item 2 – 9 November 2023", "", None, "Q4 - 1 May 2024"]
)
def test_no_range(text):
    assert parse_date_range(text) is None


def test_range_at_a_position():
    text = "Your request of 2 May 2024 asked about 1 April 2023 to 31 March 2024."
    assert range_at(text, text.index("2 May")) is None
    assert range_at(text, text.index("1 April")) == (date(2023, 4, 1), date(2024, 3, 31))


@pytest.mark.parametrize(
    "text, first",
    [
        ("Admissions between 1–30 June 2024 were counted.", date(2024, 6, 1)),
        ("from the 1st to 30th June 2024", date(2024, 6, 1)),
        ("in the quarter 1 April – 30 June 2024", date(2024, 4, 1)),
        ("1 December – 31 January 2024", date(2023, 12, 1)),
        # a number before a dash is an item's, not a range's start
        ("Item 2 – 9 June 2024", date(2024, 6, 9)),
        # a range after the first date does not move it
        ("Received 3 June 2024, about 1–30 April 2024", date(2024, 6, 3)),
    ],
)
def test_the_first_date_of_a_range_cut_short_is_its_start(text, first):
    assert parse_date(text) == first
