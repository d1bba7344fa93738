"""Held-out set AF's FOI half checked as a SET, not the parser on it (its score is
benchmarks/heldout_af/score.py's business): every rendering opens, every truth
question, answer, label, reference, date and exemption is printed in the rendered
document, and the set has what it promises (eight styles in none of sets D to AE nor
the synthetic styles, two new trusts each, three formats; four ordinary letters: a
question answered outside the Act, template drafting notes left in print, a question
quoting the earlier reply, section 40(2) cited with its condition; answers run
together in one paragraph, a plain-text e-mail, a web form's record above the reply,
the requester's e-mail set out in a table; first-sight numbers for every FOI row).

Kept fast: each letter is rendered in ONE format (docx, pdf, html in turn by index);
the benchmark reads them all. The WRES half is checked by its own test."""

from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace

import pytest

from benchmarks.heldout_af import foi_af
from benchmarks.heldout_af import foi_af_text as tx
from benchmarks.heldout_p.render import H, Html, P, T, render
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

LETTERS = foi_af.letters()
EARLIER = "af"  # set AF was written against sets D to AE
DOCS = Renderings(render, LETTERS, ())
FORMATS = ("docx", "pdf", "html")


@pytest.mark.parametrize("index", range(len(LETTERS)))
def test_foi_truth_is_printed(index):
    fmt = FORMATS[index % 3]
    truth = dict(LETTERS[index].truth)
    check_foi_truth_printed(truth, DOCS.text("foi", index, fmt), foi_af.DATE_FORMS)


def _of(style: str) -> list:
    return [letter for letter in LETTERS if letter.style == style]


def _texts(letter) -> list[str]:
    out = []
    for b in letter.blocks:
        if isinstance(b, Html):
            out += [x.text for x in b.printed]
        elif isinstance(b, H | P):
            out.append(b.text)
    return out


def _v(letter) -> int:
    return "ab".index(letter.variant)


def _truth_days(letter) -> set[str]:
    form = foi_af.DATE_FORMS[_v(letter)]
    return {form(letter.truth[k]) for k in ("received_date", "responded_date")}


def _own(letter, questions) -> dict:
    (own,) = [x for x in letter.truth["items"] if any(q in x["question"] for q in questions)]
    return own


def test_ordinary_variations():
    for letter in _of(foi_af.ORD_OUTSIDE):
        v = _v(letter)
        own = _own(letter, tx.OUTSIDE_QUESTIONS)
        assert own["answer"] == f"{tx.OUTSIDE_NOTES[v]} {tx.OUTSIDE_EXPLANATIONS[v]}"
    for letter in _of(foi_af.ORD_TEMPLATE):
        notes = tx.TEMPLATE_NOTES[_v(letter)]
        texts = _texts(letter)
        assert all(texts.count(n) == 1 for n in notes)
        first = texts.index(notes[0])
        assert re.match(r"\d+[.)] ", texts[first + 1])  # a question follows the middle note
        check_in_no_answer(["[Guidance", "[DRAFTING"], [letter])
    for letter in _of(foi_af.ORD_EARLIER):
        v = _v(letter)
        own = _own(letter, [q.split("{")[0] for q in tx.EARLIER_QUESTIONS])
        shape = re.sub(r"\d+", "#", letter.truth["reference"])
        olds = [
            w.strip(",()")
            for w in own["question"].split()
            if re.sub(r"\d+", "#", w.strip(",()")) == shape
        ]
        assert olds and letter.truth["reference"] not in olds  # the earlier request's ref
        form = foi_af.DATE_FORMS[v]
        assert not any(d in own["question"] for d in _truth_days(letter))
        assert re.search(r"\d{1,2}[ /]\w+[ /]20\d\d", own["question"]), form
    for letter in _of(foi_af.ORD_VIRTUE):
        own = _own(letter, tx.NAMED_QUESTIONS)
        assert "section 40(2)" in own["answer"] and "(3A)(a)" in own["answer"]
        sections = exemption_sections([letter])
        assert "40(2)" in sections and not any("3A" in s for s in sections)
    for style in foi_af.ORDINARY:
        for letter in _of(style):
            labels = [x["label"] for x in letter.truth["items"]]
            assert labels == [str(n) for n in range(1, len(labels) + 1)]


def test_runon_and_plain():
    for letter in _of(foi_af.RUNON):
        v = _v(letter)
        items = letter.truth["items"]
        texts = _texts(letter)
        (run,) = [t for t in texts if t.startswith(tx.RUNON_MARKS[v].format(n=1))]
        for n, x in enumerate(items, 1):
            assert f"{tx.RUNON_MARKS[v].format(n=n)} {x['answer']}" in run
        assert len(items) >= 3 and tx.RUNON_LEADS[v] in texts
        marks = re.compile(r"(?:^|\s)(?:\(\d\)|Answer \d:)\s")  # not '43(2)' inside a citation
        assert not any(marks.search(x["answer"]) for x in items)
    for letter in _of(foi_af.PLAIN):
        v = _v(letter)
        (block,) = letter.blocks
        assert isinstance(block, Html) and block.html.startswith("<pre>")
        texts = _texts(letter)
        unders = [t for t in texts if set(t) == {tx.PLAIN_MARKS[v]}]
        assert len(unders) == len(letter.truth["items"])
        assert tx.SIG_DELIMITER in texts
        want = "Q" if v == 0 else ""
        assert letter.truth["items"][0]["label"] == f"{want}1"


