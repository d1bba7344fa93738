"""A band range that spans the whole pay scale (band 1 to VSM) is no one band: the
workforce as a whole. Indicator 1's definition in a summary table's row label ("each
of the bands 1-9 and VSM") names no band of its own. Built here in words of our own."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, H, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.cells import band_and_group
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, percentage, truth_row


def test_the_whole_scale_is_no_band():
    assert band_and_group("Our people across pay bands 1 to 9 and VSM") == ("overall", None)
    assert band_and_group("Employees in Bands 1-VSM") == ("overall", None)
    assert band_and_group("Clinical bands 1 to 9 and very senior managers") == ("clinical", None)
    # a range short of the whole scale is a band of its own
    assert band_and_group("Bands 2 to VSM") == (None, "Bands 2 to VSM")
    assert band_and_group("Clinical Bands 1 to 4") == ("clinical", "Bands 1 to 4")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_summary_rows_definition_of_indicator_1(fmt):
    trust = "Tillingham Fen NHS Trust"
    rows = [
        ["Measure", "Ethnicity", "2024/25", "2023/24"],
        [
            "1. Proportion of people in each of pay bands 1-9 and VSM",
            "Minority ethnic",
            "12.6%",
            "11.9%",
        ],
        [
            "7. Believe the trust offers equal chances to progress",
            "Minority ethnic",
            "51.0%",
            "49.5%",
        ],
    ]
    data, name = render(
        [H(trust), H("Race equality summary"), Grid(rows, header=True)],
        fmt,
        title=trust,
        site="tillingham",
    )
    report, _w = parse_wres(extract(data, filename=name))
    assert_exact(
        report,
        [
            truth_row(1, "percentage", "overall", None, "BME", "2024/25", 12.6),
            truth_row(1, "percentage", "overall", None, "BME", "2023/24", 11.9),
            percentage(7, "BME", "2024/25", 51.0),
            percentage(7, "BME", "2023/24", 49.5),
        ],
    )
