"""FOI structures learned from held-out set S's first sight, read as structures rather
than set S's phrases: a request refused as a whole, its questions listed with no answers
of their own and one paragraph citing an exemption beside the list, which answers each
question (parsers.foi.whole_refusal); and the letter's "Date:" field run on after its
reference on one line (parsers.foi.date_fields).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

from datetime import date

import pytest

from parsers import parse_document
from parsers.foi.date_fields import run_on_date_field
from parsers.foi.whole_refusal import whole_refusal_items
from tests.foi_letters import RENDER, SIGN_OFF, B, H, P
from tests.foi_p_structures import MODELS, model_context, unit
from tests.test_foi_styles import FORMATS, pairs

ASKED = [
    "How many audiology appointments were cancelled by the Trust in 2025?",
    "Please give the reason recorded for each cancellation.",
    "What was the average wait for a rebooked appointment?",
]
REFUSAL = (
    "Finding this would mean reading every one of some 3,000 appointment notes by hand, "
    "far beyond the cost limit, so section 12 of the Freedom of Information Act applies "
    "and we cannot answer any part of it."
)
ADVICE = "A request for one clinic's cancellations would be likely to fall within the limit."
HEAD = [
    H("Fenwick Moor NHS Trust"),
    P("Case AUD/2207/25    Date: 3 Oct 25"),
    P("Dear Mr Hallam"),
    P("Your request reached us on 12.9.2025."),
]


def _letter(refusal_first: bool, numbered: bool) -> list:
    listed = [P(f"{n}. {q}") if numbered else B(q) for n, q in enumerate(ASKED, 1)]
    if refusal_first:
        body = [P(REFUSAL), P("Your request read:"), *listed]
    else:
        body = [P("Your request read:"), *listed, H("Outcome"), P(REFUSAL)]
    return [*HEAD, *body, H("Help with a new request"), P(ADVICE), *SIGN_OFF]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(("refusal_first", "numbered"), [(True, False), (False, True)])
def test_one_refusal_answers_every_listed_question(refusal_first, numbered, model, fmt):
    data = RENDER[fmt](_letter(refusal_first, numbered))
    with model_context(model):
        foi = parse_document(data, filename=f"response.{fmt}", kind_hint="foi").foi
    labels = [str(n) if numbered else None for n in range(1, 4)]
    assert pairs(foi) == [(lab, q, REFUSAL) for lab, q in zip(labels, ASKED, strict=True)]
    assert {(e.law, e.section) for e in foi.exemptions} == {("FOIA", "12")}
    assert foi.responded_date == date(2025, 10, 3)
    assert foi.received_date == date(2025, 9, 12)


def test_answers_of_their_own_are_no_whole_refusal():
    units = [unit(f"• {q}") for q in ASKED]
    units += [unit(REFUSAL), unit("The reasons are not recorded centrally.")]
    assert whole_refusal_items(units) is None


def test_two_paragraphs_citing_exemptions_are_no_whole_refusal():
    units = [unit(REFUSAL), *(unit(f"• {q}") for q in ASKED), unit(REFUSAL)]
    assert whole_refusal_items(units) is None


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("Case AUD/2207/25    Date: 3 Oct 25", ["Case AUD/2207/25", "Date: 3 Oct 25"]),
        ("Our reference 44-19 Date: 3.10.2025", ["Our reference 44-19", "Date: 3.10.2025"]),
        ("Date: 3 Oct 25", []),  # the field alone on its line is read as it stands
        ("We checked the records up to the date: 3 Oct 25", []),  # a sentence's "date:"
    ],
)
def test_a_date_field_run_on_after_the_reference(line, fields):
    assert run_on_date_field(line) == fields
