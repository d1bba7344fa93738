"""Held-out set AJ's WRES half checked as a SET, not the parser on it (its first-sight
score is the lead's business): every rendering prints every truth figure as typed, and
the set has what it promises: five WRES layouts in none of sets D to AI, each printed
for two trusts, three of them ordinary (a board paper's cover sheet before the summary
table; the summary table under month-range period heads; the summary table followed by
the integrated care system's in the same shape), two harder in where a figure's key
stands (the survey indicators as answer distributions, the WRES figure one column
among others; last year's figures only in numbered endnotes), each with all nine
indicators over two years, its trusts' names in no earlier set, and its first-sight
rows recorded (wres_aj_first_sight.py)."""

from __future__ import annotations

import re

import pytest

from benchmarks.heldout_ai import foi_ai, wres_ai
from benchmarks.heldout_aj import wres_aj
from benchmarks.heldout_aj import wres_aj_figures as aj
from benchmarks.heldout_aj.wres_aj_first_sight import FIRST_SIGHT_WRES
from benchmarks.heldout_p.render import Grid, H, P, render
from tests.heldout_checks import (
    Renderings,
    check_wres_layouts,
    earlier_sets,
    trust_names,
    wres_cases,
)

DOCS = Renderings(render, [], wres_aj.LAYOUTS)
COVER, PERIODS, ICS, ANSWERS, ENDNOTES = (0, 1), (2, 3), (4, 5), (6, 7), (8, 9)
TRUSTS = (*aj.COVER, *aj.PERIODS, *aj.ICS, *aj.ANSWERS, *aj.ENDNOTES)
CASES = wres_cases(wres_aj.LAYOUTS)


def _text(index: int, fmt: str = "docx") -> str:
    return DOCS.text("wres", index, fmt)


def _typed(t: aj.Trust) -> list[str]:
    """Every figure of a trust as typed in wres_aj_figures.py."""
    shares = [x for groups in t.figures.values() for pair in groups.values() for x in pair]
    return shares + [x for pair in t.ratios.values() for x in pair]


def _printed(figure: str, text: str) -> bool:
    return bool(re.search(rf"(?<![\d.]){re.escape(figure)}(?!\d|\.\d)", text))


def _grids(index: int) -> list[Grid]:
    return [b for b in wres_aj.LAYOUTS[index].blocks if isinstance(b, Grid)]


