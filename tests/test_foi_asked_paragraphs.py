"""Unnumbered questions, each a paragraph of its own with its answer beneath, are
read by their turn-taking (parsers.foi.asked_paragraphs), learned from held-out set
Y's grid: a paragraph that asks or requests, then the replies, then the next.

Every letter here is made up and built in code, in wordings of its own."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.asked_paragraphs import asked_paragraph_items
from parsers.foi.labeller import using_labeller
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, P
from tests.test_foi_styles import FORMATS, pairs, read

TURNS = [
    ("Which company collects the Trust's clinical waste?", "Greenway Environmental Ltd."),
    (
        "Please provide the tonnage of clinical waste collected in 2025.",
        "The Trust sent 1,204 tonnes of clinical waste for treatment in 2025.",
    ),
    (
        "Does the Trust incinerate any waste on its own sites?",
        "No. All treatment takes place off site. The last on-site incinerator closed in 2011.",
    ),
]


def _letter() -> list:
    blocks = [
        P("Dear Requester"),
        P("Thank you for your request received on 14 January 2026. Our replies follow."),
    ]
    for question, answer in TURNS:
        first, _, rest = answer.partition(". ")
        # the last answer runs over two paragraphs
        paras = [first + ".", rest] if rest and answer.startswith("No.") else [answer]
        blocks += [P(question), *(P(p) for p in paras)]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_unnumbered_questions_taking_turns_with_answers(fmt, model):
    # (with the labeller the rules run again on the units before its closing: those
    # were cut at the closing, so the turns' end is known there too)
    with using_labeller(None) if model == "rules only" else nullcontext():
        got = pairs(read(_letter(), fmt))
    assert [(q, a) for _label, q, a in got] == TURNS
    assert all(label is None for label, _q, _a in got)


def _units(*texts: str) -> list[_Unit]:
    return [_Unit(t, None) for t in texts]


def test_questions_listed_together_do_not_take_turns():
    units = _units(
        "Which company collects the Trust's clinical waste?",
        "Does the Trust incinerate any waste on its own sites?",
        "Greenway Environmental Ltd collects it and none is incinerated on site.",
    )
    assert asked_paragraph_items(units) is None


def test_a_single_question_is_no_turn_taking():
    units = _units("Does the Trust incinerate waste?", "No, it does not.", "Kind regards")
    assert asked_paragraph_items(units) is None


def test_turns_are_read_where_the_closing_is_found_and_not_past_it():
    from parsers.foi.passes import segment

    turns = _units(
        "Which company collects the Trust's clinical waste?",
        "Greenway Environmental Ltd.",
        "Does the Trust incinerate any waste on its own sites?",
        "No, all treatment takes place off site.",
    )
    closing = _units(
        "If you are unhappy with this reply you may ask for an internal review.",
        "You may also complain to the Information Commissioner's Office.",
        "Yours sincerely",
        "Records Team",
    )
    # with no closing, where the last answer ends is unknown: no turn-by-turn reading
    assert len(segment(turns)[0]) < 2
    read = segment([*turns, *closing])[0]
    assert [" ".join(q.answer) for q in read] == [
        "Greenway Environmental Ltd.",
        "No, all treatment takes place off site.",
    ]


def test_units_cut_at_the_closing_are_closed():
    from parsers.foi.passes import segment

    turns = _units(
        "Which company collects the Trust's clinical waste?",
        "Greenway Environmental Ltd.",
        "Does the Trust incinerate any waste on its own sites?",
        "No, all treatment takes place off site.",
    )
    # the block labeller cut the letter where its closing began: the turns are read
    assert len(segment(turns, cut_at_closing=True)[0]) == 2


class _Model:
    """A labeller stand-in labelling every block `label` (the stop is patched in)."""

    boilerplate = None

    def __init__(self, label: str) -> None:
        self._label = label

    def label(self, blocks, pages):
        return [self._label] * len(blocks), [1.0] * len(blocks)


@pytest.mark.parametrize(("above", "turns"), [("answer", True), ("closing", False)])
def test_turns_after_the_model_cut_only_where_its_closing_begins(monkeypatch, above, turns):
    """Units cut by the model are closed where the model's closing begins at the cut;
    a block above the cut that it reads as closing too leaves the end open."""
    from parsers.foi import passes

    units = _units(
        "Which company collects the Trust's clinical waste?",
        "Greenway Environmental Ltd.",
        "Does the Trust incinerate any waste on its own sites?",
        "No, all treatment takes place off site.",
        "If you are unhappy with this reply you may ask for an internal review.",
        "Yours sincerely",
    )
    monkeypatch.setattr(passes, "answer_stops", lambda *a, **k: (4, set()))
    rules = ([], "", [], [])
    got = passes.segment_labelled(units, 1, rules, _Model(above))[0]
    assert (len(got) == 2) is turns