def test_webform_and_email_table():
    for letter in _of(foi_af.WEBFORM):
        v = _v(letter)
        texts = _texts(letter)
        tables = [b for b in letter.blocks if isinstance(b, T)]
        fields = [r[0] for r in tables[0].rows] if v else [t.split(":")[0] for t in texts]
        assert all(f in fields for f in tx.FORM_FIELDS[v])
        cells = " ".join(c for r in tables[0].rows for c in r) if v else " ".join(texts)
        rec = foi_af.DATE_FORMS[v](letter.truth["received_date"])
        assert f"{rec} {tx.FORM_TIMES[v]}" in cells
        assert letter.truth["reference"] not in cells.split(rec)[0]  # the submission ID is not it
        assert f"Q{1}" not in letter.truth["items"][0]["label"]
    for letter in _of(foi_af.EMAIL_TABLE):
        v = _v(letter)
        (table,) = [b for b in letter.blocks if isinstance(b, T)]
        assert table.rows[0] == list(tx.EMAIL_HEADS[v])
        asked = [r for r in table.rows if r[0] in {t.question for t in tx.TOPICS}]
        assert len(asked) == len(letter.truth["items"])
        assert len(table.rows) == len(asked) + 5  # header, greeting, two contexts, sign-off
        assert all(x["label"] is None for x in letter.truth["items"])
        check_in_no_answer([*tx.EMAIL_CONTEXTS, *tx.EMAIL_SIGNOFFS], [letter])


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_af.PER_STYLE == 4 for n in per_style.values()), per_style
    earlier = earlier_sets("foi", EARLIER)
    check_new_styles_and_trusts(foi_af, earlier, LETTERS, trusts=False)
    mine = trust_names(foi_af)
    for old in earlier:
        if hasattr(old, "TRUSTS"):  # sets Y and Z are grids of one letter each
            assert not mine & trust_names(old), old.__name__
    assert all(set(f) == set(FORMATS) for f in foi_af.FORMATS.values())
    assert {"21", "31(1)(a)", "38(1)", "40(2)", "43(2)"} <= exemption_sections(LETTERS)


def _grid_questions(topic) -> set[str]:
    """Every question one of set Y's grid letters prints (set Z prints Y's)."""
    qas = (*topic.qas, topic.multi, topic.nil, topic.not_held, topic.yes_no)
    return {q.question for q in qas} | {topic.exempt.question, topic.bullets[0]}


def test_foi_wordings_are_fresh():
    """Closings and questions are set AF's own (against sets D to X's, AA's to AE's
    text modules and set Y's grid, whose words set Z prints), and no closing, opening,
    lead or note is in an answer; no trust of set AF prints a grid letter."""
    from benchmarks.heldout_aa import foi_aa_text
    from benchmarks.heldout_ab import foi_ab_text
    from benchmarks.heldout_ac import foi_ac_text
    from benchmarks.heldout_ad import foi_ad_text
    from benchmarks.heldout_ae import foi_ae_text
    from benchmarks.heldout_y import foi_y_text as ty

    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    asked = [
        SimpleNamespace(question=q)
        for q in (*tx.OUTSIDE_QUESTIONS, *tx.EARLIER_QUESTIONS, *tx.NAMED_QUESTIONS)
    ]
    topics = [*tx.TOPICS, *asked]
    earlier = [*earlier_sets("foi_text", "y"), foi_aa_text, foi_ab_text, foi_ac_text]
    check_wordings_fresh(mine, topics, [*earlier, foi_ad_text, foi_ae_text], LETTERS)
    leads = (*tx.OPENINGS, *tx.RUNON_LEADS, *tx.PLAIN_INTRO, *tx.FORM_TITLES)
    notes = (*tx.TEMPLATE_NOTES[0], *tx.TEMPLATE_NOTES[1], *tx.EMAIL_CONTEXTS)
    check_in_no_answer([o.split("{")[0] for o in (*leads, *notes)], LETTERS)
    assert not mine & {t for ts in ty.CLOSINGS.values() for t in ts}
    grid = set().union(*(_grid_questions(t) for t in ty.TOPICS))
    assert not {t.question for t in topics} & grid
    assert not trust_names(foi_af) & {t.trust for t in ty.TOPICS}


def test_first_sight_covers_every_row():
    """Every row the scorer prints, FOI and WRES, has its first-sight numbers."""
    from benchmarks.heldout_af import wres_af
    from benchmarks.heldout_af.score import SET

    rows = first_sight_rows(foi_af.STYLES, wres_af.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, SET.first_sight)
