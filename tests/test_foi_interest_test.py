"""An FOI structure learned from held-out set P's first sight, read as a structure rather
than set P's phrases: a public interest test (the two sides under parallel run-in leads,
the balance) after an answer that cites an exemption, which is no part of the answer
(parsers.foi.interest_test).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import pytest

from parsers.foi.interest_test import parallel_leads, without_interest_tests
from tests.foi_letters import SIGN_OFF, P
from tests.foi_p_structures import HEAD, MODELS, model_context, unit
from tests.test_foi_styles import FORMATS, pairs, read


def test_parallel_leads_share_a_first_or_last_word():
    assert parallel_leads("Arguments for release: it helps.", "Arguments against release: no.")
    assert parallel_leads("For disclosure: openness.", "Against disclosure: harm.")
    assert not parallel_leads("Cost: £12,000.", "Supplier: Brackenfield Ltd.")
    # notes on two sections are no two sides of a test
    assert not parallel_leads("About section 31: it protects.", "About section 38: it guards.")


def test_a_test_after_an_answer_without_an_exemption_is_kept():
    units = [
        unit("1. What does the Trust pay its porters?"),
        unit("Porters are paid on Agenda for Change band 2."),
        unit("Weighing the options", "bold"),
        unit("Arguments for release: openness."),
        unit("Arguments against release: none."),
        unit("We release it."),
    ]
    assert without_interest_tests(units) == units


WEIGHED = [
    (
        "Please send the Trust's contract with its car park operator.",
        ["The contract's pricing schedule is withheld under section 43(2)."],
        True,
    ),
    ("How many parking spaces does the main site have?", ["It has 1,240 spaces."], False),
    (
        "Please send the plans of the Trust's data centre.",
        ["The plans are withheld under section 24(1).", "A summary is attached."],
        True,
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
def test_a_public_interest_test_after_a_withheld_answer_is_no_part_of_it(model, fmt):
    blocks = list(HEAD)
    for n, (q, lines, weighed) in enumerate(WEIGHED, 1):
        blocks.append(P(f"{n}. {q}"))
        blocks += [P(x) for x in lines]
        if weighed:
            blocks += [
                P("**Balancing the public interest**"),
                P("Arguments for release: openness about how the Trust spends its money."),
                P("Arguments against release: harm to the Trust's position in future deals."),
                P("Having weighed both, we consider that withholding the information is right."),
            ]
    with model_context(model):
        foi = read(blocks + SIGN_OFF, fmt)
    want = [(str(n), q, " ".join(a)) for n, (q, a, _) in enumerate(WEIGHED, 1)]
    assert pairs(foi) == want
