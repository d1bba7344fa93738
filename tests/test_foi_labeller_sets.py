"""The labeller's training sequences from held-out letters (scripts/train_foi_labeller.py):
a letter read back from a file, with full truth, gets the labels a corpus letter would
(questions and answers aligned from the truth, the rest by position), and the unseen
set L is never among the sets trained on or measured leave-one-set-out.

The letters here are written for these tests (fictional trusts and figures), not
taken from any held-out set."""

from __future__ import annotations

import pytest

from parsers.extract import extract
from scripts.labeller_heldout import (
    UNSEEN_SETS,
    heldout_set,
    heldout_sets_present,
    letter_sequence,
    parse_sets,
)
from tests.foi_letters import RENDER, SIGN_OFF, H, P

FORMATS = ("docx", "pdf", "html")

QUESTIONS = (
    "How many hydrotherapy pools does the Trust operate?",
    "What was the annual cost of pool maintenance in 2023/24?",
)
ANSWERS = (
    "The Trust operates two hydrotherapy pools, at Ashcombe and at Pellworth.",
    "Pool maintenance cost £48,210 in 2023/24.",
)


def _letter() -> tuple[list, dict]:
    blocks = [
        H("Brackenfold Valley NHS Foundation Trust"),
        P("Our ref: BVT-FOI-7731"),
        P("Date: 14 March 2025"),
        P("Dear Requester"),
        P(
            "Thank you for your request for information received on 17 February 2025. "
            "Our response is set out below."
        ),
        P(f"1. {QUESTIONS[0]}"),
        P(ANSWERS[0]),
        P(f"2. {QUESTIONS[1]}"),
        P(ANSWERS[1]),
        *SIGN_OFF,
    ]
    truth = {
        "reference": "BVT-FOI-7731",
        "received_date": "2025-02-17",
        "responded_date": "2025-03-14",
        "items": [
            {"label": str(k), "question": q, "answer": a}
            for k, (q, a) in enumerate(zip(QUESTIONS, ANSWERS, strict=True), start=1)
        ],
    }
    return blocks, truth


def _labels_of(seq, fragment: str) -> set[str]:
    return {g for b, g in zip(seq.blocks, seq.gold, strict=True) if fragment in b.text}


@pytest.mark.parametrize("fmt", FORMATS)
def test_read_back_letter_gets_sane_gold_labels(fmt):
    blocks, truth = _letter()
    doc = extract(RENDER[fmt](blocks), filename=f"letter.{fmt}")
    seq = letter_sequence(doc, truth, f"test / numbered {fmt}", "test / numbered")
    assert seq is not None
    assert len(seq.gold) == len(seq.blocks)
    assert seq.group == "test / numbered"
    assert _labels_of(seq, "hydrotherapy pools does") == {"question"}
    assert _labels_of(seq, "annual cost of pool") == {"question"}
    assert _labels_of(seq, "operates two hydrotherapy") == {"answer"}
    assert _labels_of(seq, "£48,210") == {"answer"}
    assert _labels_of(seq, "Dear Requester") == {"salutation"}
    assert _labels_of(seq, "Brackenfold Valley") <= {"letterhead"}
    assert _labels_of(seq, "Yours sincerely") == {"closing"}
    assert _labels_of(seq, "internal review") == {"closing"}
    # the order of a letter: nothing of the closing before the last answer
    last_answer = max(i for i, g in enumerate(seq.gold) if g == "answer")
    first_closing = min(i for i, g in enumerate(seq.gold) if g == "closing")
    assert first_closing > last_answer


def test_letter_whose_questions_are_not_found_is_not_trained_on():
    blocks, truth = _letter()
    truth["items"] = [
        {"label": "1", "question": "How many car parking spaces are there?", "answer": "212."}
    ]
    doc = extract(RENDER["docx"](blocks), filename="letter.docx")
    assert letter_sequence(doc, truth, "test", "test") is None


def test_covering_letter_with_no_items_is_labelled_by_position():
    blocks = [
        H("Tollmere Community Health NHS Trust"),
        P("Dear Ms Okafor"),
        P("Please find attached our response to your request for information."),
        *SIGN_OFF,
    ]
    truth = {"reference": None, "received_date": None, "responded_date": None, "items": []}
    doc = extract(RENDER["docx"](blocks), filename="letter.docx")
    seq = letter_sequence(doc, truth, "test", "test")
    assert seq is not None
    assert "question" not in seq.gold and "answer" not in seq.gold
    assert _labels_of(seq, "Yours sincerely") == {"closing"}


def test_unseen_sets_are_never_trained_on():
    assert set(UNSEEN_SETS) == {
        *"nopqrstuvwxyz",
        "aa",
        "ab",
        "ac",
        "ad",
        "ae",
        "af",
        "ag",
        "ah",
        "ai",
        "aj",
    }
    assert not set(UNSEEN_SETS) & set(heldout_sets_present())
    assert not set(UNSEEN_SETS) & set(parse_sets(None))
    assert parse_sets("d,e,l") == ["d", "e", "l"]
    assert parse_sets("") == []
    with pytest.raises(SystemExit):
        parse_sets("d,n")
    with pytest.raises(SystemExit):
        parse_sets("O")
    with pytest.raises(SystemExit):
        parse_sets("p")
    with pytest.raises(ValueError):
        heldout_set("n")


def test_leave_one_set_out_never_measures_or_trains_on_an_unseen_set():
    from benchmarks import loso_labeller

    assert "n" not in loso_labeller.heldout_sets_present()
