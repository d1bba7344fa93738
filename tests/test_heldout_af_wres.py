"""Held-out set AF's WRES half checked as a SET, not the parser on it (its first-sight
score is the lead's business): every HTML and DOCX rendering prints every truth figure,
and the set has what it promises: five WRES layouts in none of sets D to AE, three of
them ordinary (dot-leader key statistics, month-year spreadsheet heads, an FOI response
letter with indicator 1 by staff group), two harder (columns typed with tab stops, no
table; single figures in cells merged across the BME and White columns), each with all
nine indicators over two years, its trusts' names in no earlier set, at least 400
figures over the formats, and its first-sight rows recorded (wres_af_first_sight.py)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from benchmarks.heldout_af import wres_af
from benchmarks.heldout_af import wres_af_figures as af
from benchmarks.heldout_af.wres_af_first_sight import FIRST_SIGHT_WRES
from benchmarks.heldout_af.wres_af_render import Spanned, Tabbed, render
from benchmarks.heldout_p.render import Grid
from tests.heldout_checks import (
    Renderings,
    check_wres_layouts,
    earlier_sets,
    figure_printed,
    trust_names,
    wres_cases,
)

DOCS = Renderings(render, [], wres_af.LAYOUTS)
LEADERS, EXCEL, FOI, TABBED, SPANNED = range(5)


def _text(index: int, fmt: str = "html") -> str:
    return DOCS.text("wres", index, fmt)


def _blocks(index: int, kind: type) -> list:
    return [b for b in wres_af.LAYOUTS[index].blocks if isinstance(b, kind)]


# HTML and DOCX only: the PDFs print the same blocks and are slow to write and read.
CASES = [(i, fmt) for i, fmt in wres_cases(wres_af.LAYOUTS) if fmt != "pdf"]


@pytest.mark.parametrize(("index", "fmt"), CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text(index, fmt)
    for fig in wres_af.LAYOUTS[index].truth:
        assert figure_printed(fig, text), fig


def test_every_layout_has_nine_indicators_over_two_years():
    sizes = [len(layout.truth) for layout in wres_af.LAYOUTS]
    assert sizes == [30, 30, 38, 30, 32], sizes
    for layout in wres_af.LAYOUTS:
        assert {x["indicator"] for x in layout.truth} == set(range(1, 10)), layout.name
        assert {x["period"] for x in layout.truth} == {"2023/24", "2022/23"}, layout.name
        groups = {(x["indicator"], x["staff_group"], x["band"]) for x in layout.truth}
        assert (1, "overall", None) in groups and (9, "board_voting", None) in groups
        ratios = {x["indicator"] for x in layout.truth if x["measure"] == "relative_likelihood"}
        assert ratios == {2, 3, 4}, layout.name
        shares = [x for x in layout.truth if x["measure"] == "percentage"]
        assert {x["ethnic_group"] for x in shares} == {"BME", "White"}, layout.name


def test_key_statistics_are_dot_leader_lines():
    text = _text(LEADERS, "docx")
    lines = re.findall(r"(\w[\w ,/]+?) \.{6,} (\d+\.\d+%?)", text)
    assert len(lines) == 30, len(lines)
    assert "BME staff, 2023 staff survey" in text and "White staff, 31 March 2023" in text
    assert not _blocks(LEADERS, Grid) and not _blocks(LEADERS, Spanned)


def test_year_heads_are_spreadsheet_month_years():
    rows = _blocks(EXCEL, Grid)[0].rows
    assert rows[0] == ["Indicator", "Ethnicity", "Mar-24", "Mar-23"]
    text = _text(EXCEL)
    assert "2023/24" not in text and "2022/23" not in text
    assert "the 2023 survey under Mar-24" in text


def test_foi_letter_gives_indicator_1_by_staff_group():
    truth = wres_af.LAYOUTS[FOI].truth
    sgs = {x["staff_group"] for x in truth if x["indicator"] == 1}
    assert sgs == {"overall", "clinical", "non_clinical"}
    assert all(x["band"] is None for x in truth)
    text = _text(FOI, "docx")
    assert "Freedom of Information request" in text and "Information Commissioner" in text
    assert re.search(r"At 31 March 2024 – all staff: BME 24\.8%, White 72\.1%; clinical", text)
    assert text.count("?") >= 3  # the requester's questions, quoted


def test_tabbed_columns_are_no_table():
    page = DOCS.rendered("wres", TABBED, "html").decode("utf-8")
    assert "<table" not in page and "display:inline-block" in page
    import io

    import docx

    document = docx.Document(io.BytesIO(DOCS.rendered("wres", TABBED, "docx")))
    assert not document.tables
    tabbed = [p for p in document.paragraphs if "\t" in p.text]
    assert len(tabbed) == sum(len(b.lines) for b in _blocks(TABBED, Tabbed)) == 12
    assert all(p.paragraph_format.tab_stops for p in tabbed)


def test_single_figures_span_both_group_columns():
    rows = _blocks(SPANNED, Spanned)[0].rows
    merged = [r for r in rows[2:] if any(span == 2 for _, span in r)]
    assert len(merged) == 4  # the three ratios and the difference
    assert all(sum(s for _, s in r) == 5 for r in rows)
    page = DOCS.rendered("wres", SPANNED, "html").decode("utf-8")
    assert page.count("<td colspan=2>") == 8 and "<th colspan=2>2023/24</th>" in page
    for k in (0, 1):  # the difference is the board's BME share less the workforce's
        d = Decimal(af.SPANNED[9]["BME"][k]) - Decimal(af.SPANNED[1]["BME"][k])
        assert d == Decimal(af.SPANNED_DIFFERENCE[k])
    diff = [x for x in wres_af.LAYOUTS[SPANNED].truth if x["measure"] == "difference"]
    assert {(x["indicator"], x["staff_group"], x["ethnic_group"]) for x in diff} == {
        (9, "board_voting", "BME")
    }


def test_first_sight_recorded():
    rows = {"WRES, all", "WRES, HTML", "WRES, PDF", "WRES, DOCX"}
    rows |= {f"WRES, {layout.name}" for layout in wres_af.LAYOUTS}
    assert set(FIRST_SIGHT_WRES) == rows
    assert all(len(v) == 5 for v in FIRST_SIGHT_WRES.values())
    assert FIRST_SIGHT_WRES["WRES, all"][4] == sum(len(x.truth) * 3 for x in wres_af.LAYOUTS)


def test_trust_names_are_new():
    mine = {layout.title for layout in wres_af.LAYOUTS}
    assert len(mine) == 5
    for old in earlier_sets("foi", "af"):
        if hasattr(old, "TRUSTS"):  # sets Y and Z name their trusts otherwise
            assert not mine & trust_names(old), old.__name__


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_af.LAYOUTS) == 5
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_af.LAYOUTS)
    assert total >= 400, total
    check_wres_layouts(
        wres_af.LAYOUTS,
        earlier_sets("wres", "af"),
        key=wres_e.KEY,
        measures=("percentage", "relative_likelihood", "difference"),
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )
