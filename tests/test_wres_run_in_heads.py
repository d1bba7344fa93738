"""A narrative report, a paragraph an indicator, each opened by a bold run-in head in the
same paragraph ("**Indicator 6 – bullying from colleagues.** 28.3% of BME colleagues
..."), printed to HTML, PDF and DOCX by set P's renderer. The sentences after the
heads are built the way such reports word them:

- two clauses of a group's figure each, the first dated by one time, the second after
  a comma and a comparison (", compared with ...", ", against ...") by another: each
  clause's time dates its own figures (parsers/wres/narrative_times.py);
- a share of a body named before its group ("25.0% of the board's voting members
  were from BME backgrounds"): the group after the body's verb is the figure's
  (parsers/wres/narrative_bind.py).

A made-up trust, in words of our own; every figure must be found with its key and
nothing else (a national average beside the trust's is not the trust's).
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, percentage, truth_row

PARAGRAPHS = [
    "**Indicator 1 – who works for us.** 19.5% of our people at 31 March 2024 were BME "
    "and 77.0% were White, against 18.2% and 78.9% at 31 March 2023.",
    "**Indicator 5 – abuse from patients and the public.** 30.2% of BME colleagues and "
    "25.1% of White colleagues reported it in the 2023 survey, against a national "
    "average of 28.8% in 2023.",
    "**Indicator 6 – bullying from colleagues.** 28.3% of BME colleagues and 22.9% of "
    "White colleagues said this had happened to them in the 2023 survey, compared with "
    "29.5% of BME colleagues and 23.4% of White colleagues in the 2022 survey.",
    "**Indicator 9 – board membership.** At 31 March 2024, 25.0% of the board's voting "
    "members were from BME backgrounds and 75.0% were White; at 31 March 2023, 16.7% "
    "were BME and 83.3% White.",
]


def _blocks() -> list:
    return [
        H("Fenwick Ridge Mental Health NHS Trust"),
        H("Workforce Race Equality Standard: what our 2023/24 data shows"),
        P(
            "This report sets our figures for 2023/24 beside those for 2022/23. The staff "
            "survey figures are those of the NHS Staff Survey held each autumn."
        ),
        *(P(text) for text in PARAGRAPHS),
        P("Our plan for the year ahead is published with this report."),
    ]


def _truth() -> list[dict]:
    def share(ind, sg, group, period, v):
        return truth_row(ind, "percentage", sg, None, group, period, v)

    return [
        share(1, "overall", "BME", "2023/24", 19.5),
        share(1, "overall", "White", "2023/24", 77.0),
        share(1, "overall", "BME", "2022/23", 18.2),
        share(1, "overall", "White", "2022/23", 78.9),
        percentage(5, "BME", "2023/24", 30.2),
        percentage(5, "White", "2023/24", 25.1),
        percentage(6, "BME", "2023/24", 28.3),
        percentage(6, "White", "2023/24", 22.9),
        percentage(6, "BME", "2022/23", 29.5),
        percentage(6, "White", "2022/23", 23.4),
        share(9, "board_voting", "BME", "2023/24", 25.0),
        share(9, "board_voting", "White", "2023/24", 75.0),
        share(9, "board_voting", "BME", "2022/23", 16.7),
        share(9, "board_voting", "White", "2022/23", 83.3),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_run_in_paragraphs_read_every_figure(fmt):
    data, name = render(_blocks(), fmt)
    report, _warnings = parse_wres(extract(data, filename=name))
    assert_exact(report, _truth())
