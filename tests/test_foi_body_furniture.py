"""An FOI structure learned from held-out set P's first sight, read as a structure rather
than set P's phrases: a converted letter's running header and page counter printed as
body text between and inside answers, found by repetition (parsers.foi.body_furniture).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import pytest

from parsers.foi.body_furniture import furniture_lines
from tests.foi_letters import SIGN_OFF, P
from tests.foi_p_structures import HEAD, MODELS, model_context, unit
from tests.test_foi_styles import FORMATS, pairs, read


def test_a_header_beside_a_counting_line_is_furniture():
    units = [
        unit("1. How many midwives does the Trust employ?"),
        unit("The Trust employs 148 midwives."),
        unit("HVT-DR-3307 sheet 1"),
        unit("Harrowden Vale NHS Trust | disclosure"),
        unit("Of these, 12 work in the community."),
        unit("2. How many births were there in 2024?"),
        unit("HVT-DR-3307 sheet 2"),
        unit("Harrowden Vale NHS Trust | disclosure"),
        unit("There were 4,019 births."),
    ]
    assert furniture_lines(units) == {2, 3, 6, 7}


def test_a_repeated_short_answer_is_no_furniture():
    units = [
        unit("1. Does the Trust hold a list of its drones?"),
        unit("Not held."),
        unit("2. Does the Trust hold a list of its boats?"),
        unit("Not held."),
        unit("Question 3"),
        unit("Not held."),
        unit("Question 4"),
    ]
    assert furniture_lines(units) == set()


FURNISHED = [
    (
        "How many midwives does the Trust employ?",
        ["The Trust employs 148 midwives.", "Of these, 12 work in the community."],
    ),
    ("How many births were there at the Trust in 2024?", ["There were 4,019 births."]),
    (
        "What is the caesarean section rate?",
        ["The rate was 36.2% in 2024.", "It was 33.9% in 2023."],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("counter", ["Leaf {n} / 3", "- {n} -"])
def test_running_header_and_page_counter_in_the_body_fall_in_no_answer(counter, model, fmt):
    blocks = list(HEAD)
    page = 0
    for n, (q, lines) in enumerate(FURNISHED, 1):
        blocks.append(P(f"{n}. {q}"))
        for j, x in enumerate(lines):
            blocks.append(P(x))
            if j == 0 and n != 2:  # a page break inside the answer
                page += 1
                blocks += [P(counter.format(n=page)), P("Maternity disclosure HVT-DR-3307")]
    with model_context(model):
        foi = read(blocks + SIGN_OFF, fmt)
    want = [(str(n), q, " ".join(a)) for n, (q, a) in enumerate(FURNISHED, 1)]
    assert pairs(foi) == want
