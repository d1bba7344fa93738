"""Question cards set two or three to a row in a bordered table (set AG's learning,
issue #13): each cell a card of the question's title, the question and its answer's
paragraphs, read row by row, an empty cell nothing (parsers.foi.card_grids); and a
table of figures, or one whose cells are not numbered in turn, left a table. Read from
DOCX, PDF and HTML. Every letter is made up, in wordings of its own."""

from __future__ import annotations

import pytest

from parsers.extract.model import Table
from parsers.foi.card_grids import card_blocks
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, expect, pairs, read

ASKED = [
    (
        "How many hydrotherapy pools does the Trust run?",
        ["The Trust runs two hydrotherapy pools.", "One of them is closed for repair."],
    ),
    (
        "What was spent on agency pharmacists in 2022/23?",
        ["The Trust spent £412,600 on agency pharmacists in 2022/23."],
    ),
    (
        "Please list the wards that have a dementia lead.",
        ["Wards 4, 7 and 12 each have a named dementia lead."],
    ),
    (
        "Does the Trust offer a cycle to work scheme?",
        ["Yes. Staff may join the scheme each spring through the staff benefits portal."],
    ),
    (
        "How many complaints about car parking did the Trust receive in 2023?",
        ["We received 97 complaints about car parking in 2023."],
    ),
]


def _card(title: str, question: str, answer: list[str]) -> str:
    return "\n".join([title, question, *answer])


def _grid(per_row: int, title: str) -> T:
    cards = [_card(title.format(n=n), q, a) for n, (q, a) in enumerate(ASKED, 1)]
    cards += [""] * (-len(cards) % per_row)  # the last row's empty cells
    return T([cards[k : k + per_row] for k in range(0, len(cards), per_row)])


def _letter(grid: T) -> list:
    return [
        H("Brackenridge Valley NHS Trust"),
        P("Our reference: BVT-FOI-7731"),
        P("Date: 9 February 2024"),
        P("Dear Requester"),
        P("Thank you for your request of 16 January 2024. Each card below gives one answer."),
        grid,
        *SIGN_OFF,
    ]


def _expected(label: str) -> list:
    return expect([(label.format(n=n), q, " ".join(a)) for n, (q, a) in enumerate(ASKED, 1)])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("per_row", "title", "label"), [(2, "Question {n}", "{n}"), (3, "{n}", "{n}")]
)
def test_cards_in_a_table_read_row_by_row(per_row, title, label, fmt):
    foi = read(_letter(_grid(per_row, title)), fmt)
    assert pairs(foi) == _expected(label)
    assert foi.reference == "BVT-FOI-7731"


def test_a_table_of_figures_is_no_card_grid():
    """Cells that hold figures, or titles that do not count on in reading order."""
    figures = Table(rows=[["Ward", "Beds"], ["Ward 1", "24"], ["Ward 2", "18"]])
    assert card_blocks(figures) is None
    unordered = Table(rows=[["Question 2\nHow many?\nTen.", "Question 1\nWhich?\nThat one."]])
    assert card_blocks(unordered) is None
    one_each = Table(rows=[["Question 1\nHow many?\nTen.", "Ten beds in all"]])
    assert card_blocks(one_each) is None
