"""Held-out set X checked as a SET, not the parser on it (its score is
benchmarks/heldout_x/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to W nor the synthetic styles, two trusts each, three formats, three of them ordinary
letters: two questions answered together, an answer neither confirming nor denying
beside a 'Your ref' line, questions printed as context then question; a single quoted
request, survey codes 'A1' under section headings, numbers alone on their lines, quoted
policy extracts, numbering continued from an earlier letter; five new WRES layouts with
at least 400 figures over the formats; first-sight numbers for every row)."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.heldout_p.render import B, H, P, render
from benchmarks.heldout_x import foi_x, wres_x
from benchmarks.heldout_x import foi_x_text as tx
from benchmarks.heldout_x import wres_x_figures as xf
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

LETTERS = foi_x.letters()
EARLIER = "x"  # set X was written against sets D to W
DOCS = Renderings(render, LETTERS, wres_x.LAYOUTS)
_text = DOCS.text


@pytest.mark.parametrize(("index", "fmt"), foi_cases(LETTERS))
def test_foi_truth_is_printed(index, fmt):
    truth = dict(LETTERS[index].truth)
    check_foi_truth_printed(truth, _text("foi", index, fmt), foi_x.DATE_FORMS)


def _of(style: str) -> list:
    return [letter for letter in LETTERS if letter.style == style]


def _texts(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, H | P | B)]


def test_ordinary_letters():
    joint = " ".join(tx.JOINT_ANSWER)
    for letter in _of(foi_x.ORD_JOINT):
        shared = [x for x in letter.truth["items"] if x["answer"] == joint]
        assert len(shared) == 2
        assert int(shared[1]["label"]) == int(shared[0]["label"]) + 1
        check_in_no_answer(["Response to questions", "answered together"], [letter])
    ncnd = {n.answer for n in tx.NCND}
    for letter in _of(foi_x.ORD_NCND):
        assert any(x["answer"] in ncnd for x in letter.truth["items"])
        assert any(t.startswith("Your ref:") for t in _texts(letter))
    for letter in _of(foi_x.ORD_CONTEXT):
        contexts = {t.context for t in tx.TOPICS}
        assert all(
            any(x["question"].startswith(c) for c in contexts) for x in letter.truth["items"]
        )
    for style in (foi_x.ORD_JOINT, foi_x.ORD_NCND, foi_x.ORD_CONTEXT):
        for letter in _of(style):
            labels = [x["label"] for x in letter.truth["items"]]
            assert labels == [str(n) for n in range(1, len(labels) + 1)]


def test_single_codes_alone_policy_continued():
    for letter in _of(foi_x.SINGLE):
        (item,) = letter.truth["items"]
        assert item["label"] is None
        assert any(f"“{item['question']}”" in t for t in _texts(letter))
        check_in_no_answer(["Our response"], [letter])
    for letter in _of(foi_x.CODED):
        labels = [x["label"] for x in letter.truth["items"]]
        assert {label[0] for label in labels} == {"A", "B", "C"}
        assert all(label[1:].isdigit() for label in labels)
    for letter in _of(foi_x.NUM_ALONE):
        texts = _texts(letter)
        for x in letter.truth["items"]:
            above = texts[texts.index(x["question"]) - 1]
            assert above in (x["label"], x["label"] + ".")
    extracts = {p.extract for p in tx.POLICIES}
    for letter in _of(foi_x.POLICY):
        assert any(x["answer"].endswith(tuple(extracts)) for x in letter.truth["items"])
    for letter in _of(foi_x.CONTINUED):
        first = int(letter.truth["items"][0]["label"])
        assert first >= 3
        check_in_no_answer(["This letter completes our response"], [letter])


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_x.PER_STYLE == 4 for n in per_style.values()), per_style
    check_new_styles_and_trusts(foi_x, earlier_sets("foi", EARLIER), LETTERS)
    assert all(set(f) == {"docx", "pdf", "html"} for f in foi_x.FORMATS.values())
    assert {"40(2)", "43(2)", "40(5B)", "31(3)"} <= exemption_sections(LETTERS)
    labels = {i["label"] for x in LETTERS for i in x.truth["items"]}
    assert {"1", "A1", None} <= labels


def test_foi_wordings_are_fresh():
    """Closings and questions are set X's own (against sets D to W), and no closing is
    in an answer."""
    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    check_wordings_fresh(mine, tx.TOPICS, earlier_sets("foi_text", EARLIER), LETTERS)


@pytest.mark.parametrize(("index", "fmt"), wres_cases(wres_x.LAYOUTS))
def test_wres_figures_are_printed(index, fmt):
    text = _text("wres", index, fmt)
    for fig in wres_x.LAYOUTS[index].truth:
        assert figure_printed(fig, text), fig


def test_wres_layout_particulars():
    assert "Not stated" in _text("wres", 0, "html")
    assert "BAME" in _text("wres", 2, "html")
    assert "Shortlisted" in _text("wres", 4, "html")
    for layout in wres_x.LAYOUTS:
        groups = {(x["indicator"], x["staff_group"]) for x in layout.truth}
        assert (1, "overall") in groups and (9, "board_voting") in groups
    assert set(xf.TITLES) == set(range(1, 10))


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_x.LAYOUTS) == 5
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_x.LAYOUTS)
    assert total >= 400, total
    check_wres_layouts(
        wres_x.LAYOUTS,
        earlier_sets("wres", EARLIER),
        key=wres_e.KEY,
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_x.score import FIRST_SIGHT, FIRST_SIGHT_AFTER_Y

    rows = first_sight_rows(foi_x.STYLES, wres_x.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT, FIRST_SIGHT_AFTER_Y)
    assert set(FIRST_SIGHT_AFTER_Y) == set(FIRST_SIGHT)
