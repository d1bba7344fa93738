"""A section a reply says is still being weighed is not applied: an answer held back
under section 10(3) while the trust considers whether a qualified exemption applies
("we are considering whether section 36 applies and where the public interest lies")
withholds nothing yet, so the section is no exemption of the letter; a section the
same letter applies elsewhere still is, as is one whose weighing is done ("we
considered whether … and concluded that it applies") (parsers.foi.classify).

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.classify import find_exemptions
from parsers.foi.labeller import using_labeller
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read

HELD_BACK = [
    "We are still considering whether the exemption in section 36(2)(c) applies to this "
    "part and, if so, where the public interest lies. Section 10(3) of the Act allows us "
    "further time; we will write again by 14 January 2026.",
    "This answer needs more time: the Trust has yet to decide whether section 41 is "
    "engaged. We will reply by 14 January 2026 under section 10(3).",
]


def _letter(held_back: str) -> list:
    return [
        H("Grisedale Tarn NHS Trust"),
        P("Our ref: GT-FOI-0917"),
        P("Date: 3 December 2025"),
        P("Dear Requester"),
        P("Thank you for your request, received on 5 November 2025."),
        P("1. How many porters does the Trust employ?"),
        P("The Trust employs 84 porters."),
        P("2. Please send the minutes of the estates board's meeting on the car park."),
        P(held_back),
        P("3. Please name the staff who drafted the car park plan."),
        P("Their names are withheld under section 40(2), as they are personal data."),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("held_back", range(len(HELD_BACK)))
def test_a_section_still_weighed_is_not_applied(fmt, model, held_back):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(HELD_BACK[held_back]), fmt)
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "40(2)")]
    assert [lab for lab, _, _ in pairs(foi)] == ["1", "2", "3"]
    assert pairs(foi)[1][2] == HELD_BACK[held_back]


def test_weighing_in_progress_and_done():
    weighing = "The Trust is assessing if the exemption at section 43(2) is engaged."
    assert find_exemptions(weighing) == []
    done = "We considered whether section 43(2) applies and concluded that it does."
    assert find_exemptions(done) == [("FOIA", "43(2)")]
    # only the section being weighed: another the sentence applies stays
    both = "The names are withheld under section 40(2); we are considering whether section 41 applies to the rest."
    assert find_exemptions(both) == [("FOIA", "40(2)")]
