"""Answers run together in one paragraph behind in-line markers (set AF's style): the
questions listed first, then one paragraph "(1) … (2) …" or "Answer 1: … Answer 2: …".
Each question gets the run its marker opens, without the marker
(parsers.foi.runon_answers). A figure in brackets inside an answer, or a section's
subsection, is no marker.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.runon_answers import split_at_markers
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, read

QA = [
    ("How many porters work nights at the main site?", "Eleven porters work nights there."),
    (
        "What did the Trust spend on taxis for discharged patients in 2024?",
        "The Trust spent £48,210 on taxis. The supplier's rates are withheld under "
        "section 43(2) as commercially sensitive.",
    ),
    ("Does the Trust run a lymphoedema clinic?", "Yes, at Fellside Hospital twice a week."),
]


def _letter(mark: str, lead: str, bold_lead: bool) -> list:
    blocks = [
        H("Ullswater Vale NHS Trust"),
        P("Our ref: UV/FOI/3318"),
        P("Date: 4 November 2025"),
        P("Dear Requester"),
        P("Thank you for your request of 8 October 2025, which asked:"),
    ]
    blocks += [P(f"{n}. {q}") for n, (q, _a) in enumerate(QA, 1)]
    blocks.append(P(f"**{lead}**" if bold_lead else lead))
    blocks.append(P(" ".join(f"{mark.format(n=n)} {a}" for n, (_q, a) in enumerate(QA, 1))))
    return [*blocks, *SIGN_OFF]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "mark, lead, bold_lead",
    [
        ("({n})", "We reply to each question in turn below.", False),
        ("Reply {n}:", "Our replies, numbered as your questions:", True),
    ],
)
def test_each_question_gets_the_run_its_marker_opens(mark, lead, bold_lead, fmt, model):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(mark, lead, bold_lead), fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(str(n), q, a) for n, (q, a) in enumerate(QA, 1)]
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "43(2)")]


def test_a_paragraph_is_cut_at_its_markers_in_sequence():
    text = "(1) Seven beds. (2) None were closed (see note (3) below). (3) £2,400."
    assert split_at_markers(text, [1, 2, 3]) == [
        "Seven beds.",
        "None were closed (see note (3) below).",
        "£2,400.",
    ]
    # the first marker already taken off by the segmenter
    assert split_at_markers("Seven beds. A2. None. A3. £2,400.", [1, 2, 3]) == [
        "Seven beds.",
        "None.",
        "£2,400.",
    ]


def test_no_cut_without_every_marker_or_inside_a_citation():
    assert split_at_markers("(1) Seven beds. (3) £2,400.", [1, 2, 3]) is None
    assert split_at_markers("Exempt under section 40(2) of the Act.", [1, 2]) is None
