"""Held-out set AI's FOI half checked as a SET, not the parser on it (its score is
benchmarks/heldout_ai/score.py's business): every rendering opens, every truth
question, answer, label, reference, date and exemption is printed in the rendered
document, and the set has what it promises (eight styles in none of sets D to AH nor
the synthetic styles, two new trusts each, three formats; four ordinary letters: an
answer withheld under section 22 naming the day of publication, questions naming their
period by full dates, an opening citing section 8, a head of contact lines; margin
labels with hanging indents, two-level bullets, a table whose number cell is merged
down over two rows, a table per question; first-sight numbers for every FOI row).

Kept fast: each letter is rendered in ONE format (docx, pdf, html in turn by index);
the benchmark reads them all. The WRES half is checked by its own test."""

from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace

import pytest

from benchmarks.heldout_ai import foi_ai, wres_ai
from benchmarks.heldout_ai import foi_ai_text as tx
from benchmarks.heldout_ai.render_ai import Hang, Outline, Stacked, render
from benchmarks.heldout_d.render import plain
from benchmarks.heldout_p.render import H, P, T
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
    norm,
    trust_names,
)

LETTERS = foi_ai.letters()
EARLIER = "ah"  # set AI was written against sets D to AH (its WRES half beside it)
DOCS = Renderings(render, LETTERS, ())
FORMATS = ("docx", "pdf", "html")


def _v(letter) -> int:
    return "ab".index(letter.variant)


def _of(style: str) -> list:
    return [letter for letter in LETTERS if letter.style == style]


def _texts(letter) -> list[str]:
    """Every piece of text the letter prints, in order, as a reader sees it."""
    out: list[str] = []
    for b in letter.blocks:
        if isinstance(b, H | P):
            out.append(plain(b.text))
        elif isinstance(b, Hang):
            out += [b.label, b.text]
        elif isinstance(b, Outline):
            out += [x for top, subs in b.entries for x in (top, *subs)]
        elif isinstance(b, Stacked):
            out += [*(b.head or ()), *(x for row in b.rows for x in row)]
        elif isinstance(b, T):
            out += [s for s, _ in b.spans] + [c for row in b.rows for c in row]
    return [x for t in out for x in t.split("\n")]


@pytest.mark.parametrize("index", range(len(LETTERS)))
def test_foi_truth_is_printed(index):
    letter = LETTERS[index]
    text = DOCS.text("foi", index, FORMATS[index % 3])
    check_foi_truth_printed(letter.truth, text, foi_ai.DATE_FORMS)


def test_truth_spelled_as_printed():
    """Every truth question and answer is a run of the letter's printed words, so no
    truth was typed apart from the letter."""
    for letter in LETTERS:
        printed = norm(" ".join(_texts(letter)))
        for x in letter.truth["items"]:
            assert norm(x["question"]) in printed, x["question"]
            for para in re.split(r"(?<=[.:])\s+(?=[A-Z])", x["answer"]):
                assert norm(para) in printed, para


def test_ordinary_variations():
    for letter in _of(foi_ai.ORD_LATER):
        v = _v(letter)
        question, _, section = tx.LATER_ROWS[v]
        (own,) = [x for x in letter.truth["items"] if x["question"] == question]
        day = re.search(r"published on (.+?)[,;]", own["answer"]).group(1)
        form = foi_ai.DATE_FORMS[v]
        assert day not in {form(letter.truth[k]) for k in ("received_date", "responded_date")}
        assert section in exemption_sections([letter])
    for letter in _of(foi_ai.ORD_PERIOD):
        questions = [x["question"] for x in letter.truth["items"]]
        for question, _ in tx.PERIOD_ROWS[_v(letter)]:
            assert question in questions
            assert re.search(r"\d{1,2} \w+ 20\d\d", question)
    for letter in _of(foi_ai.ORD_SECTION8):
        texts = _texts(letter)
        assert tx.SECTION8_SUBJECTS[_v(letter)] in texts
        assert not exemption_sections([letter]) & {"8", "8(1)"}
        check_in_no_answer(["section 8"], [letter])
    for letter in _of(foi_ai.ORD_CONTACT):
        texts = _texts(letter)
        assert sum("01632" in t for t in texts) >= 1 and any("@" in t for t in texts)
        assert "01632" not in letter.truth["reference"]
    for style in foi_ai.ORDINARY:
        for letter in _of(style):
            want = "" if _v(letter) == 0 else "Q"
            labels = [x["label"] for x in letter.truth["items"]]
            assert labels == [f"{want}{n}" for n in range(1, len(labels) + 1)]


