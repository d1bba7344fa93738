"""A numbered question running on into a second paragraph of the requester's that
asks by an indirect question in the first person ("I'd also be keen to learn which
…"), set in the same plain type as the question and its answer, with no marker: the
paragraph is the question's, the answer begins after it
(parsers.foi.indirect_questions, counted as a request sentence by
parsers.foi.line_kinds._request_like). Read by the sentence's grammar (a first-person
subject, a verb of coming to know, an interrogative clause), not by its words.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.indirect_questions import indirect_question
from parsers.foi.labeller import using_labeller
from parsers.foi.line_kinds import _request_like
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs

HEAD = [
    H("Thornbury Fields NHS Foundation Trust"),
    P("Our reference: TF/FOI/3307"),
    P("Date: 4 August 2025"),
    P("Dear Enquirer"),
    P("Thank you for your request, which we received on 10 July 2025."),
]
# (question, its second paragraph or "", answer)
ITEMS = [
    (
        "How many electric vehicle charging points are there in the staff car parks?",
        "I'd also be keen to learn which of them are reserved for pool cars.",
        "There are 46 charging points, 8 of them reserved for the pool car fleet.",
    ),
    (
        "Does the Trust offer a cycle to work scheme?",
        "",
        "Yes. The scheme is open to all substantive staff after probation.",
    ),
    (
        "What did the Trust pay for interpreting services in 2024/25?",
        "I want to understand whether that figure includes British Sign Language.",
        "The Trust paid £212,400, including £31,050 for British Sign Language.",
    ),
]


def _letter() -> list:
    blocks = list(HEAD)
    for n, (q, more, a) in enumerate(ITEMS, 1):
        blocks.append(P(f"{n}) {q}"))
        if more:
            blocks.append(P(more))
        blocks.append(P(a))
    return blocks + SIGN_OFF


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_an_indirect_question_after_a_question_continues_it(fmt, model):
    from tests.test_foi_styles import read

    with using_labeller(None) if model == "rules only" else nullcontext():
        got = pairs(read(_letter(), fmt))
    want = [(str(n), f"{q} {more}".strip(), a) for n, (q, more, a) in enumerate(ITEMS, 1)]
    assert got == want


def test_the_grammar_of_an_indirect_question():
    for asked in (
        "I would also like to know how many of the posts are vacant.",
        "I'd be grateful to find out when the review will finish.",
        "I wish to establish whether the policy applies to bank staff.",
        "I am keen to learn which suppliers tendered.",
    ):
        assert indirect_question(asked), asked
    for told in (
        "I do not know how many posts are vacant.",  # a reply's admission
        "I cannot establish which suppliers tendered.",
        "We would like to know how you heard of the scheme.",  # not the requester's "I"
        "The Trust does not know how many posts are vacant.",
        "I would like a copy of the policy.",  # a request, but no indirect question
    ):
        assert not indirect_question(told), told


def test_a_reply_in_the_first_person_stays_an_answer():
    # "I am …", "I can …" open a reply (parsers.foi.patterns' answer cues) even where
    # an indirect question follows
    assert _request_like("I would also like to know which wards were closed.")
    assert not _request_like("I am unable to establish which wards were closed.")
    assert not _request_like("I can confirm how many wards were closed: four.")
