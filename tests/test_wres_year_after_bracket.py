"""A sentence dated only by last year's figure in brackets after its own ("BME staff
were 1.24 times as likely ... (2023/24: 1.31)"), in a report whose headings state no
year: its own figure is the year after the bracket's (parsers/wres/narrative_times.py).
Documents built here for a fictional trust, printed to HTML, PDF and DOCX."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.parse import parse_wres

TRUST = "Wendling Carr NHS Trust"


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_figure_before_last_years_bracket_is_the_year_after(fmt):
    blocks = [
        H(TRUST),
        H("Race equality in our workforce"),
        P(
            "BME staff were 1.24 times as likely as White staff to enter a formal "
            "disciplinary process (2023/24: 1.31)."
        ),
    ]
    data, name = render(blocks, fmt, title=TRUST, site="wendling")
    report, _ = parse_wres(extract(data, filename=name))
    keyed = {(m.indicator, m.ethnic_group, m.period, m.value) for m in report.metrics}
    assert keyed == {(3, "BME", "2024/25", 1.24), (3, "BME", "2023/24", 1.31)}
