"""Held-out set AH's FOI half checked as a SET, not the parser on it (its score is
benchmarks/heldout_ah/score.py's business): every rendering opens, every truth
question, answer, label, reference, date and exemption is printed in the rendered
document, and the set has what it promises (eight styles in none of sets D to AF nor
the synthetic styles, two new trusts each, three formats; four ordinary letters: two
exemptions cited in one phrase, sections of another Act, a policy sent as an
attachment, an opening giving the day of arrival without its year; questions in
reported speech, answers pointing by a quoted phrase in another order, two-part
questions answered part by part, chains of questions building on one another;
first-sight numbers for every FOI row).

Kept fast: each letter is rendered in ONE format (docx, pdf, html in turn by index);
the benchmark reads them all. The WRES half is checked by its own test."""

from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace

import pytest

from benchmarks.heldout_ah import foi_ah
from benchmarks.heldout_ah import foi_ah_text as tx
from benchmarks.heldout_d.render import plain
from benchmarks.heldout_p.render import H, P, render
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

LETTERS = foi_ah.letters()
EARLIER = "ag"  # set AH was written against sets D to AF (AG was written beside it)
DOCS = Renderings(render, LETTERS, ())
FORMATS = ("docx", "pdf", "html")


def _v(letter) -> int:
    return "ab".index(letter.variant)


def _printable(letter) -> dict:
    """The truth as `check_foi_truth_printed` can look for it: the two sections one
    phrase cites ('sections 41(1) and 43(2)') are checked as that phrase instead."""
    truth = dict(letter.truth)
    if letter.style == foi_ah.ORD_PAIR:
        pair = set(tx.PAIR_ROWS[_v(letter)][2])
        truth["exemptions"] = [e for e in truth["exemptions"] if e["section"] not in pair]
    return truth


@pytest.mark.parametrize("index", range(len(LETTERS)))
def test_foi_truth_is_printed(index):
    letter = LETTERS[index]
    text = DOCS.text("foi", index, FORMATS[index % 3])
    check_foi_truth_printed(_printable(letter), text, (*foi_ah.DATE_FORMS, *foi_ah.NOYEAR_FORMS))
    if letter.style == foi_ah.ORD_PAIR:
        assert tx.PAIR_PHRASES[_v(letter)] in text


def _of(style: str) -> list:
    return [letter for letter in LETTERS if letter.style == style]


def _texts(letter) -> list[str]:
    return [plain(b.text) for b in letter.blocks if isinstance(b, H | P)]


def _own(letter, questions) -> dict:
    (own,) = [x for x in letter.truth["items"] if x["question"] in questions]
    return own


def test_ordinary_variations():
    for letter in _of(foi_ah.ORD_PAIR):
        v = _v(letter)
        own = _own(letter, [tx.PAIR_ROWS[v][0]])
        assert tx.PAIR_PHRASES[v] in own["answer"]
        assert set(tx.PAIR_ROWS[v][2]) <= exemption_sections([letter])
    for letter in _of(foi_ah.ORD_OTHER_ACT):
        v = _v(letter)
        own = _own(letter, [tx.OTHER_ACT_ROWS[v][0]])
        assert re.search(r"section (136|75)\b", own["question"] + own["answer"])
        assert not exemption_sections([letter]) & {"2", "75", "136"}
    for letter in _of(foi_ah.ORD_ATTACHED):
        v = _v(letter)
        own = _own(letter, tx.ATTACHED_QUESTIONS)
        assert "attached" in own["answer"]
        form = foi_ah.DATE_FORMS[v]
        days = {form(letter.truth[k]) for k in ("received_date", "responded_date")}
        printed = re.findall(r"\w+, \d+ \w+ 20\d\d|\d\d-\d\d-20\d\d", own["answer"])
        assert printed and not set(printed) & days  # the approval date is neither
    for letter in _of(foi_ah.ORD_NOYEAR):
        v = _v(letter)
        rec = letter.truth["received_date"]
        texts = _texts(letter)
        assert any(foi_ah.NOYEAR_FORMS[v](rec) in t for t in texts)
        assert not any(foi_ah.DATE_FORMS[v](rec) in t for t in texts)  # no year printed
        assert rec[:4] == letter.truth["responded_date"][:4]
    for style in foi_ah.ORDINARY:
        for letter in _of(style):
            want = "" if _v(letter) == 0 else "Q"
            labels = [x["label"] for x in letter.truth["items"]]
            assert labels == [f"{want}{n}" for n in range(1, len(labels) + 1)]


def test_reported_and_keyed():
    for letter in _of(foi_ah.REPORTED):
        v = _v(letter)
        texts = _texts(letter)
        lead = tx.REPORTED_LEADS[v]
        for n, x in enumerate(letter.truth["items"], 1):
            assert x["question"][0].islower() and x["question"].endswith(".")
            mark = f"{n}. " if v == 0 else f"{n}) "
            (para,) = [t for t in texts if t.startswith(f"{mark}{lead} {x['question']}")]
            if v == 0:  # the answer's first paragraph run on after the question
                assert x["answer"].startswith(para.split(x["question"], 1)[1].strip())
        check_in_no_answer([tx.REPORTED_INTROS[v], lead], [letter])
    for letter in _of(foi_ah.KEYED):
        v = _v(letter)
        items = letter.truth["items"]
        texts = _texts(letter)
        keys = [re.search(r"“(.+?)”", t).group(1) for t in texts if "“" in t]
        owners = [next(x["label"] for x in items if k in x["question"]) for k in keys]
        assert sorted(owners) == [x["label"] for x in items] and owners != sorted(owners)
        check_in_no_answer(["“", tx.KEYED_INTROS[v]], [letter])


