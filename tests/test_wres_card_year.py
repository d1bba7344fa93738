"""The data year of a dashboard card (parsers/wres/card_year.py, parsers/wres/cards.py),
in documents built here for fictional trusts, in words and figures of our own, printed
to HTML, PDF and DOCX:

- cards under a heading that is only the standard's name and a year take that year,
  where the report's title states none; two such headings date the cards under each;
- a card whose own title names its survey year keeps it, whatever the report's year;
- cards with no year anywhere are not read (nor guessed by another reader): their
  figures are counted for review.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.wres.card_year import card_period, title_period
from parsers.wres.cards import read_cards
from parsers.wres.parse import parse_wres
from parsers.wres.skipped import UNSETTLED
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


def _card(title: str, entries: list[tuple[str, str, str]]) -> list:
    """A card printed as a heading and its lines: (label, this year, last year)."""
    out = [H(title)]
    for label, now, before in entries:
        arrow = "\u25b2" if float(now.rstrip("%")) > float(before.rstrip("%")) else "\u25bc"
        out += [P(f"{label}: {now} {arrow}"), P(f"Prior year: {before}")]
    return out


GREEN_CARDS = [
    *_card(
        "Indicator 7 \u2013 Belief the organisation offers fair career progression",
        [
            ("Minority ethnic respondents", "48.2%", "45.9%"),
            ("White respondents", "57.1%", "58.3%"),
        ],
    ),
    *_card(
        "Indicator 4 \u2013 Accessing non-mandatory training",
        [("Likelihood ratio", "0.92", "1.07")],
    ),
]


INTRO = [
    "This dashboard sets out how staff from different ethnic backgrounds experience work here.",
    "It is refreshed once a year after the national data collection closes.",
    "Figures come from our electronic staff record and the annual staff survey.",
    "The people committee reviews the dashboard before the board sees it.",
    "Colleague networks helped us choose how to show the figures.",
    "A downward arrow shows a lower figure than the year before.",
    "An upward arrow shows a higher figure than the year before.",
    "Lower figures are better for some measures and worse for others.",
    "Small numbers are rounded so that no colleague can be identified.",
    "Questions about the dashboard can go to the inclusion team.",
    "A plain text version is available on request.",
    "Our action plan responds to what the figures show.",
    "Progress on that plan is reported every quarter.",
    "The panels below give the figures themselves.",
]


def _under_report_year_heading() -> list:
    # the report's title states no year, and the report-year heading comes after a long
    # introduction: it dates the cards below it, not the title
    return [
        H("Thornbury Fields Mental Health NHS Trust"),
        H("Race equality dashboard"),
        *(P(text) for text in INTRO),
        H("Workforce Race Equality Standard 2022"),
        *GREEN_CARDS,
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_cards_take_the_report_year_heading_above_them(fmt):
    report, _warnings = read(_under_report_year_heading(), fmt)
    exactly(
        report,
        [
            percentage(7, "BME", "2021/22", 48.2),
            percentage(7, "BME", "2020/21", 45.9),
            percentage(7, "White", "2021/22", 57.1),
            percentage(7, "White", "2020/21", 58.3),
            likelihood(4, "White", "2021/22", 0.92),
            likelihood(4, "White", "2020/21", 1.07),
        ],
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_report_years_date_the_cards_under_each(fmt):
    blocks = [
        H("Kestrel Moor Community NHS Trust"),
        H("Our race equality panels"),
        H("WRES 2025"),
        *_card(
            "Indicator 8 - Discrimination from a manager or colleague",
            [("BME staff", "11.3%", "12.8%")],
        ),
        H("WRES 2024"),
        *_card(
            "Indicator 8 - Discrimination from a manager or colleague",
            [("BME staff", "12.8%", "14.0%")],
        ),
    ]
    report, _warnings = read(blocks, fmt)
    # each card's prior year is the year before its own: the 2024 card's current
    # figure is the 2025 card's prior one
    exactly(
        report,
        [
            percentage(8, "BME", "2024/25", 11.3),
            percentage(8, "BME", "2023/24", 12.8),
            percentage(8, "BME", "2022/23", 14.0),
        ],
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_card_titled_with_its_survey_year_keeps_it(fmt):
    blocks = [
        H("Saltings Bay NHS Foundation Trust: WRES 2025"),
        P("Figures are shown against the previous survey."),
        *_card(
            "Indicator 6 - Bullying or abuse from other staff (2022 NHS Staff Survey)",
            [("White staff", "19.4%", "21.0%")],
        ),
    ]
    report, _warnings = read(blocks, fmt)
    exactly(
        report, [percentage(6, "White", "2022/23", 19.4), percentage(6, "White", "2021/22", 21.0)]
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_cards_with_no_year_are_counted_for_review_not_guessed(fmt):
    blocks = [
        H("Fernleigh Hospitals NHS Trust"),
        H("Race equality at a glance"),
        P("The panels compare where we are now with where we were."),
        *_card(
            "Indicator 1 - Ethnic minority staff in the workforce",
            [("Ethnic minority staff", "23.5%", "21.9%")],
        ),
    ]
    report, warnings = read(blocks, fmt)
    assert not {m.value for m in report.metrics} & {23.5, 21.9}
    assert any(w.startswith(UNSETTLED) and "2 figure(s)" in w for w in warnings), warnings


def test_a_card_is_dated_by_its_title_before_the_report():
    # a time the title names and that settles
    assert title_period("Indicator 3 - Formal disciplinary, 2021/22", 3) == "2021/22"
    assert title_period("Indicator 9 (WRES 2023)", 9) == "2022/23"
    assert card_period("Indicator 5 - Abuse from the public (2021 staff survey)", 5, "2024/25") == (
        "2021/22"
    )
    # a bare year on a survey indicator's card could be either: not settled
    assert card_period("Indicator 5 - Abuse from the public 2021", 5, "2024/25") is None
    # no time in the title: the report's
    assert card_period("Indicator 2 - Shortlisting", 2, "2020/21") == "2020/21"
    assert card_period("Indicator 2 - Shortlisting", 2, None) is None


def test_an_undated_cards_lines_are_claimed_and_its_figures_skipped():
    doc = Extracted(
        items=[
            TextBlock("Gorse Hill NHS Trust dashboard", page=1, style="heading"),
            TextBlock("Indicator 2 - Appointment from shortlisting", page=1, style="heading"),
            TextBlock("Relative likelihood: 1.42", page=1),
            TextBlock("The year before: 1.55", page=1),
        ],
        pages=1,
        format="html",
    )
    metrics, claimed, skipped = read_cards(doc)
    assert metrics == []
    assert claimed == {"Relative likelihood: 1.42", "The year before: 1.55"}
    assert sorted(s.value for s in skipped) == [1.42, 1.55]


def test_a_report_year_heading_dates_cards_in_a_grid():
    doc = Extracted(
        items=[
            TextBlock("Gorse Hill NHS Trust dashboard", page=1, style="heading"),
            TextBlock("WRES 2021", page=1, style="heading"),
        ],
        pages=1,
        format="html",
    )
    doc.items.append(
        Table(
            rows=[["Indicator 2 - Appointment from shortlisting\nRatio: 1.42\nLast year: 1.55"]],
            page=1,
        )
    )
    metrics, _claimed, skipped = read_cards(doc)
    got = {(m.period, m.value) for m in metrics}
    assert got == {("2020/21", 1.42), ("2019/20", 1.55)} and not skipped
