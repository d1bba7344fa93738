"""A figure printed with its change since last year in the same cell ("28.1% ▼ 1.4",
"1.19 ▲ 0.07", "22.0% (no change)") under a head naming the year with a remark in
brackets ("2024/25 (change on 2023/24)"): the figure is this year's; the change is no
figure (parsers/wres/cell_figures.py, template_columns.bench_head). Documents built here
for a fictional trust, printed to HTML, PDF and DOCX."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.cell_figures import parse_cell
from parsers.wres.parse import parse_wres
from parsers.wres.template_columns import bench_head

TRUST = "Harrowgate Fold NHS Trust"


def test_a_figure_with_its_change_is_the_figure():
    for text, kind, value in (
        ("28.1% ▼ 1.4", "pct", 28.1),
        ("1.19 ▲ 0.07", "num", 1.19),
        ("22.0% (no change)", "pct", 22.0),
        ("17.5% (+0.8 pts)", "pct", 17.5),
        ("31.0% ↑ 2.1", "pct", 31.0),
    ):
        cell = parse_cell(text)
        assert (cell.kind, cell.value) == (kind, value), text
    assert parse_cell("12.5% (12.0)").kind == "text"  # a bracket that is no change


def test_a_year_head_with_a_remark_in_brackets_is_the_years():
    assert not bench_head("2024/25 (change on 2023/24)")
    assert bench_head("Change (2024/25 on 2023/24)")
    assert bench_head("National average (2024/25)")
    assert bench_head("Change on last year")


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_years_figures_are_read_and_the_changes_are_not(fmt):
    rows = [
        ["Indicator", "Group", "2023/24", "2024/25 (change on 2023/24)"],
        ["6. Harassment, bullying or abuse from staff", "BME", "29.5%", "28.1% ▼ 1.4"],
        ["6. Harassment, bullying or abuse from staff", "White", "22.0%", "22.0% (no change)"],
        [
            "3. Relative likelihood of entering the formal disciplinary process",
            "",
            "1.12",
            "1.19 ▲ 0.07",
        ],
    ]
    blocks = [H(TRUST), H("Workforce Race Equality Standard 2025"), P("Our figures:"), T(rows)]
    data, name = render(blocks, fmt, title=TRUST, site="harrowgate")
    report, _ = parse_wres(extract(data, filename=name))
    keyed = {(m.indicator, m.ethnic_group, m.period, m.value) for m in report.metrics}
    assert keyed == {
        (6, "BME", "2023/24", 29.5),
        (6, "BME", "2024/25", 28.1),
        (6, "White", "2023/24", 22.0),
        (6, "White", "2024/25", 22.0),
        (3, "BME", "2023/24", 1.12),
        (3, "BME", "2024/25", 1.19),
    }
