"""Held-out set AC's FOI half checked as a SET, not the parser on it (its score is
benchmarks/heldout_ac/score.py's business): every rendering opens, every truth
question, answer, label, reference, date and exemption is printed in the rendered
document, and the set has what it promises (eight styles in none of sets D to AB nor
the synthetic styles, two trusts each, three formats; four ordinary letters: a request
come through PALS, one reply for two trusts of a hospital group, EIR and FOIA answers
in one letter, an answer pointing to an earlier published response; a request-site
page, a round-robin response, a partial reply held back under section 10(3), a fresh
response after an ICO decision notice; first-sight numbers for every FOI row).

Kept fast: each letter is rendered in ONE format (docx, pdf, html in turn by index);
the benchmark reads them all. The WRES half is checked by its own test."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.heldout_ac import foi_ac
from benchmarks.heldout_ac import foi_ac_text as tx
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

LETTERS = foi_ac.letters()
EARLIER = "ac"  # set AC was written against sets D to AB
DOCS = Renderings(render, LETTERS, ())
FORMATS = ("docx", "pdf", "html")
DATE = re.compile(r"\b\d{1,2} [A-Z][a-z]+ 20\d\d\b|\b\d\d/\d\d/20\d\d\b")


@pytest.mark.parametrize("index", range(len(LETTERS)))
def test_foi_truth_is_printed(index):
    """The shared check reads exemptions as 'section …'; an EIR exception is printed
    as 'regulation …' and is checked on its own."""
    fmt = FORMATS[index % 3]
    truth = dict(LETTERS[index].truth)
    text = DOCS.text("foi", index, fmt)
    eir = [e for e in truth["exemptions"] if e["law"] == "EIR"]
    truth["exemptions"] = [e for e in truth["exemptions"] if e["law"] == "FOIA"]
    check_foi_truth_printed(truth, text, foi_ac.DATE_FORMS)
    for e in eir:
        assert f"regulation {e['section']}" in text, e


def _of(style: str) -> list:
    return [letter for letter in LETTERS if letter.style == style]


def _texts(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, H | P)]


def _dates_printed(text: str) -> set[str]:
    return set(DATE.findall(text))


def _printed(letter, iso: str) -> str:
    return foi_ac.DATE_FORMS["ab".index(letter.variant)](iso)


def test_ordinary_letters():
    for letter in _of(foi_ac.ORD_PALS):
        (opening,) = [t for t in _texts(letter) if "PALS" in t]
        truth_days = {
            _printed(letter, letter.truth[k]) for k in ("received_date", "responded_date")
        }
        assert _printed(letter, letter.truth["received_date"]) in opening
        assert _dates_printed(opening) - truth_days, "no later day it was passed on"
    for letter in _of(foi_ac.ORD_GROUP):
        partner = foi_ac.PARTNERS[letter.trust][0]
        texts = _texts(letter)
        first_question = next(i for i, t in enumerate(texts) if t.startswith(("1.", "1)")))
        assert partner in texts[:first_question] and letter.trust in texts[:first_question]
    for letter in _of(foi_ac.ORD_EIR):
        eir = {t.question for t in tx.EIR_TOPICS}
        assert sum(x["question"] in eir for x in letter.truth["items"]) == 2
        assert {"law": "EIR", "section": "12(5)(e)"} in letter.truth["exemptions"]
        assert any("Environmental Information Regulations" in t for t in _texts(letter))
    for letter in _of(foi_ac.ORD_EARLIER):
        own = letter.truth["reference"]
        pointers = [x["answer"] for x in letter.truth["items"] if "disclosure log" in x["answer"]]
        assert len(pointers) == 1 and own not in pointers[0]
        assert "21" in exemption_sections([letter])
    for style in foi_ac.ORDINARY:
        for letter in _of(style):
            labels = [x["label"] for x in letter.truth["items"]]
            assert labels == [str(n) for n in range(1, len(labels) + 1)]


def test_request_site_pages():
    for letter in _of(foi_ac.THREAD):
        texts = _texts(letter)
        assert not any(t.startswith(("Dear Sir", "Our ref")) for t in texts)
        starts = tuple(a.split("{")[0] for a in tx.THREAD_ACKS)
        (ack,) = [t for t in texts if t.startswith(starts)]
        assert letter.truth["reference"] in ack
        truth_days = {
            _printed(letter, letter.truth[k]) for k in ("received_date", "responded_date")
        }
        assert _dates_printed(ack) - truth_days, "no due date in the acknowledgement"
        headers = [t for t in texts if t.startswith(tx.REQUESTERS) and _dates_printed(t)]
        assert len(headers) == 1
        office = [t for t in texts if t.startswith("Freedom of Information Office")]
        assert len(office) == 2
        n = len(letter.truth["items"])
        reply = texts[texts.index(office[1]) :]
        assert sum(bool(re.match(r"(\d+\.|Answer \d+:) ", t)) for t in reply) == n
        check_in_no_answer([*tx.THREAD_ACKS, *tx.THREAD_REPLY_LEADS], [letter])


def test_round_robins():
    for letter in _of(foi_ac.ROUND_ROBIN):
        texts = _texts(letter)
        tables = [b for b in letter.blocks if isinstance(b, T)]
        listed = [t for t in texts if "(received " in t]
        listed += [" ".join(row) for table in tables for row in table.rows[1:]]
        assert len(listed) >= 3
        assert all(letter.truth["reference"] not in x for x in listed)
        first = _printed(letter, letter.truth["received_date"])
        assert first in listed[0]
        assert "Dear Requester" in texts


def test_partial_replies_and_fresh_responses():
    for letter in _of(foi_ac.EXTENSION):
        answers = [x["answer"] for x in letter.truth["items"]]
        held = [a for a in answers if "10(3)" in a]
        assert len(held) == 1
        considered = re.search(r"section (\d+\(\d\))", held[0]).group(1)
        assert considered not in exemption_sections([letter])
        assert "10(3)" not in exemption_sections([letter])
        check_in_no_answer(tx.EXTENSION_LEADS, [letter])
    for letter in _of(foi_ac.DECISION):
        texts = _texts(letter)
        assert any(re.fullmatch(r"ICO case reference: IC-\d{6}-\w{4}", t) for t in texts)
        (opening,) = [t for t in texts if "decision notice" in t]
        first = re.search(r"section (\S+?)[ .]", opening).group(1)
        assert first in tx.FIRST_REFUSALS and first not in exemption_sections([letter])
        assert len(_dates_printed(opening)) == 3
        assert _printed(letter, letter.truth["received_date"]) in opening


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_ac.PER_STYLE == 4 for n in per_style.values()), per_style
    earlier = earlier_sets("foi", EARLIER)
    check_new_styles_and_trusts(foi_ac, earlier, LETTERS, trusts=False)
    mine = trust_names(foi_ac) | {p for p, _ in foi_ac.PARTNERS.values()}
    for old in earlier:
        if hasattr(old, "TRUSTS"):  # sets Y and Z are grids of one letter each
            assert not mine & trust_names(old), old.__name__
    assert all(set(f) == set(FORMATS) for f in foi_ac.FORMATS.values())
    assert {"21", "38(1)", "40(2)", "43(2)", "12(5)(e)"} <= exemption_sections(LETTERS)


def _grid_questions(topic) -> set[str]:
    """Every question one of set Y's grid letters prints (set Z prints Y's)."""
    qas = (*topic.qas, topic.multi, topic.nil, topic.not_held, topic.yes_no)
    return {q.question for q in qas} | {topic.exempt.question, topic.bullets[0]}


def test_foi_wordings_are_fresh():
    """Closings and questions are set AC's own (against sets D to X's, AA's and AB's
    text modules and set Y's grid, whose words set Z prints), and no closing nor any
    opening is in an answer; no trust of set AC prints a grid letter."""
    from benchmarks.heldout_aa import foi_aa_text
    from benchmarks.heldout_ab import foi_ab_text
    from benchmarks.heldout_y import foi_y_text as ty

    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    topics = [*tx.TOPICS, *tx.EIR_TOPICS]
    texts = [*earlier_sets("foi_text", "y"), foi_aa_text, foi_ab_text]
    check_wordings_fresh(mine, topics, texts, LETTERS)
    openings = (*tx.PALS_OPENINGS, *tx.GROUP_OPENINGS, *tx.ROUND_OPENINGS, *tx.EIR_NOTES)
    check_in_no_answer([o.split("{")[0] for o in openings], LETTERS)
    assert not mine & {t for ts in ty.CLOSINGS.values() for t in ts}
    grid = set().union(*(_grid_questions(t) for t in ty.TOPICS))
    assert not {t.question for t in topics} & grid
    assert not trust_names(foi_ac) & {t.trust for t in ty.TOPICS}


def test_first_sight_covers_every_row():
    """Every row the scorer prints, FOI and WRES, has its first-sight numbers."""
    from benchmarks.heldout_ac import wres_ac
    from benchmarks.heldout_ac.score import SET

    rows = first_sight_rows(foi_ac.STYLES, wres_ac.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, SET.first_sight)
