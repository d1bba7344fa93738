"""A closing that opens with the re-use terms in the passive, addressed to no one
("Any information we have released may be reused under …"), is the closing, read by
the rules alone (parsers.foi.tail: the letter speaking of what it supplies as of
itself), as is a "Please quote <reference> if you …" line above it (a case reference
is no figure of an answer) and a page footer of fields parted by '|' after the
signature (each field a signature or web-address line). An answer's sentence about
information supplied *by* someone else stays the answer's. Every letter is made up,
in DOCX, PDF and HTML."""

from __future__ import annotations

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.tail import closing_prose, has_own_figures, signature_line
from tests.foi_letters import H, P
from tests.test_foi_styles import FORMATS, norm, read

QA = [
    (
        "How many hospital porters were employed on 1 April 2025?",
        ["There were 87 porters on that day, 12 of them on night shifts."],
    ),
    (
        "Please send me the tender scores for the Trust's new catering contract.",
        [
            "The contract was awarded to the highest-scoring of four bidders in January 2025.",
            "The scoring detail supplied by the bidders was given to the Trust in confidence, "
            "and it is withheld under section 41(1).",
        ],
    ),
]
REUSE = (
    "Any information we have released may be reused under the Open Government Licence, "
    "except where a third party owns the copyright in it."
)
QUOTE = "Please quote BR-FOI/25/0917 if you contact us again about this request."
REVIEW = (
    "A request for an internal review of this decision should be made within two months "
    "of the date of this reply."
)
FOOTER = "Chair: Ingrid Solberg-Amadi | Chief Executive: Patrick Oduya | www.bramblerise.nhs.uk"


def _letter(quote: bool, footer: bool) -> list:
    blocks = [
        H("Bramble Rise NHS Trust"),
        P("Date: 3 June 2025"),
        P("Dear Requester"),
        P("We received your request on 6 May 2025. Our answers follow."),
    ]
    for n, (asked, said) in enumerate(QA, 1):
        blocks += [P(f"{n}. {asked}"), *(P(a) for a in said)]
    blocks += [P(QUOTE)] if quote else []
    blocks += [P(REUSE), P(REVIEW), P("Yours faithfully"), P("Odile Ferreira-Banks")]
    blocks += [P("Information Access Lead"), P("Bramble Rise NHS Trust")]
    return blocks + ([P(FOOTER)] if footer else [])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("quote", "footer"), [(False, False), (True, False), (False, True)])
def test_the_last_answer_stops_before_passive_reuse_terms(fmt, quote, footer):
    with using_labeller(None):
        foi = read(_letter(quote, footer), fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(str(n), q, " ".join(a)) for n, (q, a) in enumerate(QA, 1)]


def test_the_grammar_of_a_closing_about_what_the_reply_supplies():
    assert closing_prose(REUSE)
    assert closing_prose("The data supplied to you may be reproduced under the licence.")
    assert not closing_prose("The information provided by the supplier was in confidence.")
    assert not has_own_figures(QUOTE) and has_own_figures("We spent £4,120 in 2024/25.")
    assert signature_line(FOOTER)
    assert not signature_line("Opening hours: 9am | Monday to Friday | closed on bank holidays")
