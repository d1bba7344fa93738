"""Held-out set E checked as a SET, not the parser on it (its score is
benchmarks/heldout_e/score.py's business): every rendering opens, every truth
question, answer, reference, date, exemption and WRES figure is printed in the
rendered document as text extraction reads it, and the set has what it promises
(eight styles not in set D, two trusts each, formats, six WRES layouts)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.heldout_e import foi_e, wres_e
from benchmarks.heldout_e.foi_e import MONTHS
from benchmarks.heldout_e.render import Slide, render
from tests import heldout_checks as hc

LETTERS = foi_e.letters()
DOCS = hc.Renderings(render, LETTERS, wres_e.LAYOUTS, wres_title="site")
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
        for piece in (p for p in re.split(r" \| |\n", item["answer"]) if p.strip()):
            assert hc.norm(piece) in text or hc.words_in(piece, text), piece
        if item["label"]:
            # "1a" is printed "1a)" or "1(a)"
            num, part = re.fullmatch(r"(\d+)([a-e]?)", item["label"]).groups()
            assert re.search(rf"\b{num}\(?{part}\b", text), item["label"]
    assert truth["reference"] in text
    for iso in (truth["received_date"], truth["responded_date"]):
        y, m, d = iso.split("-")
        long = f"{int(d)} {MONTHS.split()[int(m) - 1]} {y}"
        assert long in text or f"{d}.{m}.{y}" in text, iso
    for ex in truth["exemptions"]:
        assert f"section {ex['section']}" in text.lower()


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) >= 8
    assert all(5 <= n <= 6 for n in per_style.values()), per_style
    hc.check_new_styles_and_trusts(foi_e, hc.earlier_sets("foi", "e"), LETTERS, trusts=False)
    for style in foi_e.STYLES:
        assert {"docx", "pdf"} <= set(foi_e.FORMATS[style])
    assert sum("html" in f for f in foi_e.FORMATS.values()) >= 2
    assert {"12", "21", "40(2)", "43(2)"} <= hc.exemption_sections(LETTERS)
    # multi-part labels and restarted numbering are what those styles promise
    multi = [
        i["label"] for x in LETTERS if x.style.startswith("multi-part") for i in x.truth["items"]
    ]
    assert all(re.fullmatch(r"[12][a-e]", label) for label in multi)
    parts = [x for x in LETTERS if x.style.startswith("Part 1")]
    assert all(Counter(i["label"] for i in x.truth["items"])["1"] == 2 for x in parts)


def test_foi_wordings_are_not_set_ds():
    """Closings and explanations are fresh: none is set D's, and none is in an answer."""
    from benchmarks.heldout_d import foi_d_text
    from benchmarks.heldout_e import foi_e_text

    mine = [t for ts in foi_e_text.CLOSINGS.values() for t in ts]
    mine += [t for ts in foi_e_text.EXPLANATIONS.values() for t in ts]
    theirs = {t for ts in foi_d_text.CLOSINGS.values() for t in ts}
    theirs |= {t for ts in foi_d_text.EXPLANATIONS.values() for t in ts}
    assert not set(mine) & theirs
    hc.check_in_no_answer(mine, LETTERS)


WRES_CASES = hc.wres_cases(wres_e.LAYOUTS)


@pytest.mark.parametrize(("index", "fmt"), WRES_CASES)
def test_wres_figures_are_printed(index, fmt):
    layout = wres_e.LAYOUTS[index]
    text = _text("wres", index, fmt)
    hc.assert_figures_printed(layout.truth, text)


def test_wres_layouts():
    assert len(wres_e.LAYOUTS) >= 6
    hc.check_wres_layouts(
        wres_e.LAYOUTS, hc.earlier_sets("wres", "e"), key=wres_e.KEY, titles=False
    )


def test_slide_deck_is_one_page_a_slide():
    import io

    import pdfplumber

    deck = next(x for x in wres_e.LAYOUTS if all(isinstance(b, Slide) for b in x.blocks))
    data, name = render(deck.blocks, "pdf")
    assert name.endswith(".pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == len(deck.blocks)
    with pytest.raises(ValueError, match="PDF only"):
        render(deck.blocks, "docx")
