"""Held-out set S checked as a SET, not the parser on it (its score is
benchmarks/heldout_s/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to R nor the synthetic styles, two trusts each, three formats, a disclosure-log page
whose answers' <ol> carries value= numbers out of order, 'Re: your question N'
answers out of order, a narrative then one-line summary answers, a request refused
whole under section 12 with its advice in no answer, a table cell answering two
questions, answer paragraphs numbered '2.1', answers in shaded merged rows, questions
regrouped under departments and tagged '(Q3)'; five new WRES layouts with at least 400
figures over the formats, national figures and gaps kept out of the truth; first-sight
numbers for every row)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.heldout_p.render import B, Banded, Grid, H, Html, P, render
from benchmarks.heldout_s import foi_s, wres_s
from benchmarks.heldout_s import foi_s_text as tx
from benchmarks.heldout_s import wres_s_figures as wf
from benchmarks.heldout_s.foi_s_text import DATE_FORMS
from tests.heldout_checks import (
    Renderings,
    assert_figures_printed,
    check_first_sight,
    check_foi_truth_printed,
    check_in_no_answer,
    check_new_styles_and_trusts,
    check_wordings_fresh,
    check_wres_layouts,
    earlier_sets,
    exemption_sections,
    first_sight_rows,
    foi_cases,
    wres_cases,
)

LETTERS = foi_s.letters()
EARLIER = "s"  # set S was written against sets D to R
DOCS = Renderings(render, LETTERS, wres_s.LAYOUTS)
_rendered, _text = DOCS.rendered, DOCS.text


@pytest.mark.parametrize(("index", "fmt"), foi_cases(LETTERS))
def test_foi_truth_is_printed(index, fmt):
    check_foi_truth_printed(LETTERS[index].truth, _text("foi", index, fmt), DATE_FORMS)


def _texts(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, H | P)]


def _html(letter) -> str:
    return "".join(b.html for b in letter.blocks if isinstance(b, Html))


def test_value_numbered_answers_and_re_headings_out_of_order():
    for i, letter in enumerate(LETTERS):
        items = letter.truth["items"]
        values = re.findall(r"<li value='(\d+)'>", _html(letter))
        assert bool(values) == (letter.style == foi_s.OLVALUE)
        if values:  # every question answered once, not in the order asked
            assert sorted(values, key=int) == [x["label"] for x in items] != values
            page = _rendered("foi", i, "html").decode("utf-8")
            assert page.index("<section class='foi-request'>") < page.index(
                "<section class='foi-response'>"
            )
        heads = [t for t in _texts(letter) if re.fullmatch(r"Re:? your question \d+:?", t)]
        assert bool(heads) == (letter.style == foi_s.REORDER)
        if heads:
            numbers = [re.search(r"\d+", h).group() for h in heads]
            assert sorted(numbers, key=int) == [x["label"] for x in items] != numbers
            assert not any("your question" in x["answer"] for x in items)


def test_summary_lines_and_whole_refusal():
    for letter in LETTERS:
        items, texts = letter.truth["items"], _texts(letter)
        lines = [t for t in texts if re.match(r"Q\d+ [–-] ", t)]
        assert bool(lines) == (letter.style == foi_s.SUMMARY)
        if lines:  # each answer is its one-liner after the dash; the narrative in none
            assert [re.split(r" [–-] ", t, maxsplit=1)[1] for t in lines] == [
                x["answer"] for x in items
            ]
            check_in_no_answer(tx.NARRATIVE, [letter])
        refused = [x for x in items if x["answer"] in tx.REFUSALS]
        assert bool(refused) == (letter.style == foi_s.REFUSED)
        if refused:  # every question listed gets the one refusal; advice in no answer
            assert len(refused) == len(items) >= 3 and len({x["answer"] for x in items}) == 1
            assert letter.truth["exemptions"] == [{"law": "FOIA", "section": "12"}]
            check_in_no_answer(tx.ADVICE, [letter])
            bullets = [b for b in letter.blocks if isinstance(b, B)]
            assert len(bullets) == (len(items) if letter.variant == "b" else 0)


def test_spanned_cell_sub_numbers_bands_and_tags():
    for letter in LETTERS:
        items, texts = letter.truth["items"], _texts(letter)
        spans = _html(letter).count("rowspan='2'")
        assert bool(spans) == (letter.style == foi_s.SPANNED)
        if spans:
            assert spans == 1
            shared = Counter(x["answer"] for x in items).most_common(1)[0]
            assert shared[1] == 2
            grid = next(g for b in letter.blocks if isinstance(b, Html) for g in b.printed)
            assert isinstance(grid, Grid) and sum(r[1] == "" for r in grid.rows) == 1
        subs = [t for t in texts if re.match(r"\d+\.\d ", t)]
        assert bool(subs) == (letter.style == foi_s.SUBNUM)
        if subs:
            assert len(subs) == 2 * len(items)
            assert not any(re.search(r"(?<![\d£,.])\d\.\d ", x["answer"]) for x in items)
        banded = [b for b in letter.blocks if isinstance(b, Banded)]
        assert bool(banded) == (letter.style == foi_s.ANSWERBAND)
        if banded:
            bands = [r for r in banded[0].rows if isinstance(r, str)]
            assert bands == [x["answer"] for x in items]
        tagged = [t for t in texts if re.search(r"[(\[]Q\d+[)\]]$", t)]
        assert bool(tagged) == (letter.style == foi_s.TAGGED)
        if tagged:
            assert sorted(re.search(r"Q\d+", t).group() for t in tagged) == sorted(
                x["label"] for x in items
            )
            departments = {t.department for t in tx.TOPICS}
            assert not any(d in x["question"] + x["answer"] for d in departments for x in items)


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_s.PER_STYLE == 4 for n in per_style.values()), per_style
    check_new_styles_and_trusts(foi_s, earlier_sets("foi", EARLIER), LETTERS)
    assert all(set(f) == {"docx", "pdf", "html"} for f in foi_s.FORMATS.values())
    assert {"12", "21", "31(1)(a)", "40(2)", "43(2)"} <= exemption_sections(LETTERS)
    unlabelled = [i for x in LETTERS for i in x.truth["items"] if i["label"] is None]
    assert unlabelled, "no unnumbered questions"


def test_foi_wordings_are_fresh():
    """Closings and questions are set S's own (against sets D to R), and no closing,
    advice or narrative is in an answer."""
    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    check_wordings_fresh(mine, tx.TOPICS, earlier_sets("foi_text", EARLIER), LETTERS)
    check_in_no_answer({*tx.ADVICE, *tx.NARRATIVE}, LETTERS)


@pytest.mark.parametrize(("index", "fmt"), wres_cases(wres_s.LAYOUTS))
def test_wres_figures_are_printed(index, fmt):
    assert_figures_printed(wres_s.LAYOUTS[index].truth, _text("wres", index, fmt))


def test_wres_national_figures_and_gaps_stay_out():
    for i, values in wf.NOT_KEYED.items():
        truth = {x["value"] for x in wres_s.LAYOUTS[i].truth}
        text = _text("wres", i, "docx")
        for v in values:
            assert v in text, (i, v)
            assert abs(float(v)) not in truth, (i, v)
    assert "Key finding:" in _text("wres", 0, "pdf")
    assert "█ 30.8%" in _text("wres", 1, "html")
    assert "Year 2022/23" in _text("wres", 2, "docx")
    assert "23/24" in _text("wres", 3, "pdf") and "2023/24 (shown 23/24)" in _text("wres", 3, "pdf")
    assert "upper figure is for BME" in _text("wres", 4, "html")
    groups = {(x["indicator"], x["staff_group"]) for x in wres_s.LAYOUTS[0].truth}
    assert (1, "overall") in groups and (9, "board_voting") in groups


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_s.LAYOUTS) == 5
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_s.LAYOUTS)
    assert total >= 400, total
    check_wres_layouts(
        wres_s.LAYOUTS,
        earlier_sets("wres", EARLIER),
        key=wres_e.KEY,
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_s.score import FIRST_SIGHT

    rows = first_sight_rows(foi_s.STYLES, wres_s.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT)
