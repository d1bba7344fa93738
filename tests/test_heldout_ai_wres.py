"""Held-out set AI's WRES half checked as a SET, not the parser on it (its first-sight
score is the lead's business): every rendering prints every truth figure as typed, and
the set has what it promises: five WRES layouts in none of sets D to AH, each printed
for two trusts, three of them ordinary (a summary table to two decimal places; a
section a table behind a contents page with running heads; a narrative saying
'racially minoritised' for BME), two harder in where the figures stand (a sidebar box
beside the prose; tiles two to a row, a small table in each), each with all nine
indicators over two years, its trusts' names in no earlier set, and its first-sight
rows recorded (wres_ai_first_sight.py)."""

from __future__ import annotations

import re

import pytest

from benchmarks.heldout_ah import foi_ah, wres_ah
from benchmarks.heldout_ai import wres_ai
from benchmarks.heldout_ai import wres_ai_figures as ai
from benchmarks.heldout_ai.wres_ai_first_sight import FIRST_SIGHT_WRES
from benchmarks.heldout_ai.wres_ai_render import Spread, Tiles, render
from benchmarks.heldout_p.render import Grid, Running
from tests.heldout_checks import (
    Renderings,
    check_wres_layouts,
    earlier_sets,
    trust_names,
    wres_cases,
)

DOCS = Renderings(render, [], wres_ai.LAYOUTS)
TWO_PLACES, FURNISHED, MINORITISED, SIDEBAR, TILED = (0, 1), (2, 3), (4, 5), (6, 7), (8, 9)
TRUSTS = (*ai.TWO_PLACES, *ai.FURNISHED, *ai.MINORITISED, *ai.SIDEBAR, *ai.TILES)
# the PDFs of the side-by-side layouts are read too: there the columns may interleave
CASES = [(i, fmt) for i, fmt in wres_cases(wres_ai.LAYOUTS) if fmt != "pdf" or i in (6, 7, 8, 9)]


def _text(index: int, fmt: str = "docx") -> str:
    return DOCS.text("wres", index, fmt)


def _typed(index: int) -> list[str]:
    """Every truth figure of a layout as typed in wres_ai_figures.py."""
    t = TRUSTS[index]
    shares = [x for groups in t.figures.values() for pair in groups.values() for x in pair]
    return shares + [x for pair in t.ratios.values() for x in pair]


def _printed(figure: str, text: str) -> bool:
    return bool(re.search(rf"(?<![\d.]){re.escape(figure)}(?!\d|\.\d)", text))


