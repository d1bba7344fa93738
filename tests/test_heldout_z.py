"""Held-out set Z checked as a SET, not the parser on it (its score is
benchmarks/heldout_z/score.py's business). FOI half (foi_z.py): every letter prints its
truth (question, answer, label, reference, both dates, the exemption's section), each
cell differs from set Y's base letter in exactly TWO dimensions (its config, its style
name, the parts of the letter those dimensions may change), every pair of Y's ten
dimensions is met, three topics per cell. WRES half (wres_z.py): every truth figure
is printed in the HTML rendering of each layout, each layout differs from Y's base
Spec in exactly two dimensions. First-sight numbers for every row of both halves.
Kept fast: each FOI letter is rendered in ONE of its formats (turn by turn), the
WRES layouts in HTML only."""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

import pytest

from benchmarks.heldout_p.render import render
from benchmarks.heldout_y import foi_y, wres_y
from benchmarks.heldout_y import foi_y_text as tx
from benchmarks.heldout_z import foi_z, wres_z
from tests.heldout_checks import (
    Renderings,
    check_first_sight,
    figure_printed,
    first_sight_rows,
    label_pattern,
    words_in,
)

LETTERS = foi_z.letters()
DOCS = Renderings(render, LETTERS, wres_z.LAYOUTS)
BASES = {k: foi_y.generate(foi_y.BASE_STYLE, k) for k in range(len(tx.TOPICS))}
FORMATS = ("docx", "pdf", "html")
# the parts of the letter a config key may change (others change only the body)
PART_OF = {"reference": {"head", "closing"}, "date": {"head"}, "received": {"head"}}
PART_OF |= {"closing": {"closing"}}


def _printed_label(label: str) -> str:
    """A sub-part's label ("2a", "Q2a") is printed as its letter in brackets; others
    as themselves."""
    m = re.fullmatch(r"\w*?\d+([a-z])", label)
    return rf"\({m.group(1)}\)" if m else label_pattern(label)


@pytest.mark.parametrize("index", range(len(LETTERS)))
def test_foi_truth_is_printed(index):
    truth = LETTERS[index].truth
    # as HTML: a cell changes structure, not format (set Y checks the formats)
    text = DOCS.text("foi", index, "html")
    for item in truth["items"]:
        assert words_in(item["question"], text), item["question"]
        assert words_in(item["answer"].replace(" | ", " "), text), item["answer"]
        if item["label"]:
            assert re.search(_printed_label(item["label"]), text), item["label"]
    assert truth["reference"] in text
    for iso in (truth["received_date"], truth["responded_date"]):
        assert any(f(iso) in text for f in tx.DATE_FORMS.values()), iso
    for ex in truth["exemptions"]:
        assert re.search(rf"(?i)\b(section |s\.|s){re.escape(ex['section'])}", text), ex


def _changed(letter) -> list[str]:
    return [k for k in foi_y.GRID if letter.config[k] != foi_y.BASE[k]]


def test_each_cell_changes_two_dimensions():
    for letter in LETTERS:
        changed = _changed(letter)
        assert len(changed) == 2, (letter.style, changed)
        a, b = (f"{foi_y.GRID[k][0]}: {letter.config[k]}" for k in changed)
        assert letter.style == f"{a} + {b}"
        assert foi_z.PAIR_OF[letter.style] == tuple(foi_y.GRID[k][0] for k in changed)
        base = BASES[letter.index]
        differ = {p for p in ("head", "body", "closing") if letter.parts[p] != base.parts[p]}
        allowed = set().union(*(PART_OF.get(k, {"body"}) for k in changed))
        assert differ and differ <= allowed, (letter.style, differ)
        assert base.truth["reference"] == letter.truth["reference"]


def test_every_dimension_pair_is_met():
    pairs = Counter(frozenset(d) for d in foi_z.PAIR_OF.values())
    dims = [d for d, _ in foi_y.GRID.values()]
    assert set(pairs) == {frozenset(p) for p in combinations(dims, 2)}
    assert 45 <= len(foi_z.STYLES) <= 60 and len(set(foi_z.STYLES)) == len(foi_z.STYLES)
    assert Counter(x.style for x in LETTERS) == {s: 3 for s in foi_z.STYLES}
    assert all(set(f) == set(FORMATS) for f in foi_z.FORMATS.values())


def test_pair_cells_keep_each_values_truth():
    """A cell's truth is what Y's two one-dimension cells make of the base together:
    the labels follow the numbering, sub-parts are labelled number+letter."""
    first = {x.style: x.truth["items"] for x in LETTERS if x.index == 0}
    q1 = "question numbering: 'Q1.' + answer marker: 'Response:'"
    assert [i["label"] for i in first[q1]] == ["Q1", "Q2", "Q3", "Q4"]
    a = "question numbering: '(a)' + placement: all questions, then all answers numbered alike"
    assert [i["label"] for i in first[a]] == ["a", "b", "c", "d"]
    parts = "question numbering: 'Q1.' + sub-parts: " + foi_y.GRID["parts"][1][1]
    assert [i["label"] for i in first[parts]][1:4] == ["Q2a", "Q2b", "Q2c"]
    for letter in LETTERS:
        if "sub-parts" in letter.style or "answer content" in letter.style:
            continue
        keys = ["question"] + ([] if "exemption" in letter.style else ["answer"])
        keys += [] if "numbering" in letter.style else ["label"]
        got = [[i[k] for k in keys] for i in letter.truth["items"]]
        want = [[i[k] for k in keys] for i in BASES[letter.index].truth["items"]]
        assert got == want, letter.style


@pytest.mark.parametrize("index", range(len(wres_z.LAYOUTS)))
def test_wres_figures_are_printed_in_html(index):
    text = DOCS.text("wres", index, "html")
    for fig in wres_z.LAYOUTS[index].truth:
        assert figure_printed(fig, text, whole=True), fig


def test_each_wres_layout_differs_from_y_base_in_two_dimensions():
    structural = [n for n in wres_y.Spec.__dataclass_fields__ if n != "trust"]
    for (a, b), spec in zip(wres_z.PAIRS, wres_z.SPECS.values(), strict=True):
        dims = {a.split(":")[0], b.split(":")[0]}
        assert len(dims) == 2, (a, b)
        fields = {
            n: {m for m in structural if getattr(wres_y.GRID[v], m) != getattr(wres_y.BASE, m)}
            for n, v in (("a", a), ("b", b))
        }
        assert fields["a"] and fields["b"] and not fields["a"] & fields["b"], (a, b)
        changed = {n for n in structural if getattr(spec, n) != getattr(wres_y.BASE, n)}
        assert changed == fields["a"] | fields["b"], (a, b, changed)


def test_first_sight_covers_every_row():
    from benchmarks.heldout_z.score import FIRST_SIGHT

    rows = first_sight_rows(foi_z.STYLES, wres_z.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT)
