"""An FOI structure learned from held-out set R's first sight, read as a structure
rather than set R's phrases: a question set as a bold run opening its paragraph, the
plain answer carrying on in the same paragraph, split by the change of face
(parsers.extract.bold_runs keeps the bold stretch, parsers.foi.bold_leads splits).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import pytest

from parsers.extract.bold_runs import heavy_span, one_bold_stretch, weight_runs_on
from parsers.extract.model import TextBlock
from parsers.foi.bold_leads import bold_lead, bold_lead_items
from tests.foi_letters import SIGN_OFF, P
from tests.foi_p_structures import HEAD, MODELS
from tests.foi_r_structures import TOPICS, read_reply, want_pairs
from tests.test_foi_styles import FORMATS, pairs

# ---------------------------------------------------------------- bold leads


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("numbered", [True, False])
def test_bold_question_run_in_before_its_plain_answer(numbered, model, fmt):
    blocks = list(HEAD)
    for n, (_, question, answer) in enumerate(TOPICS, 1):
        lead = f"{n}. " if numbered else ""
        blocks.append(P(f"{lead}**{question}** {' '.join(answer)}"))
    foi = read_reply(blocks + SIGN_OFF, fmt, model)
    assert pairs(foi) == want_pairs(numbered)


def test_one_bold_stretch_among_plain_pieces():
    assert one_bold_stretch([("2. ", False), ("Is it open?", True), (" Yes.", False)]) == (
        "Is it open?"
    )
    assert one_bold_stretch([("All bold", True)]) is None
    assert one_bold_stretch([("a", True), (" b ", False), ("c", True), ("d", False)]) is None


def test_heavy_span_of_a_line():
    # one flag a character that is not a space: "1." plain, "Is it?" bold, "Yes" plain
    flags = [False] * 2 + [True] * 5 + [False] * 3
    assert heavy_span("1. Is it? Yes", flags) == (3, 9)
    assert heavy_span("ab cd", [True, False, True, False]) is None


def test_a_bold_label_line_under_a_bold_heading_is_no_run_on():
    # a bold heading line over "Beds: 14" (its bold label ending in a colon)
    assert not weight_runs_on(("North site", True, None), ("Beds: 14", False, (0, 5)))
    # a bold question carried over the line end into plain type
    assert weight_runs_on(
        ("How many beds are", True, None), ("there? There are 14.", False, (0, 6))
    )


def test_bold_leads_want_an_asking_run_opening_the_paragraph():
    asked = TextBlock("Is the pool open? Yes, daily.", bold_run="Is the pool open?")
    assert bold_lead(asked) == ("Is the pool open?", "Yes, daily.")
    inside = TextBlock("We can say that it is open? daily.", bold_run="it is open?")
    assert bold_lead(inside) is None
    told = TextBlock("Note well the pool is open daily.", bold_run="Note well")
    assert bold_lead(told) is None
    # one such paragraph alone splits nothing
    assert bold_lead_items([asked]) == [asked]
