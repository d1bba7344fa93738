"""Held-out set R checked as a SET, not the parser on it (its score is
benchmarks/heldout_r/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to Q nor the synthetic styles, two trusts each, three formats, answers broken by a
repeated '(continued)' heading, a question/answer table with theme rows, responses
running on into a second table row, bold run-in questions, questions with lettered
sub-parts answered in one paragraph, an annex after the signature in no answer,
numbered subject headings over 'You asked:' lines, the request quoted in a box; five
new WRES layouts with at least 400 figures over the formats, national figures,
headcounts, '*' and 'n/a' kept out of the truth; first-sight numbers for every row)."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest

from benchmarks.heldout_p.render import Banded, Grid, H, P, Running, render
from benchmarks.heldout_r import foi_r, wres_r
from benchmarks.heldout_r import foi_r_text as tx
from benchmarks.heldout_r import wres_r_figures as wf
from benchmarks.heldout_r.foi_r_text import DATE_FORMS
from tests.heldout_checks import (
    Renderings,
    assert_figures_printed,
    check_first_sight,
    check_foi_truth_printed,
    check_new_styles_and_trusts,
    check_wordings_fresh,
    check_wres_layouts,
    earlier_sets,
    exemption_sections,
    first_sight_rows,
    foi_cases,
    wres_cases,
)

LETTERS = foi_r.letters()
EARLIER = "r"  # set R was written against sets D to Q
DOCS = Renderings(render, LETTERS, wres_r.LAYOUTS)
_rendered, _text = DOCS.rendered, DOCS.text


@pytest.mark.parametrize(("index", "fmt"), foi_cases(LETTERS))
def test_foi_truth_is_printed(index, fmt):
    truth, text = LETTERS[index].truth, _text("foi", index, fmt)
    # a sub-part's label ("1a") is printed in two pieces: its question's number before
    # the stem ("1." / "1)") and its own letter before the part ("(a)" / "a.")
    parts = [x for x in truth["items"] if re.fullmatch(r"\d+[a-f]", x["label"] or "")]
    for x in parts:
        n, letter = x["label"][:-1], x["label"][-1]
        assert re.search(rf"(?<![\w.]){n}[.)] ", text), x["label"]
        assert re.search(rf"(\({letter}\)|(?<!\w){letter}\.) {re.escape(x['question'])}", text)
    whole = {**truth, "items": [x | {"label": None} if x in parts else x for x in truth["items"]]}
    check_foi_truth_printed(whole, text, DATE_FORMS)


def _texts(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, H | P)]


def test_continued_heads_theme_rows_and_spilled_rows():
    for letter in LETTERS:
        items, texts = letter.truth["items"], _texts(letter)
        again = [
            t for t in texts if re.fullmatch(r"(Question|Request) \d+ \((continued|cont\.)\)", t)
        ]
        assert bool(again) == (letter.style == foi_r.CONTINUED)
        if again:
            assert len(again) == 2
            for head in again:
                n = re.search(r"\d+", head).group()
                item = next(x for x in items if x["label"] == n)
                # the heading sits between the answer's two paragraphs, in no item
                before = texts[texts.index(head) - 1]
                assert item["answer"].startswith(before) and item["answer"] != before
                assert "continued" not in item["answer"] and "cont." not in item["answer"]
        assert any(isinstance(b, Running) for b in letter.blocks) == (
            letter.style == foi_r.CONTINUED and letter.variant == "a"
        )
        banded = [b for b in letter.blocks if isinstance(b, Banded)]
        assert bool(banded) == (letter.style == foi_r.THEMED)
        if banded:
            themes = [r for r in banded[0].rows if isinstance(r, str)]
            assert len(themes) >= 2 and set(themes) <= {t.theme for t in tx.TOPICS}
            assert not any(t in x["question"] or t in x["answer"] for t in themes for x in items)
        grids = [b for b in letter.blocks if isinstance(b, Grid) and len(b.rows[0]) == 3]
        spilled = [r for g in grids for r in g.rows if r[0] == "" and r[1] == "" and r[2]]
        assert bool(spilled) == (letter.style == foi_r.SPILL)
        if spilled:
            assert len(spilled) == 2
            for row in spilled:
                assert sum(x["answer"].endswith(" " + row[2]) for x in items) == 1


def test_run_in_sub_parts_annex_subjects_and_box():
    import docx

    for i, letter in enumerate(LETTERS):
        items, texts = letter.truth["items"], _texts(letter)
        runs = [t for t in texts if re.match(r"(\d+\. )?\*\*", t)]
        assert bool(runs) == (letter.style == foi_r.RUNIN)
        if runs:
            assert len(runs) == len(items)
            for run, x in zip(runs, items, strict=True):
                assert run.endswith(f"**{x['question']}** {x['answer']}")
        parts = [x for x in items if re.fullmatch(r"\d+[a-c]", x["label"] or "")]
        assert bool(parts) == (letter.style == foi_r.SUBPARTS)
        if parts:  # two questions with parts, each part answered by the shared paragraph
            shared = {p.answer: p for p in tx.PARTED}
            assert len({x["answer"] for x in parts}) == 2
            for x in parts:
                assert x["question"] in shared[x["answer"]].parts
                assert not any(p.stem in x["question"] for p in tx.PARTED)
        pointer = [x for x in items if x["answer"] in tx.ANNEX_POINTERS]
        assert bool(pointer) == (letter.style == foi_r.ANNEX)
        if pointer:
            title = next(t for t in texts if t in tx.ANNEX_TITLES)
            signer = tx.SIGNATURES["ab".index(letter.variant)][1]
            assert texts.index(title) > texts.index(signer)  # after the signature
            assert not any("£9.84m" in x["answer"] for x in items)
        subjects = [t for t in texts if re.fullmatch(r"\d+\. [A-Z][a-z]+( [a-z]+)*", t)]
        subjects = [t for t in subjects if t.split(". ", 1)[1] in {x.subject for x in tx.TOPICS}]
        assert bool(subjects) == (letter.style == foi_r.NUMSUBJ)
        if subjects:
            assert [s.split(".")[0] for s in subjects] == [x["label"] for x in items]
            assert not any(s.split(". ", 1)[1] in x["question"] for s in subjects for x in items)
        boxes = [b for b in letter.blocks if isinstance(b, Grid) and len(b.rows[0]) == 1]
        assert bool(boxes) == (letter.style == foi_r.BOXREQ)
        if boxes:
            assert len(boxes[0].rows[0][0].split("\n")) == len(items)
            document = docx.Document(io.BytesIO(_rendered("foi", i, "docx")))
            box = next(t for t in document.tables if len(t.columns) == 1)
            assert all(x["question"] in box.cell(0, 0).text for x in items)
            assert not any(x["question"] in p for p in texts for x in items)


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_r.PER_STYLE == 4 for n in per_style.values()), per_style
    check_new_styles_and_trusts(foi_r, earlier_sets("foi", EARLIER), LETTERS)
    assert all(set(f) == {"docx", "pdf", "html"} for f in foi_r.FORMATS.values())
    assert {"12", "21", "22", "40(2)", "41", "43(2)"} <= exemption_sections(LETTERS)
    unlabelled = [i for x in LETTERS for i in x.truth["items"] if i["label"] is None]
    assert unlabelled, "no unnumbered questions"


def test_foi_wordings_are_fresh():
    """Closings and questions are set R's own (against sets D to Q), and no closing is
    in an answer."""
    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    check_wordings_fresh(mine, tx.TOPICS, earlier_sets("foi_text", EARLIER), LETTERS)


@pytest.mark.parametrize(("index", "fmt"), wres_cases(wres_r.LAYOUTS))
def test_wres_figures_are_printed(index, fmt):
    assert_figures_printed(wres_r.LAYOUTS[index].truth, _text("wres", index, fmt))


def test_wres_national_figures_headcounts_and_gaps_stay_out():
    for i, values in wf.NOT_KEYED.items():
        truth = {x["value"] for x in wres_r.LAYOUTS[i].truth}
        text = _text("wres", i, "docx")
        for v in values:
            assert v in text, (i, v)
            assert float(v.replace(",", "")) not in truth, (i, v)
    cells = _text("wres", 4, "pdf")
    for (ind, group, j), shown in wf.NOT_PRINTED.items():
        assert f"{wres_r.YEARS[j]}: {shown}" in cells
        period = wres_r.YEARS[j]
        assert not [
            x
            for x in wres_r.LAYOUTS[4].truth
            if (x["indicator"], x["ethnic_group"], x["period"]) == (ind, group, period)
        ]
    assert "31.9%" in cells and "%¹" in _text("wres", 4, "html")
    assert "Table 1b" in _text("wres", 0, "pdf")
    assert "Last year: 35.1%" in _text("wres", 1, "docx")
    assert "Series: White; 2021/22: 80.2%" in _text("wres", 2, "html")
    assert "twelve months earlier" in _text("wres", 3, "pdf")
    bands = {(x["staff_group"], x["band"]) for x in wres_r.LAYOUTS[0].truth}
    assert len(bands) == 12 and {sg for sg, _ in bands} == {"clinical", "non_clinical"}


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_r.LAYOUTS) == 5
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_r.LAYOUTS)
    assert total >= 400, total
    check_wres_layouts(
        wres_r.LAYOUTS,
        earlier_sets("wres", EARLIER),
        key=wres_e.KEY,
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_r.score import FIRST_SIGHT

    rows = first_sight_rows(foi_r.STYLES, wres_r.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT)
