"""All the questions listed first, then each answer opening on an answer marker that
carries its question's number, run into the answer ("A2. The …", "Answer 2 – The …"):
the marker is a lead naming that number (parsers.foi.answer_leads, since set Z).
Every letter is made up and built in code."""

from __future__ import annotations

import pytest

from parsers.foi.labeller import default_labeller, using_labeller
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, pairs, read

ASKED = [
    "How many beds did the Trust's stroke unit have on 1 April 2024?",
    "What was the average length of stay on the stroke unit in 2023?",
    "Does the Trust run an early supported discharge team?",
]
REPLIED = [
    "The stroke unit had 38 beds on 1 April 2024.",
    "The average length of stay was 11.4 days.",
    "Yes, the team covers both hospital sites.",
]


def _letter(marker: str) -> list:
    """ASKED numbered "1." … as one list, a heading, then each reply after `marker`."""
    blocks = [
        H("Fellbrook Valley Hospitals NHS Trust"),
        P("Reference: FVH/IG/2024/552"),
        P("Date: 3 May 2024"),
        P("Dear Mr Adeyemi,"),
        P("Thank you for your request of 9 April 2024, which asked:"),
    ]
    blocks += [P(f"{n}. {q}") for n, q in enumerate(ASKED, 1)]
    blocks.append(H("What we hold"))
    blocks += [P(f"{marker.format(n=n)} {a}") for n, a in enumerate(REPLIED, 1)]
    return blocks + SIGN_OFF


WANT = [(str(n), norm(q), norm(a)) for n, (q, a) in enumerate(zip(ASKED, REPLIED, strict=True), 1)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("marker", ["A{n}.", "A{n}:", "Answer {n} –"])
@pytest.mark.parametrize("labeller", [None, "shipped"])
def test_numbered_answer_markers_after_the_list_answer_their_question(marker, labeller, fmt):
    with using_labeller(default_labeller() if labeller else None):
        foi = read(_letter(marker), fmt)
    assert pairs(foi) == WANT
