"""Held-out set D checked as a SET, not the parser on it (the parser may still fail on
it; its score is benchmarks/heldout_d/score.py's business): every rendering opens, every
truth question, answer, reference, date and WRES figure is printed in the rendered
document as text extraction reads it, and each style and layout has what the set
promises (styles, trusts, letters, formats)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.heldout_d import foi_d, wres_d
from benchmarks.heldout_d.foi_d import MONTHS
from benchmarks.heldout_d.render import render
from tests import heldout_checks as hc

LETTERS = foi_d.letters()
# set D titles its WRES pages with the layout's title, the later sets with the site
DOCS = hc.Renderings(render, LETTERS, wres_d.LAYOUTS, wres_title="title")
_text = DOCS.text


def _pieces(answer: str) -> list[str]:
    """An answer's pieces that must each be printed: paragraphs, or a table's cells
    (extraction may lay a table's cells out with tabs and line breaks)."""
    return [p.strip() for p in re.split(r" \| |\n", answer) if p.strip()]


# PDFs are slow to write (fpdf2 parses the TTF fonts for each): see foi_cases.
FOI_CASES = hc.foi_cases(LETTERS)


@pytest.mark.parametrize(("index", "fmt"), FOI_CASES)
def test_foi_truth_is_printed(index, fmt):
    letter = LETTERS[index]
    text = _text("foi", index, fmt)
    truth = letter.truth
    assert truth["items"], "a letter with no questions"
    for item in truth["items"]:
        assert hc.norm(item["question"]) in text, item["question"]
        for piece in _pieces(item["answer"]):
            # a long paragraph may wrap across table-cell lines in a PDF: compare words
            assert hc.norm(piece) in text or hc.words_in(piece, text), piece
        if item["label"]:
            assert re.search(rf"\b{re.escape(item['label'])}\b", text), item["label"]
    assert truth["reference"] in text
    for iso in (truth["received_date"], truth["responded_date"]):
        y, m, d = iso.split("-")
        long = f"{int(d)} {MONTHS.split()[int(m) - 1]} {y}"
        assert long in text or f"{d}/{m}/{y}" in text, iso
    for ex in truth["exemptions"]:
        assert f"section {ex['section']}" in text


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) >= 8
    assert all(n >= 5 for n in per_style.values()), per_style
    for style in foi_d.STYLES:
        trusts = {letter.trust for letter in LETTERS if letter.style == style}
        assert len(trusts) == 2, style
        assert {"docx", "pdf"} <= set(foi_d.FORMATS[style])
    assert sum("html" in f for f in foi_d.FORMATS.values()) >= 2
    # the set covers what it promises: exemptions, a shared reply, a refined request
    sections = {e["section"] for letter in LETTERS for e in letter.truth["exemptions"]}
    assert {"12", "21", "40(2)", "43(2)"} <= sections
    shared = [letter for letter in LETTERS if letter.style == "Question N - / shared reply"]
    assert all(len({i["answer"] for i in s.truth["items"][1:]}) == 1 for s in shared)


def test_foi_closings_are_in_no_answer():
    """The closing paragraphs the letters print are not part of any truth answer."""
    from benchmarks.heldout_d.foi_d_text import CLOSINGS, EXPLANATIONS

    tails = [t for ts in CLOSINGS.values() for t in ts]
    tails += [t for ts in EXPLANATIONS.values() for t in ts]
    hc.check_in_no_answer(tails, LETTERS)


WRES_CASES = hc.wres_cases(wres_d.LAYOUTS)


@pytest.mark.parametrize(("index", "fmt"), WRES_CASES)
def test_wres_figures_are_printed(index, fmt):
    layout = wres_d.LAYOUTS[index]
    text = _text("wres", index, fmt)
    hc.assert_figures_printed(layout.truth, text)


def test_wres_layouts():
    assert len(wres_d.LAYOUTS) >= 6
    hc.check_wres_layouts(wres_d.LAYOUTS, [], key=wres_d.KEY)
