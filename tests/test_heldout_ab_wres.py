"""Held-out set AB's WRES half checked as a SET, not the parser on it (its first-sight
score is the lead's business): every HTML and DOCX rendering prints every truth figure,
and the set has what it promises: five WRES layouts in none of sets D to AA, three of
them ordinary (a table per indicator with indicator 1 by pay band and the overall row
last, one summary table under indicator-family section rows, a narrative moving each
figure 'from' last year's 'to' this year's), two harder (accordion panels on a web
page, a four-fifths rule adverse impact table), each with all nine indicators over two
years, at least 400 figures over the formats."""

from __future__ import annotations

import pytest

from benchmarks.heldout_ab import wres_ab
from benchmarks.heldout_ab import wres_ab_figures as af
from benchmarks.heldout_p.render import Details, Grid, P, render
from tests.heldout_checks import (
    Renderings,
    check_wres_layouts,
    earlier_sets,
    figure_printed,
    wres_cases,
)

DOCS = Renderings(render, [], wres_ab.LAYOUTS)
PER_INDICATOR, SECTIONS, NARRATIVE, ACCORDION, FOUR_FIFTHS = range(5)


def _text(index: int, fmt: str = "html") -> str:
    return DOCS.text("wres", index, fmt)


# HTML and DOCX only: the PDFs print the same blocks and are slow to write and read
# (all 558 figures were printed in every format when the set was written).
CASES = [(i, fmt) for i, fmt in wres_cases(wres_ab.LAYOUTS) if fmt != "pdf"]


@pytest.mark.parametrize(("index", "fmt"), CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text(index, fmt)
    for fig in wres_ab.LAYOUTS[index].truth:
        assert figure_printed(fig, text), fig


def test_every_layout_has_nine_indicators_over_two_years():
    for layout in wres_ab.LAYOUTS:
        assert {x["indicator"] for x in layout.truth} == set(range(1, 10)), layout.name
        assert {x["period"] for x in layout.truth} == {"2023/24", "2022/23"}, layout.name
        groups = {(x["indicator"], x["staff_group"], x["band"]) for x in layout.truth}
        assert (1, "overall", None) in groups and (9, "board_voting", None) in groups
        ratios = {x["indicator"] for x in layout.truth if x["measure"] == "relative_likelihood"}
        assert ratios == {2, 3, 4}, layout.name


def test_ordinary_layouts():
    bands = {x["band"] for x in wres_ab.LAYOUTS[PER_INDICATOR].truth} - {None}
    assert bands == set(af.BANDS)
    text = _text(PER_INDICATOR)
    assert text.index("Band 9 and VSM") < text.index("Overall workforce")
    grid = next(b for b in wres_ab.LAYOUTS[SECTIONS].blocks if isinstance(b, Grid))
    sections = [r for r in grid.rows if not any(r[1:])]
    assert len(sections) == 3 and all(r[0] for r in sections)
    paragraphs = [b.text for b in wres_ab.LAYOUTS[NARRATIVE].blocks if isinstance(b, P)]
    moves = [t for t in paragraphs if " from " in t and " to " in t]
    assert len(moves) == 9
    for i, groups in af.FROM_TO.items():
        for now, before in groups.values():
            assert f"from {before}% to {now}%" in " ".join(paragraphs), i


def test_harder_layouts():
    panels = [b for b in wres_ab.LAYOUTS[ACCORDION].blocks if isinstance(b, Details)]
    assert [p.summary.split(" – ")[0] for p in panels] == [f"Indicator {i}" for i in range(1, 10)]
    assert DOCS.rendered("wres", ACCORDION, "html").count(b"<details") == 9
    layout = wres_ab.LAYOUTS[FOUR_FIFTHS]
    text = _text(FOUR_FIFTHS)
    assert text.count("Four-fifths rule") == 2 and "Adverse impact" in text
    truth = {x["value"] for x in layout.truth}
    survey = {float(x) for v in af.SURVEY_RATIOS.values() for x in v}
    assert not truth & survey and all(x in text for v in af.SURVEY_RATIOS.values() for x in v)
    rates = [x for x in layout.truth if x["measure"] == "rate"]
    assert {x["indicator"] for x in rates} == {2, 3, 4} and len(rates) == 12


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_ab.LAYOUTS) == 5
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_ab.LAYOUTS)
    assert total >= 400, total
    check_wres_layouts(
        wres_ab.LAYOUTS,
        earlier_sets("wres", "ab"),
        key=wres_e.KEY,
        measures=("percentage", "relative_likelihood", "rate"),
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )
