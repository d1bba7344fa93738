"""Survey-style codes: questions coded "D1", "D2", "E1" under lettered section
headings, the answer beneath each. The code is the label as printed, the section
heading is in no item, and "D1." is not read as an answer mark (parsers.foi.section_codes).

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.section_codes import section_code
from tests.foi_letters import SIGN_OFF, B, H, P
from tests.test_foi_styles import FORMATS, pairs, read

HEAD = [
    H("Farndale Moor NHS Trust"),
    P("Our reference: FM-0418-25"),
    P("Date: 3 April 2025"),
    P("Dear Enquirer"),
]
QA = [
    ("A1", "How many libraries does the Trust run for staff?", "Two, one at each hospital."),
    ("A2", "What are the libraries' opening hours?", "Eight until six on weekdays."),
    ("B1", "How many e-books does the Trust license?", "About 4,100 titles."),
    ("B2", "What did the e-book licences cost last year?", "£21,600 in total."),
    ("C1", "Does the Trust employ a clinical librarian?", "Yes, one full-time post."),
]


def _letter(heading, punct: str) -> list:
    blocks = [*HEAD]
    for letter, title in zip("ABC", ("Buildings", "Collections", "Staff"), strict=True):
        blocks.append(heading(letter, title))
        for code, q, a in QA:
            if code[0] == letter:
                blocks += [P(f"{code}{punct} {q}"), P(a)]
    return [*blocks, *SIGN_OFF]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("heading", "punct"),
    [
        (lambda letter, title: B(f"Part {letter}: {title}"), "."),
        (lambda letter, title: H(f"{letter}. {title}"), ""),
    ],
)
def test_coded_questions_under_section_headings(fmt, model, heading, punct):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(heading, punct), fmt)
    assert pairs(foi) == [(code, q, a) for code, q, a in QA]


def test_a_code_only_before_asking():
    assert section_code("B2. What did the licences cost?") == (
        "B2",
        2,
        "What did the licences cost?",
    )
    assert section_code("A1 road works closed the entrance for a week.") is None
    assert section_code("Q1 How many?") is not None  # (a "Q" label is read before this)
