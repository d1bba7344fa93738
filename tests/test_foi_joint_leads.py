"""Two consecutive numbered questions printed one after the other, then a short line
naming exactly their numbers, then one reply: the reply answers both and the line is
in neither answer (parsers.foi.joint_leads). Read by the line's place (straight after
the run of questions) and the numbers it names, not by its words.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.joint_leads import joint_lead_indices, without_joint_leads
from parsers.foi.labeller import using_labeller
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, B, H, P
from tests.test_foi_styles import FORMATS, pairs, read

HEAD = [
    H("Ollerton Beck NHS Trust"),
    P("Our reference: OBT/2291/25"),
    P("Date: 9 June 2025"),
    P("Dear Enquirer"),
]
SHARED = "Car parking income is recorded as one sum for all sites; it was £88,410 last year."


def _letter(lead) -> list:
    return [
        *HEAD,
        P("1. How many bicycle stands does the Trust provide at its main site?"),
        P("There are 64 stands, 40 of them covered."),
        P("2. What did the Trust earn from staff car parking last year?"),
        P("3. What did the Trust earn from visitor car parking last year?"),
        lead,
        P(SHARED),
        P("4. Does the Trust run a shuttle bus between its sites?"),
        P("Yes, every thirty minutes on weekdays."),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lead", [P("Reply to items 2 and 3:"), B("Items 2-3 – one reply")])
def test_a_lead_naming_the_run_above_shares_its_reply(fmt, model, lead):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(lead), fmt)
    got = pairs(foi)
    assert [lab for lab, _, _ in got] == ["1", "2", "3", "4"]
    assert got[1][2] == SHARED and got[2][2] == SHARED
    assert got[0][2] == "There are 64 stands, 40 of them covered."
    assert got[3][2] == "Yes, every thirty minutes on weekdays."


def test_a_lead_must_name_exactly_the_run_just_above():
    units = [
        _Unit("1. How many wards are there?"),
        _Unit("2. How many beds are there?"),
        _Unit("Reply to items 1 and 2:"),
        _Unit("Twelve wards and 300 beds."),
    ]
    assert joint_lead_indices(units) == {2}
    # a line naming other numbers than the run above it is left alone
    other = [*units[:2], _Unit("Reply to items 3 and 4:"), units[3]]
    assert joint_lead_indices(other) == set()
    # as is one after an answered question (no run of two)
    answered = [units[0], _Unit("Twelve."), units[1], units[2], units[3]]
    assert joint_lead_indices(answered) == set()


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("joint", ["Questions 2 and 3: ", "Points 2-3 – "])
def test_a_lead_run_into_its_reply_shares_the_reply(fmt, model, joint):
    """The lead's words go, the reply run into it stays, for both questions."""
    letter = [u for u in _letter(P(joint + SHARED)) if u.text != SHARED]
    with using_labeller(None) if model == "rules only" else nullcontext():
        got = pairs(read(letter, fmt))
    assert [lab for lab, _, _ in got] == ["1", "2", "3", "4"]
    assert got[1][2] == SHARED and got[2][2] == SHARED
    assert got[3][2] == "Yes, every thirty minutes on weekdays."


def test_a_run_in_lead_keeps_its_reply_only_after_the_run_it_names():
    units = [
        _Unit("1. How many wards are there?"),
        _Unit("2. How many beds are there?"),
        _Unit("Questions 1 and 2: twelve wards and 300 beds."),
    ]
    assert without_joint_leads(units)[-1].text == "twelve wards and 300 beds."
    answered = [units[0], _Unit("Twelve."), *units[1:]]
    assert without_joint_leads(answered) == answered
