"""A short line ending in a colon that opens an answer is either a credit naming the
unit that supplied the answer ("Occupational Health confirm:"), which is no part of
the answer, or a lead-in in the writers' own voice or bidding the reader ("Kindly
note:", "We add:"), which is the answer's own text (parsers.foi.credits). The two
are told apart by the line's subject, not by its words.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.credits import is_credit_line, run_in_credit, without_credit
from parsers.foi.labeller import using_labeller
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read

HEAD = [
    H("Yarnfield Heath NHS Foundation Trust"),
    P("Our reference: YHT-0772-25"),
    P("Date: 2 July 2025"),
    P("Dear Enquirer"),
]


@pytest.mark.parametrize(
    "line",
    ["Kindly note:", "Please note:", "We add:", "The Trust has stated:", "It is noted:"],
)
def test_the_writers_own_lead_in_is_no_credit(line):
    assert not is_credit_line(line)
    assert without_credit([line, "The ward reopened in May."]) == [
        line,
        "The ward reopened in May.",
    ]


@pytest.mark.parametrize(
    "line", ["Occupational Health confirm:", "The Trust's Estates team advise:"]
)
def test_a_unit_named_as_the_subject_is_a_credit(line):
    assert is_credit_line(line)
    assert without_credit([line, "Yes."]) == ["Yes."]


def test_a_run_in_lead_in_stays_with_its_text():
    assert run_in_credit("Kindly note: the survey closed early.") is None
    assert run_in_credit("Occupational Health confirm: 212 staff.") == "212 staff."


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lead_in_stays_in_the_answer_and_a_credit_goes(fmt, model):
    blocks = [
        *HEAD,
        P("1. Does the Trust offer staff a cycle to work scheme?"),
        P("Kindly note:"),
        P("The scheme was paused in April 2025 while a new provider is chosen."),
        P("2. How many staff had a flu vaccination last winter?"),
        P("Occupational Health confirm:"),
        P("In total 3,118 staff were vaccinated between October and February."),
        *SIGN_OFF,
    ]
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(blocks, fmt)
    assert pairs(foi) == [
        (
            "1",
            "Does the Trust offer staff a cycle to work scheme?",
            "Kindly note: The scheme was paused in April 2025 while a new provider is chosen.",
        ),
        (
            "2",
            "How many staff had a flu vaccination last winter?",
            "In total 3,118 staff were vaccinated between October and February.",
        ),
    ]


@pytest.mark.parametrize(
    "line", ["The Catering Standards Policy says:", "Estates Strategy states:"]
)
def test_a_lead_in_before_a_quoted_extract_is_no_credit(line):
    extract = "“Hot meals are served between twelve and one on every ward.”"
    assert without_credit([line, extract]) == [line, extract]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_policy_extract_keeps_its_lead_in(fmt, model):
    extract = "“Hot meals are served between twelve and one on every ward.”"
    blocks = [
        *HEAD,
        P("1. When are hot meals served to inpatients?"),
        P("The Catering Standards Policy says:"),
        P(extract),
        P("2. How many staff had a flu vaccination last winter?"),
        P("Occupational Health confirm:"),
        P("In total 3,118 staff were vaccinated between October and February."),
        *SIGN_OFF,
    ]
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(blocks, fmt)
    assert pairs(foi)[0][2] == f"The Catering Standards Policy says: {extract}"
    assert pairs(foi)[1][2].startswith("In total 3,118")
