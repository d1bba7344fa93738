"""Held-out set AE's FOI half checked as a SET, not the parser on it (its score is
benchmarks/heldout_ae/score.py's business): every rendering opens, every truth
question, answer, label, reference, date and exemption is printed in the rendered
document, and the set has what it promises (eight styles in none of sets D to AD nor
the synthetic styles, two new trusts each, three formats; four ordinary letters: a
glossary after the answers, answers opening with how the trust read the question, a
question refused as a repeat under section 14(2), a question withdrawn by the
requester; a partial reply asking for clarification under section 1(3), a case
export, a correspondence bundle, answers tagged in another order; first-sight numbers
for every FOI row).

Kept fast: each letter is rendered in ONE format (docx, pdf, html in turn by index);
the benchmark reads them all. The WRES half is checked by its own test."""

from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace

import pytest

from benchmarks.heldout_ae import foi_ae
from benchmarks.heldout_ae import foi_ae_text as tx
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

LETTERS = foi_ae.letters()
EARLIER = "ae"  # set AE was written against sets D to AD
DOCS = Renderings(render, LETTERS, ())
FORMATS = ("docx", "pdf", "html")
# a date as each variant prints it: '3rd April 2024' (trust a), '3 Apr 2024' (trust b);
# the questions' own "31 March 2024" is neither
DATES = (
    re.compile(r"\b\d{1,2}(?:st|nd|rd|th) [A-Z][a-z]+ 20\d\d\b"),
    re.compile(r"\b\d{1,2} [A-Z][a-z]{2} 20\d\d\b"),
)


@pytest.mark.parametrize("index", range(len(LETTERS)))
def test_foi_truth_is_printed(index):
    fmt = FORMATS[index % 3]
    truth = dict(LETTERS[index].truth)
    check_foi_truth_printed(truth, DOCS.text("foi", index, fmt), foi_ae.DATE_FORMS)


def _of(style: str) -> list:
    return [letter for letter in LETTERS if letter.style == style]


def _texts(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, H | P)]


def _v(letter) -> int:
    return "ab".index(letter.variant)


def _printed(letter, iso: str) -> str:
    return foi_ae.DATE_FORMS[_v(letter)](iso)


def _truth_days(letter) -> set[str]:
    return {_printed(letter, letter.truth[k]) for k in ("received_date", "responded_date")}


def _after_answers(letter, head: str) -> list[str]:
    texts = _texts(letter)
    return texts[texts.index(head) :]


def test_glossaries_and_readings():
    for letter in _of(foi_ae.ORD_GLOSSARY):
        v = _v(letter)
        part = _after_answers(letter, tx.GLOSSARY_HEADS[v])
        lines = [
            t
            for t in part
            if any(t == f"{a}{tx.GLOSSARY_SEPS[v]}{m}" for a, m in tx.GLOSSARY.items())
        ]
        assert lines, letter.trust
        said = " ".join(x["question"] + " " + x["answer"] for x in letter.truth["items"])
        assert all(re.search(rf"\b{line.split(tx.GLOSSARY_SEPS[v])[0]}\b", said) for line in lines)
        check_in_no_answer([tx.GLOSSARY_HEADS[v], *lines], [letter])
    for letter in _of(foi_ae.ORD_READING):
        v = _v(letter)
        readings = {t.reading[v] for t in tx.TOPICS if t.reading[0]}
        opened = [
            x for x in letter.truth["items"] if any(x["answer"].startswith(r) for r in readings)
        ]
        assert len(opened) == 2
        styled = [b for b in letter.blocks if isinstance(b, P) and b.text in readings]
        assert all(b.style == ("italic" if v == 0 else None) for b in styled)
        assert v == 0 or all(b.text.startswith("(") and b.text.endswith(")") for b in styled)
    for style in foi_ae.ORDINARY:
        for letter in _of(style):
            labels = [x["label"] for x in letter.truth["items"]]
            assert labels == [str(n) for n in range(1, len(labels) + 1)]


def test_repeats_and_withdrawals():
    for letter in _of(foi_ae.ORD_REPEAT):
        v = _v(letter)
        (own,) = [x for x in letter.truth["items"] if x["question"] in tx.REPEAT_QUESTIONS]
        assert "section 14(2)" in own["answer"]
        assert "14(2)" in exemption_sections([letter])
        assert letter.truth["reference"] not in own["answer"]
        old = re.sub(r"\d+", "", letter.truth["reference"])
        assert old and re.sub(r"\d+", "", own["answer"]).count(old) == 1  # the earlier ref
        (day,) = DATES[v].findall(own["answer"])
        assert day not in _truth_days(letter)
    for letter in _of(foi_ae.ORD_WITHDRAWN):
        (own,) = [x for x in letter.truth["items"] if x["question"] in tx.WITHDRAWN_QUESTIONS]
        (day,) = DATES[_v(letter)].findall(own["answer"])
        assert day not in _truth_days(letter)
        assert own["answer"] == tx.WITHDRAWN_NOTES[_v(letter)].format(when=day)


