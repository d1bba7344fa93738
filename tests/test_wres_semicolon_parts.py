"""A sentence whose ';'-separated parts each name their own staff group (parsers/wres/
narrative_measure.py `_semicolon_part`): every figure takes the group its own part
names, never the next part's, and the last part's figures are kept. A report built
here for a fictional trust, in words and figures of our own, printed to HTML, PDF and
DOCX."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, truth_row

BLOCKS = [
    H("Rydal Mount Community NHS Trust"),
    H("Reply to your request about our workforce"),
    P("You asked for the ethnic make-up of our staff. Our answer is below."),
    P(
        "Position at 31 March 2023 – whole workforce: ethnic minority 19.4%, White 77.0%; "
        "clinical staff: ethnic minority 23.1%, White 72.6%; non-clinical staff: ethnic "
        "minority 12.8%, White 84.0%."
    ),
    P(
        "Position at 31 March 2022 – whole workforce: ethnic minority 18.0%, White 78.9%; "
        "clinical staff: ethnic minority 21.7%, White 74.2%; non-clinical staff: ethnic "
        "minority 11.5%, White 85.3%."
    ),
]

FIGURES = {
    "2022/23": {"overall": (19.4, 77.0), "clinical": (23.1, 72.6), "non_clinical": (12.8, 84.0)},
    "2021/22": {"overall": (18.0, 78.9), "clinical": (21.7, 74.2), "non_clinical": (11.5, 85.3)},
}

TRUTH = [
    truth_row(1, "percentage", sg, None, group, year, value)
    for year, by_group in FIGURES.items()
    for sg, pair in by_group.items()
    for group, value in zip(("BME", "White"), pair, strict=True)
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_part_keeps_its_own_staff_group(fmt):
    data, name = render(BLOCKS, fmt)
    report, _ = parse_wres(extract(data, filename=name))
    assert_exact(report, TRUTH)
