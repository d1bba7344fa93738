"""Questions the letter reports in its own words, each opening a numbered paragraph
("3. You enquired whether …", "Your question was which …"), the answer run on after
the reported sentence or set beneath it: the question is what was asked, without the
lead; the answer what follows (parsers.foi.reported_questions).

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.reported_questions import reported_question_end, reporting_lead
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read

ASKED = [
    (
        "You enquired how many speech therapists the Trust employs",
        "how many speech therapists the Trust employs.",
        ("Twenty-three speech therapists work for the Trust.",),
    ),
    (
        "You also wished to know whether the Trust runs a stammering clinic for adults",
        "whether the Trust runs a stammering clinic for adults.",
        (
            "Yes. An adult clinic meets monthly at Ashcombe Health Centre.",
            "Referrals come from general practice.",
        ),
    ),
    (
        "Your question was which languages the Trust's interpreters cover",
        "which languages the Trust's interpreters cover.",
        ("Our interpreters cover fourteen languages, British Sign Language among them.",),
    ),
    (
        "You requested a copy of the Trust's dysphagia guideline",
        "a copy of the Trust's dysphagia guideline.",
        ("The guideline is attached to this letter.",),
    ),
]


def _letter(run_on: bool) -> list:
    blocks = [
        H("Quantock Combe NHS Trust"),
        P("Our reference: QC 7714"),
        P("Date: 9 September 2025"),
        P("Dear Enquirer"),
        P("Thank you for your request, which we received on 12 August 2025."),
        P("Below we restate each of your questions before our reply to it."),
    ]
    for n, (reported, _, answer) in enumerate(ASKED, 1):
        first, *rest = answer
        if run_on:
            blocks += [P(f"{n}. {reported}. {first}"), *(P(a) for a in rest)]
        else:
            blocks += [P(f"**{n}) {reported}.**"), *(P(a) for a in answer)]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("run_on", [True, False], ids=["run on", "beneath"])
def test_a_reported_question_is_what_was_asked(fmt, model, run_on):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(run_on), fmt)
    want = [(str(n), q, " ".join(a)) for n, (_, q, a) in enumerate(ASKED, 1)]
    assert pairs(foi) == want


def test_the_lead_is_read_by_its_grammar():
    assert reporting_lead("You asked whether the ward is open.") == len("You asked ")
    assert reporting_lead("You asked us for the rota.") == len("You asked us for ")
    # a lead introducing a list, a sentence about something else: no reported question
    assert reporting_lead("You asked for the following information:") is None
    assert reporting_lead("You asked us to reply by e-mail, which we have done.") is None
    assert reporting_lead("How many wards does the Trust have?") is None
    # the reported sentence ends the question; another reported ask carries it on
    text = "You asked how many beds there are. You also asked when they open. We have 40."
    assert text[reported_question_end(text) :] == "We have 40."
