"""Held-out set J checked as a SET, not the parser on it (its score is
benchmarks/heldout_j/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to I nor the synthetic styles, two trusts each, formats, answers told apart only by
colour or by CSS class, a two-column page, an exemptions table, five new WRES layouts
with at least 100 figures, comparators, directorate figures and suppressed cells kept
out of the truth, first-sight numbers for every row)."""

from __future__ import annotations

import io
import re
from collections import Counter
from functools import cache

import pytest

from benchmarks.heldout_j import foi_j, wres_j
from benchmarks.heldout_j.foi_j import DATE_FORMS
from benchmarks.heldout_j.render import C, Columns, Grid, Html, render
from tests import heldout_checks as hc

LETTERS = foi_j.letters()
DOCS = hc.Renderings(render, LETTERS, wres_j.LAYOUTS)
_rendered, _text = DOCS.rendered, DOCS.text


@cache
def _column_text(index: int) -> str:
    """A two-column PDF read as a reader reads it: each page's left column, then its
    right (pdfplumber, not the parser: this checks that the set prints its truth)."""
    import pdfplumber

    out = []
    with pdfplumber.open(io.BytesIO(_rendered("foi", index, "pdf"))) as pdf:
        for page in pdf.pages:
            mid = page.width / 2
            for box in ((0, 0, mid, page.height), (mid, 0, page.width, page.height)):
                out.append(page.within_bbox(box).extract_text() or "")
    return hc.norm(" ".join(out))


FOI_CASES = hc.foi_cases(LETTERS)


@pytest.mark.parametrize(("index", "fmt"), FOI_CASES)
def test_foi_truth_is_printed(index, fmt):
    letter = LETTERS[index]
    text = _text("foi", index, fmt)
    truth = letter.truth
    assert truth["items"], "a letter with no questions"
    body = _column_text(index) if letter.style == foi_j.COLUMNS and fmt == "pdf" else text
    for item in truth["items"]:
        assert hc.words_in(item["question"], body), item["question"]
        assert hc.words_in(item["answer"], body), item["answer"]
        if item["label"]:
            assert re.search(hc.label_pattern(item["label"]), body), item["label"]
    assert truth["reference"] in text
    for iso in (truth["received_date"], truth["responded_date"]):
        assert any(f(iso) in text for f in DATE_FORMS), iso
    for ex in truth["exemptions"]:
        assert re.search(rf"section\s*{re.escape(ex['section'])}", body, re.I), ex


def test_colour_is_the_only_answer_mark():
    """The colour letters print their answers (and nothing else) in a coloured font, in
    DOCX runs, PDF characters and the HTML page's style."""
    import docx
    import pdfplumber

    for i, letter in enumerate(LETTERS):
        if letter.style != foi_j.COLOUR:
            continue
        coloured = [b for b in letter.blocks if isinstance(b, C)]
        answers = " ".join(item["answer"] for item in letter.truth["items"])
        assert coloured and " ".join(b.text for b in coloured) == answers
        document = docx.Document(io.BytesIO(_rendered("foi", i, "docx")))
        runs = [r for p in document.paragraphs for r in p.runs if r.font.color.rgb is not None]
        assert " ".join(r.text for r in runs) == answers
        assert _rendered("foi", i, "html").decode("utf-8").count("style='color:") == len(coloured)
        if letter.index < 2:
            with pdfplumber.open(io.BytesIO(_rendered("foi", i, "pdf"))) as pdf:
                inks = {c.get("non_stroking_color") for p in pdf.pages for c in p.chars}
            assert len(inks) >= 2, inks


def test_two_columns_and_div_pages():
    import pdfplumber

    for i, letter in enumerate(LETTERS):
        if letter.style == foi_j.COLUMNS:
            assert sum(isinstance(b, Columns) for b in letter.blocks) == 1
            assert b'w:num="2"' in _docx_xml(_rendered("foi", i, "docx"))
            if letter.index < 2:
                with pdfplumber.open(io.BytesIO(_rendered("foi", i, "pdf"))) as pdf:
                    page = pdf.pages[0]
                    right = [c for c in page.chars if c["x0"] > page.width / 2 + 2]
                    left_start = [c for c in page.chars if c["x0"] < 40]
                assert right and left_start, "a two-column page uses both columns"
        if letter.style == foi_j.DIVS:
            page = _rendered("foi", i, "html").decode("utf-8")
            main = page[page.index("<main>") : page.index("</main>")]
            assert "<div class=" in main
            assert not re.search(r"<(p|h\d|li|dt|dd|blockquote|strong|em)\b", main)
            assert "<style>" in page[: page.index("</head>")]


def _docx_xml(data: bytes) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml")


