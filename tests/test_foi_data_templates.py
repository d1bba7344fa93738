"""A requester's data template returned filled in: "Ref | Data item | Guidance | Trust
response", the item column headed in the requester's own words, a row an item. The
ref cell is the label ("B2"), the item cell the question, the last column the answer;
the requester's notes between them are in no item (parsers.foi.qa_tables). A table of
figures whose last column only begins with an answer's word ("Response time") is no
template.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, norm, read

ROWS = [
    ("B1", "Podiatrists in post", "Headcount at 30 June 2025", "17 podiatrists."),
    ("B2", "Clinics run each week", "Count community clinics only", "42 clinics a week."),
    (
        "B3",
        "Cost of orthotic supplies",
        "Financial year 2024/25",
        "Withheld under section 43(2) while the supply contract is retendered.",
    ),
]
HEADS = ("Ref", "Measure", "How to count", "Trust response")


def _letter(rows: list[list[str]]) -> list:
    return [
        H("Ennerdale Water NHS Trust"),
        P("Our ref: EW-FOI-5017"),
        P("Date: 2 December 2025"),
        P("Dear Requester"),
        P("Your spreadsheet is returned below with our figures in its last column."),
        T(rows),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_template_rows_are_the_items(fmt, model):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter([list(HEADS), *(list(r) for r in ROWS)]), fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(ref, item, answer) for ref, item, _, answer in ROWS]
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "43(2)")]


def test_a_table_of_response_times_is_no_template():
    figures = [
        ["No.", "Station", "Calls", "Response time"],
        ["1", "Keswick", "412", "9 minutes"],
        ["2", "Cockermouth", "388", "11 minutes"],
    ]
    foi = read(_letter(figures), "docx")
    assert all(norm(it.question) not in ("Keswick", "Cockermouth") for it in foi.items)
