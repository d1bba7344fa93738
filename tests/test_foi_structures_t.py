"""FOI structures learned from held-out set T's first sight, read as structures rather
than set T's phrases:

- a worded label counted out of the whole standing alone over its question
  ("Enquiry 2 of 3"; parsers.foi.patterns);
- answers printed first under numbered answer markers, each closed by the question
  quoted in a face of its own (parsers.foi.answer_first).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P
from parsers.foi.answer_first import answer_first_units
from parsers.foi.patterns import _RE_QWORD_ALONE
from parsers.foi.units import _Unit
from tests.foi_p_structures import MODELS, unit
from tests.foi_t_structures import (
    FORMATS,
    HEAD,
    SIGN_OFF,
    TOPICS,
    pairs,
    read_letter,
    want_pairs,
)

# ---------------------------------------------------------------- counted labels


def test_a_label_counted_out_of_the_whole_stands_alone():
    assert _RE_QWORD_ALONE.match("Enquiry 2 of 3").group(1) == "2"
    assert _RE_QWORD_ALONE.match("Item 4 of 12:").group(1) == "4"
    assert _RE_QWORD_ALONE.match("Point 2 of your request was answered.") is None


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("face", ["heading", "bold"])
def test_counted_headers_over_question_and_reply_line(face, model, fmt):
    blocks = list(HEAD)
    for n, (question, answer) in enumerate(TOPICS, 1):
        head = f"Enquiry {n} of {len(TOPICS)}"
        blocks += [H(head) if face == "heading" else P(head, "bold"), P(question)]
        blocks += [P("Our reply", "italic"), *(P(x) for x in answer)]
    assert pairs(read_letter(blocks + SIGN_OFF, fmt, model)) == want_pairs()


# ---------------------------------------------------------------- answers first


def _answer_first_letter(quote: str) -> list:
    blocks = list(HEAD)
    for n, (question, answer) in enumerate(TOPICS, 1):
        blocks += [P(f"Reply {n}", "bold"), *(P(x) for x in answer)]
        blocks.append(P(quote.format(n=n, q=question), "italic"))
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("quote", ["You put to us as item {n}: “{q}”", "[Asked: ‘{q}’]"])
def test_answers_first_each_closed_by_its_quoted_question(quote, model, fmt):
    foi = read_letter(_answer_first_letter(quote), fmt, model)
    assert pairs(foi) == want_pairs()


def test_answers_first_need_every_section_closed_by_a_quotation():
    units = [
        unit("Reply 1", "bold"),
        unit("We fitted 2,315."),
        unit("Asked: “How many aids?”", "italic"),
        unit("Reply 2", "bold"),
        unit("It costs £18,900."),
        unit("A note in italics with no quotation", "italic"),
    ]
    assert answer_first_units(units) == units
    units[5] = unit("Asked: “What does cleaning cost?”", "italic")
    texts = [u.text for u in answer_first_units(units)]
    assert texts == [
        "1. How many aids?",
        "Answer:",
        "We fitted 2,315.",
        "2. What does cleaning cost?",
        "Answer:",
        "It costs £18,900.",
    ]


# ---------------------------------------------------------------- points run together


def _points_letter(lead: str, face: str | None) -> list:
    run = " ".join(f"{n}) {q}" for n, (q, _) in enumerate(TOPICS, 1))
    blocks = [*HEAD, P("Your message said:"), P(f"“Kindly send me the following. {run}”", face)]
    for n, (_, answer) in enumerate(TOPICS, 1):
        blocks += [P(f"{lead.format(n=n)} {answer[0]}"), *(P(x) for x in answer[1:])]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(("lead", "face"), [("As to item {n}:", "italic"), ("On item {n},", None)])
def test_points_run_together_answered_under_leads(lead, face, model, fmt):
    foi = read_letter(_points_letter(lead, face), fmt, model)
    want = [(lab, q.rstrip("."), a) for lab, q, a in want_pairs()]
    assert [(lab, q.rstrip("."), a) for lab, q, a in pairs(foi)] == want


def test_point_leads_need_one_template_naming_every_number():
    from parsers.foi.point_leads import lead_answers

    units = [unit("As to item 1: We fitted 2,315."), unit("On item 2, it costs £18,900.")]
    assert lead_answers(units, ["1", "2"]) == []
    units[1] = unit("As to item 2: It costs £18,900.")
    assert lead_answers(units, ["1", "2"]) == [
        ("1", 0, "We fitted 2,315."),
        ("2", 1, "It costs £18,900."),
    ]


# ---------------------------------------------------------------- furniture lines


def _furnished_letter(face: str) -> list:
    blocks = list(HEAD)
    for n, (question, answer) in enumerate(TOPICS, 1):
        blocks += [P(f"Q{n}. {question}", "bold"), *(P(x) for x in answer)]
        blocks.append(P("Figures from: the audiology and estates systems, May 2025.", face))
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
def test_a_line_in_its_own_face_closing_every_answer_is_in_none(model, fmt):
    foi = read_letter(_furnished_letter("italic"), fmt, model)
    assert pairs(foi) == [(f"Q{n}", q, a) for n, (_, q, a) in enumerate(want_pairs(), 1)]


def test_furniture_lines_must_close_every_section_with_one_label():
    from parsers.foi.answer_furniture import answer_furniture_dropped

    units = [
        unit("1. How many aids?", "bold"),
        unit("We fitted 2,315."),
        unit("Figures from: the audiology system.", "italic"),
        unit("2. What does cleaning cost?", "bold"),
        unit("It costs £18,900."),
        unit("Checked by: the estates team.", "italic"),
    ]
    assert answer_furniture_dropped(units) == units
    units[5] = unit("Figures from: the ledger.", "italic")
    kept = [u.text for u in answer_furniture_dropped(units)]
    assert kept == [
        "1. How many aids?",
        "We fitted 2,315.",
        "2. What does cleaning cost?",
        "It costs £18,900.",
    ]


# ---------------------------------------------------------------- tables first


def _table_first_letter() -> list:
    from benchmarks.heldout_p.render import Grid

    blocks = list(HEAD)
    for n, (question, answer) in enumerate(TOPICS, 1):
        rows = [["Site", "Figure"], ["North", str(10 * n)], ["South", str(n)], ["All", str(11 * n)]]
        blocks += [P(f"{n}) {question}", "bold"), Grid(rows, header=True), P(answer[0])]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
def test_a_table_straight_under_each_question_opens_its_answer(model, fmt):
    foi = read_letter(_table_first_letter(), fmt, model)
    want = [
        (str(n), q, f"Site | Figure North | {10 * n} South | {n} All | {11 * n} {a[0]}")
        for n, (q, a) in enumerate(TOPICS, 1)
    ]
    assert pairs(foi) == want


def test_tables_first_need_a_table_under_every_question():
    from parsers.extract.model import Table
    from parsers.foi.table_first import table_first_units

    grid = _Unit("", None, table=Table(rows=[["A", "1"], ["B", "2"]]), table_index=0)
    units = [unit("1. How many?", "bold"), grid, unit("A note."), unit("2. How much?", "bold")]
    units.append(unit("It costs £5."))
    assert table_first_units(units) == units
    units[4:] = [grid, unit("Another note.")]
    assert [u.text for u in table_first_units(units)][:3] == ["1. How many?", "A | 1 B | 2", ""]


# ---------------------------------------------------------------- prose columns


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
def test_a_status_column_beside_the_prose_reply_is_in_no_answer(model, fmt):
    from benchmarks.heldout_p.render import Grid

    rows = [["Information requested", "State", "Notes"]]
    states = ["Released", "Part released – s.40(2)", "Not held"]
    for n, ((question, answer), state) in enumerate(zip(TOPICS, states, strict=True), 1):
        rows.append([f"{n}. {question}", state, " ".join(answer) + " This is the reply in full."])
    foi = read_letter([*HEAD, Grid(rows, header=True), *SIGN_OFF], fmt, model)
    want = [(lab, q, f"{a} This is the reply in full.") for lab, q, a in want_pairs()]
    assert pairs(foi) == want


def test_a_prose_column_must_be_the_only_one_beside_short_values():
    from parsers.extract.model import Table
    from parsers.foi.prose_columns import prose_answer_column

    reply = "The Trust holds this and sets it out here in full."
    table = Table(
        rows=[["Q", "S", "R"], ["How many?", "Held", reply], ["How much?", "Held", reply]]
    )
    assert prose_answer_column(table, 0) == 2
    table.rows[2][1] = "It is held and it is given in the next column."
    assert prose_answer_column(table, 0) is None


# ---------------------------------------------------------------- repeated reply lines


def _follow_up_letter(long_last: bool) -> list:
    blocks = [*HEAD, P("Further to our letter of 2 December 2024, we have looked again.")]
    for n, (question, answer) in enumerate(TOPICS, 1):
        before = "We said the figure was not held."
        if long_last and n == len(TOPICS):
            before = (
                "We said that the figure was not held centrally and would take too long to find."
            )
        blocks += [P(f"{n}. {question}", "italic"), P(f"First reply: {before}", "italic")]
        blocks += [P("Revised position", "bold"), *(P(x) for x in answer)]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("long_last", [False, True])
def test_a_short_line_after_every_question_marks_the_answer(long_last, model, fmt):
    foi = read_letter(_follow_up_letter(long_last), fmt, model)
    assert pairs(foi) == want_pairs()


def test_repeated_marker_lines_must_be_the_same_words_each_time():
    from parsers.foi.repeated_markers import repeated_marker_units

    units = [
        unit("1. How many aids?", "italic"),
        unit("Revised position", "bold"),
        unit("We fitted 2,315."),
        unit("2. What does cleaning cost?", "italic"),
        unit("New figures", "bold"),
        unit("It costs £18,900."),
    ]
    assert repeated_marker_units(units) == units
    units[4] = unit("Revised position", "bold")
    assert [u.text for u in repeated_marker_units(units)][1::3] == ["Answer:", "Answer:"]


def test_enumerated_pieces_that_are_sentences_keep_their_stops():
    from parsers.foi.inline_enum import _clauses, _enumeration

    whole = "Please tell me 1) How many beds are open? 2) Give the cost of agency staff.”"
    assert _clauses(whole, _enumeration(whole)) == [
        "How many beds are open?",
        "Give the cost of agency staff.",
    ]
    joined = "You asked for (1) the number of beds; (2) the cost of staff."
    assert _clauses(joined, _enumeration(joined)) == ["the number of beds", "the cost of staff"]


def test_a_repeated_field_line_is_no_answer_marker():
    from parsers.foi.repeated_markers import repeated_marker_units

    units = [
        unit("1. How many aids?"),
        unit("On record: Yes"),
        unit("We fitted 2,315."),
        unit("2. What does cleaning cost?"),
        unit("On record: Yes"),
        unit("It costs £18,900."),
    ]
    assert repeated_marker_units(units) == units
