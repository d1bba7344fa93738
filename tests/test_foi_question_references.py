"""Chains of questions building on earlier ones, the answers pointing back ("Question
1 counts 41 staff. Of them, …", "Q2 includes …"): a sentence whose subject is an
earlier question is the answer's text, not a new question with that label
(parsers.foi.question_references); and a wrapped line opening with a figure in
brackets before a comma ("(4), night shifts (2) …") is no label.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.question_references import refers_to_asked
from parsers.foi.units import _label_of
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read


def _chain(v: int) -> list[tuple[str, str, str]]:
    """(label, question, answer) in the style of variant `v`."""
    ref = ("question {n}", "Question {n}") if v == 0 else ("Q{n}", "Q{n}")
    label = "{n}" if v == 0 else "Q{n}"
    rows = [
        ("How many physiotherapists did the Trust employ in March 2025?", "The Trust had 41."),
        (
            f"Of the physiotherapists in {ref[0].format(n=1)}, how many work part time?",
            f"{ref[1].format(n=1)} counts 41 staff. Of them, 12 work part time.",
        ),
        ("How many hydrotherapy pools does the Trust run?", "The Trust runs two pools."),
        (
            f"How many of the part-time staff in {ref[0].format(n=2)} work weekends?",
            f"{ref[1].format(n=2)} gives 12 part-time staff; five of them work weekends.",
        ),
    ]
    return [(label.format(n=n), q, a) for n, (q, a) in enumerate(rows, 1)]


def _letter(v: int) -> list:
    blocks = [
        H("Axe Valley NHS Trust"),
        P("Our reference: AVT 6120"),
        P("Date: 14 July 2025"),
        P("Dear Enquirer"),
        P("Thank you for your request, which we received on 16 June 2025."),
    ]
    for label, question, answer in _chain(v):
        blocks += [P(f"**{label}. {question}**"), P(answer)]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("v", [0, 1], ids=["Question 1", "Q1"])
def test_an_answer_pointing_back_is_no_new_question(fmt, model, v):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(v), fmt)
    assert pairs(foi) == _chain(v)


def test_a_sentence_about_an_earlier_question_is_told_from_a_label():
    lab = _label_of("Question 2 covers 12 staff.")
    assert lab is not None and refers_to_asked("Question 2 covers 12 staff.", lab, {"1", "2"})
    # a question not yet asked, or a label set off by punctuation, is a label
    assert not refers_to_asked("Question 2 covers 12 staff.", lab, {"1"})
    lab = _label_of("Question 3: how many beds are there?")
    text = "Question 3: how many beds are there?"
    assert lab is not None and not refers_to_asked(text, lab, {"1", "2", "3"})
    # a figure in brackets before a comma opens a wrapped line, not a question
    assert _label_of("(4), night shifts (2) and other reasons (1).") is None
    assert _label_of("(4) How many beds are there?") is not None