@pytest.mark.parametrize(("index", "fmt"), CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text(index, fmt)
    typed = _typed(TRUSTS[index])
    assert len(typed) == len(wres_aj.LAYOUTS[index].truth) == 30
    for figure in typed:
        assert _printed(figure, text), (figure, fmt)


def test_truth_is_the_typed_figures():
    for layout, t in zip(wres_aj.LAYOUTS, TRUSTS, strict=True):
        assert layout.title == t.name
        assert sorted(x["value"] for x in layout.truth) == sorted(map(float, _typed(t)))
        assert {x["period"] for x in layout.truth} == set(t.years), layout.name


def test_every_layout_has_nine_indicators_over_two_years():
    for layout in wres_aj.LAYOUTS:
        assert {x["indicator"] for x in layout.truth} == set(range(1, 10)), layout.name
        groups = {(x["indicator"], x["staff_group"], x["band"]) for x in layout.truth}
        assert (1, "overall", None) in groups and (9, "board_voting", None) in groups
        ratios = {x["indicator"] for x in layout.truth if x["measure"] == "relative_likelihood"}
        assert ratios == {2, 3, 4}, layout.name
        shares = [x for x in layout.truth if x["measure"] == "percentage"]
        assert {x["ethnic_group"] for x in shares} == {"BME", "White"}, layout.name
    years = {tuple(sorted({x["period"] for x in layout.truth})) for layout in wres_aj.LAYOUTS}
    assert years == {("2023/24", "2024/25"), ("2022/23", "2023/24")}


def test_five_layouts_two_trusts_each():
    for n, description in enumerate(wres_aj.DESCRIPTIONS):
        pair = wres_aj.LAYOUTS[2 * n : 2 * n + 2]
        assert all(layout.name.startswith(description) for layout in pair)
        assert pair[0].title != pair[1].title
        assert [t.years for t in TRUSTS[2 * n : 2 * n + 2]] == [aj.NEW, aj.OLD]


def test_cover_sheet_comes_before_the_figures():
    for index in COVER:
        blocks = wres_aj.LAYOUTS[index].blocks
        sheet = _grids(index)[0]
        assert blocks.index(sheet) == 1 and len(sheet.rows[0]) == 2
        assert sheet.rows[2][0] == "Agenda item" and re.fullmatch(r"\d+\.\d", sheet.rows[2][1])
        text = _text(index, "pdf")
        assert text.index("Agenda item") < text.index(f"{TRUSTS[index].figures[1]['BME'][0]}%")


def test_periods_name_the_years_only_by_their_months():
    for index in PERIODS:
        t = TRUSTS[index]
        text = _text(index)
        for year in t.years:
            assert year not in text
            assert f"Apr {year[:4]} – Mar 20{year[-2:]}" in text
        assert not re.search(r"31 March|survey of 20\d\d|20\d\d survey", text)


def test_the_system_table_has_the_trusts_shape_and_other_figures():
    for index, system in zip(ICS, aj.SYSTEMS, strict=True):
        t = TRUSTS[index]
        ours, theirs = _grids(index)
        assert [r[:2] for r in ours.rows] == [r[:2] for r in theirs.rows]
        assert ours.rows[0] == theirs.rows[0] and system.years == t.years
        for mine, other in zip(ours.rows[1:], theirs.rows[1:], strict=True):
            assert all(a != b for a, b in zip(mine[2:], other[2:], strict=True)), mine
        text = _text(index, "html")
        assert all(_printed(x, text) for x in _typed(system))


def test_answer_tables_hold_the_figure_among_other_shares():
    for index in ANSWERS:
        t = TRUSTS[index]
        tables = _grids(index)[-4:]
        for i, table in zip(wres_aj.SURVEY_INDICATORS, tables, strict=True):
            head = table.rows[0]
            wres_col = head.index("At least once %" if i in (5, 6) else "Yes %")
            assert len(head) - 2 >= 2
            for row in table.rows[1:]:
                group, survey, *shares = row
                k = t.surveys.index(survey)
                assert row[wres_col] == t.figures[i][group][k]
                # the shares of one question add up to 100 (the WRES one counted once)
                answers = shares[:-1] if i in (5, 6) else shares
                assert abs(sum(map(float, answers)) - 100) < 0.05, row
                assert sum(x == row[wres_col] for x in shares) == 1, row


def test_last_years_figures_stand_only_in_the_notes():
    for index in ENDNOTES:
        t = TRUSTS[index]
        blocks = wres_aj.LAYOUTS[index].blocks
        notes_at = blocks.index(H("Notes"))
        # the indicators' paragraphs, after the opening one naming both years
        body = " ".join(b.text for b in blocks[3:notes_at] if isinstance(b, P | H))
        notes = [b.text for b in blocks[notes_at + 1 :]]
        assert len(notes) == 10
        for i in range(1, 10):
            last = [t.ratios[i][1]] if i in aj.RATIOS else [t.figures[i][g][1] for g in aj.GROUPS]
            this = [t.ratios[i][0]] if i in aj.RATIOS else [t.figures[i][g][0] for g in aj.GROUPS]
            # indicator i's note is note i + 1: note 1 is about words
            assert notes[i].startswith(f"{i + 1}. ") and all(_printed(x, notes[i]) for x in last)
            assert all(_printed(x, body) for x in this)
            assert t.years[1] not in body
        text = _text(index, "pdf")
        assert text.index("Notes") > text.index("Indicator 9")


def test_first_sight_recorded():
    rows = {"WRES, all", "WRES, HTML", "WRES, PDF", "WRES, DOCX"}
    rows |= {f"WRES, {layout.name}" for layout in wres_aj.LAYOUTS}
    assert set(FIRST_SIGHT_WRES) == rows
    assert all(len(v) == 5 for v in FIRST_SIGHT_WRES.values())
    assert FIRST_SIGHT_WRES["WRES, all"][4] == sum(len(x.truth) * 3 for x in wres_aj.LAYOUTS)


def test_trust_names_are_new():
    mine = {layout.title for layout in wres_aj.LAYOUTS} | {s.name for s in aj.SYSTEMS}
    assert len(mine) == 12
    for old in (*earlier_sets("foi", "ai"), foi_ai):
        if hasattr(old, "TRUSTS"):  # sets Y and Z name their trusts otherwise
            assert not mine & trust_names(old), old.__name__
    for old in (*earlier_sets("wres", "ai"), wres_ai):
        assert not mine & {layout.title for layout in old.LAYOUTS}, old.__name__


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_aj.LAYOUTS) == 10
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_aj.LAYOUTS)
    assert total == 900, total
    check_wres_layouts(
        wres_aj.LAYOUTS,
        (*earlier_sets("wres", "ai"), wres_ai),
        key=wres_e.KEY,
        measures=("percentage", "relative_likelihood"),
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )
