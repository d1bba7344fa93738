"""The trust's figures listed after a sentence that named the groups, and a level said in
the first person (parsers/wres/narrative_own_lists.py), in sentences of our own for
fictional trusts:

- a comparator's figures for two groups, then "we had a% and b%": ours, in the groups
  the sentence before named, in its order, dated by its date;
- our figures first, then last year's "our figures were a% and b% respectively, where
  the national averages were ...": ours read, the comparators' not;
- "the regional figures were x% and y%, and ours a% and b%": the clause marked as ours;
- "we stood at 1.21, against 1.40 nationally" under an indicator's heading: our
  relative likelihood, its group the WRES definition's;
- and what stays unread: a list longer than the groups, a list naming a group of its
  own, a list that is not marked as ours, a list after a sentence with two dates, a
  first-person level with no heading or sentence before to settle the indicator.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.model import Extracted, TextBlock
from parsers.wres.narrative import parse_narrative
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, likelihood, percentage

TITLE = "Race equality in our workforce 2022/23"


def read(*paragraphs: str, title: str = TITLE) -> set[tuple]:
    """{(indicator, group, period, value)} the narrative reader takes from the
    paragraphs; a paragraph opening '# ' is a heading."""
    items = [
        TextBlock(p[2:], style="heading") if p.startswith("# ") else TextBlock(p)
        for p in paragraphs
    ]
    doc = Extracted(items=items, format="text", title=title)
    metrics, _ = parse_narrative(doc)
    return {(m.indicator, m.ethnic_group, m.period, m.value) for m in metrics}


def test_a_list_after_the_comparators_takes_their_groups_and_date():
    got = read(
        "Across the region, 30.6% of ethnic minority staff and 25.9% of White staff said "
        "they had faced abuse from patients in the 2022 staff survey. We had 33.4% and 24.7%."
    )
    assert got == {(5, "BME", "2022/23", 33.4), (5, "White", "2022/23", 24.7)}


def test_the_lists_own_date_dates_it():
    got = read(
        "# Indicator 6: bullying from colleagues",
        "Across the region, 30.6% of ethnic minority staff and 25.9% of White staff "
        "reported it in the 2022 staff survey. Here we had 33.4% and 24.7%. In the 2021 "
        "survey the regional figures were 29.8% and 25.0%, and ours 31.5% and 23.9%.",
    )
    assert got == {
        (6, "BME", "2022/23", 33.4),
        (6, "White", "2022/23", 24.7),
        (6, "BME", "2021/22", 31.5),
        (6, "White", "2021/22", 23.9),
    }


def test_our_figures_respectively_before_the_national_averages():
    got = read(
        "# Indicator 7: equal opportunities for career progression",
        "In the 2022 staff survey 41.0% of our White colleagues believed we offer equal "
        "opportunities, against a national average of 44.2%; for our Black and minority "
        "ethnic colleagues the figure was 36.3% (national average 38.9%). In the 2021 survey "
        "our figures were 42.5% and 35.0% respectively, where the national averages were "
        "45.1% and 39.6%.",
    )
    assert got == {
        (7, "White", "2022/23", 41.0),
        (7, "BME", "2022/23", 36.3),
        (7, "White", "2021/22", 42.5),
        (7, "BME", "2021/22", 35.0),
    }


def test_a_first_person_level_under_the_indicators_heading():
    got = read(
        "# Indicator 4: access to non-mandatory training",
        "In 2021/22 we stood at 1.21, against 1.40 nationally.",
    )
    assert got == {(4, "White", "2021/22", 1.21)}


def test_a_first_person_level_after_the_sentence_on_the_ratio():
    got = read(
        "In 2022/23 ethnic minority staff here were 1.33 times as likely as White staff to "
        "enter a formal disciplinary process; across England the figure was 1.12. In "
        "2021/22 we stood at 1.46 against 1.14 nationally."
    )
    assert got == {(3, "BME", "2022/23", 1.33), (3, "BME", "2021/22", 1.46)}


def test_a_first_person_level_with_the_indicator_unsettled_is_not_read():
    assert read("In 2021/22 we stood at 1.21, against 1.40 nationally.") == set()


NATIONAL_FIRST = (
    "Across the region, 30.6% of ethnic minority staff and 25.9% of White staff said they "
    "had faced abuse from patients in the 2022 staff survey. "
)


@pytest.mark.parametrize(
    "then",
    [
        "We had 33.4%, 24.7% and 29.0%.",  # three figures, two groups
        "We had 33.4% and White staff 24.7%.",  # a group named in the list's clause
        "In the 2021 survey the figures were 29.8% and 25.0%.",  # not marked as ours
        "Nationally we saw 29.8% and 25.0%.",  # a comparator's word after ours
    ],
)
def test_lists_that_are_not_the_groups_in_turn_are_not_read(then):
    got = read(NATIONAL_FIRST + then)
    assert not {x for x in got if x[3] in (33.4, 24.7, 29.0, 29.8, 25.0)} - {
        (5, "White", "2022/23", 24.7)  # "White staff 24.7%": its own group, read as such
    }


def test_a_list_after_a_sentence_with_two_dates_is_not_read():
    got = read(
        "Across the region, 30.6% of ethnic minority staff and 25.9% of White staff said "
        "they had faced abuse from patients in the 2022 staff survey, up from the 2021 "
        "staff survey. We had 33.4% and 24.7%."
    )
    assert got == set()


def test_a_list_in_another_paragraph_is_not_read():
    assert read(NATIONAL_FIRST, "We had 33.4% and 24.7%.") == set()


PAGE = [
    H("Thornbury Vale NHS Trust: race equality report 2022/23"),
    H("Indicator 2: shortlisting"),
    P(
        "In 2022/23 White applicants to us were 1.18 times as likely as ethnic minority "
        "applicants to be appointed from shortlisting; across England the ratio was 1.46. "
        "In 2021/22 we stood at 1.29 against 1.51 nationally."
    ),
    H("Indicator 8: discrimination from colleagues"),
    P(
        "Across England, 17.2% of ethnic minority staff and 8.8% of White staff said they "
        "had been discriminated against by a manager or colleague in the 2022 staff survey. "
        "Here we recorded 15.0% and 7.1%. In the 2021 survey the national figures were 16.9% "
        "and 8.6%, and ours 15.8% and 7.6%."
    ),
]
PAGE_TRUTH = [
    likelihood(2, "White", "2022/23", 1.18),
    likelihood(2, "White", "2021/22", 1.29),
    percentage(8, "BME", "2022/23", 15.0),
    percentage(8, "White", "2022/23", 7.1),
    percentage(8, "BME", "2021/22", 15.8),
    percentage(8, "White", "2021/22", 7.6),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_printed_page_of_figures_beside_comparators(fmt):
    data, name = render(PAGE, fmt, title=PAGE[0].text, site="thornbury")
    report, _ = parse_wres(extract(data, filename=name))
    assert_exact(report, PAGE_TRUTH)
