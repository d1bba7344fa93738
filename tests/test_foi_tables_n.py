"""FOI table styles learned from held-out set N's first sight, read as structures
rather than set N's phrases:

* questions across a table's heading row, a column per question, the answers in the
  row(s) beneath (parsers.foi.transposed_tables), several tables in turn, the last
  of one column read as paragraphs;
* a summary table up front (number / held? / exemption) before the full numbered
  answers: metadata about the answers, not question/answer rows
  (parsers.foi.qa_tables), its exemptions counted; a bare answer heading over the
  inline answers marks no answer of its own (parsers.foi.passes);
* questions listed, then answered in a table keyed by number only
  (parsers.foi.keyed_tables), the mirror of questions in an appendix table;
* a letterhead date with a second date in brackets after it
  (parsers.foi.date_fields).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date

import pytest

from parsers.extract.model import Table
from parsers.foi.date_fields import bracketed_fields
from parsers.foi.keyed_tables import keyed_items
from parsers.foi.labeller import using_labeller
from parsers.foi.qa_tables import _items_from_tables
from parsers.foi.transposed_tables import column_questions, transposed_items
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, pairs, read

MODELS = ["rules only", "labeller"]


def _model(model: str):
    return using_labeller(None) if model == "rules only" else nullcontext()


HEAD = [
    H("Hollinsclough Moor Health NHS Trust"),
    P("Our reference: HMH-IR-5520"),
    P("Date: 9 October 2025"),
    P("Dear Mr Baptiste"),
    P("We received your request on 18 September 2025 and reply to it below."),
]

QS = [
    (
        "How many speech and language therapists does the Trust employ?",
        ["The Trust employs 31 speech and language therapists."],
    ),
    (
        "What did the Trust pay for window cleaning in 2024?",
        ["Window cleaning cost £12,480 in 2024.", "This covers all four hospital sites."],
    ),
    (
        "Please list the names of the consultants suspended in 2024.",
        ["Two consultants were suspended.", "Their names are withheld under section 40(2)."],
    ),
    (
        "Does the Trust keep a record of lost patient property?",
        ["Lost property is logged by each ward, but no central record is kept."],
    ),
]


def _want(numbered: bool) -> list[tuple[str | None, str, str]]:
    return [(str(n) if numbered else None, q, " ".join(a)) for n, (q, a) in enumerate(QS, 1)]


# ---------------------------------------------------------------- questions across a table


def across_letter(numbered: bool) -> list:
    """Three questions across one table, the fourth alone in a one-column table (read
    by the extractors as two paragraphs)."""
    head = [f"{n}. {q}" if numbered else q for n, (q, _) in enumerate(QS, 1)]
    first = T([head[:3], ["\n".join(a) for _, a in QS[:3]]])
    last = [P(head[3]), *(P(p) for p in QS[3][1])]
    intro = P("The table sets each of your questions at the top of a column.")
    return [*HEAD, intro, first, *last, *SIGN_OFF]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("numbered", [True, False])
@pytest.mark.parametrize("fmt", FORMATS)
def test_questions_across_a_heading_row(fmt, numbered, model):
    with _model(model):
        foi = read(across_letter(numbered), fmt)
    assert pairs(foi) == _want(numbered)
    assert {(e.law, e.section) for e in foi.exemptions} == {("FOIA", "40(2)")}


def test_heading_row_of_questions_over_two_answer_rows():
    table = Table(
        rows=[
            ["1. How many beds are on Ward 7?", "2. Please give the ward's opening date."],
            ["Ward 7 has 22 beds.", "It opened in May 2019."],
            ["Four of them are side rooms.", ""],
        ]
    )
    asked = column_questions(table)
    assert asked == [
        ("1", 1, "How many beds are on Ward 7?"),
        ("2", 2, "Please give the ward's opening date."),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        [["Year", "Admissions"], ["2023", "4,120"]],  # a data table: its heading asks nothing
        [["How many?", "Which wards?"], ["What about 2022?", "And 2023?"]],  # nothing answers
        [["1. How many porters?", "Which sites?"], ["12", "Two"]],  # numbered and not
    ],
)
def test_tables_not_read_as_questions_across(rows):
    assert column_questions(Table(rows=rows)) is None


def test_table_of_asking_headings_inside_an_answer_is_data():
    """A numbered question of the letter's own stands before the table: the table's
    asking headings are the data's, not the request's."""
    rows = [["Was a reminder sent?", "Did the patient attend?"], ["Yes: 812", "Yes: 790"]]
    units = [
        _Unit("1. How many outpatients were sent text reminders in March?"),
        _Unit("The figures are below."),
        _Unit("", table=Table(rows=rows), table_index=0),
    ]
    assert column_questions(Table(rows=rows)) is not None
    assert transposed_items(units) is None


# ---------------------------------------------------------------- summary table up front


SUMMARY_HEADS = {
    # a bare answer heading over the answers, the number column headed as items
    "Our replies": ["Item", "Held by us?", "Exemption cited"],
    # the number column headed as the questions, the held column as the answers
    "Detailed reply to each question": ["Question", "Information held", "Exemption"],
}


def summary_letter(answers_heading: str) -> list:
    rows = [SUMMARY_HEADS[answers_heading]]
    for n in range(1, len(QS) + 1):
        rows.append([str(n), "Partly" if n == 3 else "Yes", "s40(2)" if n == 3 else "n/a"])
    blocks = [*HEAD, P("At a glance"), T(rows), H(answers_heading)]
    for n, (q, a) in enumerate(QS, 1):
        blocks += [P(f"{n}. {q}"), *(P(p) for p in a)]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("answers_heading", list(SUMMARY_HEADS))
@pytest.mark.parametrize("fmt", FORMATS)
def test_summary_table_before_full_answers(fmt, answers_heading, model):
    with _model(model):
        foi = read(summary_letter(answers_heading), fmt)
    assert pairs(foi) == _want(True)
    assert {(e.law, e.section) for e in foi.exemptions} == {("FOIA", "40(2)")}


def test_number_column_headed_as_questions_is_no_question_table():
    rows = [["Question number", "Response given"], ["1", "Yes"], ["2", "No"], ["3", "Partly"]]
    units = [_Unit("", table=Table(rows=rows), table_index=0)]
    assert _items_from_tables(units) is None


# ---------------------------------------------------------------- keyed answer table


def keyed_letter() -> list:
    blocks = [*HEAD, P("Your request asked:")]
    blocks += [P(f"({n}) {q}") for n, (q, _) in enumerate(QS, 1)]
    rows = [["Ref", "Reply from the Trust"]]
    rows += [[str(n), "\n".join(a)] for n, (_, a) in enumerate(QS, 1)]
    return [*blocks, P("Please see the table."), T(rows), *SIGN_OFF]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_listed_questions_answered_by_number_keyed_table(fmt, model):
    with _model(model):
        foi = read(keyed_letter(), fmt)
    assert pairs(foi) == _want(True)
    assert {(e.law, e.section) for e in foi.exemptions} == {("FOIA", "40(2)")}


def test_keyed_table_needs_the_listed_side_to_ask():
    """Answers numbered in the body, the questions in the table: the appendix shape,
    not this one."""
    units = [_Unit("1. The Trust employs 31 therapists."), _Unit("2. It cost £12,480.")]
    rows = [["No.", "Question"], ["1", "How many therapists?"], ["2", "What did it cost?"]]
    units.append(_Unit("", table=Table(rows=rows), table_index=0))
    assert keyed_items(units) is None


# ---------------------------------------------------------------- bracketed date fields


def test_bracketed_second_date_is_a_field_of_its_own():
    assert bracketed_fields("Replied 2025-10-09 (enquiry opened 2025-09-18)") == [
        "Replied 2025-10-09",
        "enquiry opened 2025-09-18",
    ]
    assert bracketed_fields("Ward 3 (reopened 2025-01-04)") == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_letterhead_date_with_bracketed_receipt(fmt):
    head = [
        H("Hollinsclough Moor Health NHS Trust"),
        P("Ref HMH-IR-7731"),
        P("Sent 2025-10-09 (received 2025-09-18)"),
        P("Dear Mr Baptiste"),
    ]
    foi = read([*head, P(f"1. {QS[0][0]}"), P(QS[0][1][0]), *SIGN_OFF], fmt)
    assert (foi.received_date, foi.responded_date) == (date(2025, 9, 18), date(2025, 10, 9))
