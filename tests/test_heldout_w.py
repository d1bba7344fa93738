"""Held-out set W checked as a SET, not the parser on it (its score is
benchmarks/heldout_w/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to V nor the synthetic styles, two trusts each, three formats, three of them ordinary
letters: a 'Please note' caveat closing each answer, a 'Re-use of information' part in
no item, parts pointed to another body with its address in the answer; answers site by
site with '<5' and the note citing 40(2), decimal '1.0' labels under a memo head,
reference and dates only after the signature, bold topic tags in no item, the
requester's bullets in the question; five new WRES layouts with at least 400 figures
over the formats; first-sight numbers for every row)."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.heldout_p.render import B, H, P, render
from benchmarks.heldout_w import foi_w, wres_w
from benchmarks.heldout_w import foi_w_text as tx
from benchmarks.heldout_w import wres_w_figures as wf
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

LETTERS = foi_w.letters()
EARLIER = "w"  # set W was written against sets D to V
DOCS = Renderings(render, LETTERS, wres_w.LAYOUTS)
_text = DOCS.text
DATE_FORMS = (tx.weekday_date, tx.short_year_date, tx.iso_date)


@pytest.mark.parametrize(("index", "fmt"), foi_cases(LETTERS))
def test_foi_truth_is_printed(index, fmt):
    truth = dict(LETTERS[index].truth)
    check_foi_truth_printed(truth, _text("foi", index, fmt), DATE_FORMS)


def _of(style: str) -> list:
    return [letter for letter in LETTERS if letter.style == style]


def _texts(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, H | P | B)]


def test_ordinary_letters():
    for letter in _of(foi_w.ORD_CAVEAT):
        assert all("Please note" in x["answer"] for x in letter.truth["items"])
    for letter in _of(foi_w.ORD_REUSE):
        texts = _texts(letter)
        assert texts.index("Re-use of information") == texts.index(tx.REUSE) - 1
        check_in_no_answer([tx.REUSE, "Re-use of information"], [letter])
    bodies = [line for r in tx.REDIRECTS for line in r.body]
    assert any(
        any(line in x["answer"] for line in bodies)
        for letter in _of(foi_w.ORD_REDIRECT)
        for x in letter.truth["items"]
    )
    for style in (foi_w.ORD_CAVEAT, foi_w.ORD_REUSE, foi_w.ORD_REDIRECT):
        for letter in _of(style):
            labels = [x["label"] for x in letter.truth["items"]]
            assert labels == [str(n) for n in range(1, len(labels) + 1)]


def test_sites_memo_footer_tags_and_bullets():
    for letter in _of(foi_w.BY_SITE):
        assert letter.truth["exemptions"] == [{"law": "FOIA", "section": "40(2)"}]
        assert any("<5" in x["answer"] for x in letter.truth["items"])
    for letter in _of(foi_w.MEMO):
        assert all(x["label"].endswith(".0") for x in letter.truth["items"])
        assert any(t.startswith("To: ") for t in _texts(letter))
    for letter in _of(foi_w.REF_FOOT):
        texts = _texts(letter)
        signature = max(i for i, t in enumerate(texts) if t == letter.trust)
        first_ref = min(i for i, t in enumerate(texts) if letter.truth["reference"] in t)
        assert first_ref > signature
    for letter in _of(foi_w.TAGGED):
        assert all(x["label"] is None for x in letter.truth["items"])
        check_in_no_answer([t.tag + ":" for t in tx.TOPICS], [letter])
        assert not any(
            x["question"].startswith(t.tag) for x in letter.truth["items"] for t in tx.TOPICS
        )
    for letter in _of(foi_w.BULLETED_Q):
        bullets = [b.text for b in letter.blocks if isinstance(b, B)]
        assert all(any(b in x["question"] for x in letter.truth["items"]) for b in bullets)


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_w.PER_STYLE == 4 for n in per_style.values()), per_style
    check_new_styles_and_trusts(foi_w, earlier_sets("foi", EARLIER), LETTERS)
    assert all(set(f) == {"docx", "pdf", "html"} for f in foi_w.FORMATS.values())
    assert {"40(2)", "43(2)", "38(1)(b)"} <= exemption_sections(LETTERS)
    labels = {i["label"] for x in LETTERS for i in x.truth["items"]}
    assert {"1", "1.0", None} <= labels


def test_foi_wordings_are_fresh():
    """Closings and questions are set W's own (against sets D to V), and no closing is
    in an answer."""
    mine = {t for ts in tx.CLOSINGS.values() for t in ts} | {tx.REUSE}
    check_wordings_fresh(mine, tx.TOPICS, earlier_sets("foi_text", EARLIER), LETTERS)


@pytest.mark.parametrize(("index", "fmt"), wres_cases(wres_w.LAYOUTS))
def test_wres_figures_are_printed(index, fmt):
    text = _text("wres", index, fmt)
    for fig in wres_w.LAYOUTS[index].truth:
        assert figure_printed(fig, text), fig


def test_wres_layout_particulars():
    text = _text("wres", 1, "html")
    assert "2023/24" not in text.split("2022/23.", 1)[1]  # years named once, up front
    assert "Indicator Nine" in _text("wres", 4, "html")
    for layout in wres_w.LAYOUTS:
        groups = {(x["indicator"], x["staff_group"]) for x in layout.truth}
        assert (1, "overall") in groups and (9, "board_voting") in groups
    assert set(wf.WORDS) == set(range(1, 10))


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_w.LAYOUTS) == 5
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_w.LAYOUTS)
    assert total >= 400, total
    check_wres_layouts(
        wres_w.LAYOUTS,
        earlier_sets("wres", EARLIER),
        key=wres_e.KEY,
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_w.score import FIRST_SIGHT

    rows = first_sight_rows(foi_w.STYLES, wres_w.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT)
