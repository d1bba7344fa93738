"""A reference printed as a term over its definition (parsers.foi.reference_fields):
a disclosure-log page whose fields are a definition list (HTML <dl>; a bold term over
its value in DOCX and PDF) gives its reference as it gives its dates. Read by the
layout (a reference label alone over a code alone), not by the page's words.

Every page is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date

import pytest

from benchmarks.heldout_d.render import DL, H, P
from parsers.foi.labeller import using_labeller
from parsers.foi.reference_fields import join_split_references, reference_field
from parsers.foi.units import _Unit
from tests.foi_styled import read_styled
from tests.test_foi_styles import FORMATS, pairs


def _page(term: str, code: str) -> list:
    return [
        H("Patient transport contracts"),
        DL(
            [
                (term, code),
                ("Date request received", "3 February 2025"),
                ("Date of reply", "19 February 2025"),
            ]
        ),
        H("Request"),
        P("1. Which company provides the Trust's non-emergency patient transport?"),
        P("2. When does the current patient transport contract end?"),
        H("Response"),
        P("1. The service is provided by a regional ambulance social enterprise."),
        P("2. The contract runs to 31 March 2027, with an option to extend by a year."),
    ]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("term", "code"), [("Case number", "ENQ-2025-0417"), ("Our ref:", "KVH/0093/25")]
)
def test_a_reference_term_over_its_code_is_the_reference(fmt, model, term, code):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read_styled(_page(term, code), fmt, title="Kestrel Vale NHS Trust")
    assert foi.reference == code
    assert foi.received_date == date(2025, 2, 3)
    assert foi.responded_date == date(2025, 2, 19)
    assert [lab for lab, _, _ in pairs(foi)] == ["1", "2"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_term_that_names_no_reference_gives_none(fmt):
    with using_labeller(None):
        foi = read_styled(_page("Service area", "PT-2025-31"), fmt, title="Kestrel Vale NHS Trust")
    assert foi.reference is None


def test_the_term_must_be_a_reference_label_and_the_value_a_code_alone():
    assert reference_field("Case number", "ENQ-2025-0417") == "Case number: ENQ-2025-0417"
    assert reference_field("Our ref:", "KVH/0093/25") == "Our ref: KVH/0093/25"
    assert reference_field("FOI reference", "2025 118") == "FOI reference: 2025 118"
    # a date, a sentence, a value with no figure: no code
    assert reference_field("Reference", "14 February 2025") is None
    assert reference_field("Reference", "See the covering letter of 2 May.") is None
    assert reference_field("Reference", "PENDING") is None
    # a term that is no reference label, or a line with a value of its own
    assert reference_field("Ward code", "W-2231") is None
    assert reference_field("Reference: KV-1", "KV-2") is None


def test_only_the_letterhead_joins():
    units = [_Unit("Reference"), _Unit("KV-2025-77"), _Unit("Dear Requester")]
    assert [u.text for u in join_split_references(units)] == [
        "Reference: KV-2025-77",
        "Dear Requester",
    ]
    later = [_Unit("Dear Requester"), _Unit("Reference"), _Unit("KV-2025-77")]
    assert join_split_references(later) == later
