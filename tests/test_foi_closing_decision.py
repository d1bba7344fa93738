"""The letter's closing may open with a sentence addressed to no one that names the
letter as the decision it is ("Appeals against this decision go to …"): it speaks of
the letter itself, as "this reply" or "this letter" does, so the last answer ends
above it (parsers.foi.tail), learned from held-out set U's first sight, where every
house style's last answer ran on into such a sentence.

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from benchmarks.heldout_p.render import H, P, render
from parsers import parse_document
from parsers.foi.labeller import using_labeller
from parsers.foi.tail import closing_prose, tail_start
from parsers.foi.units import _Unit

FORMATS = ["docx", "pdf", "html"]
MODELS = ["rules only", "labeller"]
TRUST = "Fenwick Marsh Community NHS Trust"

ASKED = [
    (
        "How many community dental clinics does the Trust run?",
        "The Trust runs nine community dental clinics across the district.",
    ),
    (
        "Which of those clinics offer treatment under sedation?",
        "Two clinics offer sedation: Harrow Lane and the Quayside health centre.",
    ),
    (
        "Does the Trust run an out-of-hours dental helpline?",
        "No. Urgent dental advice out of hours is given by the regional helpline.",
    ),
]
CLOSE = [
    # addressed to no one: the letter named as a decision, then the reader's rights
    P("Appeals against this decision are heard by the Governance Manager, marked FM-FOI."),
    P("If you remain unhappy after the appeal you may write to the Information Commissioner."),
    P("Kind regards"),
    P("Disclosure Officer"),
    P(TRUST),
]


def _letter() -> list:
    blocks = [
        H(TRUST),
        P("Our reference: FM-FOI-2207"),
        P("Date: 9 July 2025"),
        P("Dear Requester"),
        P("Thank you for your request of 11 June 2025; our answers follow."),
    ]
    for n, (q, a) in enumerate(ASKED, 1):
        blocks += [P(f"{n}. {q}"), P(a)]
    return blocks + CLOSE


def read(blocks: list, fmt: str, model: str):
    """A letter rendered by set P's renderer, parsed by the rules alone or with the
    shipped labeller."""
    data, name = render(blocks, fmt, title=TRUST, site=TRUST)
    with using_labeller(None) if model == "rules only" else nullcontext():
        result = parse_document(data, filename=name, kind_hint="foi")
    assert result.foi is not None, result.error
    return result.foi


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_last_answer_ends_above_a_closing_naming_this_decision(fmt, model):
    foi = read(_letter(), fmt, model)
    got = [(it.label, it.question, " ".join((it.answer or "").split())) for it in foi.items]
    assert got == [(str(n), q, a) for n, (q, a) in enumerate(ASKED, 1)]


def test_the_letter_named_as_a_decision_is_closing_prose():
    assert closing_prose("Appeals against this decision are heard by the Governance Manager.")
    # a figure of its own is an answer's substance, whatever the sentence names
    assert not closing_prose("This decision closed 14 beds on the ward.")


def test_an_answer_about_a_decision_on_the_questions_topic_stays_an_answer():
    units = [
        _Unit("1. Why did the Trust close its minor injuries unit at night?", None),
        _Unit("The board took this decision after consulting on the minor injuries unit.", None),
        _Unit("Appeals against this decision are heard by the Governance Manager.", None),
        _Unit("Kind regards", None),
        _Unit("Disclosure Officer", None),
    ]
    # the answer shares the question's words: it is no part of the closing run
    assert tail_start(units) == 2
