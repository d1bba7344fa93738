"""Held-out set AA's WRES half checked as a SET, not the parser on it (its first-sight
score is the lead's business): every HTML and DOCX rendering prints every truth figure,
and the set has what it promises: five WRES layouts in none of sets D to Z, three of
them ordinary (a table per indicator named in a merged row atop it, one summary table
with an 'All staff' column, a narrative giving last year's figures 'respectively'),
two harder (a combined WRES and WDES report, the staff survey benchmark tables), each
with all nine indicators over two years, at least 400 figures over the formats."""

from __future__ import annotations

import pytest

from benchmarks.heldout_aa import wres_aa
from benchmarks.heldout_aa import wres_aa_figures as af
from benchmarks.heldout_p.render import H, P, T, render
from tests.heldout_checks import (
    Renderings,
    check_wres_layouts,
    earlier_sets,
    figure_printed,
    wres_cases,
)

DOCS = Renderings(render, [], wres_aa.LAYOUTS)
MERGED, SUMMARY, NARRATIVE, COMBINED, BENCHMARK = range(5)


def _text(index: int, fmt: str = "html") -> str:
    return DOCS.text("wres", index, fmt)


# HTML and DOCX only: the PDFs print the same blocks and took 8 s more to write and read
# (all 450 figures were printed in every format when the set was written).
CASES = [(i, fmt) for i, fmt in wres_cases(wres_aa.LAYOUTS) if fmt != "pdf"]


@pytest.mark.parametrize(("index", "fmt"), CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text(index, fmt)
    for fig in wres_aa.LAYOUTS[index].truth:
        assert figure_printed(fig, text), fig


def test_every_layout_has_nine_indicators_over_two_years():
    for layout in wres_aa.LAYOUTS:
        assert {x["indicator"] for x in layout.truth} == set(range(1, 10)), layout.name
        assert {x["period"] for x in layout.truth} == {"2023/24", "2022/23"}, layout.name
        groups = {(x["indicator"], x["staff_group"]) for x in layout.truth}
        assert (1, "overall") in groups and (9, "board_voting") in groups
        ratios = {x["indicator"] for x in layout.truth if x["measure"] == "relative_likelihood"}
        assert ratios == {2, 3, 4}, layout.name


def test_ordinary_layouts():
    blocks = wres_aa.LAYOUTS[MERGED].blocks
    tables = [b for b in blocks if isinstance(b, T)]
    assert len(tables) == 9 and all(len(t.spans) == 1 for t in tables)
    assert not any(isinstance(b, H) and b.text.startswith("Indicator") for b in blocks)
    summary = _text(SUMMARY)
    assert summary.count("All staff") >= 2
    for i, (now, before) in af.SUMMARY_RATIOS.items():
        assert f"{now} – – {before}" in summary, i
    paragraphs = [b.text for b in wres_aa.LAYOUTS[NARRATIVE].blocks if isinstance(b, P)]
    last_year = [s for t in paragraphs for s in t.split(". ") if "respectively" in s]
    assert len(last_year) == 9
    assert not any("BME" in s or "White" in s for s in last_year if "%" in s)


def test_harder_layouts():
    combined = _text(COMBINED)
    assert "Non-disabled" in combined and "WDES 4a(i)" in combined
    for groups in af.WDES.values():
        for values in groups.values():
            assert all(f"{x}%" in combined for x in values)
    bench = _text(BENCHMARK)
    for label in ("Your org", "Average", "Responses"):
        assert bench.count(f"BME: {label}") == 4 and bench.count(f"White: {label}") == 4
    truth = {x["value"] for x in wres_aa.LAYOUTS[BENCHMARK].truth}
    averages = {float(x) for g in af.AVERAGE.values() for v in g.values() for x in v}
    assert not truth & averages


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_aa.LAYOUTS) == 5
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_aa.LAYOUTS)
    assert total >= 400, total
    check_wres_layouts(
        wres_aa.LAYOUTS,
        earlier_sets("wres", "aa"),
        key=wres_e.KEY,
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )
