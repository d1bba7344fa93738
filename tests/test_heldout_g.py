"""Held-out set G checked as a SET, not the parser on it (its score is
benchmarks/heldout_g/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D,
E and F nor the synthetic styles, two trusts each, formats, running headers and
footers, five new WRES layouts with at least 80 figures, first-sight numbers for every
row)."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest

from benchmarks.heldout_e import wres_e
from benchmarks.heldout_g import foi_g, wres_g
from benchmarks.heldout_g.foi_g import dotted_date, long_date, ordinal_date
from benchmarks.heldout_g.render import N, Running, render
from tests import heldout_checks as hc

LETTERS = foi_g.letters()
AUTO = "auto-numbered questions (Word list numbering)"
DOCS = hc.Renderings(render, LETTERS, wres_g.LAYOUTS)
_rendered, _text = DOCS.rendered, DOCS.text


def _list_numbered(data: bytes, fmt: str) -> list[str]:
    """The paragraphs a DOCX numbers with Word's list numbering, or an HTML page's
    `<ol start>` numbers: the labels a reader sees but the text does not hold."""
    if fmt == "html":
        return re.findall(r"<ol start='(\d+)'>", data.decode("utf-8"))
    import docx

    document = docx.Document(io.BytesIO(data))
    return [p.text for p in document.paragraphs if p.style.name == "List Number"]


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
    labels = [i["label"] for i in truth["items"]]
    if letter.style == AUTO and fmt != "pdf":
        numbered = _list_numbered(_rendered("foi", index, fmt), fmt)
        want = labels if fmt == "html" else [i["question"] for i in truth["items"]]
        assert numbered == want
    else:
        for label in filter(None, labels):
            assert re.search(rf"(?<![\w/.]){re.escape(label)}\b", text), label
    assert truth["reference"] in text
    for iso in (truth["received_date"], truth["responded_date"]):
        assert any(f(iso) in text for f in (long_date, ordinal_date, dotted_date)), iso
    for ex in truth["exemptions"]:
        assert re.search(rf"(?:section|s\.)\s*{re.escape(ex['section'])}", text, re.I), ex


def test_running_header_and_footer():
    """Every letter has a running header and footer; DOCX and PDF print them."""
    import docx
    import pdfplumber

    assert all(isinstance(x.blocks[0], Running) for x in LETTERS)
    running = LETTERS[0].blocks[0]
    document = docx.Document(io.BytesIO(_rendered("foi", 0, "docx")))
    assert document.sections[0].header.paragraphs[0].text == running.header
    assert running.footer in document.sections[0].footer.paragraphs[0].text
    with pdfplumber.open(io.BytesIO(_rendered("foi", 0, "pdf"))) as pdf:
        page = pdf.pages[0].extract_text()
    assert running.header in page and "Page 1 of" in page


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) >= 8
    assert all(n == 4 for n in per_style.values()), per_style
    hc.check_new_styles_and_trusts(foi_g, hc.earlier_sets("foi", "g"), LETTERS)
    for style in foi_g.STYLES:
        assert {"docx", "pdf"} <= set(foi_g.FORMATS[style])
    assert sum("html" in f for f in foi_g.FORMATS.values()) >= 2
    assert {"40(2)", "43(2)", "21"} <= hc.exemption_sections(LETTERS)
    answers = [i["answer"] for x in LETTERS for i in x.truth["items"]]
    assert any(" | " in a for a in answers), "no answer that is only a table"
    assert any(isinstance(b, N) for x in LETTERS for b in x.blocks)
    unnumbered = [x for x in LETTERS if x.style.startswith("questions as bullet")]
    assert all(i["label"] is None for x in unnumbered for i in x.truth["items"])
    capitals = [
        i["label"] for x in LETTERS if x.style.startswith("capital") for i in x.truth["items"]
    ]
    assert capitals and set(capitals) <= set(foi_g.CAPITALS)


def test_foi_wordings_are_fresh():
    """Closings and questions are set G's own, and no closing is in an answer."""
    from benchmarks.heldout_g import foi_g_text

    mine = {t for ts in foi_g_text.CLOSINGS.values() for t in ts}
    mine |= set(foi_g_text.EXPLANATIONS.values())
    hc.check_wordings_fresh(mine, foi_g_text.TOPICS, hc.earlier_sets("foi_text", "g"), LETTERS)


WRES_CASES = hc.wres_cases(wres_g.LAYOUTS)


@pytest.mark.parametrize(("index", "fmt"), WRES_CASES)
def test_wres_figures_are_printed(index, fmt):
    layout = wres_g.LAYOUTS[index]
    text = _text("wres", index, fmt)
    hc.assert_figures_printed(layout.truth, text)


def test_wres_layouts():
    assert len(wres_g.LAYOUTS) >= 4
    assert sum(len(layout.truth) for layout in wres_g.LAYOUTS) >= 80
    groups = {"BME", "White", "Asian", "Black", "Mixed", "Other", "Unknown"}
    hc.check_wres_layouts(
        wres_g.LAYOUTS, hc.earlier_sets("wres", "g"), key=wres_e.KEY, groups=groups
    )


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_g.score import FIRST_SIGHT, FIRST_SIGHT_AFTER_F

    expected = hc.first_sight_rows(foi_g.STYLES, wres_g.LAYOUTS)
    hc.check_first_sight(expected, FIRST_SIGHT, FIRST_SIGHT_AFTER_F)
