"""Held-out set D checked as a SET, not the parser on it (the parser may still fail on
it; its score is benchmarks/heldout_d/score.py's business): every rendering opens, every
truth question, answer, reference, date and WRES figure is printed in the rendered
document as text extraction reads it, and each style and layout has what the set
promises (styles, trusts, letters, formats)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pytest

from benchmarks.heldout_d import foi_d, wres_d
from benchmarks.heldout_d.foi_d import MONTHS
from benchmarks.heldout_d.render import render
from parsers.extract import extract
from tests.heldout_checks import assert_figures_printed, norm, words_in

LETTERS = foi_d.letters()


@cache
def _text(kind: str, index: int, fmt: str) -> str:
    """The extracted text of one rendering, whitespace collapsed (cached: the FOI and
    the figure checks share the renderings)."""
    if kind == "foi":
        doc = LETTERS[index]
        data, name = render(doc.blocks, fmt, title=doc.trust, site=doc.trust)
    else:
        layout = wres_d.LAYOUTS[index]
        data, name = render(layout.blocks, fmt, title=layout.title, site=layout.site)
    got = extract(data, filename=name)
    assert got.items, f"{kind} {index} {fmt}: nothing extracted"
    return norm(got.text)


def _pieces(answer: str) -> list[str]:
    """An answer's pieces that must each be printed: paragraphs, or a table's cells
    (extraction may lay a table's cells out with tabs and line breaks)."""
    return [p.strip() for p in re.split(r" \| |\n", answer) if p.strip()]


# Every DOCX and HTML rendering; PDFs (slow to write: fpdf2 parses the TTF fonts for
# each) for the first letter of each trust of each style, which covers every layout
# variant; the benchmark reads them all.
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
        assert norm(item["question"]) in text, item["question"]
        for piece in _pieces(item["answer"]):
            # a long paragraph may wrap across table-cell lines in a PDF: compare words
            assert norm(piece) in text or words_in(piece, text), piece
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
    for letter in LETTERS:
        for item in letter.truth["items"]:
            assert not any(t in item["answer"] for t in tails)


WRES_CASES = [(i, fmt) for i, layout in enumerate(wres_d.LAYOUTS) for fmt in layout.formats]


@pytest.mark.parametrize(("index", "fmt"), WRES_CASES)
def test_wres_figures_are_printed(index, fmt):
    layout = wres_d.LAYOUTS[index]
    text = _text("wres", index, fmt)
    assert_figures_printed(layout.truth, text)


def test_wres_layouts():
    assert len(wres_d.LAYOUTS) >= 6
    names = [layout.name for layout in wres_d.LAYOUTS]
    assert len(set(names)) == len(names)
    for layout in wres_d.LAYOUTS:
        assert layout.truth, layout.name
        keys = [tuple(f[k] for k in wres_d.KEY) for f in layout.truth]
        assert len(set(keys)) == len(keys), f"{layout.name}: a key twice in the truth"
        for f in layout.truth:
            assert f["measure"] in ("percentage", "relative_likelihood")
            assert re.fullmatch(r"20\d\d/\d\d", f["period"]), f