def test_clarifications_and_exports():
    for letter in _of(foi_ae.CLARIFY):
        v = _v(letter)
        pointed = [x for x in letter.truth["items"] if x["answer"] == tx.UNCLEAR_POINTERS[v]]
        assert pointed and {x["question"] for x in pointed} <= {u.question for u in tx.UNCLEAR}
        part = _after_answers(letter, tx.CLARIFY_HEADS[v])
        for x in pointed:
            assert tx.CLARIFY_LEADS[v].format(n=x["label"]) in part
        assert tx.CLARIFY_NOTES[v] in part and "1(3)" not in exemption_sections([letter])
        asks = [a for u in tx.UNCLEAR for a in u.asks]
        check_in_no_answer([*asks, *tx.CLARIFY_NOTES], [letter])
    for letter in _of(foi_ae.EXPORT):
        v = _v(letter)
        (table,) = [b for b in letter.blocks if isinstance(b, T)]
        assert table.rows[0] == tx.EXPORT_HEADS[v]
        assert len(table.rows) == len(letter.truth["items"]) + 1
        for row in table.rows[1:]:
            assert row[0] == letter.truth["reference"]
            assert _truth_days(letter) <= set(row)
        assert not any(t.startswith(("Dear", "Yours", "With best")) for t in _texts(letter))
        (note,) = [t for t in _texts(letter) if DATES[v].search(t)]
        assert DATES[v].search(note).group(0) not in _truth_days(letter)  # the export's day


def test_bundles_and_tags():
    for letter in _of(foi_ae.BUNDLE):
        v = _v(letter)
        texts = _texts(letter)
        assert [t for t in texts if t in tx.BUNDLE_PARTS[v]] == list(tx.BUNDLE_PARTS[v])
        assert sum(letter.truth["reference"] in t for t in texts) == 3  # each letter's head
        days = [d for t in texts for d in DATES[v].findall(t)]
        assert days.count(_printed(letter, letter.truth["responded_date"])) == 1
        assert len(set(days) - _truth_days(letter)) == 4  # ack, extension and two due dates
        assert "10(3)" not in exemption_sections([letter])
        assert exemption_sections([letter]) & {"43(2)", "38(1)"}
    for letter in _of(foi_ae.TAGGED):
        v = _v(letter)
        texts = _texts(letter)
        tagged = [t for t in texts if re.search(r"(\[Q\d\]|\(question \d\))$", t)]
        numbers = [int(re.findall(r"\d", t)[-1]) for t in tagged]
        assert sorted(numbers) == list(range(1, len(letter.truth["items"]) + 1))
        assert numbers != sorted(numbers)  # another order than asked
        check_in_no_answer(["[Q", "(question ", tx.TAG_LEADS[v]], [letter])


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_ae.PER_STYLE == 4 for n in per_style.values()), per_style
    earlier = earlier_sets("foi", EARLIER)
    check_new_styles_and_trusts(foi_ae, earlier, LETTERS, trusts=False)
    mine = trust_names(foi_ae)
    for old in earlier:
        if hasattr(old, "TRUSTS"):  # sets Y and Z are grids of one letter each
            assert not mine & trust_names(old), old.__name__
    assert all(set(f) == set(FORMATS) for f in foi_ae.FORMATS.values())
    assert {"14(2)", "21", "38(1)", "43(2)"} <= exemption_sections(LETTERS)


def _grid_questions(topic) -> set[str]:
    """Every question one of set Y's grid letters prints (set Z prints Y's)."""
    qas = (*topic.qas, topic.multi, topic.nil, topic.not_held, topic.yes_no)
    return {q.question for q in qas} | {topic.exempt.question, topic.bullets[0]}


def test_foi_wordings_are_fresh():
    """Closings and questions are set AE's own (against sets D to X's, AA's to AD's
    text modules and set Y's grid, whose words set Z prints), and no closing, opening,
    lead or note is in an answer; no trust of set AE prints a grid letter."""
    from benchmarks.heldout_aa import foi_aa_text
    from benchmarks.heldout_ab import foi_ab_text
    from benchmarks.heldout_ac import foi_ac_text
    from benchmarks.heldout_ad import foi_ad_text
    from benchmarks.heldout_y import foi_y_text as ty

    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    asked = [SimpleNamespace(question=q) for q in (*tx.REPEAT_QUESTIONS, *tx.WITHDRAWN_QUESTIONS)]
    topics = [*tx.TOPICS, *tx.UNCLEAR, *asked]
    texts = [*earlier_sets("foi_text", "y"), foi_aa_text, foi_ab_text, foi_ac_text, foi_ad_text]
    check_wordings_fresh(mine, topics, texts, LETTERS)
    openings = (*tx.OPENINGS, *tx.CLARIFY_OPENINGS, *tx.BUNDLE_ACKS, *tx.BUNDLE_EXTENSIONS)
    leads = (*tx.GLOSSARY_HEADS, *tx.CLARIFY_LEADS, *tx.EXPORT_NOTES, *tx.TAG_LEADS)
    check_in_no_answer([o.split("{")[0] for o in (*openings, *leads)], LETTERS)
    assert not mine & {t for ts in ty.CLOSINGS.values() for t in ts}
    grid = set().union(*(_grid_questions(t) for t in ty.TOPICS))
    assert not {t.question for t in topics} & grid
    assert not trust_names(foi_ae) & {t.trust for t in ty.TOPICS}


def test_first_sight_covers_every_row():
    """Every row the scorer prints, FOI and WRES, has its first-sight numbers."""
    from benchmarks.heldout_ae import wres_ae
    from benchmarks.heldout_ae.score import SET

    rows = first_sight_rows(foi_ae.STYLES, wres_ae.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, SET.first_sight)
