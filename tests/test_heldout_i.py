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
from functools import cache

import pytest

from benchmarks.heldout_i import foi_i, wres_i
from benchmarks.heldout_i.foi_i import DATE_FORMS
from benchmarks.heldout_i.render import Grid, Html, render
from parsers.extract import extract
from tests.heldout_checks import norm, words_in

LETTERS = foi_i.letters()
OLD_SETS = ("d", "e", "f", "g", "h")


def _old(kind: str) -> list:
    import importlib

    return [importlib.import_module(f"benchmarks.heldout_{s}.{kind}_{s}") for s in OLD_SETS]


@cache
def _rendered(kind: str, index: int, fmt: str) -> bytes:
    doc = LETTERS[index] if kind == "foi" else wres_i.LAYOUTS[index]
    site = doc.trust if kind == "foi" else doc.site
    return render(doc.blocks, fmt, title=site, site=site)[0]


@cache
def _text(kind: str, index: int, fmt: str) -> str:
    """The extracted text of one rendering, whitespace collapsed (cached)."""
    got = extract(_rendered(kind, index, fmt), filename=f"document.{fmt}")
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
        assert words_in(item["answer"].replace(" | ", " "), text), item["answer"]
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
    from scripts import foi_synthetic

    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == 4 for n in per_style.values()), per_style
    for old in (*_old("foi"), foi_synthetic):
        assert not set(foi_i.STYLES) & set(old.STYLES)
    trusts = {t[0] for ts in foi_i.TRUSTS.values() for t in ts}
    assert len(trusts) == 16
    for old in _old("foi"):
        assert not trusts & {t[0] for ts in old.TRUSTS.values() for t in ts}
    for style in foi_i.STYLES:
        assert len({letter.trust for letter in LETTERS if letter.style == style}) == 2, style
        assert "pdf" in foi_i.FORMATS[style]
    assert sum("html" in f for f in foi_i.FORMATS.values()) >= 3
    assert sum("docx" in f for f in foi_i.FORMATS.values()) >= 6
    sections = {e["section"] for letter in LETTERS for e in letter.truth["exemptions"]}
    assert {"40(2)", "43(2)", "21", "22(1)"} <= sections
    answers = [i["answer"] for x in LETTERS for i in x.truth["items"]]
    assert any(" | " in a for a in answers), "no answer that is only a table"
    assert any(isinstance(b, Html) for x in LETTERS for b in x.blocks)
    unlabelled = [i for x in LETTERS for i in x.truth["items"] if i["label"] is None]
    assert unlabelled, "no unnumbered questions"


def test_foi_wordings_are_fresh():
    """Closings, explanations and questions are set I's own, and none is in an answer."""
    import importlib

    from benchmarks.heldout_i import foi_i_text

    mine = {t for ts in foi_i_text.CLOSINGS.values() for t in ts}
    mine |= set(foi_i_text.EXPLANATIONS.values())
    for s in OLD_SETS:
        old = importlib.import_module(f"benchmarks.heldout_{s}.foi_{s}_text")
        assert not mine & {t for ts in old.CLOSINGS.values() for t in ts}
        assert not {t.question for t in foi_i_text.TOPICS} & {t.question for t in old.TOPICS}
    for letter in LETTERS:
        for item in letter.truth["items"]:
            assert not any(t in item["answer"] for t in mine)


def _printed_forms(fig: dict) -> list[str]:
    """How a truth figure is printed: ratios to 2 places, everything else to 1."""
    value = fig["value"]
    return [f"{value:.2f}" if fig["measure"] == "relative_likelihood" else f"{value:.1f}"]


WRES_CASES = [(i, fmt) for i, layout in enumerate(wres_i.LAYOUTS) for fmt in layout.formats]


@pytest.mark.parametrize(("index", "fmt"), WRES_CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text("wres", index, fmt)
    for fig in wres_i.LAYOUTS[index].truth:
        forms = _printed_forms(fig)
        assert any(re.search(rf"(?<![\d.]){re.escape(p)}(?![\d.]\d)", text) for p in forms), fig


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
    names = [layout.name for layout in wres_i.LAYOUTS]
    assert len(set(names)) == len(names)
    for old in _old("wres"):
        assert not set(names) & {layout.name for layout in old.LAYOUTS}
        assert not {x.title for x in wres_i.LAYOUTS} & {layout.title for layout in old.LAYOUTS}
    groups = {"BME", "White", "Asian", "Black", "Mixed", "Other", "Unknown"}
    for layout in wres_i.LAYOUTS:
        assert layout.truth, layout.name
        assert set(layout.formats) == {"html", "pdf", "docx"}
        keys = [tuple(f[k] for k in wres_e.KEY) for f in layout.truth]
        assert len(set(keys)) == len(keys), f"{layout.name}: a key twice in the truth"
        for f in layout.truth:
            assert f["measure"] in ("percentage", "relative_likelihood", "difference")
            assert re.fullmatch(r"20\d\d/\d\d", f["period"]), f
            assert f["ethnic_group"] in groups, f
    differences = [f for x in wres_i.LAYOUTS for f in x.truth if f["measure"] == "difference"]
    assert differences and all(f["indicator"] == 9 for f in differences)


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_i.score import FIRST_SIGHT

    expected = {"FOI rules only, all", "FOI labeller, all", "WRES, all"}
    expected |= {
        f"FOI {tag}, {f}" for tag in ("rules only", "labeller") for f in ("DOCX", "PDF", "HTML")
    }
    expected |= {f"FOI {tag}, {s}" for tag in ("rules only", "labeller") for s in foi_i.STYLES}
    expected |= {f"WRES, {layout.name}" for layout in wres_i.LAYOUTS}
    expected |= {"WRES, HTML", "WRES, PDF", "WRES, DOCX"}
    assert expected <= set(FIRST_SIGHT)
    assert all(len(v) in (5, 6) for v in FIRST_SIGHT.values())
