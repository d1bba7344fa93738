"""Held-out set AA's FOI half checked as a SET, not the parser on it (its score is
benchmarks/heldout_aa/score.py's business): every rendering opens, every truth
question, answer, label, reference, date and exemption is printed in the rendered
document, and the set has what it promises (eight styles in none of sets D to Z nor
the synthetic styles, two trusts each, three formats; five ordinary letters: an
exemption's wording quoted from the Act, the request's own date beside the day it
arrived, web addresses ending answers, an apology for a late reply, a 'PRIVATE AND
CONFIDENTIAL' head; two requests answered in one letter, answers opening with
ordinals, a response form; first-sight numbers for every FOI row).

Kept fast: each letter is rendered in ONE format (docx, pdf, html in turn by index);
the benchmark reads them all."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.heldout_aa import foi_aa
from benchmarks.heldout_aa import foi_aa_text as tx
from benchmarks.heldout_p.render import B, Banded, H, P, render
from tests.heldout_checks import (
    Renderings,
    check_first_sight,
    check_foi_truth_printed,
    check_in_no_answer,
    check_new_styles_and_trusts,
    check_wordings_fresh,
    earlier_sets,
    exemption_sections,
    first_sight_rows,
    trust_names,
)

LETTERS = foi_aa.letters()
EARLIER = "aa"  # set AA was written against sets D to Z
DOCS = Renderings(render, LETTERS, ())
FORMATS = ("docx", "pdf", "html")


@pytest.mark.parametrize("index", range(len(LETTERS)))
def test_foi_truth_is_printed(index):
    fmt = FORMATS[index % 3]
    truth = dict(LETTERS[index].truth)
    check_foi_truth_printed(truth, DOCS.text("foi", index, fmt), foi_aa.DATE_FORMS)


def _of(style: str) -> list:
    return [letter for letter in LETTERS if letter.style == style]


def _texts(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, H | P | B)]


def test_ordinary_letters():
    quoted = {line for act in tx.ACT_QUOTED for line in act.wording}
    for letter in _of(foi_aa.ORD_ACT):
        assert any(line in x["answer"] for x in letter.truth["items"] for line in quoted)
        assert "(a) " in " ".join(_texts(letter))
    for letter in _of(foi_aa.ORD_TWO_DATES):
        opening = next(t for t in _texts(letter) if "received on" in t or "reached" in t)
        rec = letter.truth["received_date"]
        assert opening.index(foi_aa.DATE_FORMS[int(letter.variant == "b")](rec)) > 20
    for letter in _of(foi_aa.ORD_LINKS):
        ends = [x["answer"].rsplit(" ", 1)[-1] for x in letter.truth["items"]]
        assert sum(e.startswith("https://www.") for e in ends) >= 3
    check_in_no_answer(tx.DELAYS, _of(foi_aa.ORD_DELAY))
    for letter in _of(foi_aa.ORD_DELAY):
        assert any(t in tx.DELAYS for t in _texts(letter))
    for letter in _of(foi_aa.ORD_CONFIDENTIAL):
        assert any(t in {c[0] for c in tx.CONFIDENTIAL} for t in _texts(letter))
    for style in foi_aa.STYLES[:5]:
        for letter in _of(style):
            labels = [x["label"] for x in letter.truth["items"]]
            assert labels == [str(n) for n in range(1, len(labels) + 1)]


def test_two_requests_ordinals_form():
    for letter in _of(foi_aa.TWO_REQUESTS):
        labels = [x["label"] for x in letter.truth["items"]]
        assert labels.count("1") == 2
        refs = [t for t in _texts(letter) if re.search(r"(^R|\(your r)equest \S+", t)]
        assert len(refs) == 2 and letter.truth["reference"] in refs[0]
    for letter in _of(foi_aa.ORDINAL):
        texts = _texts(letter)
        assert sum(t.startswith(("In answer to your", "Turning to your")) for t in texts) == len(
            letter.truth["items"]
        )
    for letter in _of(foi_aa.FORM):
        (form,) = [b for b in letter.blocks if isinstance(b, Banded)]
        cells = dict(form.rows)
        assert len(cells["Response"].split("\n")) == len(letter.truth["items"])


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_aa.PER_STYLE == 4 for n in per_style.values()), per_style
    earlier = earlier_sets("foi", EARLIER)
    check_new_styles_and_trusts(foi_aa, earlier, LETTERS, trusts=False)
    mine = trust_names(foi_aa)
    for old in earlier:
        if hasattr(old, "TRUSTS"):  # sets Y and Z are grids of one letter each
            assert not mine & trust_names(old), old.__name__
    assert all(set(f) == set(FORMATS) for f in foi_aa.FORMATS.values())
    assert {"22", "31(1)", "40(2)", "43(2)"} <= exemption_sections(LETTERS)
    labels = {i["label"] for x in LETTERS for i in x.truth["items"]}
    assert {"1", None} <= labels


def _grid_questions(topic) -> set[str]:
    """Every question one of set Y's grid letters prints (set Z prints Y's)."""
    qas = (*topic.qas, topic.multi, topic.nil, topic.not_held, topic.yes_no)
    return {q.question for q in qas} | {topic.exempt.question, topic.bullets[0]}


def test_foi_wordings_are_fresh():
    """Closings and questions are set AA's own (against sets D to X's text modules and
    set Y's grid, whose words set Z prints), and no closing nor apology is in an
    answer; no trust of set AA prints a grid letter."""
    from benchmarks.heldout_y import foi_y_text as ty

    mine = {t for ts in tx.CLOSINGS.values() for t in ts} | set(tx.DELAYS)
    check_wordings_fresh(mine, tx.TOPICS, earlier_sets("foi_text", "y"), LETTERS)
    assert not mine & {t for ts in ty.CLOSINGS.values() for t in ts}
    grid = set().union(*(_grid_questions(t) for t in ty.TOPICS))
    assert not {t.question for t in tx.TOPICS} & grid
    assert not trust_names(foi_aa) & {t.trust for t in ty.TOPICS}


def test_first_sight_covers_every_row():
    """Every row the scorer prints, FOI and WRES, has its first-sight numbers (no row
    left blank)."""
    from benchmarks.heldout_aa import wres_aa
    from benchmarks.heldout_aa.score import FIRST_SIGHT

    rows = first_sight_rows(foi_aa.STYLES, wres_aa.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT)
