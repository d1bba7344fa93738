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
from functools import cache

import pytest

from benchmarks.heldout_g import foi_g, wres_g
from benchmarks.heldout_g.foi_g import dotted_date, long_date, ordinal_date
from benchmarks.heldout_g.render import N, Running, render
from parsers.extract import extract
from tests.heldout_checks import assert_figures_printed, norm, words_in

LETTERS = foi_g.letters()
AUTO = "auto-numbered questions (Word list numbering)"


@cache
def _rendered(kind: str, index: int, fmt: str) -> bytes:
    doc = LETTERS[index] if kind == "foi" else wres_g.LAYOUTS[index]
    site = doc.trust if kind == "foi" else doc.site
    return render(doc.blocks, fmt, title=site, site=site)[0]


@cache
def _text(kind: str, index: int, fmt: str) -> str:
    """The extracted text of one rendering, whitespace collapsed (cached)."""
    got = extract(_rendered(kind, index, fmt), filename=f"document.{fmt}")
    assert got.items, f"{kind} {index} {fmt}: nothing extracted"
    return norm(got.text)


def _list_numbered(data: bytes, fmt: str) -> list[str]:
    """The paragraphs a DOCX numbers with Word's list numbering, or an HTML page's
    `<ol start>` numbers: the labels a reader sees but the text does not hold."""
    if fmt == "html":
        return re.findall(r"<ol start='(\d+)'>", data.decode("utf-8"))
    import docx

    document = docx.Document(io.BytesIO(data))
    return [p.text for p in document.paragraphs if p.style.name == "List Number"]


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
    from benchmarks.heldout_d import foi_d
    from benchmarks.heldout_e import foi_e
    from benchmarks.heldout_f import foi_f
    from scripts import foi_synthetic

    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) >= 8
    assert all(n == 4 for n in per_style.values()), per_style
    for other in (foi_d.STYLES, foi_e.STYLES, foi_f.STYLES, foi_synthetic.STYLES):
        assert not set(foi_g.STYLES) & set(other)
    trusts = {t[0] for ts in foi_g.TRUSTS.values() for t in ts}
    for other in (foi_d.TRUSTS, foi_e.TRUSTS, foi_f.TRUSTS):
        assert not trusts & {t[0] for ts in other.values() for t in ts}
    for style in foi_g.STYLES:
        assert len({letter.trust for letter in LETTERS if letter.style == style}) == 2, style
        assert {"docx", "pdf"} <= set(foi_g.FORMATS[style])
    assert sum("html" in f for f in foi_g.FORMATS.values()) >= 2
    sections = {e["section"] for letter in LETTERS for e in letter.truth["exemptions"]}
    assert {"40(2)", "43(2)", "21"} <= sections
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
    from benchmarks.heldout_d import foi_d_text
    from benchmarks.heldout_e import foi_e_text
    from benchmarks.heldout_f import foi_f_text
    from benchmarks.heldout_g import foi_g_text

    mine = {t for ts in foi_g_text.CLOSINGS.values() for t in ts}
    mine |= set(foi_g_text.EXPLANATIONS.values())
    for old in (foi_d_text, foi_e_text, foi_f_text):
        assert not mine & {t for ts in old.CLOSINGS.values() for t in ts}
        assert not {t.question for t in foi_g_text.TOPICS} & {t.question for t in old.TOPICS}
    for letter in LETTERS:
        for item in letter.truth["items"]:
            assert not any(t in item["answer"] for t in mine)


WRES_CASES = [(i, fmt) for i, layout in enumerate(wres_g.LAYOUTS) for fmt in layout.formats]


@pytest.mark.parametrize(("index", "fmt"), WRES_CASES)
def test_wres_figures_are_printed(index, fmt):
    layout = wres_g.LAYOUTS[index]
    text = _text("wres", index, fmt)
    assert_figures_printed(layout.truth, text)


def test_wres_layouts():
    from benchmarks.heldout_d import wres_d
    from benchmarks.heldout_e import wres_e
    from benchmarks.heldout_f import wres_f

    assert len(wres_g.LAYOUTS) >= 4
    assert sum(len(layout.truth) for layout in wres_g.LAYOUTS) >= 80
    names = [layout.name for layout in wres_g.LAYOUTS]
    assert len(set(names)) == len(names)
    for old in (wres_d.LAYOUTS, wres_e.LAYOUTS, wres_f.LAYOUTS):
        assert not set(names) & {layout.name for layout in old}
        assert not {x.title for x in wres_g.LAYOUTS} & {layout.title for layout in old}
    groups = {"BME", "White", "Asian", "Black", "Mixed", "Other", "Unknown"}
    for layout in wres_g.LAYOUTS:
        assert layout.truth, layout.name
        keys = [tuple(f[k] for k in wres_e.KEY) for f in layout.truth]
        assert len(set(keys)) == len(keys), f"{layout.name}: a key twice in the truth"
        for f in layout.truth:
            assert f["measure"] in ("percentage", "relative_likelihood")
            assert re.fullmatch(r"20\d\d/\d\d", f["period"]), f
            assert f["ethnic_group"] in groups, f


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_g.score import FIRST_SIGHT, FIRST_SIGHT_AFTER_F

    expected = {"FOI rules only, all", "FOI labeller, all", "WRES, all"}
    expected |= {f"FOI {tag}, {s}" for tag in ("rules only", "labeller") for s in foi_g.STYLES}
    expected |= {f"WRES, {layout.name}" for layout in wres_g.LAYOUTS}
    assert expected <= set(FIRST_SIGHT)
    for recorded in (FIRST_SIGHT, FIRST_SIGHT_AFTER_F):
        assert all(len(v) in (5, 6) for v in recorded.values())
