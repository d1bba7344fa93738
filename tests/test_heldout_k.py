"""Held-out set K checked as a SET, not the parser on it (its score is
benchmarks/heldout_k/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to J nor the synthetic styles, two trusts each, formats, answers in another typeface,
a letter inside a sidebar layout table, hyphenated scanned lines, cost-limit refusals,
varied citations, one-row answer tables, five new WRES layouts with at least 100
figures, comparators, a division's figures and suppressed cells kept out of the
truth, first-sight numbers for every row)."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest

from benchmarks.heldout_k import foi_k, wres_k
from benchmarks.heldout_k import foi_k_text as tx
from benchmarks.heldout_k.foi_k_text import DATE_FORMS
from benchmarks.heldout_k.render import DOCX_FONT, F, Grid, P, T, render
from tests import heldout_checks as hc

LETTERS = foi_k.letters()
DOCS = hc.Renderings(render, LETTERS, wres_k.LAYOUTS)
_rendered, _text = DOCS.rendered, DOCS.text


def _cited(section: str, text: str) -> bool:
    """A section printed in any of the wordings the letters use."""
    main, _, sub = section.partition("(")
    forms = [rf"section\s*{re.escape(section)}", rf"s\.{re.escape(section)}", rf"FOIA s{main}\b"]
    if sub:
        forms.append(rf"section {main}, subsection \({re.escape(sub)}")
    return any(re.search(f, text, re.I) for f in forms)


FOI_CASES = hc.foi_cases(LETTERS)


@pytest.mark.parametrize(("index", "fmt"), FOI_CASES)
def test_foi_truth_is_printed(index, fmt):
    letter = LETTERS[index]
    text = _text("foi", index, fmt)
    truth = letter.truth
    assert truth["items"], "a letter with no questions"
    body = re.sub(r"(\w)- (\w)", r"\1\2", text) if letter.style == foi_k.SCANNED else text
    for item in truth["items"]:
        assert hc.words_in(item["question"], body), item["question"]
        assert hc.words_in(item["answer"].replace("|", " "), body), item["answer"]
        if item["label"]:
            assert re.search(hc.label_pattern(item["label"]), body), item["label"]
    assert truth["reference"] in text
    for iso in (truth["received_date"], truth["responded_date"]):
        assert any(f(iso) in text for f in DATE_FORMS), iso
    for ex in truth["exemptions"]:
        assert _cited(ex["section"], body), ex


def _docx_runs(data: bytes) -> list:
    import docx

    document = docx.Document(io.BytesIO(data))
    paragraphs = list(document.paragraphs)
    paragraphs += [p for t in document.tables for c in t._cells for p in c.paragraphs]
    return [r for p in paragraphs for r in p.runs]


def test_answers_in_another_typeface():
    """The typeface letters print their answers (and nothing else) in Courier New in
    DOCX, a monospaced font in the PDF, a font-family style in HTML."""
    import pdfplumber

    for i, letter in enumerate(LETTERS):
        if letter.style != foi_k.FONT:
            continue
        typed = [b.text for b in letter.blocks if isinstance(b, F)]
        answers = " ".join(item["answer"] for item in letter.truth["items"])
        assert " ".join(typed) == answers
        runs = [r for r in _docx_runs(_rendered("foi", i, "docx")) if r.font.name == DOCX_FONT]
        assert " ".join(r.text for r in runs) == answers
        assert _rendered("foi", i, "html").decode("utf-8").count("font-family") == len(typed)
        if letter.index < 2:
            with pdfplumber.open(io.BytesIO(_rendered("foi", i, "pdf"))) as pdf:
                fonts = {c["fontname"] for p in pdf.pages for c in p.chars}
            assert any("Mono" in x for x in fonts) and len(fonts) >= 2, fonts


def test_layout_features():
    for letter in LETTERS:
        items = letter.truth["items"]
        grids = [b for b in letter.blocks if isinstance(b, Grid)]
        if letter.style == foi_k.SIDEBAR:
            assert len(letter.blocks) == 1 and not grids[0].borders
            assert all(row[0] == "" for row in grids[0].rows[1:]) and grids[0].rows[0][0]
        if letter.style == foi_k.SCANNED:
            lines = [x for b in letter.blocks if isinstance(b, P) for x in b.text.split("\n")]
            assert any(re.search(r"[a-z]-$", x) for x in lines), "no hyphenated line end"
        if letter.style == foi_k.COSTS:
            assert {"law": "FOIA", "section": "12"} in letter.truth["exemptions"]
            assert any(getattr(b, "text", "") == tx.ADVICE for b in letter.blocks)
            assert not any("section 16" in item["answer"] for item in items)
        if letter.style == foi_k.CITES:
            assert letter.truth["exemptions"]
            assert not any(re.search(r"section \d+\(\d", i["answer"]) for i in items)
            assert any(isinstance(b, P) and "refusal notice" in b.text for b in letter.blocks)
        if letter.style == foi_k.ROW:
            row = [g for g in grids if len(g.rows) == 2][-1]
            assert row.rows[1] == [item["answer"] for item in items]
        if letter.style == foi_k.YEARS:
            tables = [b for b in letter.blocks if isinstance(b, T | Grid) and len(b.rows) > 2]
            assert len(tables) + (letter.variant == "a") * len(items) >= len(items)
        if letter.style == foi_k.SITES:
            trust = foi_k.TRUSTS[letter.style]["ab".index(letter.variant)]
            for item in items:
                assert all(site in item["answer"] for site in trust[3])


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == 4 for n in per_style.values()), per_style
    assert len(hc.trust_names(foi_k)) == 16
    hc.check_new_styles_and_trusts(foi_k, hc.earlier_sets("foi", "k"), LETTERS)
    for style in foi_k.STYLES:
        assert {"docx", "pdf"} <= set(foi_k.FORMATS[style])
    assert sum("html" in f for f in foi_k.FORMATS.values()) >= 4
    assert {"40(2)", "43(2)", "21", "22(1)", "12"} <= hc.exemption_sections(LETTERS)
    unlabelled = [i for x in LETTERS for i in x.truth["items"] if i["label"] is None]
    assert unlabelled, "no unnumbered questions"


def test_foi_wordings_are_fresh():
    """Closings and questions are set K's own, and no closing is in an answer."""
    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    hc.check_wordings_fresh(mine, tx.TOPICS, hc.earlier_sets("foi_text", "k"), LETTERS)


WRES_CASES = hc.wres_cases(wres_k.LAYOUTS)


@pytest.mark.parametrize(("index", "fmt"), WRES_CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text("wres", index, fmt)
    for fig in wres_k.LAYOUTS[index].truth:
        assert hc.figure_printed(fig, text), fig


def test_wres_comparators_divisions_and_suppressed_cells_stay_out():
    from benchmarks.heldout_k import wres_k_figures as f

    for i, values in f.NOT_KEYED.items():
        truth = {x["value"] for x in wres_k.LAYOUTS[i].truth}
        text = _text("wres", i, "docx")
        for v in values:
            assert v in text, (i, v)
            if not v.startswith("<"):
                assert float(v) not in truth, (i, v)
    assert "Community Services division only" in _text("wres", 0, "pdf")
    assert "National 2023/24" in _text("wres", 1, "html")
    assert "Ethnicity not stated (%) *" in _text("wres", 2, "html")
    assert "<10 cases" in _text("wres", 4, "pdf")


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_k.LAYOUTS) == 5
    assert sum(len(layout.truth) for layout in wres_k.LAYOUTS) >= 100
    hc.check_wres_layouts(
        wres_k.LAYOUTS,
        hc.earlier_sets("wres", "k"),
        key=wres_e.KEY,
        measures=("percentage", "relative_likelihood", "difference"),
        groups={"BME", "White", "Unknown"},
        formats=("html", "pdf", "docx"),
    )
    for layout in wres_k.LAYOUTS:
        for f in layout.truth:
            if f["measure"] == "difference":
                assert f["indicator"] == 9


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_k.score import FIRST_SIGHT

    expected = hc.first_sight_rows(
        foi_k.STYLES, wres_k.LAYOUTS, foi_formats=True, wres_formats=True
    )
    hc.check_first_sight(expected, FIRST_SIGHT)
