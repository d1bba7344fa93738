"""A table whose rows give one key two different figures publishes neither: a table
of several indicators whose labels only partly name theirs is read as one
indicator's table, its rows collapse onto one key, and keeping the first figure (as
the metric reader once did) published another indicator's figure under it. Now both
figures are counted for review (parsers.wres.metric_table), and a table that gives
each key one figure is read as before.

The documents are made up: a fictional trust's staff survey table, rendered as HTML,
DOCX and PDF."""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import H, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.parse import parse_wres
from parsers.wres.skipped import UNSETTLED


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


HEAD = [H("Workforce Race Equality Standard report 2024"), H("Staff survey results")]
DISCRIMINATION = ["Experienced discrimination from a manager or colleague", "16.2%", "6.9%"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_rows_collapsing_onto_one_key_publish_neither(fmt):
    mixed = T(
        [
            ["Measure", "BME 2023", "White 2023"],
            ["Percentage of our workforce", "14.0%", "82.0%"],
            ["Bullied or harassed by colleagues", "28.1%", "24.0%"],
            DISCRIMINATION,
        ]
    )
    report, warnings = read([*HEAD, mixed], fmt)
    published = {(m.indicator, m.ethnic_group, m.value) for m in report.metrics}
    # neither the workforce share nor the harassment rate under indicator 8's key
    assert not {v for _, _, v in published} & {14.0, 82.0, 28.1, 24.0}
    assert any("neither published" in w for w in warnings)
    assert any(w.startswith(UNSETTLED) for w in warnings)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_giving_each_key_one_figure_is_read(fmt):
    report, warnings = read(
        [*HEAD, T([["Measure", "BME 2023", "White 2023"], DISCRIMINATION])], fmt
    )
    got = {(m.indicator, m.ethnic_group, m.period, m.value) for m in report.metrics}
    assert got == {(8, "BME", "2023/24", 16.2), (8, "White", "2023/24", 6.9)}
    assert not any("neither published" in w for w in warnings)
