"""A reissued response marks the answer it corrects with a tag, on a line of its own
("Revised answer:") or opening the answer ("[Updated] …"): the tag is in neither the
question nor the answer (parsers.foi.revision_tags). The reissued letter's heading
("REVISED RESPONSE") is no tag, and a tag on every answer is the house's answer
marker, left to the marker grammar.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.revision_tags import without_revision_tags
from parsers.foi.units import _starts_unit, _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, read

QA = [
    (
        "How many community beds does the Trust commission?",
        "The Trust commissions 64 community beds.",
    ),
    ("How many of them are in nursing homes?", "Twenty-two of them are in nursing homes."),
    ("What did the Trust spend on them in 2024/25?", "The Trust spent £2.9 million on them."),
]
TAGS = ("Revised answer:", "[Updated]")


def _letter(v: int, corrected: int) -> list:
    blocks = [
        P("**REVISED RESPONSE**"),
        H("Eskdale Green NHS Trust"),
        P("Our ref: EG-FOI-6114"),
        P("Date: 3 November 2025"),
        P("Dear Requester"),
        P(
            "This letter takes the place of our reply of 14 October 2025, whose answer to "
            f"question {corrected} was wrong. The corrected answer is marked below."
        ),
    ]
    for n, (question, answer) in enumerate(QA, 1):
        blocks.append(P(f"**{n}. {question}**"))
        if n == corrected and v == 0:
            blocks += [P(f"**{TAGS[0]}**"), P(answer)]
        elif n == corrected:
            blocks.append(P(f"{TAGS[1]} {answer}"))
        else:
            blocks.append(P(answer))
    return blocks + SIGN_OFF


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("v", [0, 1])
@pytest.mark.parametrize("corrected", [1, 3])
def test_the_revision_tag_is_in_no_item(fmt, model, v, corrected):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(v, corrected), fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(str(n), q, a) for n, (q, a) in enumerate(QA, 1)]


def _texts(lines: list[str]) -> list[str]:
    return [u.text for u in without_revision_tags([_Unit(t) for t in lines])]


def test_a_heading_or_a_tag_on_every_answer_is_no_correction():
    heading = ["AMENDED RESPONSE", "1. How many?", "Four.", "2. Where?", "Leeds."]
    assert _texts(heading) == heading
    every = ["1. How many?", "Updated answer: Four.", "2. Where?", "Updated answer: Leeds."]
    assert _texts(every) == every
    one = ["1. How many?", "(Corrected) Four.", "2. Where?", "Leeds.", "3. When?", "May."]
    assert _texts(one) == ["1. How many?", "Four.", "2. Where?", "Leeds.", "3. When?", "May."]


def test_a_wrapped_line_naming_a_question_opens_none():
    # the opening's line breaks before "question 2": the sentence goes on, no label
    blocks = _letter(0, 2)
    blocks[5] = P(
        "This letter takes the place of our reply of 14 October 2025. Our answer to\n"
        "question 2 held a wrong figure and is corrected below."
    )
    with using_labeller(None):
        foi = read(blocks, "pdf")
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(str(n), q, a) for n, (q, a) in enumerate(QA, 1)]
    assert not _starts_unit("question 2 held a wrong figure")
    assert _starts_unit("Question 2 How many beds?") and _starts_unit("question 2: how many?")
