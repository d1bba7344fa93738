"""A question the trust cannot answer yet, answered by a pointer to a part of the
letter by its title ("see ‘Details we still need’ below"); that part, after the last
answer, asks the requester the trust's own numbered questions and is in no item
(parsers.foi.pointed_parts). A heading an answer names that stands over a table, or
before further questions, ends nothing.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.pointed_parts import pointed_part_start
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, read

TITLE = "Details we still need"
POINTER = f"We cannot answer this part yet; see ‘{TITLE}’ below."
QA = [
    ("How many patients used the minor injuries unit in May?", "The unit saw 1,208 patients."),
    ("Please send me everything about the car park plans.", POINTER),
    ("How many bicycles are parked on site each day?", "About 60 bicycles, by our last count."),
]


def _letter(bold_title: bool) -> list:
    blocks = [
        H("Buttermere Dale NHS Trust"),
        P("Our ref: BD 5510"),
        P("Date: 17 November 2025"),
        P("Dear Requester"),
        P("We received your request on 20 October 2025 and answer most of it below."),
    ]
    for n, (question, answer) in enumerate(QA, 1):
        blocks += [P(f"{n}. {question}"), P(answer)]
    blocks += [P(f"**{TITLE}**") if bold_title else H(TITLE)]
    blocks += [
        P("So that we can answer question 2, please tell us:"),
        P("a. which site's car park you mean;"),
        P("b. which years the plans should cover."),
        P("The time for our reply starts again when your answer arrives."),
    ]
    return [*blocks, *SIGN_OFF]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("bold_title", [False, True])
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_part_an_answer_points_to_is_in_no_item(fmt, bold_title, model):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(bold_title), fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(str(n), q, a) for n, (q, a) in enumerate(QA, 1)]


def _units(*texts: str, heading: str = TITLE) -> list[_Unit]:
    return [_Unit(t, style="heading" if t == heading else None) for t in texts]


def test_a_named_heading_before_more_questions_ends_nothing():
    units = _units(
        "1. How many wards are there?",
        f"There are 30; see ‘{TITLE}’ below.",
        TITLE,
        "Ward counts by site follow.",
        "2. How many beds are there?",
        "There are 812 beds.",
    )
    assert pointed_part_start(units) is None


def test_a_heading_no_answer_names_ends_nothing_here():
    units = _units(
        "1. How many wards are there?",
        "There are 30.",
        TITLE,
        "a. first note;",
    )
    assert pointed_part_start(units) is None
    pointed = [units[0], _Unit(f"There are 30; see ‘{TITLE}’."), *units[2:]]
    assert pointed_part_start(pointed) == 2
