"""Held-out set AC's WRES half checked as a SET, not the parser on it (its first-sight
score is the lead's business): every HTML and DOCX rendering prints every truth figure,
and the set has what it promises: five WRES layouts in none of sets D to AB, three of
them ordinary (the reporting template with indicator 1 by band within staff groups,
three years with a change column and trend words, bullets with last year's figure in
brackets after a bare year), two harder (indicator 1 read across and read down with a
census row, a responsive web table whose cells repeat their headings), each with all
nine indicators over two years (or three), at least 400 figures over the formats, and
its first-sight rows recorded (wres_ac_first_sight.py)."""

from __future__ import annotations

import pytest

from benchmarks.heldout_ac import wres_ac
from benchmarks.heldout_ac import wres_ac_figures as af
from benchmarks.heldout_ac.wres_ac_first_sight import FIRST_SIGHT_WRES
from benchmarks.heldout_p.render import B, Grid, render
from tests.heldout_checks import (
    Renderings,
    check_wres_layouts,
    earlier_sets,
    figure_printed,
    wres_cases,
)

DOCS = Renderings(render, [], wres_ac.LAYOUTS)
TEMPLATE, THREE_YEARS, BRACKETS, PROFILE, RESPONSIVE = range(5)


def _text(index: int, fmt: str = "html") -> str:
    return DOCS.text("wres", index, fmt)


# HTML and DOCX only: the PDFs print the same blocks and are slow to write and read.
CASES = [(i, fmt) for i, fmt in wres_cases(wres_ac.LAYOUTS) if fmt != "pdf"]


@pytest.mark.parametrize(("index", "fmt"), CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text(index, fmt)
    for fig in wres_ac.LAYOUTS[index].truth:
        assert figure_printed(fig, text), fig


def test_every_layout_has_nine_indicators_over_two_years():
    for layout in wres_ac.LAYOUTS:
        assert {x["indicator"] for x in layout.truth} == set(range(1, 10)), layout.name
        assert {"2023/24", "2022/23"} <= {x["period"] for x in layout.truth}, layout.name
        groups = {(x["indicator"], x["staff_group"], x["band"]) for x in layout.truth}
        assert (1, "overall", None) in groups and (9, "board_voting", None) in groups
        ratios = {x["indicator"] for x in layout.truth if x["measure"] == "relative_likelihood"}
        assert ratios == {2, 3, 4}, layout.name


def _grid(index: int) -> Grid:
    return next(b for b in wres_ac.LAYOUTS[index].blocks if isinstance(b, Grid))


def test_template_splits_indicator_1_by_staff_group_and_band():
    truth = wres_ac.LAYOUTS[TEMPLATE].truth
    keyed = {(x["staff_group"], x["band"]) for x in truth if x["indicator"] == 1}
    assert {sg for sg, _ in keyed} == {"overall", "non_clinical", "clinical", "medical"}
    assert ("medical", "Medical consultant") in keyed and len(keyed) == 12
    head = _grid(TEMPLATE).rows[0]
    assert head[3].startswith("Data for reporting year") and head[5].startswith("Narrative")
    assert "Medical and dental workforce: Consultants" in _text(TEMPLATE)


def test_three_years_with_change_and_trend_words():
    layout = wres_ac.LAYOUTS[THREE_YEARS]
    assert {x["period"] for x in layout.truth} == {"2023/24", "2022/23", "2021/22"}
    rows = _grid(THREE_YEARS).rows
    assert rows[0][2:5] == ["2021/22", "2022/23", "2023/24"]
    trends = {r[-1] for r in rows[1:]}
    assert {"Improved", "Deteriorated", "No change"} <= trends
    # 8: White 6.6 both years; 2: 1.41 -> 1.29 is nearer parity
    assert ["", "White", "7.2%", "6.6%", "6.6%", "0.0 pts", "No change"] in rows
    assert any(r[1] == "Relative likelihood" and r[-2:] == ["-0.12", "Improved"] for r in rows)
    changes = {float(r[-2].split()[0]) for r in rows[1:]}
    assert not changes & {x["value"] for x in layout.truth if x["value"] > 0.5}


def test_bullets_put_last_year_in_brackets_after_a_bare_year():
    bullets = [b.text for b in wres_ac.LAYOUTS[BRACKETS].blocks if isinstance(b, B)]
    assert len(bullets) == 6 * 2 + 3
    assert "BME: 23.7% (2023: 22.1%)" in bullets and "BME: 32.3% (2022: 30.6%)" in bullets
    last = [x for x in wres_ac.LAYOUTS[BRACKETS].truth if x["value"] in (22.1, 30.6)]
    assert {x["period"] for x in last} == {"2022/23"}


def test_profile_prints_spread_and_census_in_no_truth():
    layout = wres_ac.LAYOUTS[PROFILE]
    text = _text(PROFILE)
    assert "Table 1" in text and "Table 2" in text and "Census 2021" in text
    spread = {float(x) for v in af.GROUP_SPREAD.values() for g in v.values() for x in g}
    banded = [x for x in layout.truth if x["band"]]
    assert not spread & {x["value"] for x in banded}
    assert {x["band"] for x in banded} == set(af.BAND_SHARES)
    assert not {float(x) for x in af.CENSUS.values()} & {x["value"] for x in layout.truth}
    for g in ("BME", "White"):
        for j in (0, 1):
            total = sum(float(v[g][j]) for v in af.GROUP_SPREAD.values())
            assert abs(total - 100) < 0.05, (g, j)


def test_responsive_cells_carry_their_headings():
    page = DOCS.rendered("wres", RESPONSIVE, "html").decode("utf-8")
    assert page.count('<span class="rt-label"') == 15 * 4
    assert "This year (2023/24) </span>25.5%" in page
    assert "<table" in page and page.count("<table") == 1


def test_first_sight_recorded():
    rows = {"WRES, all", "WRES, HTML", "WRES, PDF", "WRES, DOCX"}
    rows |= {f"WRES, {layout.name}" for layout in wres_ac.LAYOUTS}
    assert set(FIRST_SIGHT_WRES) == rows
    assert all(len(v) == 5 for v in FIRST_SIGHT_WRES.values())
    assert FIRST_SIGHT_WRES["WRES, all"][4] == sum(len(x.truth) * 3 for x in wres_ac.LAYOUTS)


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_ac.LAYOUTS) == 5
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_ac.LAYOUTS)
    assert total >= 400, total
    check_wres_layouts(
        wres_ac.LAYOUTS,
        earlier_sets("wres", "ac"),
        key=wres_e.KEY,
        measures=("percentage", "relative_likelihood"),
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )
