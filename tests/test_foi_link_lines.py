"""Answers ending with a web address on a line of its own: the address is the answer's
last part, also for the last answer, where the block labeller may take the address
(contact detail) for the start of the letter's closing (parsers.foi.link_lines). Read
by layout (an address alone on its line, straight after the answer's paragraph), not
by the address.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.link_lines import address_line, past_link_lines
from parsers.foi.segment import _Q
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read

SITE = "https://www.gaddesdenvale.nhs.uk"
HEAD = [
    H("Gaddesden Vale NHS Trust"),
    P("Our reference: GVT/FOI/3306"),
    P("Date: 3 October 2025"),
    P("Dear Enquirer"),
    P("We received your request on 8 September 2025. Our answers are below."),
]
ITEMS = [
    (
        "How many hospital volunteers did the Trust have in August 2025?",
        ["There were 412 registered volunteers in August 2025."],
        "/get-involved/volunteering",
    ),
    (
        "What is the Trust's policy on staff wearing jewellery on wards?",
        ["Staff may wear one plain band ring and no wrist jewellery in clinical areas."],
        "/policies/dress-code",
    ),
    (
        "How much did the Trust spend on bank holiday enhancements in 2024/25?",
        [
            "Bank holiday enhancements cost the Trust £1,206,330 in 2024/25.",
            "This covers substantive and bank staff.",
        ],
        "/about-us/annual-accounts",
    ),
]


def _letter(site: str = SITE) -> list:
    body = []
    for n, (q, answer, path) in enumerate(ITEMS, 1):
        body += [P(f"{n}. {q}"), *(P(a) for a in answer), P(site + path)]
    return [*HEAD, *body, *SIGN_OFF]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("site", [SITE, "www.gaddesdenvale.nhs.uk"])
def test_an_address_line_ends_each_answer(fmt, model, site):
    with using_labeller(None) if model == "rules only" else nullcontext():
        got = pairs(read(_letter(site), fmt))
    assert [lab for lab, _, _ in got] == ["1", "2", "3"]
    for (_, q, a), (question, answer, path) in zip(got, ITEMS, strict=True):
        assert q == question
        assert a == " ".join([*answer, site + path])


def test_an_address_line_is_the_address_alone():
    assert address_line("https://www.gaddesdenvale.nhs.uk/policies/dress-code")
    assert address_line("www.gaddesdenvale.nhs.uk/policies.")
    assert address_line("gaddesdenvale.nhs.uk/policies/dress-code")
    assert not address_line("See https://www.gaddesdenvale.nhs.uk/policies for more.")
    assert not address_line("Our answers are below.")


def test_the_stop_moves_only_past_the_last_answers_address_lines():
    units = [
        _Unit("1. How many volunteers?"),
        _Unit("There were 412."),
        _Unit(SITE + "/volunteering"),
        _Unit(SITE + "/volunteering/roles"),
        _Unit("Yours sincerely"),
    ]
    q = _Q(label="1", heading=None, parts=[units[0].text])
    q.answer = [u.text for u in units[1:4]]
    assert past_link_lines(units, [q], 2) == 4
    # an address the rules left out of the last answer stays where the stop put it
    q.answer = [units[1].text]
    assert past_link_lines(units, [q], 2) == 2
    # nor does a stop move that is not on an address line
    assert past_link_lines(units, [q], 4) == 4
