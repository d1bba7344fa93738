"""Held-out set M checked as a SET, not the parser on it (its score is
benchmarks/heldout_m/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to K nor the synthetic styles, two trusts each, formats, underlined questions, shaded
question boxes, circled-number glyphs, reference codes in a two-column table, held /
not-held sections, department credit lines kept out of the answers, dated follow-up
requests, five new WRES layouts with at least 100 figures, comparators, a partner
trust's figures, underlying likelihoods and suppressed cells kept out of the truth,
first-sight numbers for every row)."""

from __future__ import annotations

import io
import re
from collections import Counter
from functools import cache

import pytest

from benchmarks.heldout_m import foi_m, wres_m
from benchmarks.heldout_m import foi_m_text as tx
from benchmarks.heldout_m import wres_m_figures as wf
from benchmarks.heldout_m.foi_m_text import DATE_FORMS
from benchmarks.heldout_m.render import Grid, P, S, U, render
from parsers.extract import extract
from tests.heldout_checks import (
    assert_figures_printed,
    check_first_sight,
    check_wordings_fresh,
    earlier_sets,
    first_sight_rows,
    norm,
    words_in,
)

LETTERS = foi_m.letters()


@cache
def _rendered(kind: str, index: int, fmt: str) -> bytes:
    doc = LETTERS[index] if kind == "foi" else wres_m.LAYOUTS[index]
    site = doc.trust if kind == "foi" else doc.site
    return render(doc.blocks, fmt, title=site, site=site)[0]


@cache
def _text(kind: str, index: int, fmt: str) -> str:
    """The extracted text of one rendering, whitespace collapsed (cached)."""
    got = extract(_rendered(kind, index, fmt), filename=f"document.{fmt}")
    assert got.items, f"{kind} {index} {fmt}: nothing extracted"
    return norm(got.text)


def _label_printed(letter, label: str, text: str) -> bool:
    if letter.style == foi_m.CIRCLED:
        return foi_m.GLYPHS["ab".index(letter.variant)][int(label) - 1] in text
    m = re.fullmatch(r"([A-Za-z]+)(\d+)", label)
    body = rf"{m.group(1)}\.?{m.group(2)}" if m else re.escape(label)
    return re.search(rf"(?<![\w/.]){body}(?![\w.]\w)", text) is not None


# Every DOCX and HTML rendering; PDFs for the first letter of each trust of each style,
# which covers every variant; the benchmark reads them all.
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
            assert _label_printed(letter, item["label"], text), item["label"]
    assert truth["reference"] in text
    for iso in (truth["received_date"], truth["responded_date"]):
        assert any(f(iso) in text for f in DATE_FORMS), iso
    for ex in truth["exemptions"]:
        assert re.search(rf"section {re.escape(ex['section'])}", text), ex


def test_underlines_and_shaded_boxes():
    """Underlined questions are underlined (DOCX runs, HTML <u>); shaded boxes carry
    shading in DOCX, a grey background in HTML, a filled rectangle in the PDF."""
    import docx
    import pdfplumber

    for i, letter in enumerate(LETTERS):
        under = [b.text for b in letter.blocks if isinstance(b, U)]
        boxed = [b.text for b in letter.blocks if isinstance(b, S)]
        assert bool(under) == (letter.style == foi_m.UNDERLINE)
        assert bool(boxed) == (letter.style == foi_m.SHADED)
        if not under and not boxed:
            continue
        document = docx.Document(io.BytesIO(_rendered("foi", i, "docx")))
        for para in document.paragraphs:
            if para.text in under:
                assert all(r.font.underline for r in para.runs)
            if para.text in boxed:
                assert "w:shd" in para._p.xml and all(r.font.italic for r in para.runs)
        page = _rendered("foi", i, "html").decode("utf-8")
        assert page.count("<u>") == len(under)
        assert page.count("background:#") == len(boxed)
        if letter.index == 0 and boxed:
            with pdfplumber.open(io.BytesIO(_rendered("foi", i, "pdf"))) as pdf:
                assert any(r.get("fill") for p in pdf.pages for r in p.rects)


