"""A note on the redactions after the last answer, no heading over it: the letter
prints a bracketed marker where it blacked a name out, then explains the marker in a
paragraph of its own. The note is in no answer, and the section it cites is the
letter's exemption (parsers.foi.redaction_notes). A last answer whose own second
paragraph repeats a marker without citing a section keeps it.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.redaction_notes import redaction_note_start
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, read

MARK = "[name withheld]"
QA = [
    ("Who approved the new visiting hours?", f"They were approved by {MARK}, the divisional lead."),
    ("How many wards changed their hours?", "Nine wards changed their visiting hours."),
    (
        "Who handled the complaints about the change?",
        f"The complaints were handled by {MARK} in the patient advice service.",
    ),
]
NOTE = (
    f"Wherever {MARK} appears above, a junior member of staff's name is exempt under "
    "section 40(2) of the Act as their personal data."
)


def _letter() -> list:
    blocks = [
        H("Borrowdale Fells NHS Trust"),
        P("Our ref: BF-FOI-7702"),
        P("Date: 21 October 2025"),
        P("Dear Requester"),
        P("Thank you for your request. Our answers follow."),
    ]
    for n, (question, answer) in enumerate(QA, 1):
        blocks += [P(f"{n}. {question}"), P(answer)]
    return [*blocks, P(NOTE), *SIGN_OFF]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_untitled_redaction_note_is_in_no_answer(fmt, model):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(), fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(str(n), q, a) for n, (q, a) in enumerate(QA, 1)]
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "40(2)")]


def test_a_marker_repeated_in_the_last_answer_is_no_note():
    units = [
        _Unit(t)
        for t in (
            "1. Who signed the contract?",
            f"It was signed by {MARK}.",
            "2. Who reviewed it?",
            f"It was reviewed by {MARK} in March.",
            f"{MARK} also chaired the evaluation panel.",
        )
    ]
    assert redaction_note_start(units) is None
    cited = [*units, _Unit(NOTE)]
    assert redaction_note_start(cited) == len(units)
