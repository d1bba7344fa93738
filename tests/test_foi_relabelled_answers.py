"""Questions listed under one set of labels, then the answers under the same labels in
the same order: the block labeller's closing may not begin before the last of them
(parsers.foi.relabelled_answers), so no answer is cut off as closing prose.

Every letter here is made up and built in code, in wordings of its own."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.relabelled_answers import last_relabelled_answer
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read

ASKED = [
    ("a", "How many interpreters did the Trust book for outpatient clinics in 2025?"),
    ("b", "Which languages were requested most often?"),
    ("c", "Does the Trust use a telephone interpreting service out of hours?"),
    ("d", "What did the Trust pay per hour for face-to-face interpreting?"),
]
ANSWERED = [
    "The Trust booked 3,918 interpreters for outpatient clinics in 2025.",
    "Polish, Romanian and Bengali, in that order.",
    "Yes, a national telephone service is used between 8pm and 8am.",
    "The hourly rate is withheld under section 43(2) as commercially sensitive.",
]


def _letter() -> list:
    return [
        H("Fenwick Vale Hospitals NHS Trust"),
        P("Our reference: FVH-FOI-0881"),
        P("Date: 3 February 2026"),
        P("Dear Applicant"),
        P("Thank you for your request received on 6 January 2026. You asked:"),
        *(P(f"({key}) {question}") for key, question in ASKED),
        H("Our reply"),
        *(P(f"({key}) {answer}") for (key, _), answer in zip(ASKED, ANSWERED, strict=True)),
        P(
            "Section 43(2) is a qualified exemption; we weighed the public interest and "
            "found it favours withholding the rate."
        ),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_answers_labelled_as_the_questions_are_all_read(fmt, model):
    with using_labeller(None) if model == "rules only" else nullcontext():
        got = pairs(read(_letter(), fmt))
    assert [label for label, _q, _a in got] == ["a", "b", "c", "d"]
    assert [a for _l, _q, a in got][:3] == ANSWERED[:3]
    assert got[3][2].startswith(ANSWERED[3])


def _units(*texts: str) -> list[_Unit]:
    return [_Unit(t, None) for t in texts]


def test_the_second_run_must_repeat_the_first():
    units = _units("(a) Beds?", "(b) Wards?", "Reply", "(a) 300.", "(b) 12.", "Regards")
    assert last_relabelled_answer(units) == 4
    # other keys, another order, or no second run: nothing to say
    assert last_relabelled_answer(_units("(a) Beds?", "(b) Wards?", "(c) 300.", "(d) 12.")) is None
    assert last_relabelled_answer(_units("(a) Beds?", "(b) Wards?", "(b) 12.", "(a) 300.")) is None
    assert last_relabelled_answer(_units("(a) Beds?", "Three hundred.", "(b) Wards?")) is None


class _AnyModel:
    """A labeller stand-in: the stop is patched in, so its labels do not matter."""

    boilerplate = None

    def label(self, blocks, pages):
        return ["answer"] * len(blocks), [1.0] * len(blocks)


def test_a_closing_read_inside_the_relabelled_answers_does_not_cut_them(monkeypatch):
    from parsers.foi import passes

    units = _units(
        "Dear Applicant",
        *(f"({key}) {question}" for key, question in ASKED),
        "Our reply",
        *(f"({key}) {answer}" for (key, _), answer in zip(ASKED, ANSWERED, strict=True)),
        "Yours sincerely",
        "Records Team",
    )
    first_answer = units.index(_units(f"(a) {ANSWERED[0]}")[0])
    # a model that takes "(b) …" onwards for closing prose (as one did on a grid letter)
    monkeypatch.setattr(passes, "answer_stops", lambda *a, **k: (first_answer + 1, set()))
    rules = passes.segment(units)
    got = passes.segment_labelled(units, 1, rules, _AnyModel())[0]
    assert [" ".join(q.answer) for q in got] == ANSWERED