def test_parts_and_chains():
    for letter in _of(foi_ah.PARTS):
        v = _v(letter)
        parted = {q.question: q for q in tx.TWO_PARTS}
        items = letter.truth["items"]
        assert sum(x["question"] in parted for x in items) >= 2
        for x in items:
            q = parted.get(x["question"])
            if q is None:
                continue
            assert all(part in q.question for part, _ in q.parts)
            assert x["answer"] == " ".join(reply for _, reply in q.parts)
        check_in_no_answer(["“", tx.PARTS_INTROS[v]], [letter])
    assert any(q.exemption for q in tx.TWO_PARTS) and any(not q.exemption for q in tx.TWO_PARTS)
    for letter in _of(foi_ah.CHAINED):
        v = _v(letter)
        items = letter.truth["items"]
        pointer = r"\b(?:[Qq]uestion |Q)(\d)\b"
        seen = 0
        for n, x in enumerate(items, 1):
            for m in re.findall(pointer, x["question"] + " " + x["answer"]):
                assert int(m) < n  # a pointer back to an earlier question
                seen += 1
        assert seen >= 2, letter.index
        assert [x["label"] for x in items] == [
            ("Q" if v else "") + str(n) for n in range(1, len(items) + 1)
        ]
    starts = {x["question"] for letter in _of(foi_ah.CHAINED) for x in letter.truth["items"]}
    assert all(chain[0].question in starts for chain in tx.CHAINS)  # every chain printed


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_ah.PER_STYLE == 4 for n in per_style.values()), per_style
    earlier = earlier_sets("foi", EARLIER)
    check_new_styles_and_trusts(foi_ah, earlier, LETTERS, trusts=False)
    mine = trust_names(foi_ah)
    for old in earlier:
        if hasattr(old, "TRUSTS"):  # sets Y and Z are grids of one letter each
            assert not mine & trust_names(old), old.__name__
    assert all(set(f) == set(FORMATS) for f in foi_ah.FORMATS.values())
    want = {"21", "31(1)(a)", "36(2)(b)(i)", "36(2)(b)(ii)", "38(1)(b)", "40(2)", "41(1)"}
    assert want | {"43(2)"} <= exemption_sections(LETTERS)


def _grid_questions(topic) -> set[str]:
    """Every question one of set Y's grid letters prints (set Z prints Y's)."""
    qas = (*topic.qas, topic.multi, topic.nil, topic.not_held, topic.yes_no)
    return {q.question for q in qas} | {topic.exempt.question, topic.bullets[0]}


def _own_questions() -> list[SimpleNamespace]:
    """The questions besides the topics': the ordinary variations', the two-part ones
    and the chains' (as written, before their pointers are filled in)."""
    qs = [r[0] for r in (*tx.PAIR_ROWS, *tx.OTHER_ACT_ROWS)]
    qs += [*tx.ATTACHED_QUESTIONS, *(q.question for q in tx.TWO_PARTS)]
    qs += [link.question for chain in tx.CHAINS for link in chain]
    return [SimpleNamespace(question=q) for q in qs]


def test_foi_wordings_are_fresh():
    """Closings and questions are set AH's own (against sets D to X's, AA's to AF's
    text modules and set Y's grid, whose words set Z prints), and no closing, opening,
    lead or note is in an answer; no trust of set AH prints a grid letter."""
    from benchmarks.heldout_aa import foi_aa_text
    from benchmarks.heldout_ab import foi_ab_text
    from benchmarks.heldout_ac import foi_ac_text
    from benchmarks.heldout_ad import foi_ad_text
    from benchmarks.heldout_ae import foi_ae_text
    from benchmarks.heldout_af import foi_af_text
    from benchmarks.heldout_y import foi_y_text as ty

    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    topics = [*tx.TOPICS, *_own_questions()]
    earlier = [*earlier_sets("foi_text", "y"), foi_aa_text, foi_ab_text, foi_ac_text]
    check_wordings_fresh(mine, topics, [*earlier, foi_ad_text, foi_ae_text, foi_af_text], LETTERS)
    leads = (*tx.OPENINGS, *tx.NOYEAR_OPENINGS, *tx.REPORTED_INTROS, *tx.PARTS_INTROS)
    check_in_no_answer([o.split("{")[0] for o in (*leads, tx.KEYED_INTROS[1])], LETTERS)
    assert not mine & {t for ts in ty.CLOSINGS.values() for t in ts}
    grid = set().union(*(_grid_questions(t) for t in ty.TOPICS))
    assert not {t.question for t in topics} & grid
    assert not trust_names(foi_ah) & {t.trust for t in ty.TOPICS}


def test_truth_spelled_as_printed():
    """Every truth question and answer is a run of the letter's printed words (the
    renderer's bold marks aside), so no truth was typed apart from the letter."""
    for letter in LETTERS:
        printed = norm(" ".join(_texts(letter)))
        for x in letter.truth["items"]:
            assert norm(x["question"]) in printed, x["question"]
            for para in re.split(r"(?<=[.:])\s+(?=[A-Z])", x["answer"]):
                assert norm(para) in printed, para


def test_first_sight_covers_every_row():
    """Every row the scorer prints, FOI and WRES, has its first-sight numbers."""
    from benchmarks.heldout_ah import wres_ah
    from benchmarks.heldout_ah.score import SET

    rows = first_sight_rows(foi_ah.STYLES, wres_ah.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, SET.first_sight)


def test_second_sight_after_ag_covers_every_row():
    """The scores again after AG's learning, before anyone read AH, have every row."""
    from benchmarks.heldout_ah.score import FIRST_SIGHT_AFTER_AG, SET

    assert set(FIRST_SIGHT_AFTER_AG) == set(SET.first_sight)
