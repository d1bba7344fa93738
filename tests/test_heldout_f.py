"""Held-out set F checked as a SET, not the parser on it (its score is
benchmarks/heldout_f/score.py's business): every rendering opens, every truth
question, answer, reference, date, exemption and WRES figure is printed in the
rendered document as text extraction reads it, and the set has what it promises
(eight styles in none of sets D and E nor the synthetic styles, two trusts each,
formats, four new WRES layouts, first-sight numbers for every row)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.heldout_e import wres_e
from benchmarks.heldout_e.render import render
from benchmarks.heldout_f import foi_f, wres_f
from benchmarks.heldout_f.foi_f import MONTHS, ROMAN
from tests import heldout_checks as hc

LETTERS = foi_f.letters()
DOCS = hc.Renderings(render, LETTERS, wres_f.LAYOUTS)
_text = DOCS.text

FOI_CASES = hc.foi_cases(LETTERS)


@pytest.mark.parametrize(("index", "fmt"), FOI_CASES)
def test_foi_truth_is_printed(index, fmt):
    letter = LETTERS[index]
    text = _text("foi", index, fmt)
    truth = letter.truth
    assert truth["items"], "a letter with no questions"
    for item in truth["items"]:
        assert hc.words_in(item["question"], text), item["question"]
        assert hc.words_in(item["answer"], text), item["answer"]
        if item["label"]:
            assert re.search(rf"(?<![\w/]){item['label']}\b", text), item["label"]
    assert truth["reference"] in text
    for iso in (truth["received_date"], truth["responded_date"]):
        y, m, d = iso.split("-")
        long = f"{int(d)} {MONTHS.split()[int(m) - 1]} {y}"
        assert long in text or f"{d}/{m}/{y}" in text, iso
    for ex in truth["exemptions"]:
        assert f"section {ex['section']}" in text.lower() or f"({ex['section']})" in text


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) >= 8
    assert all(n == 4 for n in per_style.values()), per_style
    hc.check_new_styles_and_trusts(foi_f, hc.earlier_sets("foi", "f"), LETTERS, trusts=False)
    for style in foi_f.STYLES:
        assert {"docx", "pdf"} <= set(foi_f.FORMATS[style])
    assert sum("html" in f for f in foi_f.FORMATS.values()) >= 2
    assert {"40(2)", "43(2)"} <= hc.exemption_sections(LETTERS)
    roman = [i["label"] for x in LETTERS if x.style.startswith("roman") for i in x.truth["items"]]
    assert roman and set(roman) <= set(ROMAN)
    unnumbered = [x for x in LETTERS if x.style.startswith("unnumbered")]
    assert all(i["label"] is None for x in unnumbered for i in x.truth["items"])


def test_foi_wordings_are_fresh():
    """Closings are set F's own: none is set D's or E's, and none is in an answer."""
    from benchmarks.heldout_f import foi_f_text

    mine = {t for ts in foi_f_text.CLOSINGS.values() for t in ts}
    hc.check_wordings_fresh(mine, foi_f_text.TOPICS, hc.earlier_sets("foi_text", "f"), LETTERS)


WRES_CASES = hc.wres_cases(wres_f.LAYOUTS)


@pytest.mark.parametrize(("index", "fmt"), WRES_CASES)
def test_wres_figures_are_printed(index, fmt):
    layout = wres_f.LAYOUTS[index]
    text = _text("wres", index, fmt)
    hc.assert_figures_printed(layout.truth, text)


def test_wres_layouts():
    assert len(wres_f.LAYOUTS) >= 4
    hc.check_wres_layouts(
        wres_f.LAYOUTS, hc.earlier_sets("wres", "f"), key=wres_e.KEY, titles=False
    )


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_f.score import FIRST_SIGHT

    hc.check_first_sight(hc.first_sight_rows(foi_f.STYLES, wres_f.LAYOUTS), FIRST_SIGHT)
