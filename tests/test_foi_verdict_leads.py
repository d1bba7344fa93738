"""An answer opening with its own verdict run in before a colon ("Not answered: …",
"Partly answered: …"), as a note on a question the requester withdrew: the verdict is
the answer's text as printed, no credit naming who supplied it (parsers.foi.credits
takes a department's name before a reporting verb, never a negation or a degree).

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.credits import is_credit_line, run_in_credit
from parsers.foi.labeller import using_labeller
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, read

QA = [
    ("How many minibuses does the Trust lease?", "The Trust leases four minibuses."),
    (
        "Please list every supplier of hearing aids used since 2019.",
        "Not answered: you withdrew this part of the request on 9 June 2025.",
    ),
    ("Does the Trust run a staff choir?", "Yes, it meets on Thursday evenings."),
]


def _letter() -> list:
    blocks = [
        H("Wasdale Head NHS Trust"),
        P("Our ref: WH-FOI-884"),
        P("Date: 30 June 2025"),
        P("Dear Requester"),
        P("We received your request on 2 June 2025. Our answers are below."),
    ]
    for n, (question, answer) in enumerate(QA, 1):
        blocks += [P(f"{n}. {question}"), P(answer)]
    return [*blocks, *SIGN_OFF]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_verdict_opening_an_answer_is_kept(fmt, model):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(), fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(str(n), q, a) for n, (q, a) in enumerate(QA, 1)]


@pytest.mark.parametrize("line", ["Not answered:", "Partly answered:", "Only partly answered:"])
def test_a_verdict_is_no_credit(line):
    assert not is_credit_line(line)
    assert run_in_credit(f"{line} the figures are held elsewhere.") is None


def test_a_department_before_a_reporting_verb_is_still_a_credit():
    assert is_credit_line("Pathology Services replied:")
    assert run_in_credit("Estates answered: The lift was repaired.") == "The lift was repaired."
