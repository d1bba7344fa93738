"""Held-out set AB's FOI half checked as a SET, not the parser on it (its score is
benchmarks/heldout_ab/score.py's business): every rendering opens, every truth
question, answer, label, reference, date and exemption is printed in the rendered
document, and the set has what it promises (eight styles in none of sets D to AA nor
the synthetic styles, two trusts each, three formats; four ordinary letters: a
'regarding:-' subject line, a paragraph on the rights under section 1(1), a head with
the requester's lines redacted, questions running on into a second paragraph; a
disclosure-log page, an e-mail reply with the answers typed into the original, answers
in an annex table after the closing, a section 12 refusal with its cost breakdown;
first-sight numbers for every FOI row).

Kept fast: each letter is rendered in ONE format (docx, pdf, html in turn by index);
the benchmark reads them all. The WRES half (wres_ab.py) is checked by its own test."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.heldout_ab import foi_ab
from benchmarks.heldout_ab import foi_ab_text as tx
from benchmarks.heldout_p.render import DL, B, H, P, T, render
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

LETTERS = foi_ab.letters()
EARLIER = "ab"  # set AB was written against sets D to AA
DOCS = Renderings(render, LETTERS, ())
FORMATS = ("docx", "pdf", "html")


@pytest.mark.parametrize("index", range(len(LETTERS)))
def test_foi_truth_is_printed(index):
    fmt = FORMATS[index % 3]
    truth = dict(LETTERS[index].truth)
    check_foi_truth_printed(truth, DOCS.text("foi", index, fmt), foi_ab.DATE_FORMS)


def _of(style: str) -> list:
    return [letter for letter in LETTERS if letter.style == style]


def _texts(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, H | P | B)]


def test_ordinary_letters():
    for letter in _of(foi_ab.ORD_SUBJECT):
        texts = _texts(letter)
        at = next(i for i, t in enumerate(texts) if t.endswith("regarding:-"))
        assert texts[at + 1] in tx.REQUEST_TITLES
        assert texts[at + 2].endswith(":-")
    check_in_no_answer(tx.RIGHTS, _of(foi_ab.ORD_RIGHTS))
    for letter in _of(foi_ab.ORD_RIGHTS):
        assert any(t in tx.RIGHTS for t in _texts(letter))
        assert "1(1)" not in {e["section"] for e in letter.truth["exemptions"]}
    for letter in _of(foi_ab.ORD_REDACTED):
        texts = _texts(letter)
        assert any(t in tx.SALUTATION_REDACTED for t in texts)
        assert sum(t.startswith("[") for t in texts) >= 2
    for letter in _of(foi_ab.ORD_MORE):
        mores = {t.more for t in tx.TOPICS if t.more}
        assert sum(q["question"].endswith(tuple(mores)) for q in letter.truth["items"]) >= 2
    for style in foi_ab.ORDINARY:
        for letter in _of(style):
            labels = [x["label"] for x in letter.truth["items"]]
            assert labels == [str(n) for n in range(1, len(labels) + 1)]


def test_harder_structures():
    for letter in _of(foi_ab.LOG_PAGE):
        texts = _texts(letter)
        assert "Request" in texts and "Response" in texts
        assert not any(t.startswith(("Dear ", "Yours")) for t in texts)
        shown = " ".join(texts) + " ".join(
            f"{k} {x}" for b in letter.blocks if isinstance(b, DL) for k, x in b.pairs
        )
        assert "Published" in shown
    for letter in _of(foi_ab.EMAIL_INLINE):
        texts = _texts(letter)
        cut = texts.index("-----Original Message-----")
        assert sum(t.startswith("Sent: ") for t in texts) == 2
        answers = " ".join(texts[cut:])
        assert all(x["answer"].split(". ")[0] in answers for x in letter.truth["items"])
    for letter in _of(foi_ab.ANNEX):
        texts = _texts(letter)
        (table,) = [b for b in letter.blocks if isinstance(b, T)]
        signed = max(i for i, t in enumerate(texts) if t == letter.trust)
        assert any("Annex" in t or "ANNEX" in t for t in texts[signed:])
        assert len(table.rows) == len(letter.truth["items"]) + 1
    for letter in _of(foi_ab.COST):
        answers = [x["answer"] for x in letter.truth["items"]]
        assert sum(a in tx.COST_POINTER for a in answers) >= len(answers) - 2 >= 1
        assert "12" in {e["section"] for e in letter.truth["exemptions"]}
        check_in_no_answer([*tx.COST_LEAD, *tx.COST_ADVICE], [letter])


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_ab.PER_STYLE == 4 for n in per_style.values()), per_style
    earlier = earlier_sets("foi", EARLIER)
    check_new_styles_and_trusts(foi_ab, earlier, LETTERS, trusts=False)
    mine = trust_names(foi_ab)
    for old in earlier:
        if hasattr(old, "TRUSTS"):  # sets Y and Z are grids of one letter each
            assert not mine & trust_names(old), old.__name__
    assert all(set(f) == set(FORMATS) for f in foi_ab.FORMATS.values())
    assert {"12", "21", "38(1)", "40(2)", "43(2)"} <= exemption_sections(LETTERS)


def _grid_questions(topic) -> set[str]:
    """Every question one of set Y's grid letters prints (set Z prints Y's)."""
    qas = (*topic.qas, topic.multi, topic.nil, topic.not_held, topic.yes_no)
    return {q.question for q in qas} | {topic.exempt.question, topic.bullets[0]}


def test_foi_wordings_are_fresh():
    """Closings and questions are set AB's own (against sets D to X's and AA's text
    modules and set Y's grid, whose words set Z prints), and no closing nor the
    rights paragraph is in an answer; no trust of set AB prints a grid letter."""
    from benchmarks.heldout_aa import foi_aa_text
    from benchmarks.heldout_y import foi_y_text as ty

    mine = {t for ts in tx.CLOSINGS.values() for t in ts} | set(tx.RIGHTS)
    texts = [*earlier_sets("foi_text", "y"), foi_aa_text]
    check_wordings_fresh(mine, tx.TOPICS, texts, LETTERS)
    assert not mine & {t for ts in ty.CLOSINGS.values() for t in ts}
    grid = set().union(*(_grid_questions(t) for t in ty.TOPICS))
    assert not {t.question for t in tx.TOPICS} & grid
    assert not trust_names(foi_ab) & {t.trust for t in ty.TOPICS}


def test_first_sight_covers_every_row():
    """Every row the scorer prints, FOI and WRES, has its first-sight numbers."""
    from benchmarks.heldout_ab import wres_ab
    from benchmarks.heldout_ab.score import FIRST_SIGHT

    rows = first_sight_rows(foi_ab.STYLES, wres_ab.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT)
