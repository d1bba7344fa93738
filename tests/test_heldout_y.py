"""Held-out set Y checked as a SET, not the parser on it (its score is
benchmarks/heldout_y/score.py's business): every rendering opens and prints its truth
(question, answer, label, reference, both dates, the exemption's section in the form
the cell cites it), and the grid keeps its promises: a base letter and about sixty
cells over ten structural dimensions, each cell differing from the base in ONE
dimension only (its config, the part of the letter it changes, and what its truth may
differ in), three topics per cell with their own trusts and 3..5 questions, three
formats, trusts and questions in no earlier set, first-sight numbers for every row."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.heldout_p.render import render
from benchmarks.heldout_y import foi_y, wres_y
from benchmarks.heldout_y import foi_y_text as tx
from tests.heldout_checks import (
    Renderings,
    check_first_sight,
    check_in_no_answer,
    check_wres_layouts,
    earlier_sets,
    figure_printed,
    first_sight_rows,
    label_pattern,
    trust_names,
    words_in,
)

LETTERS = foi_y.letters()
EARLIER = "x"  # set Y was written against sets D to W (set X was written beside it, apart)
DOCS = Renderings(render, LETTERS, wres_y.LAYOUTS)
BASES = {x.index: x for x in LETTERS if x.style == foi_y.BASE_STYLE}
BASE_INDICES = [i for i, x in enumerate(LETTERS) if x.style == foi_y.BASE_STYLE]
# which part of the letter each config key may change
PART_OF = {"reference": {"head", "closing"}, "date": {"head"}, "received": {"head"}}
PART_OF |= {"closing": {"closing"}}


def _printed_label(label: str) -> str:
    """A sub-part's label ("2a") is printed as its letter under the question; others
    as themselves."""
    m = re.fullmatch(r"\d+([a-z])", label)
    return rf"\({m.group(1)}\)" if m else label_pattern(label)


# every letter as HTML, and the base letters as DOCX and PDF too: a cell changes the
# letter's structure, not how the renderer prints a format, and the suite has a time
# budget (PDF and DOCX cost most); the benchmark reads every rendering
FORMAT_CASES = [(i, "html") for i in range(len(LETTERS))]
FORMAT_CASES += [(i, fmt) for i in BASE_INDICES for fmt in ("docx", "pdf")]


@pytest.mark.parametrize(("index", "fmt"), FORMAT_CASES)
def test_foi_truth_is_printed(index, fmt):
    truth = LETTERS[index].truth
    text = DOCS.text("foi", index, fmt)
    for item in truth["items"]:
        assert words_in(item["question"], text), item["question"]
        # a table answer's cells are joined by " | " in the truth, printed in cells
        assert words_in(item["answer"].replace(" | ", " "), text), item["answer"]
        if item["label"]:
            assert re.search(_printed_label(item["label"]), text), item["label"]
    assert truth["reference"] in text
    for iso in (truth["received_date"], truth["responded_date"]):
        assert any(f(iso) in text for f in tx.DATE_FORMS.values()), iso
    for ex in truth["exemptions"]:
        cited = rf"(?i)\b(section |s\.|s){re.escape(ex['section'])}"
        assert re.search(cited, text), ex


def _changed(letter) -> list[str]:
    return [k for k in foi_y.GRID if letter.config[k] != foi_y.BASE[k]]


def test_each_cell_changes_one_dimension():
    for letter in LETTERS:
        base = BASES[letter.index]
        changed = _changed(letter)
        if letter.style == foi_y.BASE_STYLE:
            assert not changed
            continue
        assert len(changed) == 1, (letter.style, changed)
        key = changed[0]
        assert letter.style.startswith(foi_y.GRID[key][0] + ": "), letter.style
        differ = {p for p in ("head", "body", "closing") if letter.parts[p] != base.parts[p]}
        assert differ, letter.style
        assert differ <= PART_OF.get(key, {"body"}), (letter.style, differ)


def _pairs(truth: dict) -> list[tuple[str, str]]:
    return [(x["question"], x["answer"]) for x in truth["items"]]


def test_each_cell_truth_differs_from_base_only_where_its_dimension_does():
    for letter in LETTERS:
        base = BASES[letter.index].truth
        truth = letter.truth
        key = (_changed(letter) or ["base"])[0]
        if key in ("base", "reference", "date", "received", "closing", "marker", "placement"):
            assert truth == base, letter.style
        elif key == "numbering":
            assert _pairs(truth) == _pairs(base)
            assert {k: v for k, v in truth.items() if k != "items"} == {
                k: v for k, v in base.items() if k != "items"
            }
        elif key == "exemption":
            assert [x["question"] for x in truth["items"]] == [x["question"] for x in base["items"]]
        else:  # content, parts: only the second question changes
            keep = [x for i, x in enumerate(base["items"]) if i != tx.SPECIAL_AT]
            assert all(x in truth["items"] for x in keep), letter.style
            assert truth["exemptions"] == base["exemptions"]


def test_grid_size_topics_and_formats():
    per_style = Counter(letter.style for letter in LETTERS)
    assert 45 <= len(per_style) <= 70 and foi_y.BASE_STYLE in per_style
    assert set(per_style.values()) == {3}
    dims = Counter(foi_y.DIMENSION_OF.values())
    assert len(dims) == 11  # ten dimensions and the base
    assert all(n >= 3 for d, n in dims.items() if d not in ("base", "sub-parts")), dims
    assert all(set(f) == {"docx", "pdf", "html"} for f in foi_y.FORMATS.values())
    counts = {len(x.truth["items"]) for x in BASES.values()}
    assert counts == {3, 4, 5}
    assert len({x.trust for x in BASES.values()}) == 3


def test_trusts_and_questions_are_new():
    mine = {t.trust for t in tx.TOPICS}
    questions = {q.question for t in tx.TOPICS for q in t.qas}
    for old in earlier_sets("foi", EARLIER):
        assert not mine & trust_names(old), old.__name__
    for old in earlier_sets("foi_text", EARLIER):
        assert not questions & {t.question for t in old.TOPICS}, old.__name__


def test_closings_and_separate_exemptions_are_in_no_answer():
    closings = {t for ts in tx.CLOSINGS.values() for t in ts}
    check_in_no_answer(closings, LETTERS)
    separate = [x for x in LETTERS if x.config["exemption"] == foi_y.EX[6]]
    check_in_no_answer([t.exempt.explanation for t in tx.TOPICS], separate)


def test_labels_follow_the_numbering():
    labels = {x.style: [i["label"] for i in x.truth["items"]] for x in LETTERS if x.index == 0}
    n = "question numbering: "
    assert labels[n + "'Q1:'"] == ["Q1", "Q2", "Q3", "Q4"]
    assert labels[n + "'(i)'"] == ["i", "ii", "iii", "iv"]
    assert labels[n + "'I.'"] == ["I", "II", "III", "IV"]
    assert labels[n + "bullets"] == [None] * 4
    assert labels["sub-parts: a question with (a)/(b)/(c) parts answered part by part"][1:4] == [
        "2a",
        "2b",
        "2c",
    ]


def test_first_sight_covers_every_row():
    """Every row the scorer prints, FOI and WRES, has its first-sight numbers."""
    from benchmarks.heldout_y.score import FIRST_SIGHT

    rows = first_sight_rows(foi_y.STYLES, wres_y.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT)


# the Spec fields one WRES dimension may set together (a third group is its label too; a
# marked or withheld cell comes with the note that explains it)
_WRES_FIELDS_TOGETHER = ({"groups", "labels"}, {"cells", "notes"}, {"pct", "unit"})


def _spec_changes(spec) -> set[str]:
    base = wres_y.BASE
    names = [f for f in vars(base) if f != "trust"]
    return {f for f in names if getattr(spec, f) != getattr(base, f)}


def test_wres_each_layout_changes_one_dimension():
    for name, spec in wres_y.GRID.items():
        changed = _spec_changes(spec)
        if name == "base":
            assert not changed
            continue
        together = any(changed <= fields for fields in _WRES_FIELDS_TOGETHER)
        assert len(changed) == 1 or together, (name, changed)


@pytest.mark.parametrize("index", range(len(wres_y.LAYOUTS)))
def test_wres_figures_are_printed(index):
    text = DOCS.text("wres", index, "html")
    for fig in wres_y.LAYOUTS[index].truth:
        assert figure_printed(fig, text, whole=True), fig


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_y.LAYOUTS) == len(wres_y.GRID) >= 35
    check_wres_layouts(
        wres_y.LAYOUTS,
        earlier_sets("wres", EARLIER),
        key=wres_e.KEY,
        groups={"BME", "White", "Unknown"},
        titles=False,
        formats=("html", "pdf", "docx"),
    )