def test_exemption_tables_and_repeated_labels():
    for letter in LETTERS:
        if letter.style == foi_j.EXEMPT_TABLE:
            grids = [b for b in letter.blocks if isinstance(b, Grid)]
            assert len(grids) == 1 and len(grids[0].rows) - 1 == len(letter.truth["exemptions"])
            for item in letter.truth["items"]:
                assert not re.search(r"section \d", item["answer"], re.I)
        if letter.style == foi_j.SECTIONS:
            labels = Counter(item["label"] for item in letter.truth["items"])
            assert max(labels.values()) >= 2, "numbering restarts in each section"
        if letter.style == foi_j.LEADERS:
            for item in letter.truth["items"]:
                assert len(item["answer"].split()) <= 2 and "..." not in item["question"]


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == 4 for n in per_style.values()), per_style
    assert len(hc.trust_names(foi_j)) == 16
    hc.check_new_styles_and_trusts(foi_j, hc.earlier_sets("foi", "j"), LETTERS)
    for style in foi_j.STYLES:
        assert "pdf" in foi_j.FORMATS[style]
    assert sum("html" in f for f in foi_j.FORMATS.values()) >= 3
    assert sum("docx" in f for f in foi_j.FORMATS.values()) >= 6
    assert {"40(2)", "43(2)", "21", "22(1)"} <= hc.exemption_sections(LETTERS)
    assert any(isinstance(b, Html) for x in LETTERS for b in x.blocks)
    unlabelled = [i for x in LETTERS for i in x.truth["items"] if i["label"] is None]
    assert unlabelled, "no unnumbered questions"


def test_foi_wordings_are_fresh():
    """Closings and questions are set J's own, and no closing is in an answer."""
    from benchmarks.heldout_j import foi_j_text

    mine = {t for ts in foi_j_text.CLOSINGS.values() for t in ts}
    hc.check_wordings_fresh(mine, foi_j_text.TOPICS, hc.earlier_sets("foi_text", "j"), LETTERS)


WRES_CASES = hc.wres_cases(wres_j.LAYOUTS)


@pytest.mark.parametrize(("index", "fmt"), WRES_CASES)
def test_wres_figures_are_printed(index, fmt):
    text = _text("wres", index, fmt)
    for fig in wres_j.LAYOUTS[index].truth:
        assert hc.figure_printed(fig, text), fig


def test_wres_comparators_directorates_and_suppressed_cells_stay_out():
    from benchmarks.heldout_j import wres_j_figures as f

    def values(i: int) -> set[float]:
        return {x["value"] for x in wres_j.LAYOUTS[i].truth}

    national = {float(x) for pair in f.TREND_NATIONAL.values() for x in pair}
    assert not national & values(2)
    assert not {float(x) for x in f.FINDINGS_REGIONAL.values()} & values(1)
    region = {float(x) for pair in f.REGION.values() for x in pair}
    region |= {float(r) for _, r in f.DIRECTORATE_LIKELIHOODS.values()}
    directorate = {
        float(x) for d in f.DIRECTORATES.values() for p in d.values() for x in p if x != "*"
    }
    directorate |= {float(v) for k, v in f.DIRECTORATE_WORKFORCE.items() if k != "Trust overall"}
    assert not (region | directorate) & values(3)
    i = 3
    text = _text("wres", i, "html")
    assert "Regional benchmark" in text and "Medicine" in text and " * " in f" {text} "
    assert "National average 2023" in _text("wres", 2, "docx")
    assert "Action plan" in _text("wres", 0, "pdf")
    assert "▲" in _text("wres", 1, "html")


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_j.LAYOUTS) == 5
    assert sum(len(layout.truth) for layout in wres_j.LAYOUTS) >= 100
    hc.check_wres_layouts(
        wres_j.LAYOUTS,
        hc.earlier_sets("wres", "j"),
        key=wres_e.KEY,
        measures=("percentage", "relative_likelihood", "difference"),
        groups={"BME", "White", "Unknown"},
        formats=("html", "pdf", "docx"),
    )
    differences = [f for x in wres_j.LAYOUTS for f in x.truth if f["measure"] == "difference"]
    assert differences and all(f["indicator"] == 9 for f in differences)
    workforce_beside_board = [
        f
        for x in wres_j.LAYOUTS
        for f in x.truth
        if f["indicator"] == 9 and f["staff_group"] == "overall"
    ]
    assert workforce_beside_board and all(
        f["measure"] == "percentage" for f in workforce_beside_board
    )


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_j.score import FIRST_SIGHT

    expected = hc.first_sight_rows(
        foi_j.STYLES, wres_j.LAYOUTS, foi_formats=True, wres_formats=True
    )
    hc.check_first_sight(expected, FIRST_SIGHT)
