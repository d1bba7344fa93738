"""Held-out set L checked as a SET, not the parser on it (its score is
benchmarks/heldout_l/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to K nor the synthetic styles, two trusts each, formats, numbered definitions before
the questions, one-paragraph CMS answers, review decisions, enclosure lists, responses
after all the questions, nested parts, chronology tables, department lead-ins; five new
WRES layouts with at least 100 figures, targets, counts, comparators, suppressed cells,
"n/a" and dashes kept out of the truth; first-sight numbers for every row)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.heldout_l import foi_l, wres_l
from benchmarks.heldout_l import foi_l_text as tx
from benchmarks.heldout_l import wres_l_figures as figs
from benchmarks.heldout_l.foi_l_text import DATE_FORMS
from benchmarks.heldout_l.render import Grid, Html, render
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
    trust_names,
    words_in,
    wres_cases,
)

LETTERS = foi_l.letters()
# set L was written against sets D to K (set M was written at the same time)
EARLIER = "l"
DOCS = Renderings(render, LETTERS, wres_l.LAYOUTS)
_rendered, _text = DOCS.rendered, DOCS.text


def _label_printed(label: str, letter, text: str) -> bool:
    """A label as printed: "3", "Q3", or a nested part's own last piece ("(b)", "ii.")."""
    if letter.style != foi_l.NESTED:
        m = re.fullmatch(r"([A-Za-z]+)(\d+)", label)
        body = rf"{m.group(1)}\.?{m.group(2)}" if m else re.escape(label)
        return bool(re.search(rf"(?<![\w/.]){body}\b", text))
    last = re.fullmatch(r"\d+([a-z])(i*)", label)
    piece = last.group(2) or last.group(1)
    return bool(re.search(rf"(\({piece}\)|\b{piece}[).])", text))


def _cited(section: str, text: str) -> bool:
    return re.search(rf"section\s*{re.escape(section)}", text, re.I) is not None


FOI_CASES = foi_cases(LETTERS)


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
            assert _label_printed(item["label"], letter, text), item["label"]
    assert truth["reference"] in text
    for iso in (truth["received_date"], truth["responded_date"]):
        assert any(f(iso) in text for f in DATE_FORMS), iso
    for ex in truth["exemptions"]:
        assert _cited(ex["section"], text), ex


def test_layout_features():
    for i, letter in enumerate(LETTERS):
        items = letter.truth["items"]
        blocks = letter.blocks
        texts = [getattr(b, "text", "") for b in blocks]
        if letter.style == foi_l.DEFS:
            numbered = [t for t in texts if re.match(r"\d+\. ", t)]
            assert len(numbered) > len(items), "no numbered points before the questions"
            assert not any(d in item["answer"] for d in tx.DEFINITIONS[0] for item in items)
        if letter.style == foi_l.BR:
            html = _rendered("foi", i, "html").decode("utf-8")
            assert html.count("<br>") >= len(items)
            assert sum(isinstance(b, Html) for b in blocks) == len(items)
        if letter.style == foi_l.REVIEW:
            for item in items:
                assert item["answer"].split(".")[0] in tx.DECISIONS
            earlier = {t.earlier for t in tx.TOPICS}
            assert not any(e in item["answer"] for e in earlier for item in items)
        if letter.style == foi_l.ATTACH:
            assert any(re.match(r"(Appendix|Spreadsheet) [A-F]\b", x) for x in texts[-12:])
        if letter.style == foi_l.AFTER:
            first_answer = next(j for j, t in enumerate(texts) if "question 1" in t)
            assert all(item["question"] in " ".join(texts[:first_answer]) for item in items)
        if letter.style == foi_l.NESTED:
            assert any(len(item["label"]) >= 3 for item in items)
        if letter.style == foi_l.CHRONO:
            grid = next(b for b in blocks if isinstance(b, Grid))
            assert [r[0] for r in grid.rows][:4] == [
                "Case number",
                "Request received",
                "Clarification sought",
                "Clarification received",
            ]
        if letter.style == foi_l.DEPT:
            assert all(not item["answer"].startswith(("Response", "Finance")) for item in items)


def test_foi_counts_per_style():
    check_new_styles_and_trusts(foi_l, earlier_sets("foi", EARLIER), LETTERS)
    assert len(trust_names(foi_l)) == 2 * len(foi_l.STYLES)
    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    check_wordings_fresh(mine, tx.TOPICS, earlier_sets("foi_text", EARLIER), LETTERS)
    unlabelled = [i for x in LETTERS for i in x.truth["items"] if i["label"] is None]
    assert unlabelled, "no unnumbered questions"
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == 4 for n in per_style.values()), per_style
    assert sum("html" in f for f in foi_l.FORMATS.values()) >= 4
    sections = exemption_sections(LETTERS)
    assert len(sections) >= 4, sections


WRES_CASES = wres_cases(wres_l.LAYOUTS)


@pytest.mark.parametrize(("index", "fmt"), WRES_CASES)
def test_wres_figures_are_printed(index, fmt):
    assert_figures_printed(wres_l.LAYOUTS[index].truth, _text("wres", index, fmt))


def test_wres_targets_counts_comparators_and_suppressed_cells_stay_out():
    for i, values in figs.NOT_KEYED.items():
        truth = {x["value"] for x in wres_l.LAYOUTS[i].truth}
        text = _text("wres", i, "docx")
        for v in values:
            assert v in text, (i, v)
            if re.fullmatch(r"[\d.]+", v):
                assert float(v) not in truth, (i, v)
    assert "Target:" in _text("wres", 0, "html")
    assert "n/a" in _text("wres", 1, "pdf") and "*" in _text("wres", 1, "pdf")
    assert "BME –" in _text("wres", 2, "html") and "%†" in _text("wres", 2, "html")
    assert "out of" in _text("wres", 3, "pdf")
    assert "3,BME,2023,*,1.14" in _text("wres", 4, "pdf")


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_l.LAYOUTS) == 5
    assert sum(len(layout.truth) for layout in wres_l.LAYOUTS) >= 100
    check_wres_layouts(
        wres_l.LAYOUTS,
        earlier_sets("wres", EARLIER),
        key=wres_e.KEY,
        groups={"BME", "White", "Unknown"},
        formats={"html", "pdf", "docx"},
    )


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_l.score import FIRST_SIGHT, FIRST_SIGHT_AFTER_M

    rows = first_sight_rows(foi_l.STYLES, wres_l.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT)
    check_first_sight(rows, FIRST_SIGHT_AFTER_M)
