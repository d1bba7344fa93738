"""Held-out set AG's WRES half checked as a SET, not the parser on it (its first-sight
score is the lead's business): every HTML and DOCX rendering prints every truth figure,
and the set has what it promises: five WRES layouts in none of sets D to AF, three of
them ordinary (a table an indicator captioned beneath, a narrative report with bold
run-in heads, a summary table with en-dash year heads), two harder in how the page is
built (indicator cells merged down across rows; a bulleted list nested three deep),
each with all nine indicators over two years, its trusts' names in no earlier set, at
least 400 figures over the formats, and its first-sight rows recorded
(wres_ag_first_sight.py)."""

from __future__ import annotations

import io
import re

import pytest

from benchmarks.heldout_ag import wres_ag
from benchmarks.heldout_ag.wres_ag_first_sight import FIRST_SIGHT_WRES
from benchmarks.heldout_ag.wres_ag_render import Merged, Outline, placed, render
from benchmarks.heldout_p.render import Grid, H, P
from tests.heldout_checks import (
    Renderings,
    check_wres_layouts,
    earlier_sets,
    figure_printed,
    trust_names,
    wres_cases,
)

DOCS = Renderings(render, [], wres_ag.LAYOUTS)
CAPTIONED, RUN_IN, EN_DASH, ROWSPAN, OUTLINE = range(5)


def _text(index: int, fmt: str = "html") -> str:
    return DOCS.text("wres", index, fmt)


def _page(index: int) -> str:
    return DOCS.rendered("wres", index, "html").decode("utf-8")


def _docx(index: int):
    import docx

    return docx.Document(io.BytesIO(DOCS.rendered("wres", index, "docx")))


def _blocks(index: int, kind: type) -> list:
    return [b for b in wres_ag.LAYOUTS[index].blocks if isinstance(b, kind)]


# HTML and DOCX only: the PDFs print the same blocks and are slow to write and read.
CASES = [(i, fmt) for i, fmt in wres_cases(wres_ag.LAYOUTS) if fmt != "pdf"]


