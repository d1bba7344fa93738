"""Question numbers printed alone on a line of their own, over their questions
(parsers.foi.number_lines, since set X's learning): the number is the label of the
question beneath it. A made-up letter (a fictional trust, its own questions), read
from DOCX, PDF and HTML, by the rules alone and with the block labeller."""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import H, P
from parsers.foi.labeller import default_labeller, using_labeller
from parsers.foi.number_lines import numbers_alone_joined
from parsers.foi.units import _Unit
from tests.foi_styled import read_styled
from tests.test_foi_styles import FORMATS, pairs

TRUST = "Hollin Bank Community NHS Trust"
ASKED = [
    (
        "Which car parks at the Trust's sites charge visitors overnight?",
        ["Only the multi-storey car park at Hollin Bank charges overnight.", "It is £4."],
    ),
    (
        "Please list the languages the Trust's patient leaflets are printed in.",
        ["Leaflets are printed in English, Polish, Urdu and Romanian."],
    ),
    (
        "How many hospital library loans were made to staff in 2024?",
        ["The library made 2,318 loans to staff in 2024."],
    ),
]


def letter(number: str) -> tuple[list, list]:
    body, want = [], []
    for n, (q, a) in enumerate(ASKED, 1):
        body += [P(number.format(n=n), "bold"), P(q, "bold"), *(P(x) for x in a)]
        want.append((str(n), q, " ".join(a)))
    head = [
        H(TRUST),
        P("Our reference: HB-IG-1190"),
        P("Date: 3 June 2025"),
        P("Dear Enquirer"),
        P("Thank you for your email about our services."),
    ]
    return [*head, *body, P("Yours faithfully"), P("Records Manager")], want


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("number", ["{n}.", "{n}", "({n})"])
@pytest.mark.parametrize("labelled", [False, True])
def test_number_alone_labels_the_question_beneath(fmt, number, labelled):
    blocks, want = letter(number)
    with using_labeller(default_labeller() if labelled else None):
        foi = read_styled(blocks, fmt, title=TRUST)
    assert pairs(foi) == want


def unit(text: str) -> _Unit:
    return _Unit(text, None, lines=[text])


def test_a_lone_figure_in_an_answer_is_no_question_number():
    units = [unit("1. How many beds?"), unit("12"), unit("Beds were open all year.")]
    assert numbers_alone_joined(units) == units


def test_numbers_out_of_sequence_are_left_alone():
    units = [unit("2."), unit("How many beds?"), unit("7."), unit("How many cots?")]
    assert numbers_alone_joined(units) == units
