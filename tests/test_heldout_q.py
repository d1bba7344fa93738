"""Held-out set Q checked as a SET, not the parser on it (its score is
benchmarks/heldout_q/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to P nor the synthetic styles, two trusts each, three formats, answers opening with
'The Trust can confirm that', questions and answers as two bulleted lists of equal
length, answers pointing back to earlier ones, an 'Additional information' section in
no answer, answers inside '[Response: …]' brackets, answers in one-cell boxes, subject
headings above the questions, a Yes/No table; five new WRES layouts with at least 100
figures, targets and comparators kept out of the truth; first-sight numbers for every
row)."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest

from benchmarks.heldout_p.render import Grid, H, P, render
from benchmarks.heldout_q import foi_q, wres_q
from benchmarks.heldout_q import foi_q_text as tx
from benchmarks.heldout_q import wres_q_figures as wf
from benchmarks.heldout_q.foi_q_text import DATE_FORMS
from tests.heldout_checks import (
    Renderings,
    assert_figures_printed,
    check_first_sight,
    check_foi_truth_printed,
    check_new_styles_and_trusts,
    check_wordings_fresh,
    check_wres_layouts,
    earlier_sets,
    exemption_sections,
    first_sight_rows,
    foi_cases,
    wres_cases,
)

LETTERS = foi_q.letters()
EARLIER = "q"  # set Q was written against sets D to P
DOCS = Renderings(render, LETTERS, wres_q.LAYOUTS)
_rendered, _text = DOCS.rendered, DOCS.text


@pytest.mark.parametrize(("index", "fmt"), foi_cases(LETTERS))
def test_foi_truth_is_printed(index, fmt):
    check_foi_truth_printed(LETTERS[index].truth, _text("foi", index, fmt), DATE_FORMS)


def _paras(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, P)]


def test_confirm_lists_and_references_back():
    for letter in LETTERS:
        items, paras = letter.truth["items"], _paras(letter)
        confirms = [x for x in items if x["answer"].startswith("The Trust can confirm that")]
        assert bool(confirms) == (letter.style == foi_q.CONFIRM)
        if confirms:
            assert len(confirms) == len(items)
        bullets = [p for p in paras if p.startswith(("• ", "– "))]
        assert bool(bullets) == (letter.style == foi_q.PAIRED)
        if bullets:
            assert len(bullets) == 2 * len(items)
            assert all(x["label"] is None for x in items)
            assert [b[2:] for b in bullets[: len(items)]] == [x["question"] for x in items]
        pointers = [x for x in items if re.search(r"question \d+", x["answer"])]
        assert bool(pointers) == (letter.style == foi_q.REFBACK)
        if pointers:
            assert len(pointers) == 2
            labels = [x["label"] for x in items]
            for x in pointers:
                n = re.search(r"question (\d+)", x["answer"]).group(1)
                assert labels.index(n) == labels.index(x["label"]) - 1


def test_additional_brackets_boxes_subjects_and_yes_no():
    import docx

    for i, letter in enumerate(LETTERS):
        items, paras = letter.truth["items"], _paras(letter)
        heads = [b.text for b in letter.blocks if isinstance(b, H | P)]
        extra = [h for h in heads if h in ("Additional information", "Further information")]
        assert bool(extra) == (letter.style == foi_q.ADDITIONAL)
        if extra:
            notes = [t for ts in tx.ADDITIONAL for t in ts[1:]]
            assert any(n in paras for n in notes)
            assert not any(n in x["answer"] for n in notes for x in items)
        brackets = [p for p in paras if re.search(r"\[(Response:|Trust reply –) .*\]$", p)]
        assert bool(brackets) == (letter.style == foi_q.BRACKET)
        if brackets:
            assert len(brackets) == len(items)
            assert not any("[" in x["answer"] or "Response:" in x["answer"] for x in items)
        grids = [b for b in letter.blocks if isinstance(b, Grid)]
        boxes = [g for g in grids if len(g.rows) == 1 and len(g.rows[0]) == 1]
        assert bool(boxes) == (letter.style == foi_q.BOXED)
        if boxes:
            assert len(boxes) == len(items)
            document = docx.Document(io.BytesIO(_rendered("foi", i, "docx")))
            assert sum(len(t.columns) == 1 for t in document.tables) == len(items)
        if letter.style == foi_q.SUBHEAD:
            assert sum(h in foi_q.SUBJECTS.values() for h in heads) == len(items)
            assert not any(s in x["question"] for s in foi_q.SUBJECTS.values() for x in items)
        yes_no = [g for g in grids if g.rows[0][:2] == ["Question", "Yes/No"]]
        assert bool(yes_no) == (letter.style == foi_q.YESNO)
        if yes_no:
            answers = [x["answer"].split()[0] for x in items]
            assert "No" in answers and set(answers) <= {"Yes", "No"}


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_q.PER_STYLE == 4 for n in per_style.values()), per_style
    check_new_styles_and_trusts(foi_q, earlier_sets("foi", EARLIER), LETTERS)
    assert all(set(f) == {"docx", "pdf", "html"} for f in foi_q.FORMATS.values())
    assert {"40(2)", "43(2)", "21", "31(1)(a)"} <= exemption_sections(LETTERS)
    unlabelled = [i for x in LETTERS for i in x.truth["items"] if i["label"] is None]
    assert unlabelled, "no unnumbered questions"


def test_foi_wordings_are_fresh():
    """Closings and questions are set Q's own (against sets D to P), and no closing is
    in an answer."""
    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    check_wordings_fresh(mine, tx.TOPICS, earlier_sets("foi_text", EARLIER), LETTERS)


@pytest.mark.parametrize(("index", "fmt"), wres_cases(wres_q.LAYOUTS))
def test_wres_figures_are_printed(index, fmt):
    assert_figures_printed(wres_q.LAYOUTS[index].truth, _text("wres", index, fmt))


def test_wres_targets_and_comparators_stay_out():
    for i, values in wf.NOT_KEYED.items():
        truth = {x["value"] for x in wres_q.LAYOUTS[i].truth}
        text = _text("wres", i, "docx")
        for v in values:
            assert v in text, (i, v)
            assert float(v) not in truth, (i, v)
    assert "Current year" in _text("wres", 0, "pdf") and "2023/24" in _text("wres", 0, "pdf")
    assert "Ind. 5" in _text("wres", 1, "html")
    assert "Target 2025/26" in _text("wres", 2, "pdf")
    assert "Shortlisting" in _text("wres", 3, "docx")
    assert "indicator 2" not in _text("wres", 3, "docx").split("Key")[0]
    assert "BME: 19.3% (2023/24)" in _text("wres", 4, "html")


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_q.LAYOUTS) == 5
    assert sum(len(layout.truth) for layout in wres_q.LAYOUTS) >= 100
    check_wres_layouts(
        wres_q.LAYOUTS,
        earlier_sets("wres", EARLIER),
        key=wres_e.KEY,
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_q.score import FIRST_SIGHT

    rows = first_sight_rows(foi_q.STYLES, wres_q.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT)
