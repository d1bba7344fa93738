"""A question/answer table printing a question's lettered parts as rows of their own:
the parent's row, with no response, is the parts' stem and in no item
(parsers.foi.stem_rows, since set Z). Every letter is made up and built in code."""

from __future__ import annotations

import pytest

from parsers.foi.labeller import using_labeller
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, read

ROWS = [
    ["Ref", "What you asked", "Our answer"],
    ["1", "How many school nurses does the Trust employ?", "The Trust employs 41."],
    ["2", "On immunisation sessions in schools:", ""],
    ["2(a)", "How many sessions were held in 2023?", "There were 530 sessions."],
    ["2(b)", "How many were cancelled?", "Twelve were cancelled."],
    ["3", "Is there a waiting list for hearing tests?", "No, there is none."],
]


def _letter(rows: list[list[str]]) -> list:
    return [
        H("Wendlebury Marsh Community NHS Trust"),
        P("Reference: WMC/FOI/3309"),
        P("Date: 2 December 2024"),
        P("Dear Mr Lindqvist,"),
        P("We received your request on 4 November 2024. Our answers are below."),
        T(rows),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_stem_row_without_a_response_is_in_no_item(fmt):
    with using_labeller(None):
        foi = read(_letter(ROWS), fmt)
    assert [q.label for q in foi.items] == ["1", "2a", "2b", "3"]
    assert foi.items[1].answer == "There were 530 sessions."


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_unanswered_row_not_followed_by_its_parts_stays_an_item(fmt):
    rows = [r if r[0] != "2(a)" else ["4", r[1], r[2]] for r in ROWS if r[0] != "2(b)"]
    rows = [r for r in rows if r[0] != "3"]
    with using_labeller(None):
        foi = read(_letter(rows), fmt)
    assert [q.label for q in foi.items] == ["1", "2", "4"]
