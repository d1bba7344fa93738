"""Questions listed first, then answered in prose paragraphs each opening on an
ordinal lead-in ("Regarding the first point – …"), no number of their own: the k-th
ordinal answers the k-th question (parsers.foi.ordinal_answers). Read by the list,
the ordinals' order and count, not by the lead-ins' other words.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.ordinal_answers import ordinal_answer_items, ordinal_lead, ordinal_place
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, B, H, P
from tests.test_foi_styles import FORMATS, pairs, read

HEAD = [
    H("Pendleford Valley NHS Trust"),
    P("Our reference: PVT-4471"),
    P("Date: 3 February 2025"),
    P("Dear Enquirer"),
    P("Thank you for your request for information, which arrived on 9 January 2025."),
]
ASKED = [
    "How many volunteers help in the Trust's chaplaincy?",
    "Does the Trust run a patient library at its main site?",
    "Please send the opening hours of the hospital shop.",
]
ANSWERS = [
    ["Twenty-two volunteers support the chaplaincy team."],
    [
        "Yes. The library lends books and audiobooks on every ward.",
        "In the first week of each month, a trolley visits the children's wards.",
    ],
    ["The shop opens from 8am to 6pm on weekdays and from 10am to 4pm at weekends."],
]
LEADS = ["Regarding the first point – ", "On your second point, ", "As for the 3rd item: "]


def _letter(bulleted: bool, headed: bool = False) -> list:
    listed = [B(q) if bulleted else P(f"{n}. {q}") for n, q in enumerate(ASKED, 1)]
    answers: list = []
    for lead, paras in zip(LEADS, ANSWERS, strict=True):
        if headed:  # the lead-in a heading of its own over the answer
            answers += [H(lead.strip(" –,")), *(P(p) for p in paras)]
        else:
            answers += [P(lead + paras[0]), *(P(p) for p in paras[1:])]
    return [*HEAD, P("Your e-mail asked:"), *listed, *answers, *SIGN_OFF]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bulleted", [False, True])
@pytest.mark.parametrize("headed", [False, True])
def test_the_kth_ordinal_answers_the_kth_question(fmt, model, bulleted, headed):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(bulleted, headed), fmt)
    labels = [None] * 3 if bulleted else ["1", "2", "3"]
    want = [(lab, q, " ".join(a)) for lab, q, a in zip(labels, ASKED, ANSWERS, strict=True)]
    assert pairs(foi) == want
    assert foi.reference == "PVT-4471"


def test_ordinal_leads():
    assert ordinal_place("Third") == 3 and ordinal_place("12th") == 12
    assert ordinal_place("thirty") is None
    assert ordinal_lead("Turning to the fourth request: None is held.") == (4, "None is held.")
    assert ordinal_lead("First, the ward closed.") == (1, "the ward closed.")
    # a long opening is a sentence, not a lead-in; two ordinals name no one place
    assert ordinal_lead("The ward that opened in the first year of the plan: x") is None
    assert ordinal_lead("The first and second points: both are held.") is None
    assert ordinal_lead("No lead-in here at all.") is None
    # a lead-in standing alone over its answer, as a heading; a short sentence is none
    assert ordinal_lead("Your fifth question") == (5, "")
    assert ordinal_lead("Second request:") == (2, "")
    assert ordinal_lead("The second is held.") is None


def _units(leads: list[str]) -> list[_Unit]:
    asked = [_Unit(f"{n}. {q}") for n, q in enumerate(ASKED, 1)]
    return [*asked, *(_Unit(lead + "Held.") for lead in leads)]


def test_the_ordinals_must_count_every_question_in_turn():
    assert ordinal_answer_items(_units(LEADS)) is not None
    # one ordinal short, or out of turn: no pairing
    assert ordinal_answer_items(_units(LEADS[:2])) is None
    assert ordinal_answer_items(_units([LEADS[1], LEADS[0], LEADS[2]])) is None
