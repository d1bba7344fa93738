"""One century for a year printed in two digits, used by every reader: parsers.wres.vocab.
full_year (the POSIX pivot, as Python's "%y": 69-99 the 1900s, 00-68 the 2000s). Table
heads' short years, "FY.." years, numeric and month dates in cells and sentences, a
year window's short end and the FOI letters' dates all read "99" as 1999."""

from __future__ import annotations

from datetime import date

import pytest

from parsers import dates
from parsers.extract import short_years
from parsers.wres import vocab
from parsers.wres.cells import parse_period
from parsers.wres.narrative_terms import _times


@pytest.mark.parametrize(
    ("yy", "year"), [(0, 2000), (24, 2024), (68, 2068), (69, 1969), (99, 1999)]
)
def test_the_pivot(yy, year):
    assert vocab.full_year(yy) == year
    assert vocab.year_as_printed(f"{yy:02d}") == year


def test_one_rule_for_the_table_heads_and_the_vocabulary():
    assert short_years.full_year is vocab.full_year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FY24", (2024, "FY24")),
        ("FY 2024", (2024, "FY 2024")),
        ("FY99", (1999, "FY99")),
        ("FY99/00", (2000, "FY99/00")),  # the year crossing the century ends in 2000
        ("FY98/99", (1999, "FY98/99")),
        ("FY23/25", None),
    ],
)
def test_a_fiscal_year_named_by_its_end(text, expected):
    assert vocab.fiscal_year_end(text) == expected


@pytest.mark.parametrize(
    ("head", "period"),
    [
        ("31/03/99", "1998/99"),  # a snapshot in March closes the financial year
        ("30/09/99", "1999/00"),
        ("31/03/24", "2023/24"),
        ("Mar 99", "1998/99"),
        ("Sept 05", "2005/06"),
        ("FY99/00", "1999/00"),
    ],
)
def test_a_cells_two_digit_year(head, period):
    p = parse_period(head)
    assert p is not None and p.period == period


def test_a_sentences_dates_and_windows():
    times = _times("At 31/03/99 the share was 4.1%; over 2021/22 to 2022/23 it rose.")
    assert [(t.kind, t.year) for t in times] == [("month", 1998), ("fy", 2022)]
    window = _times("between 2021-22 and 2022-23")  # the short end of a window
    assert [(t.kind, t.year) for t in window] == [("fy", 2022)]


@pytest.mark.parametrize(
    ("text", "day"),
    [("14/06/99", date(1999, 6, 14)), ("3 May 05", date(2005, 5, 3)), ("1/2/00", date(2000, 2, 1))],
)
def test_a_letters_two_digit_year(text, day):
    assert [d for _, d in dates.find_dates(f"Dated {text}.")] == [day]
