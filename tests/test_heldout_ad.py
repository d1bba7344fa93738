"""Held-out set AD's FOI half checked as a SET, not the parser on it (its score is
benchmarks/heldout_ad/score.py's business): every rendering opens, every truth
question, answer, label, reference, date and exemption is printed in the rendered
document, and the set has what it promises (eight styles in none of sets D to AC nor
the synthetic styles, two trusts each, three formats; four ordinary letters: a summary
of the outcome up front, staff names redacted inside the answers, a question for the
requester's own records pointed to subject access, a narrative request set out as
numbered questions; a disclosure log's cover sheet, a questionnaire returned with its
boxes ticked, a data template returned filled in, a reissued response; first-sight
numbers for every FOI row).

Kept fast: each letter is rendered in ONE format (docx, pdf, html in turn by index);
the benchmark reads them all. The WRES half is checked by its own test."""

from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace

import pytest

from benchmarks.heldout_ad import foi_ad
from benchmarks.heldout_ad import foi_ad_text as tx
from benchmarks.heldout_p.render import H, P, T, render
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

LETTERS = foi_ad.letters()
EARLIER = "ad"  # set AD was written against sets D to AC
DOCS = Renderings(render, LETTERS, ())
FORMATS = ("docx", "pdf", "html")
DATE = re.compile(r"\b\d{1,2} [A-Z][a-z]+ 20\d\d\b|\b\d\d/\d\d/20\d\d\b")


@pytest.mark.parametrize("index", range(len(LETTERS)))
def test_foi_truth_is_printed(index):
    fmt = FORMATS[index % 3]
    truth = dict(LETTERS[index].truth)
    check_foi_truth_printed(truth, DOCS.text("foi", index, fmt), foi_ad.DATE_FORMS)


def _of(style: str) -> list:
    return [letter for letter in LETTERS if letter.style == style]


def _texts(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, H | P)]


def _printed(letter, iso: str) -> str:
    return foi_ad.DATE_FORMS["ab".index(letter.variant)](iso)


def _before_first_question(letter) -> list[str]:
    texts = _texts(letter)
    first = next(i for i, t in enumerate(texts) if t.startswith(("1.", "1)")))
    return texts[:first]


def test_ordinary_letters():
    for letter in _of(foi_ad.ORD_SUMMARY):
        (summary,) = [t for t in _before_first_question(letter) if t.startswith(tx.SUMMARY_LEADS)]
        for section in exemption_sections([letter]):
            assert f"section {section}" in summary
    for letter in _of(foi_ad.ORD_REDACTED):
        mark = tx.REDACT_MARKS["ab".index(letter.variant)]
        answers = [x["answer"] for x in letter.truth["items"]]
        assert 1 <= sum(mark in a for a in answers) < len(answers)
        assert "40(2)" in exemption_sections([letter])
        last_answer = max(i for i, t in enumerate(_texts(letter)) if mark in t)
        assert _texts(letter)[last_answer] in tx.REDACT_NOTES  # the note after the answers
    check_in_no_answer(tx.REDACT_NOTES, _of(foi_ad.ORD_REDACTED))
    for letter in _of(foi_ad.ORD_SAR):
        own = [x for x in letter.truth["items"] if x["question"] in tx.SAR_QUESTIONS]
        assert len(own) == 1 and "section 40(1)" in own[0]["answer"]
        assert "40(1)" in exemption_sections([letter])
    for letter in _of(foi_ad.ORD_INTERPRETED):
        head = _before_first_question(letter)
        assert any(t in tx.INTERPRET_HEADS for t in head)
        assert any(t in tx.INTERPRET_LEADS for t in head)
        (quoted,) = [t for t in head if t.startswith("“")]
        assert all(t.question not in quoted for t in tx.TOPICS)
        check_in_no_answer([quoted, *tx.INTERPRET_LEADS], [letter])
    for style in foi_ad.ORDINARY:
        for letter in _of(style):
            labels = [x["label"] for x in letter.truth["items"]]
            assert labels == [str(n) for n in range(1, len(labels) + 1)]


def test_cover_sheets_and_questionnaires():
    for letter in _of(foi_ad.COVER):
        head = _before_first_question(letter)
        tables = [b for b in letter.blocks if isinstance(b, T)]
        shown = " ".join(head) + " ".join(" ".join(r) for t in tables for r in t.rows)
        assert any(title in head for title in tx.COVER_TITLES)
        assert shown.count(letter.truth["reference"]) == 2  # on the sheet and the letter
        published = re.search(rf"Date published:? ({DATE.pattern})", shown).group(1)
        truth_days = {
            _printed(letter, letter.truth[k]) for k in ("received_date", "responded_date")
        }
        assert published not in truth_days
    for letter in _of(foi_ad.QUESTIONNAIRE):
        on, off = tx.TICK_BOXES["ab".index(letter.variant)]
        texts = _texts(letter)
        assert sum(on in t for t in texts) == len(letter.truth["items"])
        assert any(off in t for t in texts)
        for item in letter.truth["items"]:
            assert not item["answer"].startswith((on, off))
            assert not any(c in item["answer"] for c in tx.TICK_COMMENTS)


