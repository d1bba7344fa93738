"""Held-out set I checked as a SET, not the parser on it (its score is
benchmarks/heldout_i/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to H nor the synthetic styles, two trusts each, formats, the web pages' own markup,
footnotes, status columns, five new WRES layouts with at least 100 figures, national
comparators and suppressed cells kept out of the truth, first-sight numbers for every
row)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.heldout_i import foi_i, wres_i
from benchmarks.heldout_i.foi_i import DATE_FORMS
from benchmarks.heldout_i.render import Grid, Html, render
from tests import heldout_checks as hc

LETTERS = foi_i.letters()
DOCS = hc.Renderings(render, LETTERS, wres_i.LAYOUTS)
_rendered, _text = DOCS.rendered, DOCS.text


FOI_CASES = hc.foi_cases(LETTERS)


@pytest.mark.parametrize(("index", "fmt"), FOI_CASES)
def test_foi_truth_is_printed(index, fmt):
    letter = LETTERS[index]
    text = _text("foi", index, fmt)
    truth = letter.truth
    assert truth["items"], "a letter with no questions"
    for item in truth["items"]:
        assert hc.words_in(item["question"], text), item["question"]
        assert hc.words_in(item["answer"].replace(" | ", " "), text), item["answer"]
        if item["label"] and not (fmt == "html" and letter.style == foi_i.OL_QUOTE):
            # an <ol>'s numbers are drawn by the browser, not written in the page
            label = re.escape(item["label"])
            assert re.search(rf"(?<![\w/.]){label}\b", text), item["label"]
    assert truth["reference"] in text
    for iso in (truth["received_date"], truth["responded_date"]):
        assert any(f(iso) in text for f in DATE_FORMS), iso
    for ex in truth["exemptions"]:
        assert re.search(rf"section\s*{re.escape(ex['section'])}", text, re.I), ex


def test_web_pages_carry_their_own_markup():
    """The FAQ page links its questions from a contents list and prints "Back to top"
    after every answer; the <ol> page holds no typed numbers and puts each answer in a
    <blockquote>; the status letters print the dates only in the table at the top."""
    for i, letter in enumerate(LETTERS):
        n = len(letter.truth["items"])
        if letter.style == foi_i.FAQ:
            page = _rendered("foi", i, "html").decode("utf-8")
            assert page.count("<h3") == n and page.count("Back to top") == n
            assert page.count("<a href='#q") == n
        if letter.style == foi_i.OL_QUOTE:
            page = _rendered("foi", i, "html").decode("utf-8")
            assert page.count("<li><p>") == page.count("<blockquote>") == n
            for item in letter.truth["items"]:
                assert f"{item['label']}. {item['question']}" not in page
        if letter.style == foi_i.STATUS:
            grids = [b for b in letter.blocks if isinstance(b, Grid)]
            assert len(grids) == 2 and len(grids[0].rows) == 2
            statuses = {row[2] for row in grids[1].rows[1:]}
            assert statuses <= {"Held", "Not held", "Held in part", "Yes", "No", "Partly"}
            for item in letter.truth["items"]:
                assert item["answer"] not in statuses


def test_footnotes_and_quote_marks_stay_out_of_the_truth():
    for letter in LETTERS:
        for item in letter.truth["items"]:
            assert not re.search(r"[\u00b9\u00b2\u00b3\u2074-\u2079]|\[\d\]", item["answer"])
            assert not item["question"].startswith(">")
        if letter.style == foi_i.FOOTNOTES:
            notes = [t.note for t in foi_i.TOPICS if t.note]
            printed = [b.text for b in letter.blocks if hasattr(b, "text")]
            assert sum(any(n in p for p in printed) for n in notes) >= 2
        if letter.style == foi_i.INTERLEAVED:
            quoted = [b.text for b in letter.blocks if getattr(b, "text", "").startswith(">")]
            assert len(quoted) >= len(letter.truth["items"]) + 3


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == 4 for n in per_style.values()), per_style
    assert len(hc.trust_names(foi_i)) == 16
    hc.check_new_styles_and_trusts(foi_i, hc.earlier_sets("foi", "i"), LETTERS)
    for style in foi_i.STYLES:
        assert "pdf" in foi_i.FORMATS[style]
    assert sum("html" in f for f in foi_i.FORMATS.values()) >= 3
    assert sum("docx" in f for f in foi_i.FORMATS.values()) >= 6
    assert {"40(2)", "43(2)", "21", "22(1)"} <= hc.exemption_sections(LETTERS)
    answers = [i["answer"] for x in LETTERS for i in x.truth["items"]]
    assert any(" | " in a for a in answers), "no answer that is only a table"
    assert any(isinstance(b, Html) for x in LETTERS for b in x.blocks)
    unlabelled = [i for x in LETTERS for i in x.truth["items"] if i["label"] is None]
    assert unlabelled, "no unnumbered questions"


def test_foi_wordings_are_fresh():
    """Closings, explanations and questions are set I's own, and none is in an answer."""
    from benchmarks.heldout_i import foi_i_text

    mine = {t for ts in foi_i_text.CLOSINGS.values() for t in ts}
    mine |= set(foi_i_text.EXPLANATIONS.values())
    hc.check_wordings_fresh(mine, foi_i_text.TOPICS, hc.earlier_sets("foi_text", "i"), LETTERS)


WRES_CASES = hc.wres_cases(wres_i.LAYOUTS)


@pytest.mark.parametrize(("index", "fmt"), WRES_CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text("wres", index, fmt)
    for fig in wres_i.LAYOUTS[index].truth:
        assert hc.figure_printed(fig, text), fig


def test_wres_comparators_and_suppressed_cells_are_printed_but_not_truth():
    from benchmarks.heldout_i import wres_i_figures as f

    national = {float(g["national"]) for g in f.ROWS_BY_YEAR.values()}
    layout = wres_i.LAYOUTS[0]
    text = _text("wres", 0, "html")
    assert "National average" in text
    assert not national & {x["value"] for x in layout.truth}
    assert "<5 (*)" in _text("wres", 1, "html")
    assert "Action plan" in _text("wres", 3, "docx")
    assert "<figcaption>" in _rendered("wres", 4, "html").decode("utf-8")


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_i.LAYOUTS) == 5
    assert sum(len(layout.truth) for layout in wres_i.LAYOUTS) >= 100
    hc.check_wres_layouts(
        wres_i.LAYOUTS,
        hc.earlier_sets("wres", "i"),
        key=wres_e.KEY,
        measures=("percentage", "relative_likelihood", "difference"),
        groups={"BME", "White", "Asian", "Black", "Mixed", "Other", "Unknown"},
        formats=("html", "pdf", "docx"),
    )
    differences = [f for x in wres_i.LAYOUTS for f in x.truth if f["measure"] == "difference"]
    assert differences and all(f["indicator"] == 9 for f in differences)


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_i.score import FIRST_SIGHT

    expected = hc.first_sight_rows(
        foi_i.STYLES, wres_i.LAYOUTS, foi_formats=True, wres_formats=True
    )
    hc.check_first_sight(expected, FIRST_SIGHT)
