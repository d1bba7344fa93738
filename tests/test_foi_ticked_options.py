"""A requester's questionnaire returned with its boxes ticked: under each numbered
question the options, each after a box (one a line, or all on one line), the trust's
choice ticked, then perhaps a comments line. The ticked option is the answer, the
comments after it; the unticked options and the comments' caption are in no answer
(parsers.foi.ticked_options). A captioned box line ("Held: ☒ Yes ☐ No") stays a form's
line, in no answer (parsers.foi.tick_boxes).

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.ticked_options import ticked_option_units
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, read

# (question, options, the ticked one, comments or "")
SURVEY = [
    ("Does the Trust run its own laundry?", ("Yes", "No"), 1, "Linen is washed under contract."),
    (
        "How are ward pharmacists deployed at weekends?",
        ("On every ward", "On call only", "Not deployed at weekends"),
        1,
        "",
    ),
    (
        "Has the Trust adopted the regional formulary?",
        ("Fully", "In part", "Not yet"),
        2,
        "Adoption is deferred while prices are agreed; figures withheld under section 43(2).",
    ),
]
CAPTIONS = ("Notes:", "Additional information:")
BOXES = (("■", "□"), ("[x]", "[ ]"))


def _options(v: int, options: tuple[str, ...], chosen: int) -> list:
    on, off = BOXES[v]
    boxed = [f"{on if i == chosen else off} {o}" for i, o in enumerate(options)]
    return [P(b) for b in boxed] if v == 0 else [P("    ".join(boxed))]


def _letter(v: int) -> list:
    blocks = [
        H("Wastwater Screes NHS Trust"),
        P("Our ref: WS-FOI-3810"),
        P("Date: 9 September 2025"),
        P("Dear Requester"),
        P("We have completed the survey that came with your request; our answers are ticked."),
    ]
    for n, (question, options, chosen, comments) in enumerate(SURVEY, 1):
        blocks += [P(f"**{n}. {question}**"), *_options(v, options, chosen)]
        if comments:
            blocks.append(P(f"{CAPTIONS[v]} {comments}"))
    return blocks + SIGN_OFF


def _want() -> list[tuple[str, str, str]]:
    return [
        (str(n), q, norm(f"{options[chosen]} {comments}"))
        for n, (q, options, chosen, comments) in enumerate(SURVEY, 1)
    ]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("v", [0, 1])
def test_the_ticked_option_is_the_answer(fmt, model, v):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(v), fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == _want()
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "43(2)")]


def _texts(lines: list[str]) -> list[str]:
    return [u.text for u in ticked_option_units([_Unit(t) for t in lines])]


def test_a_captioned_box_line_or_one_under_no_question_is_left():
    form = ["2. Do you hold rotas for 2024?", "Held: ☒ Yes ☐ No", "The rotas are attached."]
    assert _texts(form) == form
    loose = ["Our answers follow.", "☒ Yes", "☐ No"]
    assert _texts(loose) == loose
    # nothing ticked: no answer is made up
    blank = ["3. Is the unit staffed?", "☐ Yes", "☐ No"]
    assert _texts(blank) == blank


def test_the_next_question_is_no_comments_line():
    lines = ["Q1 Is parking free?", "[ ] Yes [X] No", "Question 2: How many spaces?"]
    assert _texts(lines) == ["Q1 Is parking free?", "No", "Question 2: How many spaces?"]


def test_a_list_bulleted_with_ticks_is_no_choice():
    bullets = ["4. Which therapies are offered?", "✓ Hydrotherapy", "✓ Speech therapy"]
    assert _texts(bullets) == bullets
