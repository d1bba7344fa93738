"""A question of two parts answered part by part, each part quoted again before its
own reply (on a line of its own, or bold and run into the reply after a dash): the
answer is the replies, without the parts quoted again (parsers.foi.requoted_parts).

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.requoted_parts import without_requoted_parts
from parsers.foi.segment_items import _Q
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read

ASKED = [
    (
        "How many electric vehicle charging points does the Trust have, and who supplies "
        "the electricity for them?",
        (
            ("How many electric vehicle charging points does the Trust have", "There are 64."),
            (
                "who supplies the electricity for them",
                "The supplier's name is withheld under section 43(2), as the contract is "
                "being renegotiated.",
            ),
        ),
    ),
    (
        "Does the Trust employ a sustainability manager, and what is the post's salary band?",
        (
            ("Does the Trust employ a sustainability manager", "Yes, since April 2023."),
            ("what is the post's salary band", "The post is paid on Agenda for Change band 7."),
        ),
    ),
]


def _letter(run_in: bool) -> list:
    blocks = [
        H("Mendip Edge NHS Trust"),
        P("Our reference: MET 4402"),
        P("Date: 3 November 2025"),
        P("Dear Enquirer"),
        P("Thank you for your request, which we received on 8 October 2025."),
    ]
    for n, (question, parts) in enumerate(ASKED, 1):
        blocks.append(P(f"**{n}. {question}**"))
        for part, reply in parts:
            if run_in:
                blocks.append(P(f"**“{part}”** – {reply}"))
            else:
                blocks += [P(f"“{part}”"), P(reply)]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("run_in", [False, True], ids=["own line", "run in"])
def test_the_answer_is_the_replies_without_the_parts(fmt, model, run_in):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(run_in), fmt)
    want = [
        (str(n), q, " ".join(reply for _, reply in parts)) for n, (q, parts) in enumerate(ASKED, 1)
    ]
    assert pairs(foi) == want


def test_only_quotations_of_the_questions_parts_are_taken_out():
    question = "Which policies cover lone working, and when were they approved?"
    # the titles quoted are not parts of the question: the answer stands
    answer = "“Lone Working Procedure” and “Visitor Safety Policy” are attached."
    q = _Q(label="1", heading=None, parts=[question], answer=[answer])
    assert without_requoted_parts(q).answer == [answer]
    # one part quoted again is not a part-by-part answer
    answer = "“when were they approved” – both in 2024."
    q = _Q(label="1", heading=None, parts=[question], answer=[answer])
    assert without_requoted_parts(q).answer == [answer]
