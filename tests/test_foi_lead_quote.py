"""A letter answering one request quoted at the end of its opening paragraph
(parsers.foi.lead_quote, since set X's learning): the quoted words are the question,
the paragraphs after them (less a heading over the reply) the answer. A made-up
letter, read from DOCX, PDF and HTML, by the rules and with the block labeller."""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import H, P
from parsers.foi.labeller import default_labeller, using_labeller
from parsers.foi.lead_quote import tail_quote
from tests.foi_styled import read_styled
from tests.test_foi_styles import FORMATS, pairs

TRUST = "Marsden Heath NHS Foundation Trust"
ASK = "Could you send me the number of hospital chaplains the Trust employs?"
ANSWER = [
    "The Trust employs four chaplains, three of them part time.",
    "Volunteers from local faith groups support the service at weekends.",
]


def letter(heading: bool, mark: str) -> list:
    quote = f"{mark[0]}{ASK}{mark[1]}"
    return [
        H(TRUST),
        P("Ref: MH 25/311"),
        P("Date: 9 July 2025"),
        P("Dear Ms Example"),
        P(f"Your email of 1 July 2025 put the following to the Trust: {quote}"),
        *([H("Reply")] if heading else []),
        *(P(x) for x in ANSWER),
        P("Yours sincerely"),
        P("Head of Governance"),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("heading", "mark"), [(False, "“”"), (True, '""')])
@pytest.mark.parametrize("labelled", [False, True])
def test_the_quoted_request_is_the_question(fmt, heading, mark, labelled):
    with using_labeller(default_labeller() if labelled else None):
        foi = read_styled(letter(heading, mark), fmt, title=TRUST)
    assert pairs(foi) == [(None, ASK, " ".join(ANSWER))]


def test_a_quotation_that_does_not_ask_is_no_request():
    assert tail_quote("The policy says: “Staff must wear badges at all times.”") is None
    assert tail_quote(f"You wrote: “{ASK}”") == ASK
