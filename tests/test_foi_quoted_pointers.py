"""The questions listed first, then the answers in another order, each opened by a
pointer quoting a phrase of its question ('Concerning “wheelchair repairs”: …', a bold
line 'In reply to your question on “podiatry appointments”'): each answer goes to the
question it quotes, without its pointer; a line before the answers saying so is in no
answer (parsers.foi.quoted_pointers).

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.quoted_pointers import _pointed_runs
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read

ASKED = [
    (
        "How many podiatry appointments were missed in 2024?",
        "podiatry appointments",
        ("Patients missed 1,208 podiatry appointments in 2024.",),
    ),
    (
        "What does the Trust pay its contractor for wheelchair repairs?",
        "wheelchair repairs",
        (
            "The Trust paid £86,400 for wheelchair repairs last year.",
            "The rate for each repair is withheld under section 43(2) of the Act.",
        ),
    ),
    (
        "Does the Trust offer evening phlebotomy clinics?",
        "evening phlebotomy",
        ("Yes, two sites hold phlebotomy clinics until 8pm on Thursdays.",),
    ),
]
ORDER = (2, 0, 1)


def _letter(bold_lines: bool) -> list:
    blocks = [
        H("Brendon Hills NHS Trust"),
        P("Our reference: BHT/FOI/3310"),
        P("Date: 21 October 2025"),
        P("Dear Enquirer"),
        P("Thank you for your request, which we received on 29 September 2025."),
        P("You asked us:"),
        *(P(f"{n}. {q}") for n, (q, _, _) in enumerate(ASKED, 1)),
        P("Our services sent their replies separately, so they are set out as they came."),
    ]
    for i in ORDER:
        _, phrase, answer = ASKED[i]
        first, *rest = answer
        if bold_lines:
            blocks += [P(f"**In reply to your question on “{phrase}”**"), *(P(a) for a in answer)]
        else:
            blocks += [P(f"Concerning “{phrase}”: {first}"), *(P(a) for a in rest)]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bold_lines", [False, True], ids=["run in", "own line"])
def test_each_answer_goes_to_the_question_it_quotes(fmt, model, bold_lines):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(bold_lines), fmt)
    assert pairs(foi) == [(str(n), q, " ".join(a)) for n, (q, _, a) in enumerate(ASKED, 1)]


def test_a_pointer_must_quote_one_question_alone():
    questions = ["How many beds are on ward 4?", "How many beds are on ward 7?"]
    # 'beds' stands in both questions: no pointer can be told to one
    text = "On “beds”: Twelve. On “ward 7”: Nine."
    assert _pointed_runs(text, questions) is None
    text = "On “ward 4”: Twelve. On “ward 7”: Nine."
    assert _pointed_runs(text, questions) == {0: "Twelve.", 1: "Nine."}
    # one pointer alone is no run of pointed answers
    assert _pointed_runs("On “ward 4”: Twelve.", questions) is None
