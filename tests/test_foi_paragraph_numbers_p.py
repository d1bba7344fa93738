"""A letter whose every paragraph is numbered in one run, its opening and closing
too, each question set in a face of its own (parsers.foi.paragraph_numbers, since
set P's learning): the numbers count paragraphs, so a question's label is its
paragraph's number and the answers' numbers are no labels. Every letter is made up
(a fictional trust, its own questions and figures), read from DOCX, PDF and HTML,
by the rules alone and with the block labeller."""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import H, P
from parsers.foi.labeller import default_labeller, using_labeller
from parsers.foi.paragraph_numbers import numbered_paragraphs, paragraph_number_units
from parsers.foi.units import _Unit
from tests.foi_styled import read_styled
from tests.test_foi_styles import FORMATS, pairs

TRUST = "Fernbrook Valley NHS Foundation Trust"
ASKED = [
    (
        "How many hospital beds were closed for infection control in January 2025?",
        ["An average of 23 beds a day were closed in January 2025."],
    ),
    (
        "Please state the Trust's spend on agency pharmacists in 2024/25.",
        [
            "Agency pharmacists cost the Trust £412,980 in 2024/25.",
            "Locum pharmacists booked through the staff bank are not included.",
        ],
    ),
    (
        "Does the Trust offer a pharmacy delivery service to housebound patients?",
        ["No. Housebound patients are served by their community pharmacies."],
    ),
]
OPENING = "Thank you for your letter of 2 April 2025, which asked three questions."
CLOSING = [
    "Should you be dissatisfied with this reply, you may request an internal review "
    "within 40 working days.",
    "You may afterwards complain to the Information Commissioner.",
]


def letter(face: str, form: str) -> tuple[list, list]:
    """The letter's blocks, and the pairs it holds."""
    numbered = [(OPENING, None)]
    want = []
    for q, a in ASKED:
        want.append((str(len(numbered) + 1), q, " ".join(a)))
        numbered += [(q, face), *((x, None) for x in a)]
    numbered += [(x, None) for x in CLOSING]
    body = [P(form.format(n=n, x=x), f) for n, (x, f) in enumerate(numbered, 1)]
    head = [
        H(TRUST),
        P("Brook House, Fernbrook FV2 8BH"),
        P("Our reference: FV/IG/25/0177"),
        P("Date: 24 April 2025"),
        P("Dear Correspondent"),
    ]
    return [*head, *body, P("Yours sincerely"), P("Disclosure Officer")], want


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("face", "form"), [("italic", "{n}. {x}"), ("bold", "({n}) {x}")])
@pytest.mark.parametrize("labelled", [False, True])
def test_questions_keep_their_paragraph_numbers(fmt, face, form, labelled):
    blocks, want = letter(face, form)
    with using_labeller(default_labeller() if labelled else None):
        foi = read_styled(blocks, fmt, title=TRUST)
    assert pairs(foi) == want
    assert foi.reference == "FV/IG/25/0177"


def unit(text: str, style: str | None = None) -> _Unit:
    return _Unit(text, style, lines=[text])


def test_questions_numbered_alone_are_no_paragraph_numbering():
    units = [unit("Dear Correspondent")]
    for n, (q, a) in enumerate(ASKED, 1):
        units += [unit(f"{n}. {q}", "italic"), *(unit(x) for x in a)]
    units += [unit(f"{n}. {x}") for n, x in enumerate(CLOSING, 4)]
    assert numbered_paragraphs(units) is None
    assert paragraph_number_units(units) == units


def test_numbered_paragraphs_in_one_face_are_left_alone():
    texts = [OPENING, *(x for q, a in ASKED for x in (q, *a)), *CLOSING]
    units = [unit(f"{n}. {x}") for n, x in enumerate(texts, 1)]
    assert numbered_paragraphs(units) is not None
    assert paragraph_number_units(units) == units


def test_a_numbering_that_skips_is_no_paragraph_numbering():
    texts = [OPENING, *(x for q, a in ASKED for x in (q, *a)), *CLOSING]
    units = [unit(f"{n}. {x}") for n, x in enumerate(texts, 1) if n != 4]
    assert numbered_paragraphs(units) is None
