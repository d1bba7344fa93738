"""A year-on-year commentary (parsers/wres/narrative_previous.py, narrative_from_to.py,
narrative_sentence.py, narrative_times.py): a level "to y, from x" after the change's
size ("went up by 0.8 points in the year, to y, from x"), the group's name spelt out
then abbreviated in brackets counted once; a level moving "from x to y" in a sentence
naming no time (x the year before's); a figure that did not move printed once
("unchanged at 1.12", "the same as last year, 21.0%"), the level of both years.
Documents built here for a fictional trust, printed to HTML, PDF and DOCX."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, likelihood, percentage, truth_row

TRUST = "Kinlochard Hospitals NHS Trust"


def _doc() -> list:
    return [
        H(TRUST),
        H("WRES 2024/25: the year in review"),
        P(
            "We set each indicator beside last year's. Workforce figures are at 31 March "
            "2025 and 31 March 2024; survey figures are from the 2024 and 2023 surveys."
        ),
        H("Indicator 1: Our workforce"),
        P(
            "The proportion of our workforce from Black and minority ethnic (BME) "
            "backgrounds went up by 0.8 points in the year, to 14.6%, from 13.8%."
        ),
        H("Indicator 3: Formal disciplinary process"),
        P(
            "BME staff were 1.12 times as likely as White staff to enter the formal "
            "disciplinary process; the relative likelihood is unchanged at 1.12."
        ),
        H("Indicator 5: Abuse from patients and the public"),
        P(
            "Harassment, bullying or abuse from patients, relatives or the public: for BME "
            "staff the figure is the same as last year, 21.0%."
        ),
        H("Indicator 8: Discrimination"),
        P(
            "Discrimination from a manager, team leader or colleague was reported by 9.9% "
            "of BME staff in the 2024 survey, against 10.4% in the 2023 survey. The White "
            "staff figure eased from 5.2% to 4.7%."
        ),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_year_on_year_commentary(fmt):
    data, name = render(_doc(), fmt, title=TRUST, site="kinlochard")
    report, _w = parse_wres(extract(data, filename=name))

    def share(g, p, v):
        return truth_row(1, "percentage", "overall", None, g, p, v)

    assert_exact(
        report,
        [
            share("BME", "2024/25", 14.6),
            share("BME", "2023/24", 13.8),
            likelihood(3, "BME", "2024/25", 1.12),
            likelihood(3, "BME", "2023/24", 1.12),
            percentage(5, "BME", "2024/25", 21.0),
            percentage(5, "BME", "2023/24", 21.0),
            percentage(8, "BME", "2024/25", 9.9),
            percentage(8, "BME", "2023/24", 10.4),
            percentage(8, "White", "2024/25", 4.7),
            percentage(8, "White", "2023/24", 5.2),
        ],
    )
