"""Indicator 1 by pay band with no staff group named anywhere (no section row, no
heading naming clinical or medical staff): each band is the whole workforce's, staff
group overall, as the corpus's truths key such bands (tests/truth/wres). Built here for
a fictional trust, printed to HTML, PDF and DOCX."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, truth_row

TRUST = "Quarrington Downs NHS Foundation Trust"
BANDS = {"Band 3": ("31.5", "29.0"), "Bands 8b to 8d": ("7.5", "6.25")}


def _doc() -> list:
    rows = [["Grade", "Minority ethnic", "White", "Minority ethnic", "White"]]
    for band, (now, before) in BANDS.items():
        rows.append([band, f"{now}%", "60.0%", f"{before}%", "62.0%"])
    spans = [("", 1), ("31 March 2025", 2), ("31 March 2024", 2)]
    return [
        H(TRUST),
        H("Indicator 1: our people by grade"),
        P("Each grade's share of colleagues by ethnicity on the last day of the year."),
        T(rows, spans),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_bands_of_no_staff_group_are_the_whole_workforces(fmt):
    truth = []
    for band, (now, before) in BANDS.items():
        for group, a, b in (("BME", now, before), ("White", "60.0", "62.0")):
            truth += [
                truth_row(1, "percentage", "overall", band, group, "2024/25", float(a)),
                truth_row(1, "percentage", "overall", band, group, "2023/24", float(b)),
            ]
    data, name = render(_doc(), fmt, title=TRUST, site="quarrington")
    assert_exact(parse_wres(extract(data, filename=name))[0], truth)
