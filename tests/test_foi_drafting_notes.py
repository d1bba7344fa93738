"""A letter template's drafting notes left in print (set AF's style): a paragraph in
square brackets telling the drafter what to do, after an answer in the middle and after
the last. They are in no answer and cite nothing (parsers.foi.drafting_notes); a
bracketed redaction marker in an answer stays.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.drafting_notes import drafting_note
from parsers.foi.labeller import using_labeller
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, read

QA = [
    ("How many ambulances are based at Rievaulx station?", "Six ambulances are based there."),
    ("Who manages the station?", "The station is managed by [Redacted], a duty manager."),
    ("How many call-outs did it take in 2024?", "It took 4,118 call-outs in 2024."),
]
NOTES = (
    "[Template note: add the section 40(2) wording if a name is withheld, else remove]",
    "[Check the review paragraph is the right one for this team before sending]",
)


def _letter() -> list:
    blocks = [
        H("Ryedale Moors NHS Trust"),
        P("Our ref: RM/FOI/118"),
        P("Date: 2 September 2025"),
        P("Dear Requester"),
        P("Thank you for your request. Our answers follow."),
    ]
    for n, (question, answer) in enumerate(QA, 1):
        blocks += [P(f"{n}. {question}"), P(answer)]
        if n == 2:
            blocks.append(P(NOTES[0]))
    return [*blocks, P(NOTES[1]), *SIGN_OFF]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_drafting_notes_are_in_no_answer(fmt, model):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(), fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(str(n), q, a) for n, (q, a) in enumerate(QA, 1)]
    assert foi.exemptions == []


def test_the_shape_of_a_drafting_note():
    assert drafting_note("[Delete as appropriate: we do / do not hold this]")
    assert drafting_note("[Insert the figures from the ward dashboard]")
    assert drafting_note("[Note – the wording below is for refusals only]")
    assert drafting_note("[Keep this paragraph only if applicable]")
    assert not drafting_note("[Redacted]")
    assert not drafting_note("[name withheld under section 40(2)]")
    assert not drafting_note("[See the table attached to this letter]")
    assert not drafting_note("Insert nothing here, it is an answer.")
