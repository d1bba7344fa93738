"""A lead-in line naming staff survey years only ("2024 NHS Staff Survey; last year's
survey in brackets:") dates the bare years in the lines below it as survey years, so
"(2023: 29.4%)" under a survey indicator is the 2023 survey's (2023/24), not left
unsettled (parsers/wres/narrative_lines.py). Documents built here for a fictional
trust, printed to HTML, PDF and DOCX."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import B, H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.parse import parse_wres

TRUST = "Saltwick Priory NHS Foundation Trust"


def _doc() -> list:
    return [
        H(TRUST),
        H("Workforce Race Equality Standard 2025"),
        H("Indicator 7: Equal opportunities for career progression"),
        P("Figures from the 2024 NHS Staff Survey, with the 2023 survey's in brackets:"),
        B("Ethnic minority staff: 44.8% (2023: 41.5%)"),
        B("White staff: 58.3% (2023: 57.9%)"),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_bracketed_bare_years_under_a_survey_lead_in_are_survey_years(fmt):
    data, name = render(_doc(), fmt, title=TRUST, site="saltwick")
    report, _ = parse_wres(extract(data, filename=name))
    keyed = {(m.indicator, m.ethnic_group, m.period, m.value) for m in report.metrics}
    assert keyed == {
        (7, "BME", "2024/25", 44.8),
        (7, "BME", "2023/24", 41.5),
        (7, "White", "2024/25", 58.3),
        (7, "White", "2023/24", 57.9),
    }
