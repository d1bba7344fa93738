"""Held-out set AE's WRES half checked as a SET, not the parser on it (its first-sight
score is the lead's business): every HTML and DOCX rendering prints every truth figure
(and a withheld one as '*'), and the set has what it promises: five WRES layouts in none
of sets D to AD, three of them ordinary (significance marks on the figures, indicator 1
by grouped band with withheld cells, first-person prose beside national averages), two
harder (one table folded into two halves side by side, a web table holding a table in
each results cell), each with all nine indicators over two years, its trusts' names in
no earlier set, at least 400 figures over the formats, and its first-sight rows
recorded (wres_ae_first_sight.py)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from benchmarks.heldout_ae import wres_ae
from benchmarks.heldout_ae import wres_ae_figures as af
from benchmarks.heldout_ae.wres_ae_first_sight import FIRST_SIGHT_WRES
from benchmarks.heldout_p.render import Grid, Html, T, render
from tests.heldout_checks import (
    Renderings,
    check_wres_layouts,
    earlier_sets,
    figure_printed,
    trust_names,
    wres_cases,
)

DOCS = Renderings(render, [], wres_ae.LAYOUTS)
MARKED, WITHHELD, PROSE, FOLDED, NESTED = range(5)


def _text(index: int, fmt: str = "html") -> str:
    return DOCS.text("wres", index, fmt)


def _values(index: int) -> set[float]:
    return {x["value"] for x in wres_ae.LAYOUTS[index].truth if x["value"] is not None}


def _tables(index: int) -> list[Grid | T]:
    blocks = wres_ae.LAYOUTS[index].blocks
    printed = [p for b in blocks if isinstance(b, Html) for p in b.printed]
    return [b for b in [*blocks, *printed] if isinstance(b, Grid | T)]


# HTML and DOCX only: the PDFs print the same blocks and are slow to write and read.
CASES = [(i, fmt) for i, fmt in wres_cases(wres_ae.LAYOUTS) if fmt != "pdf"]


@pytest.mark.parametrize(("index", "fmt"), CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text(index, fmt)
    for fig in wres_ae.LAYOUTS[index].truth:
        if fig["value"] is None:
            assert fig.get("redacted") == 1 and " * " in f" {text} ", fig
        else:
            assert figure_printed(fig, text), fig


def test_every_layout_has_nine_indicators_over_two_years():
    sizes = [len(layout.truth) for layout in wres_ae.LAYOUTS]
    assert sizes == [30, 46, 30, 32, 30], sizes
    for layout in wres_ae.LAYOUTS:
        assert {x["indicator"] for x in layout.truth} == set(range(1, 10)), layout.name
        assert {x["period"] for x in layout.truth} == {"2023/24", "2022/23"}, layout.name
        groups = {(x["indicator"], x["staff_group"], x["band"]) for x in layout.truth}
        assert (1, "overall", None) in groups and (9, "board_voting", None) in groups
        ratios = {x["indicator"] for x in layout.truth if x["measure"] == "relative_likelihood"}
        assert ratios == {2, 3, 4}, layout.name
        shares = [x for x in layout.truth if x["measure"] == "percentage"]
        assert {x["ethnic_group"] for x in shares} == {"BME", "White"}, layout.name


def test_figures_carry_significance_marks_not_in_the_truth():
    rows = _tables(MARKED)[0].rows
    assert rows[0] == ["Indicator", "Staff group", "2023/24", "2022/23"]
    cells = [c for r in rows[1:] for c in r[2:]]
    ratio_cells = [c for c in cells if "%" not in c]
    assert len(ratio_cells) == 6 and all(
        re.fullmatch(r"\d\.\d\d \((sig|n\.s)\.\)", c) for c in ratio_cells
    )
    assert {"sig.", "n.s."} <= {c.split("(")[1].rstrip(")") for c in ratio_cells}
    starred = [c for c in cells if c.endswith("%*")]
    assert len(starred) == len(af.SIGNIFICANT_GAPS) and "27.8%*" in starred
    assert any(re.fullmatch(r"\d+\.\d%", c) for r in rows[6:8] for c in r[2:])  # unmarked
    text = _text(MARKED)
    assert "1.00" in text and "95%" in text and not {1.0, 95.0} & _values(MARKED)


def test_withheld_cells_are_in_the_truth_as_redactions():
    band_table = next(t for t in _tables(WITHHELD) if isinstance(t, T))
    assert [s for s, _ in band_table.spans] == ["", "31 March 2024", "31 March 2023"]
    stars = [(r[0], k) for r in band_table.rows[1:] for k, c in enumerate(r[1:]) if c == "*"]
    redacted = [x for x in wres_ae.LAYOUTS[WITHHELD].truth if x["value"] is None]
    assert len(stars) == len(redacted) == 3
    for x in redacted:
        assert x["redacted"] == 1 and x["band"] == "Bands 8c-9 and VSM", x
        assert (x["indicator"], x["staff_group"]) == (1, "overall")
    bands = {x["band"] for x in wres_ae.LAYOUTS[WITHHELD].truth}
    assert bands == {None, *af.BANDS}
    assert "* Withheld: fewer than five staff" in _text(WITHHELD, "docx")


def test_prose_sets_every_figure_beside_a_national_average_in_no_truth():
    text = _text(PROSE)
    national = {float(x) for v in af.NATIONAL.values() for xs in v.values() for x in xs}
    national |= {float(x) for xs in af.NATIONAL_RATIOS.values() for x in xs}
    assert len(national) > 20 and not national & _values(PROSE)
    for xs in [
        *af.NATIONAL_RATIOS.values(),
        *(x for v in af.NATIONAL.values() for x in v.values()),
    ]:
        assert all(re.search(rf"(?<![\d.]){re.escape(x)}(?!\d)", text) for x in xs), xs
    assert "against a national average of" in text and "Nationally, 24.8% of BME staff" in text
    assert text.count(" our ") >= 9 and "Here we recorded" in text
    assert not any(isinstance(b, Grid | T | Html) for b in wres_ae.LAYOUTS[PROSE].blocks)


def test_folded_table_carries_two_indicators_a_row():
    rows = _tables(FOLDED)[0].rows
    assert rows[0][2:4] == ["2023/24", "2022/23"] and rows[0][6:] == ["2023 survey", "2022 survey"]
    assert all(len(r) == 8 for r in rows)
    assert rows[1][0].startswith("1. ") and rows[1][4].startswith("5. ")
    left = {int(r[0][0]) for r in rows[1:] if r[0]}
    right = {int(r[4][0]) for r in rows[1:] if r[4]}
    assert left == {1, 2, 3, 4, 9} and right == {5, 6, 7, 8}
    for k in (0, 1):  # the difference is the board's BME share less the workforce's
        d = Decimal(af.FOLDED[9]["BME"][k]) - Decimal(af.FOLDED[1]["BME"][k])
        assert d == Decimal(af.FOLDED_DIFFERENCE[k])
    diff = [x for x in wres_ae.LAYOUTS[FOLDED].truth if x["measure"] == "difference"]
    assert {(x["indicator"], x["staff_group"], x["ethnic_group"]) for x in diff} == {
        (9, "board_voting", "BME")
    }


def test_results_cells_hold_tables_of_their_own():
    page = DOCS.rendered("wres", NESTED, "html").decode("utf-8")
    assert page.count("<table") == 10 and page.count('<table class="inner">') == 9
    assert re.search(r"<td><table class=\"inner\"><thead><tr><th></th><th>2023 survey</th>", page)
    assert "<th>31 March 2024</th>" in page and "<th>2023/24</th>" in page
    printed = _tables(NESTED)[0].rows
    assert len(printed) == 10 and all("\n" in r[1] for r in printed[1:])
    assert "BME staff 31.5% 30.3%" in _text(NESTED, "docx")


def test_first_sight_recorded():
    rows = {"WRES, all", "WRES, HTML", "WRES, PDF", "WRES, DOCX"}
    rows |= {f"WRES, {layout.name}" for layout in wres_ae.LAYOUTS}
    assert set(FIRST_SIGHT_WRES) == rows
    assert all(len(v) == 5 for v in FIRST_SIGHT_WRES.values())
    assert FIRST_SIGHT_WRES["WRES, all"][4] == sum(len(x.truth) * 3 for x in wres_ae.LAYOUTS)


def test_trust_names_are_new():
    mine = {layout.title for layout in wres_ae.LAYOUTS}
    assert len(mine) == 5
    for old in earlier_sets("foi", "ae"):
        if hasattr(old, "TRUSTS"):  # sets Y and Z name their trusts otherwise
            assert not mine & trust_names(old), old.__name__


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_ae.LAYOUTS) == 5
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_ae.LAYOUTS)
    assert total >= 400, total
    check_wres_layouts(
        wres_ae.LAYOUTS,
        earlier_sets("wres", "ae"),
        key=wres_e.KEY,
        measures=("percentage", "relative_likelihood", "difference"),
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )
