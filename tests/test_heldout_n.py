"""Held-out set N checked as a SET, not the parser on it (its score is
benchmarks/heldout_n/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to M nor the synthetic styles, two trusts each, formats, questions across a table's
header row, summary tables up front, tick-box form lines kept out of the answers,
Q1a/R1a labels, capitals, run-in answers, the reference only in a subject line,
answer tables keyed by number; five new WRES layouts with at least 100 figures, White
sub-groups, comparators, confidence limits and suppressed cells kept out of the truth,
proportions printed as decimals; first-sight numbers for every row)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.heldout_e.wres_e import KEY
from benchmarks.heldout_n import foi_n, wres_n
from benchmarks.heldout_n import foi_n_text as tx
from benchmarks.heldout_n import wres_n_figures as figs
from benchmarks.heldout_n.foi_n_text import DATE_FORMS
from benchmarks.heldout_n.foi_n_text import apostrophe_date as f_rec
from benchmarks.heldout_n.render import Grid, P, render
from tests.heldout_checks import (
    Renderings,
    check_first_sight,
    check_new_styles_and_trusts,
    check_wordings_fresh,
    check_wres_layouts,
    earlier_sets,
    exemption_sections,
    figure_printed,
    first_sight_rows,
    foi_cases,
    label_pattern,
    words_in,
    wres_cases,
)

LETTERS = foi_n.letters()
EARLIER = "n"  # set N was written against sets D to M
DOCS = Renderings(render, LETTERS, wres_n.LAYOUTS)
_text = DOCS.text
DECIMALS = 1  # the layout printing proportions as decimals


def _topic(question: str) -> tx.Topic:
    return next(t for t in tx.TOPICS if t.question.upper() == question.upper())


@pytest.mark.parametrize(("index", "fmt"), foi_cases(LETTERS))
def test_foi_truth_is_printed(index, fmt):
    letter = LETTERS[index]
    text = _text("foi", index, fmt)
    truth = letter.truth
    assert truth["items"], "a letter with no questions"
    for item in truth["items"]:
        assert words_in(item["question"], text), item["question"]
        assert words_in(item["answer"], text), item["answer"]
        if item["label"]:
            assert re.search(label_pattern(item["label"]), text), item["label"]
    assert truth["reference"] in text
    for iso in (truth["received_date"], truth["responded_date"]):
        assert any(f(iso) in text for f in DATE_FORMS), iso
    for ex in truth["exemptions"]:
        assert re.search(rf"section\s*{re.escape(ex['section'])}", text, re.I), ex


def _paras(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, P)]


def test_layout_features():
    for letter in LETTERS:
        items, paras = letter.truth["items"], _paras(letter)
        grids = [b for b in letter.blocks if isinstance(b, Grid)]
        answers = " ".join(i["answer"] for i in items)
        assert "☐" not in answers and "Summary" not in answers
        if letter.style == foi_n.ACROSS:
            heads = [c for g in grids for c in g.rows[0]]
            assert [h.split(". ", 1)[-1] for h in heads] == [i["question"] for i in items]
            assert all(len(g.rows) == 2 for g in grids)
        if letter.style == foi_n.SUMMARY:
            assert letter.blocks.index(grids[0]) < min(
                i for i, b in enumerate(letter.blocks) if isinstance(b, P) and "?" in b.text
            )
            assert [r[0] for r in grids[0].rows[1:]] == [i["label"] for i in items]
        if letter.style == foi_n.TICK:
            ticks = [p for p in paras if "☐" in p]
            assert len(ticks) >= len(items)
        if letter.style == foi_n.QR:
            for item in items:
                response = "R" + item["label"][1:]
                assert any(p.startswith(response) for p in paras), response
                assert re.fullmatch(r"Q\d[abc]", item["label"])
        if letter.style == foi_n.CAPS:
            assert all(i["question"].isupper() and i["label"] is None for i in items)
            assert all(not i["answer"].isupper() for i in items)
        if letter.style == foi_n.RUNIN:
            for item in items:
                first = _topic(item["question"]).answer[0]
                assert any(p.endswith(f" {first}") and item["question"] in p for p in paras)
        if letter.style == foi_n.SUBJECT:
            ref, rec = letter.truth["reference"], letter.truth["received_date"]
            holding = [p for p in paras if ref in p]
            assert len(holding) == 1 and holding[0].startswith(("RE:", "Subject:"))
            dated = [p for p in paras if re.search(rf"(?<!\d){re.escape(f_rec(rec))}", p)]
            assert dated == holding
        if letter.style == foi_n.KEYED:
            rows = grids[-1].rows[1:]
            assert [r[0] for r in rows] == [i["label"] for i in items]
            assert not any(i["question"] in r[1] for i in items for r in rows)


def test_foi_counts_styles_and_trusts():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_n.PER_STYLE == 4 for n in per_style.values()), per_style
    check_new_styles_and_trusts(foi_n, earlier_sets("foi", EARLIER), LETTERS)
    assert len({t[0] for ts in foi_n.TRUSTS.values() for t in ts}) == 16
    assert sum("html" in f for f in foi_n.FORMATS.values()) >= 4
    assert {"40(2)", "43(2)", "21", "22(1)"} <= exemption_sections(LETTERS)
    assert any(i["label"] is None for x in LETTERS for i in x.truth["items"])


def test_foi_wordings_are_fresh():
    """Closings and questions are set N's own (against sets D to M), and no closing is in
    an answer; every letter gives the ICO's address."""
    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    check_wordings_fresh(mine, tx.TOPICS, earlier_sets("foi_text", EARLIER), LETTERS)
    for letter in LETTERS:
        assert any("Wycliffe House" in p for p in _paras(letter))


