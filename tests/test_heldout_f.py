"""Held-out set F checked as a SET, not the parser on it (its score is
benchmarks/heldout_f/score.py's business): every rendering opens, every truth
question, answer, reference, date, exemption and WRES figure is printed in the
rendered document as text extraction reads it, and the set has what it promises
(eight styles in none of sets D and E nor the synthetic styles, two trusts each,
formats, four new WRES layouts, first-sight numbers for every row)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pytest

from benchmarks.heldout_e.render import render
from benchmarks.heldout_f import foi_f, wres_f
from benchmarks.heldout_f.foi_f import MONTHS, ROMAN
from parsers.extract import extract
from tests.heldout_checks import assert_figures_printed, norm, words_in

LETTERS = foi_f.letters()


@cache
def _text(kind: str, index: int, fmt: str) -> str:
    """The extracted text of one rendering, whitespace collapsed (cached)."""
    doc = LETTERS[index] if kind == "foi" else wres_f.LAYOUTS[index]
    site = doc.trust if kind == "foi" else doc.site
    data, name = render(doc.blocks, fmt, title=site, site=site)
    got = extract(data, filename=name)
    assert got.items, f"{kind} {index} {fmt}: nothing extracted"
    return norm(got.text)


# Every DOCX and HTML rendering; PDFs (slow to write) for the first letter of each
# trust of each style, which covers every layout variant; the benchmark reads them all.
FOI_CASES = [
    (i, fmt)
    for i, letter in enumerate(LETTERS)
    for fmt in letter.formats
    if fmt != "pdf" or letter.index < 2
]


@pytest.mark.parametrize(("index", "fmt"), FOI_CASES)
def test_foi_truth_is_printed(index, fmt):
    letter = LETTERS[index]
    text = _text("foi", index, fmt)
    truth = letter.truth
    assert truth["items"], "a letter with no questions"
    for item in truth["items"]:
        assert words_in(item["question"], text), item["question"]
        assert words_in(item["answer"], text), item["answer"]
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
    from benchmarks.heldout_d import foi_d
    from benchmarks.heldout_e import foi_e
    from scripts import foi_synthetic

    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) >= 8
    assert all(n == 4 for n in per_style.values()), per_style
    for other in (foi_d.STYLES, foi_e.STYLES, foi_synthetic.STYLES):
        assert not set(foi_f.STYLES) & set(other)
    for style in foi_f.STYLES:
        assert len({letter.trust for letter in LETTERS if letter.style == style}) == 2, style
        assert {"docx", "pdf"} <= set(foi_f.FORMATS[style])
    assert sum("html" in f for f in foi_f.FORMATS.values()) >= 2
    sections = {e["section"] for letter in LETTERS for e in letter.truth["exemptions"]}
    assert {"40(2)", "43(2)"} <= sections
    roman = [i["label"] for x in LETTERS if x.style.startswith("roman") for i in x.truth["items"]]
    assert roman and set(roman) <= set(ROMAN)
    unnumbered = [x for x in LETTERS if x.style.startswith("unnumbered")]
    assert all(i["label"] is None for x in unnumbered for i in x.truth["items"])


def test_foi_wordings_are_fresh():
    """Closings are set F's own: none is set D's or E's, and none is in an answer."""
    from benchmarks.heldout_d import foi_d_text
    from benchmarks.heldout_e import foi_e_text
    from benchmarks.heldout_f import foi_f_text

    mine = {t for ts in foi_f_text.CLOSINGS.values() for t in ts}
    for old in (foi_d_text, foi_e_text):
        assert not mine & {t for ts in old.CLOSINGS.values() for t in ts}
        assert not {t.question for t in foi_f_text.TOPICS} & {t.question for t in old.TOPICS}
    for letter in LETTERS:
        for item in letter.truth["items"]:
            assert not any(t in item["answer"] for t in mine)


WRES_CASES = [(i, fmt) for i, layout in enumerate(wres_f.LAYOUTS) for fmt in layout.formats]


@pytest.mark.parametrize(("index", "fmt"), WRES_CASES)
def test_wres_figures_are_printed(index, fmt):
    layout = wres_f.LAYOUTS[index]
    text = _text("wres", index, fmt)
    assert_figures_printed(layout.truth, text)


def test_wres_layouts():
    from benchmarks.heldout_d import wres_d
    from benchmarks.heldout_e import wres_e

    assert len(wres_f.LAYOUTS) >= 4
    names = [layout.name for layout in wres_f.LAYOUTS]
    assert len(set(names)) == len(names)
    for old in (wres_d.LAYOUTS, wres_e.LAYOUTS):
        assert not set(names) & {layout.name for layout in old}
    for layout in wres_f.LAYOUTS:
        assert layout.truth, layout.name
        keys = [tuple(f[k] for k in wres_e.KEY) for f in layout.truth]
        assert len(set(keys)) == len(keys), f"{layout.name}: a key twice in the truth"
        for f in layout.truth:
            assert f["measure"] in ("percentage", "relative_likelihood")
            assert re.fullmatch(r"20\d\d/\d\d", f["period"]), f


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_f.score import FIRST_SIGHT

    expected = {"FOI rules only, all", "FOI labeller, all", "WRES, all"}
    expected |= {f"FOI {tag}, {s}" for tag in ("rules only", "labeller") for s in foi_f.STYLES}
    expected |= {f"WRES, {layout.name}" for layout in wres_f.LAYOUTS}
    assert expected <= set(FIRST_SIGHT)
    assert all(len(v) in (5, 6) for v in FIRST_SIGHT.values())
