"""FOI table styles learned from held-out set O's first sight, read as structures
rather than set O's phrases: questions in one number-keyed table, answers in a second
keyed by the same numbers (parsers.foi.keyed_tables), whichever comes first, the
asking side being the questions; the exemptions the answers' rows cite are found.
(Captioned answer tables: tests/test_foi_captions_o.py, which shares this module's
letter head, closing and readers.)

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import re
from contextlib import nullcontext

import pytest

from benchmarks.heldout_m.render import H, P, T, render
from parsers import parse_document
from parsers.extract.model import Table
from parsers.foi.keyed_tables import keyed_items, keyed_table_items
from parsers.foi.labeller import using_labeller
from parsers.foi.units import _Unit

FORMATS = ["docx", "pdf", "html"]
MODELS = ["rules only", "labeller"]
TRUST = "Saltmarsh Levels Community NHS Trust"


def _model(model: str):
    return using_labeller(None) if model == "rules only" else nullcontext()


HEAD = [
    H(TRUST),
    P("Our reference: SLC-IG-0917"),
    P("Date: 3 June 2025"),
    P("Dear Mr Okonjo"),
    P("Thank you for your request of 12 May 2025, which we have now dealt with."),
]
CLOSE = [
    P(
        "If you are unhappy with this reply you may ask us to review it within 40 working "
        "days by writing to the Records Governance Manager."
    ),
    P(
        "You may also complain to the Information Commissioner's Office, Wycliffe House, "
        "Water Lane, Wilmslow SK9 5AF."
    ),
    P("Best regards"),
    P("Records Governance Office"),
    P(TRUST),
]


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def read(blocks: list, fmt: str, model: str = "rules only"):
    data, name = render(blocks, fmt, title=TRUST, site=TRUST)
    with _model(model):
        result = parse_document(data, filename=name, kind_hint="foi")
    assert result.foi is not None, result.error
    return result.foi


def pairs(foi) -> list[tuple[str | None, str, str]]:
    return [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]


# ---------------------------------------------------------------- two keyed tables

ASKED = [
    (
        "How many hearing aids did the audiology department fit in 2024?",
        ["The department fitted 2,316 hearing aids in 2024."],
    ),
    (
        "Please provide the tender scores for the Trust's laundry contract.",
        [
            "The contract was awarded to Brightwash Textiles Ltd.",
            "The scores are withheld under section 43(2) as they are commercially sensitive.",
        ],
    ),
    (
        "Which consultants were disciplined in 2024, and why?",
        ["One consultant was disciplined; details are withheld under section 40(2)."],
    ),
    (
        "What does the Trust spend each year on bottled water?",
        ["Bottled water cost £4,870 in 2024/25."],
    ),
]
SECTIONS = {("FOIA", "43(2)"), ("FOIA", "40(2)")}


def _want_asked() -> list[tuple[str | None, str, str]]:
    return [(str(n), q, " ".join(a)) for n, (q, a) in enumerate(ASKED, 1)]


def keyed_tables_letter(answers_first: bool = False) -> list:
    questions = T([["Ref", "What you asked"], *([f"{n}", q] for n, (q, _) in enumerate(ASKED, 1))])
    answers = T(
        [["Ref", "Our reply"], *([f"{n}.", "\n".join(a)] for n, (_, a) in enumerate(ASKED, 1))]
    )
    if answers_first:
        return [
            *HEAD,
            P("Our replies are set out below."),
            answers,
            P("For reference, your questions were these."),
            questions,
        ]
    return [
        *HEAD,
        P("Your request read as follows."),
        questions,
        P("Please find our replies below."),
        answers,
    ]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_questions_and_answers_in_two_keyed_tables(fmt, model):
    foi = read([*keyed_tables_letter(), *CLOSE], fmt, model)
    assert pairs(foi) == _want_asked()
    assert {(e.law, e.section) for e in foi.exemptions} == SECTIONS


@pytest.mark.parametrize("fmt", FORMATS)
def test_answers_table_before_the_questions_table(fmt):
    foi = read([*keyed_tables_letter(answers_first=True), *CLOSE], fmt)
    assert pairs(foi) == _want_asked()
    assert {(e.law, e.section) for e in foi.exemptions} == SECTIONS


def _u(text: str, style: str | None = None) -> _Unit:
    return _Unit(text, style)


def _t(rows: list[list[str]], index: int = 0) -> _Unit:
    return _Unit("", table=Table(rows=rows), table_index=index)


def _keyed(rows: list[tuple[str, str]], index: int) -> _Unit:
    return _t([["No.", "Text"], *([k, v] for k, v in rows)], index)


def test_two_figure_tables_keyed_alike_are_no_questions():
    """Two number-keyed tables where neither side asks: data, not questions."""
    a = _keyed([("1", "North site"), ("2", "South site")], 0)
    b = _keyed([("1", "41 beds"), ("2", "37 beds")], 1)
    assert keyed_table_items([a, b]) is None and keyed_items([a, b]) is None


def test_keyed_tables_need_the_same_numbers():
    a = _keyed([("1", "How many beds?"), ("2", "How many cots?"), ("3", "How many wards?")], 0)
    b = _keyed([("1", "41 beds."), ("2", "9 cots.")], 1)
    assert keyed_table_items([a, b]) is None


def test_keyed_tables_pair_in_either_order():
    a = _keyed([("1.", "How many beds?"), ("2.", "How many cots?")], 0)
    b = _keyed([("1", "There are 41 beds."), ("2", "There are 9 cots.")], 1)
    got = keyed_table_items([b, _u("Your questions:"), a])
    assert got is not None
    assert [(q.label, q.parts, q.answer) for q in got] == [
        ("1", ["How many beds?"], ["There are 41 beds."]),
        ("2", ["How many cots?"], ["There are 9 cots."]),
    ]


def test_quarters_table_is_not_keyed_as_the_questions():
    """ "Q1" … "Q4" (quarters) beside a question table numbered 1 … 4: not the same key."""
    a = _keyed([(str(n), f"How many porters worked in ward {n}?") for n in range(1, 5)], 0)
    b = _keyed([(f"Q{n}", f"{n * 7}") for n in range(1, 5)], 1)
    assert keyed_table_items([a, b]) is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_body_answers_keep_the_appendix_reading_beside_a_quarters_table(fmt):
    """Answers numbered in the body, the questions in an appendix table, one answer's
    figures in a table keyed by quarter: the appendix reading, not two keyed tables."""
    body = [P("Our answers follow the numbering of your questions, listed at the end.")]
    for n, (_, a) in enumerate(ASKED, 1):
        body.append(P(f"{n}. {' '.join(a)}"))
    body.append(
        T([["Quarter", "Fittings"], ["Q1", "540"], ["Q2", "611"], ["Q3", "578"], ["Q4", "587"]])
    )
    appendix = T([["No.", "Question"], *([str(n), q] for n, (q, _) in enumerate(ASKED, 1))])
    foi = read([*HEAD, *body, *CLOSE, H("Appendix"), appendix], fmt)
    assert [(it.label, norm(it.question)) for it in foi.items] == [
        (str(n), q) for n, (q, _) in enumerate(ASKED, 1)
    ]