def test_layout_features():
    for letter in LETTERS:
        items = letter.truth["items"]
        paras = [b.text for b in letter.blocks if isinstance(b, P)]
        grids = [b for b in letter.blocks if isinstance(b, Grid)]
        if letter.style == foi_m.CIRCLED:
            glyphs = foi_m.GLYPHS["ab".index(letter.variant)]
            for n, item in enumerate(items):
                assert f"{glyphs[n]} {item['question']}" in paras
                assert any(p.startswith(f"{glyphs[n]} ") and p[2:] in item["answer"] for p in paras)
        if letter.style == foi_m.REFCODE:
            rows = grids[-1].rows[1:]
            assert [r[0] for r in rows] == [item["label"] for item in items]
            assert all(len(r) == 2 and "\n" in r[1] for r in rows)
        if letter.style == foi_m.HOLD:
            held = [t.held for item in items for t in tx.TOPICS if t.question == item["question"]]
            assert held == sorted(held, reverse=True) and True in held and False in held
        if letter.style == foi_m.DEPT:
            for item in items:
                topic = next(t for t in tx.TOPICS if t.question == item["question"])
                assert any(topic.dept in p for p in paras)
                assert topic.dept not in item["answer"]
        if letter.style == foi_m.FOLLOWUP:
            heads = [x for x in paras if "follow-up of" in x]
            heads += [
                b.text for b in letter.blocks if "Further questions" in getattr(b, "text", "")
            ]
            assert len(heads) == 1
        if letter.style == foi_m.CONTENTS:
            topics = [t for item in items for t in tx.TOPICS if t.question == item["question"]]
            assert all(t.title not in item["answer"] for t, item in zip(topics, items, strict=True))


def test_please_quote_box():
    boxed = [
        x
        for x in LETTERS
        if any(isinstance(b, Grid) and "Please quote" in b.rows[0][-1] for b in x.blocks)
    ]
    assert len(boxed) >= 8
    for letter in boxed:
        assert letter.truth["reference"] in letter.blocks[0].rows[0][1]


def test_foi_counts_per_style():
    from scripts import foi_synthetic

    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == 4 for n in per_style.values()), per_style
    for old in (*earlier_sets("foi", "l"), foi_synthetic):
        assert not set(foi_m.STYLES) & set(old.STYLES)
    trusts = {t[0] for ts in foi_m.TRUSTS.values() for t in ts}
    assert len(trusts) == 16
    for old in earlier_sets("foi", "l"):
        assert not trusts & {t[0] for ts in old.TRUSTS.values() for t in ts}
    for style in foi_m.STYLES:
        assert len({letter.trust for letter in LETTERS if letter.style == style}) == 2, style
    assert sum("html" in f for f in foi_m.FORMATS.values()) >= 4
    sections = {e["section"] for letter in LETTERS for e in letter.truth["exemptions"]}
    assert {"40(2)", "43(2)", "21", "22(1)"} <= sections
    unlabelled = [i for x in LETTERS for i in x.truth["items"] if i["label"] is None]
    assert unlabelled, "no unnumbered questions"


def test_foi_wordings_are_fresh():
    """Closings and questions are set M's own (against sets D to K, written before it; set
    L was written at the same time), and no closing is in an answer."""
    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    check_wordings_fresh(mine, tx.TOPICS, earlier_sets("foi_text", "l"), LETTERS)


WRES_CASES = [(i, fmt) for i, layout in enumerate(wres_m.LAYOUTS) for fmt in layout.formats]


@pytest.mark.parametrize(("index", "fmt"), WRES_CASES)
def test_wres_figures_are_printed(index, fmt):
    assert_figures_printed(wres_m.LAYOUTS[index].truth, _text("wres", index, fmt))


def test_wres_comparators_partners_and_suppressed_cells_stay_out():
    for i, values in wf.NOT_KEYED.items():
        truth = {x["value"] for x in wres_m.LAYOUTS[i].truth}
        text = _text("wres", i, "docx")
        for v in values:
            assert v in text, (i, v)
            assert float(v) not in truth, (i, v)
    assert "Brendon Hills NHS Trust" in _text("wres", 1, "pdf")
    assert "Metric 9" in _text("wres", 2, "html")
    assert "ratio 1.16" in _text("wres", 3, "pdf")
    assert "fewer than 11 responses" in _text("wres", 4, "html")
    assert "**" not in _text("wres", 0, "html")


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_m.LAYOUTS) == 5
    assert sum(len(layout.truth) for layout in wres_m.LAYOUTS) >= 100
    names = [layout.name for layout in wres_m.LAYOUTS]
    assert len(set(names)) == len(names)
    for old in earlier_sets("wres", "l"):
        assert not set(names) & {layout.name for layout in old.LAYOUTS}
        assert not {x.title for x in wres_m.LAYOUTS} & {layout.title for layout in old.LAYOUTS}
    for layout in wres_m.LAYOUTS:
        assert layout.truth, layout.name
        assert set(layout.formats) == {"html", "pdf", "docx"}
        keys = [tuple(f[k] for k in wres_e.KEY) for f in layout.truth]
        assert len(set(keys)) == len(keys), f"{layout.name}: a key twice in the truth"
        for f in layout.truth:
            assert f["measure"] in ("percentage", "relative_likelihood")
            assert re.fullmatch(r"20\d\d/\d\d", f["period"]), f
            assert f["ethnic_group"] in {"BME", "White", "Unknown"}, f


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_m.score import FIRST_SIGHT

    rows = first_sight_rows(foi_m.STYLES, wres_m.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT)