@pytest.mark.parametrize(("index", "fmt"), CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text(index, fmt)
    typed = _typed(index)
    assert len(typed) == len(wres_ai.LAYOUTS[index].truth) == 30
    for figure in typed:
        assert _printed(figure, text), (figure, fmt)


def test_truth_is_the_typed_figures():
    for layout, t in zip(wres_ai.LAYOUTS, TRUSTS, strict=True):
        assert layout.title == t.name
        assert sorted(x["value"] for x in layout.truth) == sorted(map(float, _typed_of(t)))
        assert {x["period"] for x in layout.truth} == set(t.years), layout.name


def _typed_of(t: ai.Trust) -> list[str]:
    return _typed(TRUSTS.index(t))


def test_every_layout_has_nine_indicators_over_two_years():
    for layout in wres_ai.LAYOUTS:
        assert {x["indicator"] for x in layout.truth} == set(range(1, 10)), layout.name
        groups = {(x["indicator"], x["staff_group"], x["band"]) for x in layout.truth}
        assert (1, "overall", None) in groups and (9, "board_voting", None) in groups
        ratios = {x["indicator"] for x in layout.truth if x["measure"] == "relative_likelihood"}
        assert ratios == {2, 3, 4}, layout.name
        shares = [x for x in layout.truth if x["measure"] == "percentage"]
        assert {x["ethnic_group"] for x in shares} == {"BME", "White"}, layout.name
    years = {tuple(sorted({x["period"] for x in layout.truth})) for layout in wres_ai.LAYOUTS}
    assert years == {("2023/24", "2024/25"), ("2022/23", "2023/24")}


def test_five_layouts_two_trusts_each():
    for n, description in enumerate(wres_ai.DESCRIPTIONS):
        pair = wres_ai.LAYOUTS[2 * n : 2 * n + 2]
        assert all(layout.name.startswith(description) for layout in pair)
        assert pair[0].title != pair[1].title


def test_two_places_prints_percentages_to_two_places():
    for index in TWO_PLACES:
        text = _text(index)
        shares = re.findall(r"(?<![\d.])(\d+\.\d+)%", text)
        assert len(shares) == 24 and all(len(x.split(".")[1]) == 2 for x in shares)
        grid = next(b for b in wres_ai.LAYOUTS[index].blocks if isinstance(b, Grid))
        assert all(row[0] for row in grid.rows)  # the indicator on every row


def test_furnished_report_has_contents_and_running_heads():
    for index in FURNISHED:
        blocks = wres_ai.LAYOUTS[index].blocks
        assert isinstance(blocks[0], Running)
        text = _text(index, "html")
        assert len(re.findall(r"Indicator \d: [^.]+ \.{12} \d", text)) == 9
        assert sum(isinstance(b, Grid) for b in blocks) == 9
        # the contents name every indicator before the first table's figures
        first = _typed(index)[0]
        assert text.index("Indicator 9") < text.index(f"{first}%")


def test_minoritised_never_prints_bme_for_the_group():
    for index in MINORITISED:
        text = _text(index)
        assert "racially minoritised" in text
        # 'BME' only once, in the note on language
        assert text.count("BME") == 1 and "Black and minority ethnic (BME)" in text


def test_sidebar_figures_only_in_the_box():
    for index in SIDEBAR:
        layout = wres_ai.LAYOUTS[index]
        spreads = [b for b in layout.blocks if isinstance(b, Spread)]
        assert len(spreads) == 9
        assert {s.side_first for s in spreads} == {index == SIDEBAR[1]}
        values = {x["value"] for x in layout.truth}
        for s in spreads:
            prose = " ".join(s.main)
            assert not [v for v in re.findall(r"\d+\.\d+", prose) if float(v) in values]
            assert all(re.fullmatch(r"\d+\.\d\d?%?", figure) for _, figure in s.side)
        # the national comparators are printed, and are no truth figure of the trust
        text = _text(index)
        for national in ai.NATIONAL.values():
            assert national in text and float(national.rstrip("%")) not in values


def test_tiles_two_to_a_row():
    for index in TILED:
        tiles = next(b for b in wres_ai.LAYOUTS[index].blocks if isinstance(b, Tiles)).tiles
        assert [t.title.split(" · ")[0] for t in tiles] == [str(i) for i in range(1, 10)]
        text = _text(index, "pdf")
        # printed side by side: the titles of a row's two tiles share a line of the PDF
        assert re.search(r"1 · Workforce.*2 · Appointment from shortlisting", text)


def test_first_sight_recorded():
    rows = {"WRES, all", "WRES, HTML", "WRES, PDF", "WRES, DOCX"}
    rows |= {f"WRES, {layout.name}" for layout in wres_ai.LAYOUTS}
    assert set(FIRST_SIGHT_WRES) == rows
    assert all(len(v) == 5 for v in FIRST_SIGHT_WRES.values())
    assert FIRST_SIGHT_WRES["WRES, all"][4] == sum(len(x.truth) * 3 for x in wres_ai.LAYOUTS)


def test_trust_names_are_new():
    mine = {layout.title for layout in wres_ai.LAYOUTS}
    assert len(mine) == 10
    for old in (*earlier_sets("foi", "ah"), foi_ah):
        if hasattr(old, "TRUSTS"):  # sets Y and Z name their trusts otherwise
            assert not mine & trust_names(old), old.__name__
    for old in (*earlier_sets("wres", "ah"), wres_ah):
        assert not mine & {layout.title for layout in old.LAYOUTS}, old.__name__


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_ai.LAYOUTS) == 10
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_ai.LAYOUTS)
    assert total == 900, total
    check_wres_layouts(
        wres_ai.LAYOUTS,
        (*earlier_sets("wres", "ah"), wres_ah),
        key=wres_e.KEY,
        measures=("percentage", "relative_likelihood"),
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )
