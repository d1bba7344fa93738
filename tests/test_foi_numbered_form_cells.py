"""A response form: a two-column table of labelled rows, one value cell holding every
question on numbered lines and another every answer numbered alike; the answer
numbered k is question k's (parsers.foi.numbered_form_cells). Read by the table's
shape and the numbers, not the row labels: the asking cell holds the questions,
wherever it stands.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date

import pytest

from parsers.extract.model import Table
from parsers.foi.labeller import using_labeller
from parsers.foi.numbered_form_cells import form_cell_pairs
from tests.foi_letters import SIGN_OFF, H, T
from tests.test_foi_styles import FORMATS, pairs, read

ASKED = [
    "How many defibrillators are installed in the Trust's public areas?",
    "When were the defibrillators last serviced?",
    "Please send the Trust's policy on resuscitation training for porters.",
]
ANSWERS = [
    "There are 37 defibrillators in public areas.",
    "All were serviced in November 2024. The next service is due in May 2025.",
    "The policy is attached. Porters attend a half-day course every year.",
]


def _cell(lines: list[str]) -> str:
    return "\n".join(f"{n}. {x}" for n, x in enumerate(lines, 1))


def _rows(answers_first: bool) -> list[list[str]]:
    asked, answered = ["Your questions", _cell(ASKED)], ["Trust reply", _cell(ANSWERS)]
    middle = [answered, asked] if answers_first else [asked, answered]
    return [
        ["Reference number", "MDH/FOI/0558"],
        ["Date received", "2025-01-14"],
        *middle,
        ["Date of reply", "2025-02-06"],
    ]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("answers_first", [False, True])
def test_numbered_lines_of_two_cells_pair_by_number(fmt, model, answers_first):
    letter = [H("Marsden Dale Health NHS Trust"), T(_rows(answers_first)), *SIGN_OFF]
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(letter, fmt)
    want = [(str(n), q, a) for n, (q, a) in enumerate(zip(ASKED, ANSWERS, strict=True), 1)]
    assert pairs(foi) == want
    assert foi.reference == "MDH/FOI/0558"
    assert foi.received_date == date(2025, 1, 14)
    assert foi.responded_date == date(2025, 2, 6)


def test_no_pairing_without_one_asking_cell_and_equal_counts():
    assert form_cell_pairs(Table(rows=_rows(False))) is not None
    # both cells asking (a request printed twice), or the counts differ: nothing
    twice = [["Asked", _cell(ASKED)], ["Asked again", _cell(ASKED)]]
    assert form_cell_pairs(Table(rows=twice)) is None
    short = [["Asked", _cell(ASKED)], ["Reply", _cell(ANSWERS[:2])]]
    assert form_cell_pairs(Table(rows=short)) is None
    # a long left cell is content, not a row label
    wide = [["One two three four five six seven eight", "x"], *_rows(False)]
    assert form_cell_pairs(Table(rows=wide)) is None


def test_the_questions_cell_and_the_one_cell_numbered_alike_pair():
    lettered = [
        ["Asked", "a) How many wards?\nb) How many beds?"],
        ["Notes", "1. Counted in March.\n2. Beds include cots.\n3. Day cases excluded."],
        ["Answer", "a) Twelve.\nb) 340."],
    ]
    assert form_cell_pairs(Table(rows=lettered)) == [
        ("a", "How many wards?", "Twelve."),
        ("b", "How many beds?", "340."),
    ]
