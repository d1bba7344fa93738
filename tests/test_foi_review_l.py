"""FOI styles learned from held-out set L's first sight, read as structures rather
than set L's phrases:

* an internal review outcome letter: each question, the first reply quoted under it
  (a run-in lead-in naming the reply, its text in quotation marks or a face of its
  own), then the reviewer's decision; the answer is the decision and its finding
  (parsers.foi.review_units);
* a department's lead-in before its answer, on a line of its own with a reporting
  verb ("Pharmacy wrote:") or run in before the answer's text ("Estates replied: …")
  (parsers.foi.credits);
* a list of the enclosures the answers point to, after the last answer: it ends the
  answers (parsers.foi.enclosures).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.credits import run_in_credit, without_credit
from parsers.foi.enclosures import enclosures_start
from parsers.foi.labeller import using_labeller
from parsers.foi.review_units import earlier_reply, review_units
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, B, H, P
from tests.test_foi_styles import FORMATS, pairs, read

MODELS = ["rules only", "labeller"]


def _model(model: str):
    return using_labeller(None) if model == "rules only" else nullcontext()


def _u(text: str, style: str | None = None, indent: float | None = None) -> _Unit:
    return _Unit(text, style, lines=[text], indent=indent)


HEAD = [
    H("Thornbury Vale Hospitals NHS Trust"),
    P("Our reference: TVH-IR-0917"),
    P("Date: 3 February 2025"),
    P("Dear Mr Okafor"),
]

# ---------------------------------------------------------------- internal review

REVIEWED = [
    (
        "How many theatre sessions were cancelled at the Trust in May 2024?",
        "We said the figure was not recorded.",
        "Upheld",
        ["46 planned theatre sessions were cancelled in May 2024."],
    ),
    (
        "What did the Trust spend on taxis for patients in 2023/24?",
        "We gave the spend for one hospital only.",
        "Partially upheld",
        ["Patient taxi spend across all sites was £143,905.", "This includes escorts."],
    ),
    (
        "Does the Trust employ a freedom to speak up guardian?",
        "We confirmed the post exists.",
        "Not upheld",
        ["Yes. The Trust has employed a full-time guardian since 2019."],
    ),
]


def _review_letter(decision_alone: bool) -> list:
    blocks = [
        *HEAD,
        P("You asked us on 2 January 2025 to review our reply of 11 December 2024."),
    ]
    for n, (q, first, outcome, answer) in enumerate(REVIEWED, 1):
        blocks += [P(f"{n}. {q}"), P(f"Our earlier reply: “{first}”")]
        if decision_alone:
            blocks += [P(f"**Review finding: {outcome}.**"), *(P(a) for a in answer)]
        else:
            blocks += [P(f"Decision of the reviewer: {outcome}. {answer[0]}")]
            blocks += [P(a) for a in answer[1:]]
    return [*blocks, *SIGN_OFF]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("decision_alone", [True, False])
def test_review_answer_is_the_decision_not_the_first_reply(fmt, model, decision_alone):
    with _model(model):
        foi = read(_review_letter(decision_alone), fmt)
    want = [
        (str(n), q, f"{outcome}. {' '.join(answer)}")
        for n, (q, _, outcome, answer) in enumerate(REVIEWED, 1)
    ]
    assert pairs(foi) == want


def test_earlier_reply_is_read_by_lead_in_and_quotation_or_face():
    decision = _u("Finding: Upheld. The figure is 12.")
    assert earlier_reply(_u("Initial response: “The figure was withheld.”"), decision)
    assert earlier_reply(_u("You were advised: the figure was withheld.", "italic"), decision)
    assert earlier_reply(_u("First answer given: it was withheld.", indent=36.0), decision)
    # the reply being given now, or a quotation with no reply named, is no earlier reply
    assert not earlier_reply(_u("Our response: “The figure is 12.”"), decision)
    assert not earlier_reply(_u("Background: “The ward closed in 2023.”"), decision)
    # an earlier reply set plainly, like the paragraph after it, is not set off
    assert not earlier_reply(_u("Original reply: it was withheld."), decision)


def test_review_units_drop_the_quote_and_mark_the_decision():
    units = [
        _u("1. How many wards closed?"),
        _u("Previous reply: “None.”"),
        _u("Reviewer’s conclusion: Upheld."),
        _u("Two wards closed in 2024."),
    ]
    got = [u.text for u in review_units(units)]
    assert got == ["1. How many wards closed?", "Answer: Upheld.", "Two wards closed in 2024."]
    plain = [_u("1. How many wards closed?"), _u("Two wards closed in 2024.")]
    assert [u.text for u in review_units(plain)] == [u.text for u in plain]


# ---------------------------------------------------------------- department lead-ins

ANSWERED = [
    ("How many porters does the Trust employ?", "Estates", "The Trust employs 88 porters."),
    (
        "What is the Trust's annual spend on biosimilar drugs?",
        "Pharmacy and Medicines Optimisation",
        "Spend on biosimilars was £2.41m in 2023/24.",
    ),
    (
        "Does the Trust offer staff a cycle to work scheme?",
        "People Services",
        "Yes, through a salary sacrifice scheme.",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("verb", ["replied", "wrote", "has answered"])
@pytest.mark.parametrize("run_in", [True, False])
def test_department_lead_in_is_no_part_of_the_answer(fmt, model, verb, run_in):
    blocks = list(HEAD)
    for n, (q, dept, a) in enumerate(ANSWERED, 1):
        blocks.append(P(f"{n}. {q}"))
        blocks += [P(f"{dept} {verb}: {a}")] if run_in else [P(f"{dept} {verb}:"), P(a)]
    with _model(model):
        foi = read([*blocks, *SIGN_OFF], fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, _, a) in enumerate(ANSWERED, 1)]


def test_run_in_credit_is_read_by_grammar():
    assert run_in_credit("Estates replied: The boiler was replaced.") == "The boiler was replaced."
    assert run_in_credit("Data supplied by Clinical Coding: 41 cases.") == "41 cases."
    # the writers' own voice, a sentence with a colon, or a label of its own are kept
    assert run_in_credit("We confirm: the boiler was replaced.") is None
    assert run_in_credit("The Trust has said: no.") is None
    assert run_in_credit("Please note: the figure is provisional.") is None
    assert run_in_credit("Total spend in 2023: £41,000.") is None
    assert without_credit(["Finance wrote: £4,100."]) == ["£4,100."]


# ---------------------------------------------------------------- enclosures

ENCLOSED = [
    (
        "How many ambulance handovers took longer than an hour in 2024?",
        [
            "There were 1,204 handovers over an hour in 2024.",
            "The monthly figures are in Annex 1.",
        ],
    ),
    ("Does the Trust use a patient portal?", ["Yes, the portal went live in March 2023."]),
    (
        "Please provide the Trust's register of gifts and hospitality for 2023/24.",
        ["The register is attached as Annex 2."],
    ),
]


def _enclosure_letter(head: list) -> list:
    blocks = list(HEAD)
    for n, (q, answer) in enumerate(ENCLOSED, 1):
        blocks += [P(f"**{n}. {q}**"), *(P(a) for a in answer)]
    blocks += head
    blocks += [B("Annex 1 – ambulance handovers by month"), B("Annex 2 – gifts register 2023/24")]
    return [*blocks, *SIGN_OFF]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("head", [[H("Documents enclosed")], [P("Sent with this reply:")], []])
def test_enclosure_list_ends_the_answers(fmt, model, head):
    with _model(model):
        foi = read(_enclosure_letter(head), fmt)
    assert pairs(foi) == [(str(n), q, " ".join(a)) for n, (q, a) in enumerate(ENCLOSED, 1)]


def test_enclosure_lines_must_be_cited_before_the_list():
    cited = [_u("1. How many beds?"), _u("There are 40. See Exhibit B."), _u("Enclosed:")]
    assert enclosures_start([*cited, _u("Exhibit B – beds by ward")]) == 2
    # a designation no answer points to, or a section of the Act, is no enclosure
    assert enclosures_start([*cited, _u("Exhibit C – beds by ward")]) is None
    act = [_u("1. Who?"), _u("Withheld under section 40."), _u("Section 40 – personal data")]
    assert enclosures_start(act) is None
    # a question naming the designations is no pointer: the list is its answer
    asked = [_u("1. How many beds on Ward 7 and Ward 8?"), _u("The beds are:")]
    assert enclosures_start([*asked, _u("Ward 7 – 12 beds"), _u("Ward 8 – 10 beds")]) is None
    # more questions after the list: it is not after the answers
    later = [*cited, _u("Exhibit B – beds by ward"), _u("2. How many cots?"), _u("Six.")]
    assert enclosures_start(later) is None
