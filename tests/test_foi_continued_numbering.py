"""A letter completing an earlier reply, its questions numbered on from that letter
(parsers.foi.continued_numbering, since set X's learning): the questions keep the
numbers printed ("4.", "5."), the paragraph citing the range answered before is in
no item. A made-up letter, read from DOCX, PDF and HTML, by the rules and with the
block labeller."""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import H, P
from parsers.foi.continued_numbering import continued_from
from parsers.foi.labeller import default_labeller, using_labeller
from parsers.foi.units import _Unit
from tests.foi_styled import read_styled
from tests.test_foi_styles import FORMATS, pairs

TRUST = "Lowther Dale NHS Trust"
ASKED = [
    ("What does the Trust pay for its laundry contract each year?", ["About £610,000 a year."]),
    (
        "How many electric pool cars does the Trust own?",
        ["The Trust owns nine electric pool cars.", "Four more are on order."],
    ),
    ("Does the Trust run a staff nursery?", ["Yes, at its Lowther site."]),
]
NOTE = "Items 1-3 of your email were dealt with on 2 May 2025. We now reply to the rest."


def letter(bold: bool) -> tuple[list, list]:
    body, want = [P(NOTE)], []
    for n, (q, a) in enumerate(ASKED, 4):
        body += [P(f"{n}. {q}", "bold" if bold else None), *(P(x) for x in a)]
        want.append((str(n), q, " ".join(a)))
    head = [H(TRUST), P("Reference: LD/0412"), P("Date: 20 May 2025"), P("Dear Sir")]
    return [*head, *body, P("Yours sincerely"), P("Governance Office")], want


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("labelled", [False, True])
def test_questions_numbered_on_keep_their_numbers(fmt, bold, labelled):
    blocks, want = letter(bold)
    with using_labeller(default_labeller() if labelled else None):
        foi = read_styled(blocks, fmt, title=TRUST)
    assert pairs(foi) == want


def unit(text: str) -> _Unit:
    return _Unit(text, None, lines=[text])


def test_the_range_must_end_just_before_the_first_number():
    units = [unit("Items 1-2 were answered."), unit("4. How many?"), unit("5. Which?")]
    assert continued_from(units) == 1
    units[0] = unit("Items 1 to 3 were answered.")
    assert continued_from(units) == 4


def test_no_range_cited_starts_at_one():
    assert continued_from([unit("Dear Sir"), unit("4. How many?"), unit("5. Which?")]) == 1
