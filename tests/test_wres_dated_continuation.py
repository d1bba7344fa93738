"""A summary page's finding with this year's figures, then a line labelled by another
time alone ("2023 staff survey: 33.4% BME, 28.1% White.", "2023/24: 1.61.") that
restates it for that time (parsers/wres/dated_continuation.py); each figure printed
before its group inside the finding's bracket, which a PDF may wrap onto a line of its
own; "an increasing proportion of the workforce (16.4% ...)" a level, not a change. Documents
built here for a fictional trust, printed to HTML, PDF and DOCX."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.dated_continuation import continues_paragraph, is_time_label
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, likelihood, percentage, truth_row

TRUST = "Holloway Fen Community NHS Trust"


def _doc() -> list:
    return [
        H(TRUST),
        H("Race equality in brief, 2024/25"),
        P(
            "**An increasing proportion of the workforce** (16.4% BME, 81.0% White, at 31 March 2025)."
        ),
        P("At 31 March 2024: 15.1% BME, 82.3% White. Better than the year before."),
        P(
            "**White candidates more likely to be appointed once shortlisted: 1.52 times as "
            "likely as BME candidates** (2024/25)."
        ),
        P("2023/24: 1.61. Better than the year before."),
        P(
            "**Abuse, bullying or harassment from patients, their relatives or members of "
            "the public reported more often by BME staff than by White staff in our "
            "hospitals and community teams** (31.0% BME, 27.5% White, 2024 staff survey)."
        ),
        P("2023 staff survey: 33.4% BME, 28.1% White. Much the same as the year before."),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_dated_line_restates_the_finding_above(fmt):
    data, name = render(_doc(), fmt, title=TRUST, site="holloway")
    report, _w = parse_wres(extract(data, filename=name))

    def share(g, p, v):
        return truth_row(1, "percentage", "overall", None, g, p, v)

    assert_exact(
        report,
        [
            share("BME", "2024/25", 16.4),
            share("White", "2024/25", 81.0),
            share("BME", "2023/24", 15.1),
            share("White", "2023/24", 82.3),
            likelihood(2, "White", "2024/25", 1.52),
            likelihood(2, "White", "2023/24", 1.61),
            percentage(5, "BME", "2024/25", 31.0),
            percentage(5, "White", "2024/25", 27.5),
            percentage(5, "BME", "2023/24", 33.4),
            percentage(5, "White", "2023/24", 28.1),
        ],
    )


def test_only_a_label_of_time_alone_continues():
    assert continues_paragraph("2023 staff survey: 33.4% BME, 28.1% White.")
    assert continues_paragraph("As at 31 March 2024: 15.1% BME.")
    assert not continues_paragraph("2023/24: harassment from colleagues 22.0% BME.")
    assert not continues_paragraph("In 2023/24 we saw 15.1% BME.")  # no label
    assert not continues_paragraph("Last year: 15.1% BME.")  # no date of its own
    assert is_time_label("2023/24: ")
    assert not is_time_label("2023/24: it was ")
