"""Sentences joining two indicators, and last year's pair in one bracket
(parsers/wres/narrative_joined.py, narrative_respective.py's bracketed list,
narrative_previous.bracketed_survey_year), in sentences of our own for fictional trusts:

- two ratios in one sentence, each clause bound to its own indicator's words, the
  sentence's opening date dating both;
- two survey indicators in one sentence, the second's figures after "and ... by
  <source>" (the predicate said once), taking the first clause's groups in turn;
- last year's two figures in one bracket, "(2021: x% and y%)", in the order the
  sentence named the groups, a bare year the survey of the year before;
- and what stays unread: a clause whose ratio names no group, a bracket longer than the
  groups, a bracket year that is not the year before.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.model import Extracted, TextBlock
from parsers.wres.narrative import parse_narrative
from parsers.wres.narrative_joined import joined_clauses
from parsers.wres.parse import parse_wres
from parsers.wres.skipped import Skipped
from tests.wres_docs import assert_exact, likelihood, percentage

TITLE = "Race equality in our workforce 2022/23"


def read(*paragraphs: str, title: str = TITLE) -> tuple[set[tuple], list[Skipped]]:
    """{(indicator, group, period, value)} the narrative reader takes from the
    paragraphs, and what it counted for review."""
    doc = Extracted(items=[TextBlock(p) for p in paragraphs], format="text", title=title)
    skipped: list[Skipped] = []
    metrics, _ = parse_narrative(doc, skipped=skipped)
    return {(m.indicator, m.ethnic_group, m.period, m.value) for m in metrics}, skipped


def test_two_ratios_each_bound_to_its_own_clause():
    got, _ = read(
        "Ethnic minority staff were 1.27 times as likely as White staff to face a formal "
        "disciplinary investigation (2021/22: 1.42); and White staff 1.08 times as likely as "
        "ethnic minority staff to receive funded CPD (2021/22: 0.97)."
    )
    assert got == {
        (3, "BME", "2022/23", 1.27),
        (3, "BME", "2021/22", 1.42),
        (4, "White", "2022/23", 1.08),
        (4, "White", "2021/22", 0.97),
    }


def test_the_opening_date_dates_every_clause_over_the_reports_year():
    got, _ = read(
        "During 2021/22, ethnic minority staff were 1.31 times as likely as White staff to "
        "enter a formal disciplinary process, while White staff were 1.05 times as likely as "
        "ethnic minority staff to access non-mandatory training.",
        title="Race equality report 2024",
    )
    assert got == {(3, "BME", "2021/22", 1.31), (4, "White", "2021/22", 1.05)}


def test_the_predicate_said_once_the_second_source_its_indicator():
    got, _ = read(
        "In the 2022 staff survey, 27.4% of ethnic minority colleagues and 23.1% of White "
        "colleagues said they had been bullied or abused by patients or service users "
        "(2021 survey: 28.0% and 24.5%), and 21.9% and 17.6% by managers (2021: 22.3% and "
        "18.0%)."
    )
    assert got == {
        (5, "BME", "2022/23", 27.4),
        (5, "White", "2022/23", 23.1),
        (5, "BME", "2021/22", 28.0),
        (5, "White", "2021/22", 24.5),
        (6, "BME", "2022/23", 21.9),
        (6, "White", "2022/23", 17.6),
        (6, "BME", "2021/22", 22.3),
        (6, "White", "2021/22", 18.0),
    }


def test_last_years_pair_in_one_bracket_in_the_groups_order():
    # the groups named White first: the bracket's figures are White's, then BME's
    got, _ = read(
        "Among White colleagues 55.0% thought we offer equal opportunities for promotion, "
        "as against 40.3% of ethnic minority colleagues (2021: 56.2% and 38.8%)."
    )
    assert got == {
        (7, "White", "2022/23", 55.0),
        (7, "BME", "2022/23", 40.3),
        (7, "White", "2021/22", 56.2),
        (7, "BME", "2021/22", 38.8),
    }


def test_a_clause_whose_ratio_names_no_group_is_not_read():
    # "and 1.12 times as likely ...": whose likelihood is left unsaid
    got, skipped = read(
        "White applicants were 1.30 times as likely as BME applicants to be appointed from "
        "shortlisting, and 1.12 times as likely to access non-mandatory training."
    )
    assert got == {(2, "White", "2022/23", 1.30)}
    assert any("groups not settled" in s.why for s in skipped)


def test_a_bracket_longer_than_the_groups_is_nobodys():
    got, _ = read(
        "Of ethnic minority colleagues 40.3% thought we offer equal opportunities for "
        "promotion, against 55.0% of White colleagues (2021: 38.8%, 56.2% and 4.9%)."
    )
    assert got == {(7, "BME", "2022/23", 40.3), (7, "White", "2022/23", 55.0)}


def test_a_bracket_year_other_than_the_year_before_stays_unsettled():
    # read as a survey year, 2020 is two years back; as a WRES year, three: unsure
    got, skipped = read(
        "Of ethnic minority colleagues 40.3% thought we offer equal opportunities for "
        "promotion, against 55.0% of White colleagues (2020: 38.8% and 56.2%)."
    )
    assert got == {(7, "BME", "2022/23", 40.3), (7, "White", "2022/23", 55.0)}
    assert {s.value for s in skipped if s.why == "period not settled"} == {38.8, 56.2}


def test_clauses_that_do_not_part_the_indicators_are_not_split():
    # the second clause names an indicator but holds no figure of its own
    s = (
        "BME staff were 1.25 times as likely to enter the disciplinary process, and less "
        "likely to be appointed from shortlisting."
    )
    assert joined_clauses(s, {2, 3}) is None
    got, _ = read(s)
    assert got == set()


PAGE = [
    H("Harrowdene Community NHS Trust"),
    H("Annual report 2022/23: our people"),
    H("Race equality"),
    P(
        "White candidates were 1.22 times as likely as ethnic minority candidates to be "
        "appointed after shortlisting (2021/22: 1.35). Ethnic minority staff were 1.27 times "
        "as likely as White staff to face a formal disciplinary investigation (2021/22: "
        "1.42); and White staff 1.08 times as likely as ethnic minority staff to receive "
        "funded CPD (2021/22: 0.97)."
    ),
    P(
        "In the 2022 staff survey, 27.4% of ethnic minority colleagues and 23.1% of White "
        "colleagues said they had been bullied or abused by patients or service users "
        "(2021 survey: 28.0% and 24.5%), and 21.9% and 17.6% by managers (2021: 22.3% and "
        "18.0%)."
    ),
    P(
        "Of ethnic minority colleagues 40.3% thought we offer equal opportunities for "
        "promotion, against 55.0% of White colleagues (2021: 38.8% and 56.2%)."
    ),
]
PAGE_TRUTH = [
    likelihood(2, "White", "2022/23", 1.22),
    likelihood(2, "White", "2021/22", 1.35),
    likelihood(3, "BME", "2022/23", 1.27),
    likelihood(3, "BME", "2021/22", 1.42),
    likelihood(4, "White", "2022/23", 1.08),
    likelihood(4, "White", "2021/22", 0.97),
    percentage(5, "BME", "2022/23", 27.4),
    percentage(5, "White", "2022/23", 23.1),
    percentage(5, "BME", "2021/22", 28.0),
    percentage(5, "White", "2021/22", 24.5),
    percentage(6, "BME", "2022/23", 21.9),
    percentage(6, "White", "2022/23", 17.6),
    percentage(6, "BME", "2021/22", 22.3),
    percentage(6, "White", "2021/22", 18.0),
    percentage(7, "BME", "2022/23", 40.3),
    percentage(7, "White", "2022/23", 55.0),
    percentage(7, "BME", "2021/22", 38.8),
    percentage(7, "White", "2021/22", 56.2),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_printed_page_of_joined_sentences(fmt):
    data, name = render(PAGE, fmt, title=PAGE[0].text, site="harrowdene")
    report, _ = parse_wres(extract(data, filename=name))
    assert_exact(report, PAGE_TRUTH)
