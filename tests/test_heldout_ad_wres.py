"""Held-out set AD's WRES half checked as a SET, not the parser on it (its first-sight
score is the lead's business): every HTML and DOCX rendering prints every truth figure,
and the set has what it promises: five WRES layouts in none of sets D to AC, three of
them ordinary (this year's cell carrying its change with an arrow, year columns headed
by two-digit-year dates, counts with the percentage worked out in brackets in prose),
two harder (an annual report's equality chapter in two columns among gender and WDES
figures, a web table of <div>s laid out by a CSS grid), each with all nine indicators
over two years, at least 400 figures over the formats, and its first-sight rows
recorded (wres_ad_first_sight.py)."""

from __future__ import annotations

import io
import re
import zipfile
from decimal import Decimal

import pytest

from benchmarks.heldout_ad import wres_ad
from benchmarks.heldout_ad import wres_ad_figures as af
from benchmarks.heldout_ad.wres_ad_first_sight import FIRST_SIGHT_WRES
from benchmarks.heldout_p.render import Columns, Grid, Html, render
from tests.heldout_checks import (
    Renderings,
    check_wres_layouts,
    earlier_sets,
    figure_printed,
    wres_cases,
)

DOCS = Renderings(render, [], wres_ad.LAYOUTS)
CHANGE, DATED, COUNTED, CHAPTER, DIVGRID = range(5)


def _text(index: int, fmt: str = "html") -> str:
    return DOCS.text("wres", index, fmt)


def _values(index: int) -> set[float]:
    return {x["value"] for x in wres_ad.LAYOUTS[index].truth}


# HTML and DOCX only: the PDFs print the same blocks and are slow to write and read.
CASES = [(i, fmt) for i, fmt in wres_cases(wres_ad.LAYOUTS) if fmt != "pdf"]


