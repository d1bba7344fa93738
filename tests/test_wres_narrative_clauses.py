"""Sentences whose figures are keyed by their clauses (parsers/wres/narrative_clauses.py,
narrative_clause_dates.py, and the ratio pair and "times the chance of" readings of
narrative_measure / narrative_refer), in a report built here for a fictional trust, in
words and figures of our own, printed to HTML, PDF and DOCX:

- a date closing its figure's clause, the next clause's figure dated by its own;
- a ratio named by its pair of groups ("the ratio of BME to White ...") keyed to the
  pair's first group, whatever the definition's default;
- a likelihood "x times the chance of" a group: the group is the comparator;
- a clause restating the clause before for another time ("; the 2021 survey recorded
  x and y"): its figures are that clause's groups in turn;
- a sentence's one absolute date dating a later clause's figure, and "(previously x)"
  the year before it;
- a group's figure for another time right after it ("x% ... in 2021/22 and y% in
  2020/21");
- "the same from <source>" after a sentence on harassment: the source's indicator.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, likelihood, percentage, truth_row

BLOCKS = [
    H("Eskdale Green Partnership NHS Trust"),
    H("Our progress on race equality"),
    P("This account is written for colleagues and the public; the tables are on our website."),
    H("Our people"),
    P(
        "Ethnic minority staff made up 22.0% of the workforce at 31 March 2022, and twelve "
        "months before the share was 20.5%; White staff accounted for 74.1% (previously 76.0%)."
    ),
    P(
        "After shortlisting, an ethnic minority candidate had 0.82 times the chance of a White "
        "candidate of being appointed during 2021/22, an improvement from 0.74 over 2020/21."
    ),
    P(
        "The ratio of BME to White access to funded courses and CPD was 0.93 during 2021/22 "
        "and 0.88 during 2020/21."
    ),
    H("Survey results"),
    P(
        "In the 2021/22 survey, 31.5% of ethnic minority staff reported discrimination from a "
        "manager, compared with 9.9% of White staff; the 2020/21 survey recorded 33.0% and 10.4%."
    ),
    P(
        "In the 2021/22 survey, 28.0% of ethnic minority staff said patients or the public "
        "had harassed them, against 24.0% of White staff."
    ),
    P(
        "In the 2021/22 survey, 30.2% of ethnic minority staff reported the same from "
        "managers and team leaders, against 22.5% of White staff."
    ),
    H("Leadership"),
    P(
        "Of our voting board members, 20.0% were from an ethnic minority background in 2021/22 "
        "and 16.7% in 2020/21."
    ),
]

TRUTH = [
    truth_row(1, "percentage", "overall", None, "BME", "2021/22", 22.0),
    truth_row(1, "percentage", "overall", None, "BME", "2020/21", 20.5),
    truth_row(1, "percentage", "overall", None, "White", "2021/22", 74.1),
    truth_row(1, "percentage", "overall", None, "White", "2020/21", 76.0),
    likelihood(2, "BME", "2021/22", 0.82),
    likelihood(2, "BME", "2020/21", 0.74),
    likelihood(4, "BME", "2021/22", 0.93),
    likelihood(4, "BME", "2020/21", 0.88),
    percentage(8, "BME", "2021/22", 31.5),
    percentage(8, "White", "2021/22", 9.9),
    percentage(8, "BME", "2020/21", 33.0),
    percentage(8, "White", "2020/21", 10.4),
    percentage(5, "BME", "2021/22", 28.0),
    percentage(5, "White", "2021/22", 24.0),
    # "the same from managers" after a sentence on bullying by the public: indicator 6
    percentage(6, "BME", "2021/22", 30.2),
    percentage(6, "White", "2021/22", 22.5),
    truth_row(9, "percentage", "board_voting", None, "BME", "2021/22", 20.0),
    truth_row(9, "percentage", "board_voting", None, "BME", "2020/21", 16.7),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_figures_keyed_by_their_clauses(fmt):
    data, name = render(BLOCKS, fmt)
    report, _ = parse_wres(extract(data, filename=name))
    assert_exact(report, TRUTH)


def test_a_date_in_brackets_labels_only_its_own_figure():
    # "(2021: 16.0%)" dates the bracketed figure alone: the sentence's other figures
    # are not given its year
    blocks = [
        H("Eskdale Green Partnership NHS Trust"),
        H("Workforce Race Equality Standard 2023"),
        H("2022 NHS Staff Survey"),
        P(
            "Reports of discrimination from a manager among ethnic minority staff fell to "
            "13.0% (2021: 16.0%); for White staff the figure was 5.5% (2021: 6.1%)."
        ),
    ]
    data, name = render(blocks, "docx")
    report, _ = parse_wres(extract(data, filename=name))
    got = {(m.ethnic_group, m.period): m.value for m in report.metrics}
    assert got.get(("BME", "2021/22")) in (None, 16.0)
    assert got.get(("White", "2021/22")) in (None, 6.1)