def test_harder_layouts():
    for letter in _of(foi_ai.MARGIN):
        hung = [b for b in letter.blocks if isinstance(b, Hang)]
        labels = [b.label for b in hung if b.bold]
        assert labels == [
            ("Q{n}" if _v(letter) == 0 else "{n}.").format(n=n) for n in range(1, len(labels) + 1)
        ]
        assert any(b.label == "" for b in hung) or all(
            len(x["answer"].split(". ")) == 1 for x in letter.truth["items"]
        )
        check_in_no_answer([tx.MARGIN_ANSWER[_v(letter)] + " "], [letter])
    for letter in _of(foi_ai.OUTLINE):
        (outline,) = [b for b in letter.blocks if isinstance(b, Outline)]
        assert [x["label"] for x in letter.truth["items"]] == [None] * len(outline.entries)
        assert [x["question"] for x in letter.truth["items"]] == [q for q, _ in outline.entries]
    for letter in _of(foi_ai.STACKED):
        (table,) = [b for b in letter.blocks if isinstance(b, Stacked)]
        assert [r[0] for r in table.rows] == [x["label"] for x in letter.truth["items"]]
    for letter in _of(foi_ai.KV_TABLE):
        tables = [b for b in letter.blocks if isinstance(b, T)]
        assert len(tables) == len(letter.truth["items"])
        for table, x in zip(tables, letter.truth["items"], strict=True):
            assert [r[0] for r in table.rows] == list(tx.KV_ROWS[_v(letter)])
            assert table.rows[0][1] == x["question"]
            assert re.sub(r"\D", "", table.spans[0][0]) == re.sub(r"\D", "", x["label"])
    assert {"Q1", "1"} <= {
        x["label"]
        for s in (foi_ai.MARGIN, foi_ai.STACKED)
        for le in _of(s)
        for x in le.truth["items"]
    }


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_ai.PER_STYLE == 4 for n in per_style.values()), per_style
    earlier = earlier_sets("foi", EARLIER)
    from benchmarks.heldout_ah import foi_ah

    check_new_styles_and_trusts(foi_ai, [*earlier, foi_ah], LETTERS, trusts=False)
    mine = trust_names(foi_ai)
    for old in [*earlier, foi_ah]:
        if hasattr(old, "TRUSTS"):  # sets Y and Z are grids of one letter each
            assert not mine & trust_names(old), old.__name__
    assert all(set(f) == set(FORMATS) for f in foi_ai.FORMATS.values())
    want = {"21", "22", "22(1)", "31(1)(a)", "40(2)", "42(1)", "43(2)"}
    assert want <= exemption_sections(LETTERS)


def _own_questions() -> list[SimpleNamespace]:
    """The questions besides the topics': the section 22 rows and the dated periods."""
    qs = [r[0] for r in tx.LATER_ROWS] + [q for rows in tx.PERIOD_ROWS for q, _ in rows]
    return [SimpleNamespace(question=q) for q in qs]


def test_foi_wordings_are_fresh():
    """Closings and questions are set AI's own (against sets D to X's, AA's to AH's
    text modules and set Y's grid), and no closing, opening or intro is in an answer;
    no trust of set AI prints a grid letter."""
    from benchmarks.heldout_aa import foi_aa_text
    from benchmarks.heldout_ab import foi_ab_text
    from benchmarks.heldout_ac import foi_ac_text
    from benchmarks.heldout_ad import foi_ad_text
    from benchmarks.heldout_ae import foi_ae_text
    from benchmarks.heldout_af import foi_af_text
    from benchmarks.heldout_ag import foi_ag_text
    from benchmarks.heldout_ah import foi_ah_text
    from benchmarks.heldout_y import foi_y_text as ty

    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    topics = [*tx.TOPICS, *_own_questions()]
    later = [foi_aa_text, foi_ab_text, foi_ac_text, foi_ad_text, foi_ae_text, foi_af_text]
    earlier = [*earlier_sets("foi_text", "y"), *later, foi_ag_text, foi_ah_text]
    check_wordings_fresh(mine, topics, earlier, LETTERS)
    leads = (*tx.OPENINGS, *tx.SECTION8_OPENINGS, *tx.OUTLINE_INTROS)
    check_in_no_answer([o.split("{")[0] for o in leads], LETTERS)
    assert not mine & {t for ts in ty.CLOSINGS.values() for t in ts}
    assert not trust_names(foi_ai) & {t.trust for t in ty.TOPICS}


def test_first_sight_covers_every_row():
    """Every row the scorer prints, FOI and WRES, has its first-sight numbers."""
    from benchmarks.heldout_ai.score import SET

    rows = first_sight_rows(foi_ai.STYLES, wres_ai.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(set(rows), SET.first_sight)
