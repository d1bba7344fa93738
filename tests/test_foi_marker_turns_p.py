"""Two terms repeated per question as a definition list's terms (since set P's
learning, parsers.foi.marker_pairs): the request's term standing alone over the
question and the reply's over the answer, both words the markers' grammar knows, or
both carrying the question's number. Read as the turns of a marker pair: a bare
request marker inside the answer before it starts the next question, and a reply's
number is its question's, not a run-in answer; the trust's name over the letterhead
and under the signature frames the letter and takes no turn. Every letter is made up
(a fictional trust, its own questions and figures), read from DOCX, PDF and HTML."""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import DL, H, P
from parsers.foi.labeller import default_labeller, using_labeller
from parsers.foi.marker_pairs import _Head, alternating_pair
from tests.foi_styled import read_styled
from tests.test_foi_styles import FORMATS, pairs

TRUST = "Saltmarsh Bay Community NHS Trust"
ASKED = [
    (
        "How many community beds did the Trust commission in March 2025?",
        "The Trust commissioned 212 community beds in March 2025.",
    ),
    (
        "Please give the number of district nursing visits made in 2024/25.",
        "District nurses made 318,460 visits in 2024/25.",
    ),
    (
        "Does the Trust run a falls prevention service for care homes?",
        "Yes. A falls prevention team visits each of the 41 care homes in the area.",
    ),
]


def letter(ask: str, reply: str) -> list:
    terms = []
    for n, (q, a) in enumerate(ASKED, 1):
        terms += [(ask.format(n=n), q), (reply.format(n=n), a)]
    return [
        H(TRUST),
        P("Harbour Road, Saltmarsh SB7 2HR"),
        P("Our ref: SB-FOI-25-0903"),
        P("Date: 22 April 2025"),
        P("Dear Enquirer"),
        P("Thank you for your e-mail of 27 March 2025. The Trust's answers are below."),
        DL(terms),
        P(
            "If you are unhappy with this response you may ask for an internal review, and "
            "then complain to the Information Commissioner."
        ),
        P("Yours faithfully"),
        P("Records and Information Team"),
        P(TRUST),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("ask", "reply", "numbered"),
    [("The request", "The Trust's reply", False), ("Query {n}", "Reply {n}", True)],
)
@pytest.mark.parametrize("labelled", [False, True])
def test_definition_list_terms_are_marker_turns(fmt, ask, reply, numbered, labelled):
    with using_labeller(default_labeller() if labelled else None):
        foi = read_styled(letter(ask, reply), fmt, title=TRUST)
    want = [(str(n) if numbered else None, q, a) for n, (q, a) in enumerate(ASKED, 1)]
    assert pairs(foi) == want


def heads(keys: list[str]) -> list[_Head]:
    return [_Head(k, key, None, "") for k, key in enumerate(keys)]


def test_a_label_framing_the_turns_takes_none():
    framed = ["trust", "ask", "reply", "ask", "reply", "trust"]
    assert alternating_pair(heads(framed)) == ("ask", "reply")
    # a label standing between the turns is one of them: no pair
    assert alternating_pair(heads(["trust", "ask", "reply", "trust", "ask", "reply"])) is None
