"""Grouped pay bands kept as the report prints them (DESIGN.md: "grouped bands as
printed") and compared in one spelling (parsers/wres/bands.py)."""

from __future__ import annotations

import pytest

from parsers.extract import extract
from parsers.records import WresMetric
from parsers.wres.bands import band_in_one_spelling, printed_band
from parsers.wres.parse import parse_wres


@pytest.mark.parametrize(
    "span,printed",
    [
        ("Bands 1-4", "Bands 1-4"),
        ("Bands 1 \u2013 4", "Bands 1 - 4"),  # the readers see cleaned text: one dash
        ("AfC bands  5 to 7", "Bands 5 to 7"),
        ("band 9 and VSM.", "Band 9 and VSM"),
    ],
)
def test_printed_band(span, printed):
    assert printed_band(span) == printed


@pytest.mark.parametrize(
    "band,one",
    [
        ("Bands 1-4", "Bands 1 to 4"),
        ("Band 1 \u2013 4", "Bands 1 to 4"),
        ("bands 1 to 4", "Bands 1 to 4"),
        ("Band 9 and VSM", "Bands 9 to VSM"),
        ("Bands 8c - 9 & VSM", "Bands 8c to VSM"),
        ("Band 8A to Band 8C", "Bands 8a to 8c"),
        ("Band 7+", "Band 7 and above"),
        ("Band 5", "Band 5"),
        ("Medical consultant", "Medical consultant"),
        (None, None),
    ],
)
def test_band_in_one_spelling(band, one):
    assert band_in_one_spelling(band) == one


def test_one_figure_whichever_way_its_range_is_printed():
    def figure(band: str) -> WresMetric:
        return WresMetric(1, "percentage", "BME", "2023/24", 14.2, staff_group="overall", band=band)

    assert figure("Bands 1-4").key() == figure("Bands 1 to 4").key()
    assert figure("Bands 1-4").key() != figure("Bands 1-3").key()


PAGE = """<html><body><h1>Workforce Race Equality Standard 2024</h1>
<h2>Indicator 1: BME staff by pay band, 31 March 2024</h2>
<table>
<tr><th>Pay band</th><th>BME</th><th>White</th></tr>
<tr><td>Bands 1&ndash;4</td><td>21.7%</td><td>74.9%</td></tr>
<tr><td>Band 5</td><td>33.0%</td><td>63.1%</td></tr>
<tr><td>Band 8c &ndash; 9 and VSM</td><td>6.2%</td><td>92.5%</td></tr>
</table></body></html>"""


def test_a_table_keeps_its_grouped_bands_as_printed():
    report, _warnings = parse_wres(extract(PAGE.encode(), filename="wres.html"))
    bands = {(m.band, m.ethnic_group): m.value for m in report.metrics if m.indicator == 1}
    assert bands[("Bands 1-4", "BME")] == 21.7
    assert bands[("Band 5", "White")] == 63.1
    assert bands[("Band 8c - 9 and VSM", "BME")] == 6.2
