"""A head giving the regulator's case reference beside the trust's own (a response
issued after a complaint to the Information Commissioner): the letter's reference is
the trust's, whichever line comes first and however the regulator's field is named
("ICO ref:", "Information Commissioner's case reference:", both on one line), as the
requester's own "Your ref:" is skipped (parsers.foi.metadata).

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.metadata import _labelled_reference
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read

HEADS = [
    [P("ICO ref: FS50871234"), P("Our ref: KMH/FOI/3310"), P("Date: 9 October 2025")],
    [
        P("9 October 2025"),
        P("Information Commissioner's case reference: IC-318842-T6W2"),
        P("Reference: KMH/FOI/3310"),
    ],
    [P("ICO case ref: IC-318842-T6W2 | Our ref: KMH/FOI/3310"), P("Date: 9 October 2025")],
]


def _letter(head: list) -> list:
    return [
        H("Kentmere Hills NHS Trust"),
        P("Staveley Road, Kentmere KH3 9SR"),
        *head,
        P("Dear Requester"),
        P("Further to the Commissioner's intervention, we have reconsidered your request."),
        P("1. How many wheelchairs does the Trust keep for visitors?"),
        P("There are 36 wheelchairs for visitors across the two main entrances."),
        P("2. How often are they checked?"),
        P("Each wheelchair is checked by the portering team once a week."),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("head", range(len(HEADS)))
def test_the_trusts_reference_not_the_regulators(fmt, model, head):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(HEADS[head]), fmt)
    assert foi.reference == "KMH/FOI/3310"
    assert [lab for lab, _, _ in pairs(foi)] == ["1", "2"]


def test_a_regulators_field_alone_gives_no_reference():
    assert _labelled_reference("ICO ref: FS50871234") is None
    assert _labelled_reference("The Commissioner's reference: IC-318842-T6W2") is None
    # the trust's own field still reads, as does a label merely mentioning a case
    assert _labelled_reference("Our ref: KMH/FOI/3310") == "KMH/FOI/3310"
    assert _labelled_reference("Case reference: KMH-3310") == "KMH-3310"
