"""FOI styles learned from held-out set Q's first sight, read as structures rather than
set Q's phrases:

- a question table whose answer is a column of bare closed answers (yes / no / not
  applicable) and the column of detail beside it, the two one answer
  (parsers.foi.closed_columns);
- a heading after the last answer of a numbered run opens a section of its own, no
  part of that answer (parsers.foi.trailing_section);
- a sentence of the closing not addressed to the reader, between the closing's prose
  and the sign-off, is closing too when it goes on about that prose's matter
  (parsers.foi.tail), so answers in one-cell boxes and answers pointing back to an
  earlier one end where the letter's closing begins.

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, H, P, render
from parsers import parse_document
from parsers.extract.model import Table
from parsers.foi.classify_patterns import closed_answer
from parsers.foi.closed_columns import closed_answer_columns
from parsers.foi.tail import tail_start
from parsers.foi.trailing_section import trailing_section_start
from parsers.foi.units import _Unit
from tests.test_foi_tables_o import FORMATS, MODELS, _model, pairs

TRUST = "Brackenmoor Coast NHS Foundation Trust"

HEAD = [
    H(TRUST),
    P("Reference: BCF/IG/3381"),
    P("Date: 14 October 2025"),
    P("Dear Ms Achterberg"),
    P("Your request of 22 September 2025 has now been dealt with and our reply follows."),
]
# a closing whose second sentence speaks to no one: it goes on about the appeal
CLOSE = [
    P("You can request an appeal against this decision by writing back to our office."),
    P("The appeal is decided by a senior manager who took no part in the original decision."),
    P("Best wishes"),
    P("Records and Disclosure Office"),
    P(TRUST),
]


def read(blocks: list, fmt: str, model: str):
    """The letter rendered by set P's renderer (one-cell boxes, heading rows)."""
    data, name = render(blocks, fmt, title=TRUST, site=TRUST)
    with _model(model):
        result = parse_document(data, filename=name, kind_hint="foi")
    assert result.foi is not None, result.error
    return result.foi


# ---------------------------------------------------------------- closed-answer tables

CLOSED = [
    ("Is there a hospital chaplain on call at night?", "No", "Cover comes from volunteers."),
    ("Do the wards use hoists for bariatric patients?", "Yes", "Every surgical ward has two."),
    ("Has the Trust a contract for grounds maintenance?", "N/A", "The estate is leased."),
]


@pytest.mark.parametrize("numbered", [True, False])
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_closed_answer_column_and_its_detail_are_one_answer(fmt, model, numbered):
    rows = [["Your request", "Held?", "Comments"]]
    for n, (q, closed, detail) in enumerate(CLOSED, 1):
        rows.append([f"{n}. {q}" if numbered else q, closed, detail])
    foi = read([*HEAD, Grid(rows, header=True, widths=(7, 2, 7)), *CLOSE], fmt, model)
    want = [
        (str(n) if numbered else None, q, f"{closed} {detail}")
        for n, (q, closed, detail) in enumerate(CLOSED, 1)
    ]
    assert pairs(foi) == want


def _table(rows: list[list[str]]) -> Table:
    return Table(rows=rows)


def test_closed_columns_need_closed_cells_and_detail_beside_them():
    head = ["Question", "Status", "Notes"]
    closed = _table([head, ["Is it held?", "Yes", "In the ward log."], ["Any?", "No", "None."]])
    assert closed_answer_columns(closed, 0) == (1, 2)
    # a middle column of free text is no closed-answer column
    free = _table([head, ["Is it held?", "Held in part", "Ward log."], ["Any?", "No", "-"]])
    assert closed_answer_columns(free, 0) is None
    # closed cells with nothing to say beside them: no detail column, no pair
    bare = _table([["Question", "Status"], ["Is it held?", "Yes"], ["Any?", "No"]])
    assert closed_answer_columns(bare, 0) is None


def test_closed_answer_is_the_whole_cell():
    assert all(closed_answer(t) for t in ("Yes", "no.", "N/A", "Not applicable", "YES"))
    assert not any(closed_answer(t) for t in ("Yes, in part", "Not known", "None held", ""))


