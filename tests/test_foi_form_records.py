"""An online request form's record above the trust's reply (set AF's style): the
submission's reference, the time submitted and the numbered questions, as a field
table whose request cell holds the questions (parsers.foi.form_records); the reply's
own case reference printed below. The form's submission reference is no reference of
the letter's where the letter prints its own (parsers.foi.metadata), though it stands
in for one where the letter has none.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.form_records import numbered_requests
from parsers.foi.labeller import using_labeller
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, norm, read

QA = [
    ("How many MRI scanners does the Trust operate?", ["The Trust operates four MRI scanners."]),
    (
        "What is the average wait for an MRI scan?",
        ["The average wait in May 2025 was 5.2 weeks.", "This excludes urgent referrals."],
    ),
    ("Does the Trust hire mobile scanners?", ["Yes, one mobile scanner for 12 weeks a year."]),
]


def _letter(own_reference: bool) -> list:
    asked = "\n".join(f"{n}. {q}" for n, (q, _a) in enumerate(QA, 1))
    record = T(
        [
            ["Submission reference", "58213-QX4"],
            ["Submitted on", "12/5/2025 10:22"],
            ["Name", "[Redacted]"],
            ["Request details", asked],
        ]
    )
    blocks = [P("**Swaledale NHS Trust**"), P("**Information request form**"), record]
    blocks += [H("Our reply"), P("Date: 6 June 2025")]
    if own_reference:
        blocks.append(P("Case SW-FOI-2025-0771"))
    blocks.append(P("Thank you for your request. Each question is answered below."))
    for n, (_q, answer) in enumerate(QA, 1):
        blocks += [P(f"{n}. {answer[0]}"), *(P(a) for a in answer[1:])]
    return [*blocks, *SIGN_OFF]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_form_cells_questions_are_answered_by_number(fmt, model):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(own_reference=True), fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(str(n), q, " ".join(a)) for n, (q, a) in enumerate(QA, 1)]
    assert foi.reference == "SW-FOI-2025-0771"


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_submission_reference_stands_in_where_the_letter_has_none(fmt):
    assert read(_letter(own_reference=False), fmt).reference == "58213-QX4"


def test_a_cells_numbered_requests_on_lines_or_run_on():
    assert numbered_requests("1. How many? 2. Which ones? 3) Since when?") == [
        "1. How many?",
        "2. Which ones?",
        "3) Since when?",
    ]
    assert numbered_requests("About 2. items") is None
    assert numbered_requests("1. Only one question?") is None
