"""FOI structures learned from held-out set U's first sight (its table-shaped styles),
read as structures rather than set U's phrases:

- a two-column table whose rows take turns under short label cells, question row then
  answer row (parsers.foi.label_column_rows);
- one table answering every question a row, figures across its columns
  (parsers.foi.figure_grids);
- each question the merged first row of its own table of figures
  (parsers.foi.caption_bands).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller
(tests/foi_u_shapes_letters.py)."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, Html, P, T
from parsers.extract.model import Table
from parsers.foi.caption_bands import caption_band
from parsers.foi.figure_grids import figure_grid_rows
from parsers.foi.label_column_rows import label_column_pairs
from tests.foi_p_structures import MODELS
from tests.foi_u_shapes_letters import FORMATS, pairs, read_letter

TOPICS = [
    (
        "How many pairs of spectacles did the eye clinic dispense in 2024?",
        ["The eye clinic dispensed 1,870 pairs.", "Most were for children."],
    ),
    (
        "Please send the names of the laundry contractor's directors.",
        [
            "The laundry contract is held by one company.",
            "Its directors' names were given to us in confidence and are withheld "
            "under section 41.",
        ],
    ),
    (
        "Does the Trust run a staff nursery at its main site?",
        ["Yes.", "It has places for 64 children."],
    ),
]


# ---------------------------------------------------------------- label column rows


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("reply", ["Reply {n}", "Our answer"])
def test_rows_taking_turns_under_label_cells(reply, model, fmt):
    rows = []
    for n, (question, answer) in enumerate(TOPICS, 1):
        rows += [[f"Enquiry {n}", question], [reply.format(n=n), "\n".join(answer)]]
    blocks = [P("Each point of your request is answered in the table below."), Grid(rows)]
    foi = read_letter(blocks, fmt, model)
    want = [(str(n), q, " ".join(a)) for n, (q, a) in enumerate(TOPICS, 1)]
    assert pairs(foi) == want
    assert {(e.law, e.section) for e in foi.exemptions} == {("FOIA", "41")}


def test_label_cells_must_take_turns_and_count_in_turn():
    ask = "How many beds are there?"
    turns = [["Point 1", ask], ["Reply 1", "Ten."], ["Point 2", ask], ["Reply 2", "Six."]]
    assert [p[0] for p in label_column_pairs(Table(rows=turns))] == ["1", "2"]
    # a second table going on with the numbering
    later = [["Point 3", ask], ["Reply 3", "Ten."], ["Point 4", ask], ["Reply 4", "Six."]]
    assert [p[0] for p in label_column_pairs(Table(rows=later))] == ["3", "4"]
    # numbered out of turn: rows of data, not questions
    data = [["Ward 7", ask], ["Bay 3", "Ten."], ["Ward 2", ask], ["Bay 9", "Six."]]
    assert label_column_pairs(Table(rows=data)) is None
    # the same label on every row: no turns
    same = [["Note", ask], ["Note", "Ten."], ["Note", ask], ["Note", "Six."]]
    assert label_column_pairs(Table(rows=same)) is None
    # the first rows of the pairs must ask
    told = [["Site 1", "North"], ["Beds 1", "Ten."], ["Site 2", "South"], ["Beds 2", "Six."]]
    assert label_column_pairs(Table(rows=told)) is None


# ---------------------------------------------------------------- figure grids

GRID = [
    ("How many home births did the midwives attend?", ("212", "198", "230")),
    ("How many patients were seen in the falls clinic?", ("1,045", "1,112", "987")),
    ("What did the Trust spend on taxis for patients?", ("£41,200", "£38,950", "£44,010")),
]
SITES = ("Eastfield", "Westmoor", "Community")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("numbered", [True, False])
def test_one_grid_answering_every_question_a_row(numbered, model, fmt):
    rows = [["Your question", *SITES]]
    for n, (question, figures) in enumerate(GRID, 1):
        rows.append([f"{n}. {question}" if numbered else question, *figures])
    blocks = [P("The figures for each site are set out below."), Grid(rows, header=True)]
    foi = read_letter(blocks, fmt, model)
    want = [
        (str(n) if numbered else None, q, f"{' | '.join(SITES)} {' | '.join(f)}")
        for n, (q, f) in enumerate(GRID, 1)
    ]
    assert pairs(foi) == want


def test_a_grid_needs_asking_rows_and_figures():
    asking = [["Item", "2023", "2024"], ["How many?", "4", "5"], ["How much?", "£3", "£9"]]
    assert figure_grid_rows(Table(rows=asking)) is not None
    data = [["Ward", "2023", "2024"], ["Ward 4", "4", "5"], ["Ward 9", "3", "9"]]
    assert figure_grid_rows(Table(rows=data)) is None
    one_column = [["Question", "Answer"], ["How many?", "4"], ["How much?", "£3"]]
    assert figure_grid_rows(Table(rows=one_column)) is None
    prose = [["Item", "A", "B"], ["How many?", "Four in all", "We cannot say at present"]]
    assert figure_grid_rows(Table(rows=prose + prose[1:])) is None


# ---------------------------------------------------------------- caption bands

CAPTIONED = [
    (
        "How many sharps injuries were reported in 2024, by site?",
        [["Site", "Injuries"], ["Eastfield", "41"], ["Westmoor", "17"]],
    ),
    (
        "How many interpreters did the Trust book, by language?",
        [["Language", "Bookings"], ["Portuguese", "320"], ["Tigrinya", "84"], ["Welsh", "12"]],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("label", ["{n}.", "Query {n}:"])
def test_each_question_the_merged_first_row_of_its_table(label, model, fmt):
    blocks = [P("The figures you asked for are in the tables below.")]
    for n, (question, rows) in enumerate(CAPTIONED, 1):
        blocks.append(T(rows, spans=[(f"{label.format(n=n)} {question}", 2)]))
    foi = read_letter(blocks, fmt, model)
    want = [
        (str(n), q, " ".join(" | ".join(r) for r in rows))
        for n, (q, rows) in enumerate(CAPTIONED, 1)
    ]
    assert pairs(foi) == want


def _captioned_table(question: str, rows: list[list[str]]) -> Html:
    """A web page's table whose <caption> is the question; on paper, the question
    printed over the table."""
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    page = f"<table><caption>{question}</caption>{cells}</table>"
    return Html(page, [P(question), T(rows)])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
def test_each_question_the_caption_of_its_table(model, fmt):
    blocks = [P("The figures you asked for are in the tables below.")]
    for n, (question, rows) in enumerate(CAPTIONED, 1):
        blocks.append(_captioned_table(f"{n}. {question}", rows))
    foi = read_letter(blocks, fmt, model)
    want = [
        (str(n), q, " ".join(" | ".join(r) for r in rows))
        for n, (q, rows) in enumerate(CAPTIONED, 1)
    ]
    assert pairs(foi) == want


def test_a_caption_band_asks_over_rows_of_figures():
    rows = [["Site", "Injuries"], ["Eastfield", "41"]]
    assert caption_band(Table(rows=[["1. How many injuries?", ""], *rows])) is not None
    assert caption_band(Table(rows=[["Injuries by site", ""], *rows])) is None  # a title
    captioned = Table(rows=rows, caption="1. How many injuries?")  # (a web page's <caption>)
    assert caption_band(captioned) == ("1. How many injuries?", rows)
    banded = [["1. How many injuries?", ""], *rows, ["2. How many sites?", ""], ["Two", "2"]]
    assert caption_band(Table(rows=banded)) is None  # merged rows further down
