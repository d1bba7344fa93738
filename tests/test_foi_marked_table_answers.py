"""A letter marking its answers ("Reply: …") whose one answer is a table standing
straight after its question, unmarked, before the next labelled question: the table
is that question's answer (parsers.foi.segment, since set Z). Every letter is made up
and built in code."""

from __future__ import annotations

import pytest

from parsers.foi.labeller import default_labeller, using_labeller
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, read


def _letter() -> list:
    return [
        H("Cresswell Downs Mental Health NHS Trust"),
        P("Reference: CDMH-2024-0415"),
        P("Date: 8 July 2024"),
        P("Dear Dr Haldane,"),
        P("We received your request on 10 June 2024. Our replies follow each question."),
        P("1. How many inpatient beds does the Trust have for older adults?"),
        P("Reply: The Trust has 64 such beds."),
        P("2. How many out-of-area placements were made in each of the last two years?"),
        T([["Year", "Placements"], ["2022/23", "37"], ["2023/24", "29"]]),
        P("3. Does the Trust employ peer support workers?"),
        P("Reply: Yes, 22 peer support workers are employed."),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("labeller", [None, "shipped"])
def test_an_unmarked_table_after_a_question_answers_it(labeller, fmt):
    with using_labeller(default_labeller() if labeller else None):
        foi = read(_letter(), fmt)
    assert [q.label for q in foi.items] == ["1", "2", "3"]
    assert "2023/24" in foi.items[1].answer and "29" in foi.items[1].answer
    assert foi.items[2].answer == "Yes, 22 peer support workers are employed."
