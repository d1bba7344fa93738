"""Held-out set AH's WRES half checked as a SET, not the parser on it (its first-sight
score is the lead's business): every HTML and DOCX rendering prints every truth figure,
and the set has what it promises: five WRES layouts in none of sets D to AF, three of
them ordinary (a summary table saying 'ethnically diverse' for BME, a table per
indicator captioned below, an 'at a glance' summary printing each figure before its
group), two harder in their wording (an action plan whose figures stand in commentary
among targets and KPIs; a year-on-year commentary stating changes and gaps in points and
unmoved figures once), each with all nine indicators over two years, its trusts' names
in no earlier set, at least 400 figures over the formats, and its first-sight rows
recorded (wres_ah_first_sight.py)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from benchmarks.heldout_ah import wres_ah
from benchmarks.heldout_ah import wres_ah_figures as ah
from benchmarks.heldout_ah.wres_ah_first_sight import FIRST_SIGHT_WRES
from benchmarks.heldout_p.render import Grid, P, render
from tests.heldout_checks import (
    Renderings,
    check_wres_layouts,
    earlier_sets,
    figure_printed,
    trust_names,
    wres_cases,
)

DOCS = Renderings(render, [], wres_ah.LAYOUTS)
DIVERSE, CAPTIONED, GLANCE, PLAN, CHANGES = range(5)


def _text(index: int, fmt: str = "html") -> str:
    return DOCS.text("wres", index, fmt)


def _truth_values(index: int) -> set[float]:
    return {x["value"] for x in wres_ah.LAYOUTS[index].truth}


# HTML and DOCX only: the PDFs print the same blocks and are slow to write and read.
CASES = [(i, fmt) for i, fmt in wres_cases(wres_ah.LAYOUTS) if fmt != "pdf"]


@pytest.mark.parametrize(("index", "fmt"), CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text(index, fmt)
    for fig in wres_ah.LAYOUTS[index].truth:
        assert figure_printed(fig, text), fig


def test_every_layout_has_nine_indicators_over_two_years():
    sizes = [len(layout.truth) for layout in wres_ah.LAYOUTS]
    assert sizes == [30, 30, 30, 36, 30], sizes
    for layout in wres_ah.LAYOUTS:
        assert {x["indicator"] for x in layout.truth} == set(range(1, 10)), layout.name
        assert {x["period"] for x in layout.truth} == {"2023/24", "2022/23"}, layout.name
        groups = {(x["indicator"], x["staff_group"], x["band"]) for x in layout.truth}
        assert (1, "overall", None) in groups and (9, "board_voting", None) in groups
        ratios = {x["indicator"] for x in layout.truth if x["measure"] == "relative_likelihood"}
        assert ratios == {2, 3, 4}, layout.name
        shares = [x for x in layout.truth if x["measure"] == "percentage"]
        assert {x["ethnic_group"] for x in shares} == {"BME", "White"}, layout.name


def test_bme_is_printed_ethnically_diverse():
    rows = next(b for b in wres_ah.LAYOUTS[DIVERSE].blocks if isinstance(b, Grid)).rows
    assert rows[0] == ["Indicator", "Ethnicity", "2023/24", "2022/23"]
    assert {r[1] for r in rows[1:] if not r[1].startswith("Relative")} == {
        "Ethnically diverse",
        "White",
    }
    text = _text(DIVERSE, "docx")
    assert "BME" not in text and "we say 'ethnically diverse colleagues'" in text


def test_each_indicator_is_named_only_in_the_caption_below_its_table():
    blocks = wres_ah.LAYOUTS[CAPTIONED].blocks
    grids = [n for n, b in enumerate(blocks) if isinstance(b, Grid)]
    assert len(grids) == 9
    for i, n in enumerate(grids, 1):
        caption = blocks[n + 1]
        assert isinstance(caption, P) and caption.style == "italic"
        assert caption.text.startswith(f"Table {i}: Indicator {i} – ")
    text = _text(CAPTIONED, "docx")
    # no indicator named above its table: the first table's figures come before 'Indicator 1'
    assert text.index("23.4%") < text.index("Indicator 1") < text.index("1.45")
    assert text.count("Indicator") == 9  # the captions; the chapter heads say 'indicators'


def test_glance_prints_each_figure_before_its_group():
    text = _text(GLANCE, "docx")
    this_year = re.findall(
        r"\((\d+\.\d)% BME, (\d+\.\d)% White, (?:at 31 March 2024|2023 staff survey)\)", text
    )
    last_year = re.findall(
        r"(?:At 31 March 2023|2022 staff survey): (\d+\.\d)% BME, (\d+\.\d)% White\.", text
    )
    assert len(this_year) == len(last_year) == 6
    assert "BME staff" not in text and "BME:" not in text
    assert text.count(" last year.") == len(ah.GLANCE_VERDICTS) == 9
    assert "2022/23: 1.44. This is an improvement on last year." in text


def test_action_plan_figures_stand_among_targets_and_kpis():
    layout = wres_ah.LAYOUTS[PLAN]
    text = _text(PLAN, "docx")
    assert text.count("Commentary") == 9 and text.count("Key performance indicator") == 9
    assert not [b for b in layout.blocks if isinstance(b, Grid) and len(b.rows) != 2]
    # the distractors are printed and none is a truth figure of the plan
    for printed, value in (("12.0% BME", 12.0), ("1.54", 1.54), ("1.15 or lower", 1.15)):
        assert printed in text and value not in _truth_values(PLAN)
    assert "below 27.0% by the 2025 survey" in text and "90% of panels" in text
    # each rate pair gives the relative likelihood printed beside it (to two places)
    for i, rates in ah.PLAN_RATES.items():
        num, den = ("BME", "White") if i == 3 else ("White", "BME")
        ratio = Decimal(rates[num]) / Decimal(rates[den])
        assert abs(ratio - Decimal(ah.PLAN_RATIOS[i][0])) < Decimal("0.006"), i
    rates = [x for x in layout.truth if x["measure"] == "rate"]
    assert len(rates) == 6 and {x["period"] for x in rates} == {"2023/24"}


def test_changes_state_their_size_and_unmoved_figures_once():
    text = _text(CHANGES, "docx")
    c, r = ah.CHANGES, ah.CHANGES_RATIOS

    def diff(a: str, b: str) -> str:
        return str(abs(Decimal(a) - Decimal(b)))

    # every change and gap printed is the difference of the figures it joins
    steps = [
        (c[1]["BME"][0], c[1]["BME"][1], "rose by {} points"),
        (c[1]["White"][1], c[1]["White"][0], "fell by {} points"),
        (r[2][0], r[2][1], "a rise of {} on"),
        (r[3][1], r[3][0], "improved by {}, falling"),
        (c[5]["BME"][0], c[5]["White"][0], "{} points more than"),
        (c[5]["BME"][1], c[5]["White"][1], "a gap of {} points"),
        (c[6]["White"][1], c[6]["White"][0], "improved by {} points"),
        (c[7]["BME"][0], c[7]["BME"][1], "{} points up on"),
    ]
    for a, b, words in steps:
        assert words.format(diff(a, b)) in text, words
    # the unmoved figures: equal in both years, printed once
    assert r[4][0] == r[4][1] and f"unchanged at {r[4][0]}." in text
    assert c[6]["BME"][0] == c[6]["BME"][1] and text.count(f"{c[6]['BME'][0]}%") == 1
    assert c[9]["BME"][0] == c[9]["BME"][1] and text.count(f"{c[9]['White'][0]}%") == 1
    assert "at 31 March 2024 as a year earlier" in text


def test_first_sight_recorded():
    rows = {"WRES, all", "WRES, HTML", "WRES, PDF", "WRES, DOCX"}
    rows |= {f"WRES, {layout.name}" for layout in wres_ah.LAYOUTS}
    assert set(FIRST_SIGHT_WRES) == rows
    assert all(len(v) == 5 for v in FIRST_SIGHT_WRES.values())
    assert FIRST_SIGHT_WRES["WRES, all"][4] == sum(len(x.truth) * 3 for x in wres_ah.LAYOUTS)


def test_trust_names_are_new():
    mine = {layout.title for layout in wres_ah.LAYOUTS}
    assert len(mine) == 5
    for old in earlier_sets("foi", "ag"):
        if hasattr(old, "TRUSTS"):  # sets Y and Z name their trusts otherwise
            assert not mine & trust_names(old), old.__name__


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_ah.LAYOUTS) == 5
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_ah.LAYOUTS)
    assert total >= 400, total
    check_wres_layouts(
        wres_ah.LAYOUTS,
        earlier_sets("wres", "ag"),
        key=wres_e.KEY,
        measures=("percentage", "relative_likelihood", "rate"),
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )
