"""Held-out set O checked as a SET, not the parser on it (its score is
benchmarks/heldout_o/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to M nor the synthetic styles, two trusts each, three formats, horizontal rules and
bold-italic questions, status lines kept out of the answers, bracketed capital labels
with '»' / '▶' answers, <section>/<h4> pages with captioned tables and '*' cells, a
clarification exchange kept out of the items, questions and answers numbered in two
systems, questions in capitals, questions and answers in two keyed tables; five new
WRES layouts with at least 100 figures, comparators, the medical and non-medical
figures, response counts, a 'not stated' column and suppressed cells kept out of the
truth; first-sight numbers for every row)."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest

from benchmarks.heldout_o import foi_o, wres_o
from benchmarks.heldout_o import foi_o_text as tx
from benchmarks.heldout_o import wres_o_figures as wf
from benchmarks.heldout_o.foi_o_text import DATE_FORMS
from benchmarks.heldout_o.render import BI, Grid, Html, P, Rule, render
from tests.heldout_checks import (
    Renderings,
    assert_figures_printed,
    check_first_sight,
    check_new_styles_and_trusts,
    check_wordings_fresh,
    check_wres_layouts,
    earlier_sets,
    exemption_sections,
    first_sight_rows,
    foi_cases,
    label_pattern,
    words_in,
    wres_cases,
)

LETTERS = foi_o.letters()
# set O was written against sets D to M (set N was written at the same time)
EARLIER = "n"
DOCS = Renderings(render, LETTERS, wres_o.LAYOUTS)
_rendered, _text = DOCS.rendered, DOCS.text


def _label_printed(label: str, letter, text: str) -> bool:
    if letter.style == foi_o.BRACKET:
        return f"[{label}]" in text
    return re.search(label_pattern(label), text) is not None


@pytest.mark.parametrize(("index", "fmt"), foi_cases(LETTERS))
def test_foi_truth_is_printed(index, fmt):
    letter = LETTERS[index]
    text = _text("foi", index, fmt)
    truth = letter.truth
    assert truth["items"], "a letter with no questions"
    for item in truth["items"]:
        assert words_in(item["question"], text), item["question"]
        assert words_in(item["answer"], text), item["answer"]
        if item["label"]:
            assert _label_printed(item["label"], letter, text), item["label"]
    assert truth["reference"] in text
    for iso in (truth["received_date"], truth["responded_date"]):
        assert any(f(iso) in text for f in DATE_FORMS), iso
    for ex in truth["exemptions"]:
        assert re.search(rf"section {re.escape(ex['section'])}", text), ex
    assert "Wycliffe House" in text


def test_rules_and_bold_italics():
    """Rules print as <hr>, DOCX bottom borders and PDF lines; restated questions are
    bold and italic in every format."""
    import docx
    import pdfplumber

    for i, letter in enumerate(LETTERS):
        rules = sum(isinstance(b, Rule) for b in letter.blocks)
        both = [b.text for b in letter.blocks if isinstance(b, BI)]
        assert bool(rules) == bool(both) == (letter.style == foi_o.RULES)
        if not rules:
            continue
        assert rules == len(letter.truth["items"]) + 1
        page = _rendered("foi", i, "html").decode("utf-8")
        assert page.count("<hr>") == rules and page.count("<strong><em>") == len(both)
        document = docx.Document(io.BytesIO(_rendered("foi", i, "docx")))
        assert sum("w:bottom" in p._p.xml for p in document.paragraphs) == rules
        for para in document.paragraphs:
            if para.text in both:
                assert all(r.bold and r.italic for r in para.runs)
        if letter.index < 2:
            with pdfplumber.open(io.BytesIO(_rendered("foi", i, "pdf"))) as pdf:
                assert sum(len(p.lines) for p in pdf.pages) >= rules


def test_layout_features():
    for i, letter in enumerate(LETTERS):
        items = letter.truth["items"]
        paras = [b.text for b in letter.blocks if isinstance(b, P)]
        topics = [next(t for t in tx.TOPICS if " ".join(t.answer) == x["answer"]) for x in items]
        if letter.style == foi_o.STATUS:
            lines = [p for p in paras if p.startswith(("Status: ", "Outcome – "))]
            assert len(lines) == len(items)
            assert all(any(x.endswith(t.status) for x in lines) for t in topics)
            assert not any("Status" in x["answer"] or "Outcome" in x["answer"] for x in items)
        if letter.style == foi_o.BRACKET:
            arrow = foi_o.ARROWS["ab".index(letter.variant)]
            assert [x["label"] for x in items] == list("ABCDEF"[: len(items)])
            assert sum(p.startswith(arrow) for p in paras) == len(items)
        if letter.style == foi_o.CAPTION:
            page = _rendered("foi", i, "html").decode("utf-8")
            assert page.count("<section><h4>") == len(items)
            assert page.count("<caption>") == sum(bool(t.table) for t in topics) >= 3
            assert "<td>*</td>" in page or not any("*" in str(t.table) for t in topics)
            assert any(isinstance(b, Html) for b in letter.blocks)
            assert not any("Table " in x["answer"] for x in items)
        if letter.style == foi_o.CLARIFY:
            assert any("we asked you" in p for p in paras)
            assert not any("asked you" in x["answer"] for x in items)
        if letter.style == foi_o.TWONUM:
            assert any("follow the same order" in p for p in paras)
            for n, item in enumerate(items):
                mark = "abcdef"[n] if letter.variant == "a" else "ABCDEF"[n]
                assert any(p.startswith(f"({mark}) ") and p[4:] in item["answer"] for p in paras)
        if letter.style == foi_o.CAPS:
            assert all(x["question"] == x["question"].upper() for x in items)
        if letter.style == foi_o.KEYED:
            grids = [b for b in letter.blocks if isinstance(b, Grid) and b.header]
            assert len(grids) == 2
            assert [r[0] for r in grids[1].rows[1:]] == [x["label"] for x in items]


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_o.PER_STYLE == 4 for n in per_style.values()), per_style
    check_new_styles_and_trusts(foi_o, earlier_sets("foi", EARLIER), LETTERS)
    assert all(set(f) == {"docx", "pdf", "html"} for f in foi_o.FORMATS.values())
    assert {"40(2)", "43(2)", "21", "22(1)"} <= exemption_sections(LETTERS)
    unlabelled = [i for x in LETTERS for i in x.truth["items"] if i["label"] is None]
    assert unlabelled, "no unnumbered questions"


def test_foi_wordings_are_fresh():
    """Closings and questions are set O's own (against sets D to M, written before it;
    set N was written at the same time), and no closing is in an answer."""
    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    check_wordings_fresh(mine, tx.TOPICS, earlier_sets("foi_text", EARLIER), LETTERS)


@pytest.mark.parametrize(("index", "fmt"), wres_cases(wres_o.LAYOUTS))
def test_wres_figures_are_printed(index, fmt):
    assert_figures_printed(wres_o.LAYOUTS[index].truth, _text("wres", index, fmt))


def test_wres_comparators_workforces_and_suppressed_cells_stay_out():
    for i, values in wf.NOT_KEYED.items():
        assert values, i
        truth = {x["value"] for x in wres_o.LAYOUTS[i].truth}
        text = _text("wres", i, "docx")
        for v in values:
            assert v in text, (i, v)
            assert float(v) not in truth, (i, v)
    assert "(continued)" in _text("wres", 0, "pdf")
    assert "Medical and dental staff" in _text("wres", 1, "html")
    assert "Number of responses" in _text("wres", 2, "pdf")
    assert "as at 31st March" in _text("wres", 3, "docx")
    assert "2024" not in _text("wres", 3, "docx").replace("WRES 2024", "")
    assert "NS = ethnicity not stated" in _text("wres", 4, "html")


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_o.LAYOUTS) == 5
    assert sum(len(layout.truth) for layout in wres_o.LAYOUTS) >= 100
    check_wres_layouts(
        wres_o.LAYOUTS,
        earlier_sets("wres", EARLIER),
        key=wres_e.KEY,
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_o.score import FIRST_SIGHT, FIRST_SIGHT_AFTER_N

    rows = first_sight_rows(foi_o.STYLES, wres_o.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT)
    check_first_sight(rows, FIRST_SIGHT_AFTER_N)
