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
from functools import cache

import pytest

from benchmarks.heldout_h import foi_h, wres_h
from benchmarks.heldout_h.foi_h import DATE_FORMS, NUMBER_WORDS
from benchmarks.heldout_h.render import Details, Grid, render
from parsers.extract import extract
from tests.heldout_checks import norm, words_in

LETTERS = foi_h.letters()


@cache
def _rendered(kind: str, index: int, fmt: str) -> bytes:
    doc = LETTERS[index] if kind == "foi" else wres_h.LAYOUTS[index]
    site = doc.trust if kind == "foi" else doc.site
    return render(doc.blocks, fmt, title=site, site=site)[0]


@cache
def _text(kind: str, index: int, fmt: str) -> str:
    """The extracted text of one rendering, whitespace collapsed (cached)."""
    got = extract(_rendered(kind, index, fmt), filename=f"document.{fmt}")
    assert got.items, f"{kind} {index} {fmt}: nothing extracted"
    return norm(got.text)


def _printed_label(label: str, style: str) -> str:
    """How a truth label is printed: a spelled-out style prints its number as a word."""
    if style == foi_h.SPELLED:
        return NUMBER_WORDS[int(label) - 1]
    return label


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
    from benchmarks.heldout_d import foi_d
    from benchmarks.heldout_e import foi_e
    from benchmarks.heldout_f import foi_f
    from benchmarks.heldout_g import foi_g
    from scripts import foi_synthetic

    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == 4 for n in per_style.values()), per_style
    for other in (foi_d.STYLES, foi_e.STYLES, foi_f.STYLES, foi_g.STYLES, foi_synthetic.STYLES):
        assert not set(foi_h.STYLES) & set(other)
    trusts = {t[0] for ts in foi_h.TRUSTS.values() for t in ts}
    assert len(trusts) == 16
    for other in (foi_d.TRUSTS, foi_e.TRUSTS, foi_f.TRUSTS, foi_g.TRUSTS):
        assert not trusts & {t[0] for ts in other.values() for t in ts}
    for style in foi_h.STYLES:
        assert len({letter.trust for letter in LETTERS if letter.style == style}) == 2, style
        assert "pdf" in foi_h.FORMATS[style]
    assert sum("html" in f for f in foi_h.FORMATS.values()) >= 3
    assert sum("docx" in f for f in foi_h.FORMATS.values()) >= 7
    sections = {e["section"] for letter in LETTERS for e in letter.truth["exemptions"]}
    assert {"40(2)", "43(2)", "21", "22(1)"} <= sections
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
    from benchmarks.heldout_d import foi_d_text
    from benchmarks.heldout_e import foi_e_text
    from benchmarks.heldout_f import foi_f_text
    from benchmarks.heldout_g import foi_g_text
    from benchmarks.heldout_h import foi_h_text

    mine = {t for ts in foi_h_text.CLOSINGS.values() for t in ts}
    mine |= set(foi_h_text.EXPLANATIONS.values())
    for old in (foi_d_text, foi_e_text, foi_f_text, foi_g_text):
        assert not mine & {t for ts in old.CLOSINGS.values() for t in ts}
        assert not {t.question for t in foi_h_text.TOPICS} & {t.question for t in old.TOPICS}
    for letter in LETTERS:
        for item in letter.truth["items"]:
            assert not any(t in item["answer"] for t in mine)


def _printed_forms(fig: dict) -> list[str]:
    """How a truth figure may be printed: ratios to 2 places, percentages to 1, and a
    whole number as itself ("x in every 100")."""
    value = fig["value"]
    if fig["measure"] == "relative_likelihood":
        return [f"{value:.2f}"]
    return [f"{value:.1f}"] + ([f"{value:.0f}"] if float(value).is_integer() else [])


WRES_CASES = [(i, fmt) for i, layout in enumerate(wres_h.LAYOUTS) for fmt in layout.formats]


@pytest.mark.parametrize(("index", "fmt"), WRES_CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text("wres", index, fmt)
    for fig in wres_h.LAYOUTS[index].truth:
        forms = _printed_forms(fig)
        assert any(re.search(rf"(?<![\d.]){re.escape(p)}(?![\d.]\d)", text) for p in forms), fig


def test_wres_layouts():
    from benchmarks.heldout_d import wres_d
    from benchmarks.heldout_e import wres_e
    from benchmarks.heldout_f import wres_f
    from benchmarks.heldout_g import wres_g

    assert len(wres_h.LAYOUTS) >= 4
    assert sum(len(layout.truth) for layout in wres_h.LAYOUTS) >= 80
    names = [layout.name for layout in wres_h.LAYOUTS]
    assert len(set(names)) == len(names)
    for old in (wres_d.LAYOUTS, wres_e.LAYOUTS, wres_f.LAYOUTS, wres_g.LAYOUTS):
        assert not set(names) & {layout.name for layout in old}
        assert not {x.title for x in wres_h.LAYOUTS} & {layout.title for layout in old}
    groups = {"BME", "White", "Asian", "Black", "Mixed", "Other", "Unknown"}
    for layout in wres_h.LAYOUTS:
        assert layout.truth, layout.name
        keys = [tuple(f[k] for k in wres_e.KEY) for f in layout.truth]
        assert len(set(keys)) == len(keys), f"{layout.name}: a key twice in the truth"
        for f in layout.truth:
            assert f["measure"] in ("percentage", "relative_likelihood", "difference")
            assert re.fullmatch(r"20\d\d/\d\d", f["period"]), f
            assert f["ethnic_group"] in groups, f
    differences = [f for x in wres_h.LAYOUTS for f in x.truth if f["measure"] == "difference"]
    assert differences and all(f["indicator"] == 9 for f in differences)


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_h.score import FIRST_SIGHT, FIRST_SIGHT_AFTER_FG

    expected = {"FOI rules only, all", "FOI labeller, all", "WRES, all"}
    expected |= {
        f"FOI {tag}, {f}" for tag in ("rules only", "labeller") for f in ("DOCX", "PDF", "HTML")
    }
    expected |= {f"FOI {tag}, {s}" for tag in ("rules only", "labeller") for s in foi_h.STYLES}
    expected |= {f"WRES, {layout.name}" for layout in wres_h.LAYOUTS}
    assert expected <= set(FIRST_SIGHT)
    for recorded in (FIRST_SIGHT, FIRST_SIGHT_AFTER_FG):
        assert all(len(v) in (5, 6) for v in recorded.values())
