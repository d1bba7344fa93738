"""FOI structures learned from held-out set V's first sight (its italic-answer and
bold-verdict styles), read as structures rather than set V's phrases:

- requests numbered by a bare number and a space ("3 Please send …", no stop and no
  "?"), in plain type, next in sequence, each over an answer set in a face of its own
  (italics): the faces part request and answer, as a heading's face does
  (parsers.foi.house_units.heading_requests);
- each answer opening with a short verdict run in before a dash ("Supplied – …",
  "Not recorded – …"): the words at that place change from question to question, so
  they are the answers' own openings, not a status field's label
  (parsers.foi.field_lines).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import P
from parsers.foi.field_lines import field_line_indices
from parsers.foi.house_units import heading_requests
from tests.foi_p_structures import MODELS, unit
from tests.foi_t_structures import FORMATS, HEAD, SIGN_OFF, pairs, read_letter

ASKED = [
    (
        "Please send the number of guide dogs registered with the sensory team.",
        ["The sensory team has 31 guide dog owners on its register.", "It updates it yearly."],
    ),
    (
        "How many minibuses does the patient transport service run?",
        ["The service runs six minibuses.", "Two are wheelchair accessible."],
    ),
    (
        "Provide the annual cost of the hospital radio licence.",
        ["The licence costs £1,240 a year.", "The League of Friends pays it."],
    ),
    (
        "Which outpatient clinics open on Saturdays?",
        ["Orthoptics and hearing tests open on Saturday mornings."],
    ),
]


def _want(labels: list[str], answers: list[str]) -> list[tuple[str, str, str]]:
    return [(lab, q, a) for lab, (q, _), a in zip(labels, ASKED, answers, strict=True)]


# ---------------------------------------------------------------- italic answers


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
def test_bare_numbered_plain_requests_over_italic_answers(model, fmt):
    blocks = list(HEAD)
    for n, (question, answer) in enumerate(ASKED, 1):
        blocks += [P(f"{n} {question}"), *(P(x, "italic") for x in answer)]
    got = pairs(read_letter(blocks + SIGN_OFF, fmt, model))
    assert got == _want(["1", "2", "3", "4"], [" ".join(a) for _, a in ASKED])


def test_faces_part_a_bare_numbered_request_from_its_answer():
    italic = [
        unit("1 Please send the rota."),
        unit("The rota is attached.", "italic"),
        unit("2 Provide the budget."),
        unit("It is £4,000.", "italic"),
    ]
    assert [u.text for u in heading_requests(italic)][::2] == [
        "1. Please send the rota.",
        "2. Provide the budget.",
    ]
    # a plain paragraph over a plain one: nothing parts them, no label is read
    plain = [unit("1 Please send the rota."), unit("The rota is attached.")]
    assert heading_requests(plain)[0].text == "1 Please send the rota."
    # out of sequence: no label either
    late = [unit("4 Please send the rota."), unit("The rota is attached.", "italic")]
    assert heading_requests(late)[0].text == "4 Please send the rota."


# ---------------------------------------------------------------- run-in verdicts

VERDICTS = ["Supplied", "Not recorded", "Supplied", "Refused"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
def test_answer_opening_with_a_bold_verdict_keeps_it(model, fmt):
    blocks = list(HEAD)
    for n, ((question, answer), verdict) in enumerate(zip(ASKED, VERDICTS, strict=True), 1):
        blocks += [P(f"{n}. {question}"), P(f"**{verdict} –** {answer[0]}")]
        blocks += [P(x) for x in answer[1:]]
    got = pairs(read_letter(blocks + SIGN_OFF, fmt, model))
    answers = [f"{v} – {' '.join(a)}" for (_, a), v in zip(ASKED, VERDICTS, strict=True)]
    assert got == _want(["1", "2", "3", "4"], answers)


def test_run_in_words_that_change_at_the_field_place_are_no_field():
    verdicts = [
        unit("1. How many beds?"),
        unit("Supplied – There are 40 beds."),
        unit("Most are on ward 3."),
        unit("2. How many cots?"),
        unit("Not recorded – No count is kept."),
        unit("Cots are shared."),
        unit("3. How many chairs?"),
        unit("Supplied – There are 90 chairs."),
        unit("All are wipe-clean."),
    ]
    assert field_line_indices(verdicts) == []
    # the same label at every question is still a status field
    status = [
        unit(u.text.replace("Supplied", "Status:").replace("Not recorded", "Status:"))
        if k % 3 == 1
        else u
        for k, u in enumerate(verdicts)
    ]
    status = [unit(u.text.replace(": –", ":")) for u in status]
    assert field_line_indices(status) == [1, 4, 7]
