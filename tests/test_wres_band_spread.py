"""A workforce profile printing each group's staff spread over the bands beside the
bands' ethnic mix (parsers/wres/band_spread.py): only the mix is indicator 1; the
spread, whose columns add to 100% down the bands, is withdrawn for review. Documents
built here for a fictional trust, printed to HTML, PDF and DOCX."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.records import WresMetric
from parsers.wres.band_spread import withdraw_spreads
from parsers.wres.parse import parse_wres
from parsers.wres.skipped import UNSETTLED

TRUST = "Allerthorpe Moor NHS Trust"
BANDS = ("Band 3", "Band 5", "Band 6", "Band 7", "Band 8a")
MIX = {  # each band's ethnic mix, 31 March 2024: BME, White (Unknown makes up the rest)
    "Band 3": ("18.2%", "79.9%"),
    "Band 5": ("34.6%", "63.1%"),
    "Band 6": ("22.4%", "75.8%"),
    "Band 7": ("15.1%", "83.2%"),
    "Band 8a": ("9.7%", "88.6%"),
}
SPREAD = {  # each group's staff over the bands: columns add to 100%
    "Band 3": ("17.5%", "22.0%"),
    "Band 5": ("41.3%", "24.9%"),
    "Band 6": ("23.8%", "26.7%"),
    "Band 7": ("11.2%", "16.4%"),
    "Band 8a": ("6.2%", "10.0%"),
}


def _doc() -> list:
    return [
        H(TRUST),
        H("Workforce profile at 31 March 2024"),
        P("Table 1: staff in each pay band by ethnicity (WRES indicator 1)"),
        T([["Pay band", "BME", "White"], *([b, *MIX[b]] for b in BANDS)]),
        P("Table 2: where our BME and White staff work, by pay band, at 31 March 2024"),
        T([["Pay band", "BME staff", "White staff"], *([b, *SPREAD[b]] for b in BANDS)]),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_spread_over_bands_is_not_indicator_1(fmt):
    data, name = render(_doc(), fmt, title=TRUST, site="allerthorpe")
    report, warnings = parse_wres(extract(data, filename=name))
    read = {(m.band, m.ethnic_group, m.value) for m in report.metrics if m.indicator == 1}
    mix = {
        (b, g, float(v[i].rstrip("%")))
        for b, v in MIX.items()
        for i, g in enumerate(("BME", "White"))
    }
    spread = {
        (b, g, float(v[i].rstrip("%")))
        for b, v in SPREAD.items()
        for i, g in enumerate(("BME", "White"))
    }
    assert mix <= read
    assert not spread & read
    assert any(w.startswith(UNSETTLED) for w in warnings)


def test_a_mix_whose_bands_add_to_100_is_kept():
    """Three groups printed in full: each band adds to 100% across them; kept, even if a
    group's column happened to add to 100% too."""
    rows = [
        ("Band 5", (40.0, 55.0, 5.0)),
        ("Band 6", (35.0, 60.0, 5.0)),
        ("Band 7", (25.0, 70.0, 5.0)),
    ]
    metrics = [
        WresMetric(1, "percentage", group, "2023/24", v, "overall", band, source_table="t1")
        for band, values in rows
        for group, v in zip(("BME", "White", "Unknown"), values, strict=True)
    ]
    kept, skipped = withdraw_spreads(metrics)
    assert kept == metrics and skipped == []
