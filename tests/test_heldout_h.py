"""Held-out set H checked as a SET, not the parser on it (its score is
benchmarks/heldout_h/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to G nor the synthetic styles, two trusts each, formats, repeated table headers,
borderless layout tables and accordion panels, five new WRES layouts with at least 80
figures, first-sight numbers for every row)."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest

from benchmarks.heldout_e import wres_e
from benchmarks.heldout_h import foi_h, wres_h
from benchmarks.heldout_h.foi_h import DATE_FORMS, NUMBER_WORDS
from benchmarks.heldout_h.render import Details, Grid, render
from tests import heldout_checks as hc

LETTERS = foi_h.letters()
DOCS = hc.Renderings(render, LETTERS, wres_h.LAYOUTS)
_rendered, _text = DOCS.rendered, DOCS.text


def _printed_label(label: str, style: str) -> str:
    """How a truth label is printed: a spelled-out style prints its number as a word."""
    if style == foi_h.SPELLED:
        return NUMBER_WORDS[int(label) - 1]
    return label


FOI_CASES = hc.foi_cases(LETTERS)


@pytest.mark.parametrize(("index", "fmt"), FOI_CASES)
def test_foi_truth_is_printed(index, fmt):
    letter = LETTERS[index]
    text = _text("foi", index, fmt)
    truth = letter.truth
    assert truth["items"], "a letter with no questions"
    for item in truth["items"]:
        assert hc.words_in(item["question"], text), item["question"]
        assert hc.words_in(item["answer"].replace(" | ", " "), text), item["answer"]
        if item["label"]:
            printed = _printed_label(item["label"], letter.style)
            assert re.search(rf"(?<![\w/.]){re.escape(printed)}\b", text, re.I), printed
    assert truth["reference"] in text
    for iso in (truth["received_date"], truth["responded_date"]):
        assert any(f(iso) in text for f in DATE_FORMS), iso
    for ex in truth["exemptions"]:
        assert re.search(rf"(?:section|s\.)\s*{re.escape(ex['section'])}", text, re.I), ex


def test_new_blocks_are_rendered_as_promised():
    """The exemption table's header row repeats (DOCX flag, HTML <thead>), the hanging
    numbers sit in a borderless table, and the accordion page opens a <details> a
    question."""
    import docx

    table_letter = next(i for i, x in enumerate(LETTERS) if x.style == foi_h.EXEMPTION_TABLE)
    document = docx.Document(io.BytesIO(_rendered("foi", table_letter, "docx")))
    header = document.tables[0].rows[0]._tr
    assert header.trPr is not None and header.trPr.xpath("./w:tblHeader")
    assert "<thead>" in _rendered("foi", table_letter, "html").decode("utf-8")

    hanging = next(i for i, x in enumerate(LETTERS) if x.style == foi_h.HANGING)
    document = docx.Document(io.BytesIO(_rendered("foi", hanging, "docx")))
    assert document.tables[0].style.name == "Normal Table"

    for i, letter in enumerate(LETTERS):
        if letter.style == foi_h.ACCORDION:
            page = _rendered("foi", i, "html").decode("utf-8")
            panels = [b for b in letter.blocks if isinstance(b, Details)]
            assert page.count("<details>") == len(panels) == len(letter.truth["items"])


def test_email_thread_quotes_the_request_below_the_answers():
    for i, letter in enumerate(LETTERS):
        if letter.style != foi_h.EMAIL:
            continue
        text = _text("foi", i, "docx")
        first_answer = letter.truth["items"][0]["answer"].split(" | ")[0][:40]
        first_question = letter.truth["items"][0]["question"]
        assert text.count("From: ") == 2 and text.count("Sent: ") == 2
        assert text.index(first_answer) < text.index(first_question)


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == 4 for n in per_style.values()), per_style
    assert len(hc.trust_names(foi_h)) == 16
    hc.check_new_styles_and_trusts(foi_h, hc.earlier_sets("foi", "h"), LETTERS)
    for style in foi_h.STYLES:
        assert "pdf" in foi_h.FORMATS[style]
    assert sum("html" in f for f in foi_h.FORMATS.values()) >= 3
    assert sum("docx" in f for f in foi_h.FORMATS.values()) >= 7
    assert {"40(2)", "43(2)", "21", "22(1)"} <= hc.exemption_sections(LETTERS)
    answers = [i["answer"] for x in LETTERS for i in x.truth["items"]]
    assert any(" | " in a for a in answers), "no answer that is only a table"
    assert any(isinstance(b, Grid) and b.header for x in LETTERS for b in x.blocks)
    assert any(isinstance(b, Grid) and not b.borders for x in LETTERS for b in x.blocks)
    quoted = [x for x in LETTERS if x.style == foi_h.QUOTED]
    assert all(i["label"] is None for x in quoted for i in x.truth["items"])
    phrases = [
        i["question"] for x in LETTERS if x.style == foi_h.NOUN_PHRASES for i in x.truth["items"]
    ]
    assert phrases and not any("?" in q for q in phrases)


def test_foi_wordings_are_fresh():
    """Closings, explanations and questions are set H's own, and none is in an answer."""
    from benchmarks.heldout_h import foi_h_text

    mine = {t for ts in foi_h_text.CLOSINGS.values() for t in ts}
    mine |= set(foi_h_text.EXPLANATIONS.values())
    hc.check_wordings_fresh(mine, foi_h_text.TOPICS, hc.earlier_sets("foi_text", "h"), LETTERS)


WRES_CASES = hc.wres_cases(wres_h.LAYOUTS)


@pytest.mark.parametrize(("index", "fmt"), WRES_CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text("wres", index, fmt)
    for fig in wres_h.LAYOUTS[index].truth:
        # a whole-number percentage may be printed as itself ("x in every 100")
        assert hc.figure_printed(fig, text, whole=True), fig


def test_wres_layouts():
    assert len(wres_h.LAYOUTS) >= 4
    assert sum(len(layout.truth) for layout in wres_h.LAYOUTS) >= 80
    hc.check_wres_layouts(
        wres_h.LAYOUTS,
        hc.earlier_sets("wres", "h"),
        key=wres_e.KEY,
        measures=("percentage", "relative_likelihood", "difference"),
        groups={"BME", "White", "Asian", "Black", "Mixed", "Other", "Unknown"},
    )
    differences = [f for x in wres_h.LAYOUTS for f in x.truth if f["measure"] == "difference"]
    assert differences and all(f["indicator"] == 9 for f in differences)


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_h.score import FIRST_SIGHT, FIRST_SIGHT_AFTER_FG

    expected = hc.first_sight_rows(foi_h.STYLES, wres_h.LAYOUTS, foi_formats=True)
    hc.check_first_sight(expected, FIRST_SIGHT, FIRST_SIGHT_AFTER_FG)
