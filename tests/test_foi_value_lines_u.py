"""FOI structure learned from held-out set U's first sight: requested items answered as
unnumbered 'item: value' lines under one introductory sentence
(parsers.foi.value_lines), read as a structure rather than set U's phrases, in a
made-up letter in wordings of its own, from DOCX, PDF and HTML, by the rules alone and
with the shipped labeller (tests/foi_u_shapes_letters.py)."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import B, P
from parsers.foi.value_lines import value_line, value_line_items
from tests.foi_p_structures import MODELS, unit
from tests.foi_u_shapes_letters import FORMATS, pairs, read_letter

# ---------------------------------------------------------------- value lines

VALUES = [
    ("Number of dialysis stations", "26"),
    ("Supplier of the Trust's pathology system", "Halden Diagnostics"),
    ("Date of the last fire risk assessment", "14 May 2024"),
    ("Annual value of the security contract", "Withheld under section 43(2)"),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("bulleted", [False, True])
def test_requested_items_answered_as_value_lines(bulleted, model, fmt):
    lines = [f"{name}: {value}" for name, value in VALUES]
    blocks = [P("The details you asked for are given below.")]
    blocks += [B(x) for x in lines] if bulleted else [P(x) for x in lines]
    foi = read_letter(blocks, fmt, model)
    assert pairs(foi) == [(None, name, value) for name, value in VALUES]
    assert {(e.law, e.section) for e in foi.exemptions} == {("FOIA", "43(2)")}


def test_value_lines_need_a_run_after_a_sentence():
    assert value_line("Number of dialysis stations: 26") == ("Number of dialysis stations", "26")
    assert value_line("1. Number of dialysis stations: 26") is None  # a numbered question
    assert value_line("It was, as you say: a long wait") is None  # prose before the colon
    lines = ["Number of cots: 8", "Number of beds: 40", "Number of lifts: 5"]
    intro = unit("We list the figures below.")
    assert len(value_line_items([intro, *(unit(x) for x in lines)])) == 3
    # two fields in a letter's heading are no list answered
    heading = [unit("Our ref: AB/12"), unit("Date: 3 May 2025"), unit("Dear Sir")]
    assert value_line_items(heading) == []
    # nor are lines with no sentence of the letter's own before them
    assert value_line_items([unit("Ferndown Reach"), *(unit(x) for x in lines)]) == []
