"""A survey figure given as a count of the group's respondents with the percentage in
brackets after the words saying who they are ("212 of the 688 BME staff who responded
(30.8%)"): the percentage is that group's (parsers/wres/narrative_bind.py). Documents
built here for a fictional trust, printed to HTML, PDF and DOCX."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.parse import parse_wres

TRUST = "Quenby Lodge NHS Trust"


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_bracketed_percentage_after_who_responded_is_the_groups(fmt):
    blocks = [
        H(TRUST),
        H("Workforce Race Equality Standard 2025"),
        H("Indicator 8: Discrimination from a manager or colleague"),
        P(
            "In the 2024 NHS Staff Survey, 212 of the 1,377 ethnic minority staff who "
            "responded (15.4%) reported it, against 164 of the 2,302 White staff who "
            "responded (7.1%)."
        ),
    ]
    data, name = render(blocks, fmt, title=TRUST, site="quenby")
    report, _ = parse_wres(extract(data, filename=name))
    keyed = {(m.indicator, m.ethnic_group, m.period, m.value) for m in report.metrics}
    assert keyed == {(8, "BME", "2024/25", 15.4), (8, "White", "2024/25", 7.1)}