@pytest.mark.parametrize(("index", "fmt"), CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text(index, fmt)
    for fig in wres_ad.LAYOUTS[index].truth:
        assert figure_printed(fig, text), fig


def test_every_layout_has_nine_indicators_over_two_years():
    for layout in wres_ad.LAYOUTS:
        assert {x["indicator"] for x in layout.truth} == set(range(1, 10)), layout.name
        assert {x["period"] for x in layout.truth} == {"2023/24", "2022/23"}, layout.name
        groups = {(x["indicator"], x["staff_group"], x["band"]) for x in layout.truth}
        assert (1, "overall", None) in groups and (9, "board_voting", None) in groups
        ratios = {x["indicator"] for x in layout.truth if x["measure"] == "relative_likelihood"}
        assert ratios == {2, 3, 4}, layout.name
        assert len(layout.truth) == 30, layout.name


def _grid(index: int) -> Grid:
    blocks = wres_ad.LAYOUTS[index].blocks
    printed = [p for b in blocks if isinstance(b, Html) for p in b.printed]
    return next(b for b in [*blocks, *printed] if isinstance(b, Grid))


def test_this_years_cell_carries_its_change_and_arrow():
    rows = _grid(CHANGE).rows
    assert rows[0][2:] == ["2022/23", "2023/24 (change on 2022/23)"]
    assert rows[6] == ["5. " + af.SHORT[5], "BME", "30.2%", "28.7% ▼ 1.5"]
    assert ["", "White", "24.6%", "24.6% (no change)"] in rows
    cells = [r[3] for r in rows[1:]]
    assert all(re.search(r"[▲▼] \d|\(no change\)", c) for c in cells), cells
    changes = {float(m) for c in cells for m in re.findall(r"[▲▼] ([\d.]+)", c)}
    assert len(changes) > 5 and not changes & _values(CHANGE)
    # each change is this year's figure less last year's, as the arrow says
    for r in rows[1:]:
        m = re.fullmatch(r"([\d.]+)%? ([▲▼]) ([\d.]+)", r[3])
        if m:
            d = Decimal(m.group(1)) - Decimal(r[2].rstrip("%"))
            assert abs(d) == Decimal(m.group(3)) and (d > 0) == (m.group(2) == "▲"), r


def test_dated_heads_use_two_digit_years_newest_first():
    rows = _grid(DATED).rows
    assert rows[0][2:] == ["As at 31/03/24", "As at 31/03/23"]
    assert "31/03/24" in _text(DATED) and "2023/24" not in _text(DATED)
    firsts = {float(r[2].rstrip("%")) for r in rows[1:]}
    truth = wres_ad.LAYOUTS[DATED].truth
    assert {x["period"] for x in truth if x["value"] in firsts} == {"2023/24"}


def _n(printed: str) -> int:
    return int(printed.replace(",", ""))


def test_counts_match_their_bracketed_percentages_and_are_in_no_truth():
    for i, groups in af.COUNTED.items():
        for g, (count, base, now, _before) in groups.items():
            if count != "one":
                got = Decimal(100 * _n(count)) / _n(base)
                assert got.quantize(Decimal("0.1")) == Decimal(now), (i, g)
    for i, groups in af.COUNTED_BASES.items():
        more = "BME" if i == 3 else "White"
        less = "White" if i == 3 else "BME"
        rate = {g: Decimal(_n(c)) / _n(b) for g, (c, b) in groups.items()}
        ratio = (rate[more] / rate[less]).quantize(Decimal("0.01"))
        assert ratio == Decimal(af.COUNTED_RATIOS[i][0]), i
    text = _text(COUNTED)
    assert "402 of the 1,296 BME staff who answered (31.0%)" in text
    assert "412 of 1,960 White shortlisted applicants were appointed" in text
    counts = {float(_n(c)) for v in af.COUNTED.values() for c, b, *_ in v.values() if c != "one"}
    assert not counts & _values(COUNTED)


def test_chapter_is_in_two_columns_among_gender_and_wdes_figures():
    blocks = wres_ad.LAYOUTS[CHAPTER].blocks
    assert any(isinstance(b, Columns) for b in blocks)
    page = DOCS.rendered("wres", CHAPTER, "html").decode("utf-8")
    assert "column-count:2" in page and "<table" not in page
    with zipfile.ZipFile(io.BytesIO(DOCS.rendered("wres", CHAPTER, "docx"))) as z:
        assert 'w:num="2"' in z.read("word/document.xml").decode("utf-8")
    others = {float(x) for d in (af.GENDER, af.DISABILITY) for v in d.values() for x in v}
    assert not others & _values(CHAPTER)
    text = _text(CHAPTER)
    assert "1.17 times as likely" in text and "Workforce Disability Equality" in text
    assert all(x in text for d in (af.GENDER, af.DISABILITY) for v in d.values() for x in v)


def test_div_grid_has_no_table_element():
    page = DOCS.rendered("wres", DIVGRID, "html").decode("utf-8")
    assert "<table" not in page and 'role="table"' in page and "display:grid" in page
    cells = len(_grid(DIVGRID).rows) - 1
    assert page.count('role="cell"') == cells * 4 and page.count('role="row"') == cells + 1
    assert '<div role="cell">21.7%</div>' in page


def test_first_sight_recorded():
    rows = {"WRES, all", "WRES, HTML", "WRES, PDF", "WRES, DOCX"}
    rows |= {f"WRES, {layout.name}" for layout in wres_ad.LAYOUTS}
    assert set(FIRST_SIGHT_WRES) == rows
    assert all(len(v) == 5 for v in FIRST_SIGHT_WRES.values())
    assert FIRST_SIGHT_WRES["WRES, all"][4] == sum(len(x.truth) * 3 for x in wres_ad.LAYOUTS)


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_ad.LAYOUTS) == 5
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_ad.LAYOUTS)
    assert total >= 400, total
    check_wres_layouts(
        wres_ad.LAYOUTS,
        earlier_sets("wres", "ad"),
        key=wres_e.KEY,
        measures=("percentage", "relative_likelihood"),
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )
