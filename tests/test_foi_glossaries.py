"""The end of the last answer where the letter's closing opens on its re-use terms, the
licence named with its version ("… Open Government Licence v3.0."), and where a
glossary of the abbreviations the answers used stands between the answers and the
closing, under a lead line ending in a colon or a heading (parsers.foi.tail reads a
licence's version as no figure of an answer's; parsers.foi.glossaries).

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.glossaries import glossary_start
from parsers.foi.labeller import using_labeller
from parsers.foi.tail import closing_prose
from parsers.foi.units import _Unit
from tests.foi_letters import H, P
from tests.test_foi_styles import FORMATS, norm, read

QA = [
    (
        "How many MRI scans did the Trust carry out in 2024?",
        ["The Trust carried out 9,412 MRI scans."],
    ),
    (
        "How many HCA posts were vacant on 1 April 2025?",
        [
            "(We have counted posts on the funded establishment only.)",
            "There were 37 vacant HCA posts on 1 April 2025.",
            "Most of these sit in the surgical division.",
        ],
    ),
]
CLOSING = [
    P("You may re-use this information under the Open Government Licence v3.0."),
    P("Should you want a review of this reply, write to us within 40 working days."),
    P("You may then complain to the Information Commissioner at www.ico.org.uk."),
    P("Kind regards"),
    P("Access to Information Team"),
]


def _letter(glossary: list) -> list:
    blocks = [
        H("Langdale Pikes NHS Trust"),
        P("Our ref: LP/4471"),
        P("Date: 14 May 2025"),
        P("Dear Requester"),
        P("We received your request on 16 April 2025. Our answers follow."),
    ]
    for n, (question, answer) in enumerate(QA, 1):
        blocks += [P(f"{n}. {question}"), *(P(a) for a in answer)]
    return [*blocks, *glossary, *CLOSING]


GLOSSARIES = {
    "none": [],
    "lead line": [P("Short forms in our answers:"), P("HCA: healthcare assistant")],
    "heading": [H("Terms"), P("MRI = magnetic resonance imaging"), P("HCA = healthcare assistant")],
}


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("glossary", list(GLOSSARIES))
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_last_answer_ends_before_the_glossary_and_the_closing(fmt, glossary, model):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(GLOSSARIES[glossary]), fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(str(n), q, " ".join(a)) for n, (q, a) in enumerate(QA, 1)]


def test_a_licence_version_is_no_figure_of_an_answer():
    assert closing_prose("You may re-use this information under the Open Government Licence v3.0.")
    assert not closing_prose("You may park there for 3 hours.")


def _units(*texts: str) -> list[_Unit]:
    return [_Unit(t) for t in texts]


def test_definition_lines_of_abbreviations_the_letter_does_not_use_are_no_glossary():
    used = _units(
        "1. How many ICU beds are there?",
        "There are 18 ICU beds.",
        "Terms:",
        "ICU: intensive care unit",
    )
    assert glossary_start(used, None) == 2
    unused = _units(
        "1. How many beds are there?", "There are 18.", "Terms:", "ICU: intensive care unit"
    )
    assert glossary_start(unused, None) is None
    # a figure in the meaning makes it an answer's line ("ICU: 18 beds")
    figures = _units("1. How many ICU beds are there?", "By unit:", "ICU: 18 beds", "HDU: 6 beds")
    assert glossary_start(figures, None) is None
