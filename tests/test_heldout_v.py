"""Held-out set V checked as a SET, not the parser on it (its score is
benchmarks/heldout_v/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to U nor the synthetic styles, two trusts each, three formats, four of them ordinary
letters: an 'Exemptions' part in no item, a long request with numbers past 9 and
conditional follow-ups, italic answers, yearly figures run into one line; a
'Ref | Question | Response | Comments' table, bold verdicts kept in the answers, a
shared lead-in in no item before lettered questions, intro-and-bullets answers; five
new WRES layouts with at least 400 figures over the formats, legend shares, benchmark
averages and other equality measures kept out of the truth; first-sight numbers for
every row)."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.heldout_p.render import B, Grid, H, P, render
from benchmarks.heldout_v import foi_v, wres_v
from benchmarks.heldout_v import foi_v_text as tx
from benchmarks.heldout_v import wres_v_figures as wf
from tests.heldout_checks import (
    Renderings,
    check_first_sight,
    check_foi_truth_printed,
    check_in_no_answer,
    check_new_styles_and_trusts,
    check_wordings_fresh,
    check_wres_layouts,
    earlier_sets,
    exemption_sections,
    figure_printed,
    first_sight_rows,
    foi_cases,
    wres_cases,
)

LETTERS = foi_v.letters()
EARLIER = "v"  # set V was written against sets D to U
DOCS = Renderings(render, LETTERS, wres_v.LAYOUTS)
_text = DOCS.text
DATE_FORMS = (tx.slash_date, tx.dotted_month_date, tx.of_date)


@pytest.mark.parametrize(("index", "fmt"), foi_cases(LETTERS))
def test_foi_truth_is_printed(index, fmt):
    truth = dict(LETTERS[index].truth)
    check_foi_truth_printed(truth, _text("foi", index, fmt), DATE_FORMS)


def _of(style: str) -> list:
    return [letter for letter in LETTERS if letter.style == style]


def _texts(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, H | P | B)]


def test_ordinary_letters():
    for letter in _of(foi_v.ORD_EXEMPT):  # the explanations follow the answers, in no item
        cited = [e["section"] for e in letter.truth["exemptions"]]
        assert cited
        texts = _texts(letter)
        assert texts.index("Exemptions") > max(
            i for i, t in enumerate(texts) if t.endswith("'Exemptions' below.")
        )
        check_in_no_answer([tx.EXPLAINED[s] for s in cited], [letter])
    for letter in _of(foi_v.ORD_LONG):
        items = letter.truth["items"]
        assert 8 <= len(items) <= 12 and items[-1]["label"] == str(len(items))
        assert not items[0]["question"].startswith("If")
    assert any(
        x["question"].startswith("If")
        for letter in _of(foi_v.ORD_LONG)
        for x in letter.truth["items"]
    )
    for letter in _of(foi_v.ITALIC_ANSWER):
        italic = [b.text for b in letter.blocks if isinstance(b, P) and b.style == "italic"]
        assert len(italic) == 2 * len(letter.truth["items"])
    for letter in _of(foi_v.INLINE_YEARS):
        for x in letter.truth["items"]:
            assert all(f"{y}: " in x["answer"] for y in tx.YEARS)


def test_comments_verdicts_stems_and_bullets():
    for letter in _of(foi_v.COMMENTS):
        (grid,) = [b for b in letter.blocks if isinstance(b, Grid)]
        assert grid.header and len(grid.rows[0]) == 4
        for row, x in zip(grid.rows[1:], letter.truth["items"], strict=True):
            assert x["label"] == row[0] and x["answer"].endswith(row[3])
    for letter in _of(foi_v.VERDICT):
        for x in letter.truth["items"]:
            assert x["answer"].split(" – ")[0] in {"Held", "Not held", "Withheld"}
    for letter in _of(foi_v.STEM):
        check_in_no_answer(tx.STEMS, [letter])
        assert [x["label"] for x in letter.truth["items"]] == list(
            "abcdefgh"[: len(letter.truth["items"])]
        )
    for letter in _of(foi_v.INTRO_BULLETS):
        bullets = [b.text for b in letter.blocks if isinstance(b, B)]
        assert all(any(b in x["answer"] for x in letter.truth["items"]) for b in bullets)


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_v.PER_STYLE == 4 for n in per_style.values()), per_style
    check_new_styles_and_trusts(foi_v, earlier_sets("foi", EARLIER), LETTERS)
    assert all(set(f) == {"docx", "pdf", "html"} for f in foi_v.FORMATS.values())
    assert {"40(2)", "43(2)", "31(1)(a)"} <= exemption_sections(LETTERS)
    labels = {i["label"] for x in LETTERS for i in x.truth["items"]}
    assert {"10", "a", "Q1"} <= labels


def test_foi_wordings_are_fresh():
    """Closings and questions are set V's own (against sets D to U), and no closing is
    in an answer."""
    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    check_wordings_fresh(mine, tx.TOPICS, earlier_sets("foi_text", EARLIER), LETTERS)


@pytest.mark.parametrize(("index", "fmt"), wres_cases(wres_v.LAYOUTS))
def test_wres_figures_are_printed(index, fmt):
    text = _text("wres", index, fmt)
    for fig in wres_v.LAYOUTS[index].truth:
        assert figure_printed(fig, text), fig


def test_wres_unkeyed_figures_are_printed_and_stay_out():
    for index, unkeyed in wf.NOT_KEYED.items():
        text = _text("wres", index, "html")
        values = {x["value"] for x in wres_v.LAYOUTS[index].truth}
        for v in unkeyed:
            assert f"{v}%" in text, v
            assert float(v) not in values, (index, v)
    periods = {x["period"] for x in wres_v.LAYOUTS[0].truth}
    assert periods == set(wf.STACKED_YEARS)
    groups = {(x["indicator"], x["staff_group"]) for x in wres_v.LAYOUTS[4].truth}
    assert (1, "overall") in groups and (9, "board_voting") in groups


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_v.LAYOUTS) == 5
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_v.LAYOUTS)
    assert total >= 400, total
    check_wres_layouts(
        wres_v.LAYOUTS,
        earlier_sets("wres", EARLIER),
        key=wres_e.KEY,
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_v.score import FIRST_SIGHT, FIRST_SIGHT_AFTER_U

    rows = first_sight_rows(foi_v.STYLES, wres_v.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT, FIRST_SIGHT_AFTER_U)
    assert set(FIRST_SIGHT_AFTER_U) == set(FIRST_SIGHT)