# ---------------------------------------------------------------- a section after the answers

NOTES = ["Counts below ten are shown as a range.", "All figures are for financial years."]
ASKED = [
    (
        "How many ambulances were held at the front door for over an hour in 2024?",
        "There were 1,208.",
    ),
    ("What does the Trust pay each year for its pharmacy robot?", "The service costs £61,400."),
    ("How many midwives joined the Trust in 2024?", "Forty-three midwives joined."),
]


@pytest.mark.parametrize("face", ["heading", "bold"])
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_heading_after_the_last_answer_ends_it(fmt, model, face):
    body = []
    for n, (q, a) in enumerate(ASKED, 1):
        body += [P(f"{n}) {q}"), P(a)]
    heading = H("Notes on the figures") if face == "heading" else P("Notes on the figures", "bold")
    foi = read([*HEAD, *body, heading, *(P(x) for x in NOTES), *CLOSE], fmt, model)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(ASKED, 1)]


def _units(*spec: tuple[str, str | None]) -> list[_Unit]:
    return [_Unit(text, style) for text, style in spec]


def test_trailing_section_needs_a_numbered_answered_run():
    run = [("1. How many beds?", None), ("Eighty.", None), ("2. How many cots?", None)]
    after = [("Twelve.", None), ("Notes on the figures", "bold"), ("Counts are rounded.", None)]
    assert trailing_section_start(_units(*run, *after)) == 4
    # a heading in an earlier answer: headings are part of this letter's answers
    inner = [run[0], ("By ward", "bold"), ("Eighty.", None), run[2]]
    assert trailing_section_start(_units(*inner, *after)) is None
    # the questions listed together up front, no answer under each: not such a run
    listed = [run[0], run[2], *after]
    assert trailing_section_start(_units(*listed)) is None
    # a caption over a table in the last answer is part of it
    units = _units(*run, ("Twelve.", None), ("Cots by site", "bold"))
    units.append(_Unit("", table=_table([["Site", "Cots"], ["North", "12"]])))
    assert trailing_section_start(units) is None


# ---------------------------------------------------------------- the closing's own sentences

BOXED = [
    ("How many blood transfusions did the Trust give in 2024?", "The Trust gave 9,140."),
    (
        "Which company supplies the Trust's wheelchairs?",
        "Wheelchairs come from Moorland Mobility Ltd.",
    ),
    (
        "Does the Trust offer staff a cycle to work scheme?",
        "Yes, through a salary sacrifice scheme.",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_boxed_answers_end_at_the_closing(fmt, model):
    body = []
    for n, (q, a) in enumerate(BOXED, 1):
        body += [P(f"{n}. {q}", "bold"), Grid([[a]])]
    foi = read([*HEAD, *body, *CLOSE], fmt, model)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(BOXED, 1)]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_an_answer_pointing_back_ends_at_the_closing(fmt, model):
    pointer = "Our reply to question 1 covers this."
    body = [
        P(f"1. {BOXED[0][0]}", "bold"),
        P(BOXED[0][1]),
        P("2. Could the figure be split by hospital?", "bold"),
        P(pointer),
        P(f"3. {BOXED[1][0]}", "bold"),
        P(BOXED[1][1]),
    ]
    foi = read([*HEAD, *body, *CLOSE], fmt, model)
    assert pairs(foi) == [
        ("1", BOXED[0][0], BOXED[0][1]),
        ("2", "Could the figure be split by hospital?", pointer),
        ("3", BOXED[1][0], BOXED[1][1]),
    ]


def test_a_closing_sentence_continues_only_the_closing_s_matter():
    answered = [("1. How many porters work nights?", None), ("Fourteen porters.", None)]
    sign = [("Yours sincerely", None), ("Records Office", None)]
    prose = ("You can request an appeal against this decision by writing to us.", None)
    goes_on = ("The appeal is decided by a senior manager.", None)
    assert tail_start(_units(*answered, prose, goes_on, *sign)) == 2
    # a sentence sharing nothing with the closing above it is no part of it
    other = ("Night cover was reviewed by the estates team.", None)
    assert tail_start(_units(*answered, prose, other, *sign)) == 4