def test_templates_and_reissues():
    for letter in _of(foi_ad.TEMPLATE):
        v = "ab".index(letter.variant)
        (table,) = [b for b in letter.blocks if isinstance(b, T)]
        assert table.rows[0] == tx.TEMPLATE_HEADS[v]
        assert len(table.rows) == len(letter.truth["items"]) + 1
        guidance = {r[2] for r in table.rows[1:]}
        for item, row in zip(letter.truth["items"], table.rows[1:], strict=True):
            assert [item["label"], item["question"], item["answer"]] == [row[0], row[1], row[3]]
            assert not any(g in item["question"] + item["answer"] for g in guidance)
    for letter in _of(foi_ad.REISSUED):
        v = "ab".index(letter.variant)
        texts = _texts(letter)
        assert texts[0] == tx.AMENDED_MARKS[v]
        (opening,) = [t for t in texts if t.startswith(("This letter replaces", "We wrote"))]
        days = set(DATE.findall(opening))
        assert _printed(letter, letter.truth["received_date"]) in days
        assert _printed(letter, letter.truth["responded_date"]) not in days
        assert len(days) == 2  # the request's and the first response's
        assert sum(t.startswith(tx.AMENDED_TAGS[v]) for t in texts) == 1
        check_in_no_answer(tx.AMENDED_TAGS, [letter])


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_ad.PER_STYLE == 4 for n in per_style.values()), per_style
    earlier = earlier_sets("foi", EARLIER)
    check_new_styles_and_trusts(foi_ad, earlier, LETTERS, trusts=False)
    mine = trust_names(foi_ad)
    for old in earlier:
        if hasattr(old, "TRUSTS"):  # sets Y and Z are grids of one letter each
            assert not mine & trust_names(old), old.__name__
    assert all(set(f) == set(FORMATS) for f in foi_ad.FORMATS.values())
    assert {"21", "38(1)", "40(1)", "40(2)", "43(2)"} <= exemption_sections(LETTERS)


def _grid_questions(topic) -> set[str]:
    """Every question one of set Y's grid letters prints (set Z prints Y's)."""
    qas = (*topic.qas, topic.multi, topic.nil, topic.not_held, topic.yes_no)
    return {q.question for q in qas} | {topic.exempt.question, topic.bullets[0]}


def test_foi_wordings_are_fresh():
    """Closings and questions are set AD's own (against sets D to X's, AA's to AC's
    text modules and set Y's grid, whose words set Z prints), and no closing, summary,
    note or opening is in an answer; no trust of set AD prints a grid letter."""
    from benchmarks.heldout_aa import foi_aa_text
    from benchmarks.heldout_ab import foi_ab_text
    from benchmarks.heldout_ac import foi_ac_text
    from benchmarks.heldout_y import foi_y_text as ty

    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    asked = [SimpleNamespace(question=q) for q in (*tx.SAR_QUESTIONS, *tx.INTERPRET_ASKS)]
    asked += [SimpleNamespace(question=row[0]) for row in tx.TEMPLATE_ROWS]
    topics = [*tx.TOPICS, *tx.REDACT_TOPICS, *tx.TICKS, *asked]
    texts = [*earlier_sets("foi_text", "y"), foi_aa_text, foi_ab_text, foi_ac_text]
    check_wordings_fresh(mine, topics, texts, LETTERS)
    openings = (*tx.OPENINGS, *tx.AMENDED_OPENINGS, *tx.TICK_LEADS, *tx.TEMPLATE_LEADS)
    leads = (*tx.SUMMARY_LEADS, *tx.COVER_TITLES, *tx.AMENDED_MARKS)
    check_in_no_answer([o.split("{")[0] for o in (*openings, *leads)], LETTERS)
    assert not mine & {t for ts in ty.CLOSINGS.values() for t in ts}
    grid = set().union(*(_grid_questions(t) for t in ty.TOPICS))
    assert not {t.question for t in topics} & grid
    assert not trust_names(foi_ad) & {t.trust for t in ty.TOPICS}


def test_first_sight_covers_every_row():
    """Every row the scorer prints, FOI and WRES, has its first-sight numbers."""
    from benchmarks.heldout_ad import wres_ad
    from benchmarks.heldout_ad.score import SET

    rows = first_sight_rows(foi_ad.STYLES, wres_ad.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, SET.first_sight)