def _decimal_printed(fig: dict, text: str) -> bool:
    if fig["measure"] == "relative_likelihood":
        return figure_printed(fig, text)
    printed = f"{fig['value'] / 100:.3f}"
    return re.search(rf"(?<![\d.]){re.escape(printed)}(?!\d)", text) is not None


@pytest.mark.parametrize(("index", "fmt"), wres_cases(wres_n.LAYOUTS))
def test_wres_figures_are_printed(index, fmt):
    text = _text("wres", index, fmt)
    printed = _decimal_printed if index == DECIMALS else figure_printed
    for fig in wres_n.LAYOUTS[index].truth:
        assert printed(fig, text), fig


def test_wres_sub_groups_comparators_and_limits_stay_out():
    for i, values in figs.NOT_KEYED.items():
        assert values, i
        truth = {round(x["value"], 3) for x in wres_n.LAYOUTS[i].truth}
        if i == DECIMALS:
            truth = {round(v / 100, 3) for v in truth}
        text = _text("wres", i, "docx")
        for v in values:
            assert v in text, (i, v)
            assert round(float(v), 3) not in truth, (i, v)
    assert "White British" in _text("wres", 0, "pdf") and "*" in _text("wres", 0, "html")
    assert "not percentages" in _text("wres", 1, "html")
    assert "32.4% (29.1–35.7)" in _text("wres", 2, "pdf")
    assert "2 of 14 from ethnic minorities (14.3%)" in _text("wres", 3, "pdf")
    assert "1.27x" in _text("wres", 4, "html") and "Amber" in _text("wres", 4, "docx")


def test_wres_layouts():
    assert len(wres_n.LAYOUTS) == 5
    assert sum(len(layout.truth) for layout in wres_n.LAYOUTS) >= 100
    check_wres_layouts(
        wres_n.LAYOUTS,
        earlier_sets("wres", EARLIER),
        key=KEY,
        groups={"BME", "White", "Unknown"},
        formats=("html", "pdf", "docx"),
    )


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_n.score import FIRST_SIGHT

    rows = first_sight_rows(foi_n.STYLES, wres_n.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT)