@pytest.mark.parametrize(("index", "fmt"), CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text(index, fmt)
    for fig in wres_ag.LAYOUTS[index].truth:
        assert figure_printed(fig, text), fig


def test_every_layout_has_nine_indicators_over_two_years():
    sizes = [len(layout.truth) for layout in wres_ag.LAYOUTS]
    assert sizes == [30] * 5, sizes
    for layout in wres_ag.LAYOUTS:
        assert {x["indicator"] for x in layout.truth} == set(range(1, 10)), layout.name
        assert {x["period"] for x in layout.truth} == {"2023/24", "2022/23"}, layout.name
        groups = {(x["indicator"], x["staff_group"], x["band"]) for x in layout.truth}
        assert (1, "overall", None) in groups and (9, "board_voting", None) in groups
        ratios = {x["indicator"] for x in layout.truth if x["measure"] == "relative_likelihood"}
        assert ratios == {2, 3, 4}, layout.name
        shares = [x for x in layout.truth if x["measure"] == "percentage"]
        assert {x["ethnic_group"] for x in shares} == {"BME", "White"}, layout.name


def test_each_table_is_named_only_by_the_caption_beneath_it():
    blocks = wres_ag.LAYOUTS[CAPTIONED].blocks
    tables = [n for n, b in enumerate(blocks) if isinstance(b, Grid)]
    assert len(tables) == 9
    for i, n in enumerate(tables, start=1):
        caption = blocks[n + 1]
        assert isinstance(caption, P) and caption.style == "italic"
        assert re.match(rf"Table \d\.\d: Indicator {i} – ", caption.text), caption.text
    # nothing above a table names its indicator: the headings name families only
    assert not any("Indicator" in b.text for b in blocks if isinstance(b, H))
    assert "Section 3: NHS Staff Survey indicators" in _text(CAPTIONED, "docx")


def test_paragraphs_open_with_bold_run_in_heads():
    assert not _blocks(RUN_IN, Grid) and not _blocks(RUN_IN, Merged)
    heads = [p for p in _docx(RUN_IN).paragraphs if p.text.startswith("Indicator ")]
    assert len(heads) == 9
    for i, para in enumerate(heads, start=1):
        first = para.runs[0]
        assert first.bold and re.fullmatch(rf"Indicator {i} – [^.]+\.", first.text), first.text
        assert not any(run.bold for run in para.runs[1:])  # the head runs into the text
    assert _page(RUN_IN).count("<p><strong>Indicator ") == 9


def test_year_heads_are_typed_with_an_en_dash():
    rows = _blocks(EN_DASH, Grid)[0].rows
    assert rows[0][-2:] == ["2023–24", "2022–23"]
    text = _text(EN_DASH)
    assert "2023/24" not in text and "2022/23" not in text and "2023-24" not in text
    assert "those under 2022–23 from the 2022 survey" in text


def test_indicator_cells_are_merged_down():
    table = _blocks(ROWSPAN, Merged)[0]
    width, cells = placed(table)
    assert width == 5
    down = [(c, cell.rows) for _, c, cell in cells if cell.rows > 1]
    assert sorted(down) == [(0, 2)] * 6 + [(4, 2), (4, 2), (4, 8)]
    assert all(sum(c.cols for c in row) <= width for row in table.rows)
    short = [row for row in table.rows[1:] if len(row) < width]
    assert len(short) == 9  # the White rows, and the BME rows of 6 to 8 beside the source
    page = _page(ROWSPAN)
    assert page.count("<td rowspan=2>") == 8 and page.count("<td rowspan=8>") == 1
    xml = _docx(ROWSPAN).tables[0]._tbl.xml
    assert xml.count("<w:vMerge") == 2 * 6 + 2 * 2 + 8  # indicators, sources, survey


def test_list_is_nested_three_deep():
    assert not _blocks(OUTLINE, Grid) and not _blocks(OUTLINE, Merged)
    items = _blocks(OUTLINE, Outline)[0].items
    assert {level for level, _ in items} == {0, 1, 2}
    leaves = [text for level, text in items if level == 2]
    assert len(leaves) == 30 and not any("BME" in t or "White" in t for t in leaves)
    assert not any("Indicator" in t for t in leaves)
    page = _page(OUTLINE)
    assert page.count("<ul>") == 1 + 9 + 15 and "<ul><li>BME staff<ul><li>31 March" in page
    styles = [p.style.name for p in _docx(OUTLINE).paragraphs if p.style.name.startswith("List")]
    assert styles.count("List Bullet") == 9 and styles.count("List Bullet 3") == 30


def test_first_sight_recorded():
    rows = {"WRES, all", "WRES, HTML", "WRES, PDF", "WRES, DOCX"}
    rows |= {f"WRES, {layout.name}" for layout in wres_ag.LAYOUTS}
    assert set(FIRST_SIGHT_WRES) == rows
    assert all(len(v) == 5 for v in FIRST_SIGHT_WRES.values())
    assert FIRST_SIGHT_WRES["WRES, all"][4] == sum(len(x.truth) * 3 for x in wres_ag.LAYOUTS)


def test_trust_names_are_new():
    mine = {layout.title for layout in wres_ag.LAYOUTS}
    assert len(mine) == 5
    for old in earlier_sets("foi", "ag"):
        if hasattr(old, "TRUSTS"):  # sets Y and Z name their trusts otherwise
            assert not mine & trust_names(old), old.__name__


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_ag.LAYOUTS) == 5
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_ag.LAYOUTS)
    assert total >= 400, total
    check_wres_layouts(
        wres_ag.LAYOUTS,
        earlier_sets("wres", "ag"),
        key=wres_e.KEY,
        measures=("percentage", "relative_likelihood"),
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )
