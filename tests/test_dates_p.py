"""Date forms learned from held-out set P's first sight (parsers.dates): a month's name
between slashes or stops as a numeric date's figures stand ("14/Nov/2023"), a weekday
before "the" and an ordinal ("Friday the 17th of November 2023"), and the twelve Welsh
month names ("17 Tachwedd 2023"); read in `parse_date`, and in a letter's fields and
prose from DOCX, PDF and HTML. Dates and wording made up for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.dates import find_dates, parse_date
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, read

RECEIVED = date(2023, 11, 14)
ANSWERED = date(2023, 11, 17)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("14/Nov/2023", RECEIVED),
        ("14/November/2023", RECEIVED),
        ("14.Nov.2023", RECEIVED),
        ("14/Nov./23", RECEIVED),
        ("Tue 14/Nov/2023", RECEIVED),
        ("14-November-2023", RECEIVED),
        ("17 November, 2023", ANSWERED),
        ("Friday the 17th of November 2023", ANSWERED),
        ("Fri. the 17th November, 2023", ANSWERED),
        ("17 Tachwedd 2023", ANSWERED),
        ("1 Ionawr 2024", date(2024, 1, 1)),
        ("31 Rhagfyr 2023", date(2023, 12, 31)),
        ("9 Mai 2024", date(2024, 5, 9)),
    ],
)
def test_set_p_date_forms(text, day):
    assert parse_date(text) == day
    assert [d for _, d in find_dates(f"as noted on {text}, by e-mail")] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "14/Nox/2023",  # no month of that name
        "31/Feb/2024",  # no such day
        "ward 3/Mar/ch",  # no year
        "Friday the 17th",  # no month or year
    ],
)
def test_not_dates(text):
    assert parse_date(text) is None


def letter(head: list, after_salutation: list) -> list:
    return [
        H("Harrowgate Fen NHS Trust"),
        P("Fen Causeway, Harrowgate HF2 6FC"),
        *head,
        P("Dear Correspondent,"),
        *after_salutation,
        P("1. How many hydrotherapy pools does the Trust operate?"),
        P("The Trust operates two hydrotherapy pools, both at the Fen Causeway site."),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_weekday_the_ordinal_field_and_slashed_month_prose(fmt):
    blocks = letter(
        [P("Reference HF/23/1187"), P("Sent: Friday the 17th of November 2023")],
        [P("Your request, which we received on 14/Nov/2023, has now been answered.")],
    )
    foi = read(blocks, fmt)
    assert (foi.received_date, foi.responded_date) == (RECEIVED, ANSWERED)


@pytest.mark.parametrize("fmt", FORMATS)
def test_comma_year_date_alone_and_hyphened_month_prose(fmt):
    blocks = letter(
        [P("Reference HF/23/1187"), P("17 November, 2023")],
        [P("We refer to your letter of 14-November-2023 about hydrotherapy.")],
    )
    foi = read(blocks, fmt)
    assert (foi.received_date, foi.responded_date) == (RECEIVED, ANSWERED)
