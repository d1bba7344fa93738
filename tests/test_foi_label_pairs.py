"""Question/answer pairs drawn from the block labels (parsers.foi.label_pairs,
issue #13): letters in styles the rules do not know, built in code (fictional
trust, made-up questions and figures) and read from DOCX, PDF and HTML.

* unnumbered bold questions, each followed by plain answer paragraphs;
* a two-column table with no header whose questions share one cell and whose
  replies share the other, paired by position;
* a run of questions, then one reply naming the questions it covers;
* one request-like paragraph whose "answer" (by the rules) swallows the
  questions after it: the labels' alternations replace it.

Rule pairs that read a letter are never replaced (the corpus guard is
tests/test_foi_corpus.py); the label pairs are pure functions tested on
made-up blocks too."""

from __future__ import annotations

import re

import pytest

from parsers import parse_document
from parsers.extract.model import Table
from parsers.foi.blocks import Block
from parsers.foi.boilerplate import Boilerplate
from parsers.foi.label_pairs import (
    LABEL_PAIRS_CONFIDENCE,
    LABEL_PAIRS_WARNING,
    is_question,
    label_pairs,
    prefer_label_pairs,
    table_pairs,
)
from parsers.foi.labeller import default_labeller
from parsers.foi.units import _Unit
from tests.foi_letters import RENDER, SIGN_OFF, H, P, T

FORMATS = ["docx", "pdf", "html"]

needs_model = pytest.mark.skipif(
    default_labeller() is None, reason="FOI block labeller weights or python-crfsuite missing"
)


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def read(blocks: list, fmt: str):
    result = parse_document(RENDER[fmt](blocks), filename=f"response.{fmt}", kind_hint="foi")
    assert result.foi is not None, result.error
    return result


def pairs(foi) -> list[tuple[str, str]]:
    return [(norm(it.question), norm(it.answer)) for it in foi.items]


HEAD = [
    H("Ashcombe Valley Community NHS Trust"),
    P("Our reference: FOI-2024-0577"),
    P("Date: 9 April 2024"),
    P("Dear Requester"),
    P(
        "Thank you for your request for information, which we received on 11 March 2024. "
        "Our reply is set out below."
    ),
]

# ---------------------------------------------------------------- bold questions, plain answers

BOLD_ITEMS = [
    (
        "How many registered nurses did the trust employ on 31 March 2024?",
        ["The trust employed 1,204 registered nurses on that date."],
    ),
    (
        "How many of those nurses were employed through an agency?",
        [
            "Agency nurses made up 86 of that number.",
            "The figure counts each agency nurse once, whatever the number of shifts worked.",
        ],
    ),
    (
        "What did the trust spend on agency nursing in 2023/24?",
        ["The trust spent 2.4 million pounds on agency nursing in that year."],
    ),
]


def _bold_letter() -> list:
    body = []
    for q, answer in BOLD_ITEMS:
        body.append(P(f"**{q}**"))
        body += [P(a) for a in answer]
    return HEAD + body + SIGN_OFF


@needs_model
@pytest.mark.parametrize("fmt", FORMATS)
def test_unnumbered_bold_questions_plain_answers(fmt):
    result = read(_bold_letter(), fmt)
    assert pairs(result.foi) == [(q, " ".join(a)) for q, a in BOLD_ITEMS]
    assert all(it.label is None for it in result.foi.items)
    # since parsers.foi.emphasis_pairs the rules read questions set in a face of
    # their own, so the block labels' pairs are not needed (nor their warning)
    assert LABEL_PAIRS_WARNING not in result.warnings
    # the closing is no answer
    assert "Information Commissioner" not in (result.foi.response_text or "")


# ---------------------------------------------------------------- questions and replies in two cells

CELL_QS = [
    "How many beds does the maternity unit have?",
    "How many midwives work on the unit?",
    "How many births were there on the unit in 2023?",
]
CELL_AS = [
    "The unit has 32 beds.",
    "There are 58 midwives on the unit.",
    "There were 3,410 births on the unit in 2023.",
]


@needs_model
@pytest.mark.parametrize("fmt", FORMATS)
def test_two_column_table_questions_in_one_cell(fmt):
    letter = [*HEAD, T([["\n".join(CELL_QS), "\n".join(CELL_AS)]]), *SIGN_OFF]
    result = read(letter, fmt)
    assert pairs(result.foi) == list(zip(CELL_QS, CELL_AS, strict=True))
    assert LABEL_PAIRS_WARNING in result.warnings


# ---------------------------------------------------------------- one reply naming the questions

RUN_QS = [
    "How many complaints about car parking did the trust receive in 2023?",
    "How many of those complaints were upheld?",
    "What changes were made to car parking as a result?",
]
SHARED = (
    "In answer to all three questions, the trust does not record complaints about "
    "car parking separately, so this information is not held."
)


@needs_model
@pytest.mark.parametrize("fmt", FORMATS)
def test_three_questions_then_one_reply_naming_them(fmt):
    letter = HEAD + [P(f"**{q}**") for q in RUN_QS] + [P(SHARED)] + SIGN_OFF
    result = read(letter, fmt)
    assert pairs(result.foi) == [(q, SHARED) for q in RUN_QS]
    # the shared reply is printed once in the response text
    assert norm(result.foi.response_text) == SHARED


RANGE_REPLY = (
    "Questions 1 to 3: the trust does not hold a record of parking permits by staff group."
)
LAST_Q = "Does the trust charge staff for parking at its community sites?"
LAST_A = "No. Staff parking at the community sites is free of charge."


@needs_model
@pytest.mark.parametrize("fmt", FORMATS)
def test_reply_naming_a_range_then_an_answered_question(fmt):
    letter = (
        HEAD
        + [P(f"**{q}**") for q in RUN_QS]
        + [P(RANGE_REPLY), P(f"**{LAST_Q}**"), P(LAST_A)]
        + SIGN_OFF
    )
    result = read(letter, fmt)
    assert pairs(result.foi) == [*((q, RANGE_REPLY) for q in RUN_QS), (LAST_Q, LAST_A)]


# ---------------------------------------------------------------- the check: one pair swallowing the letter


@needs_model
@pytest.mark.parametrize("fmt", FORMATS)
def test_one_swallowing_pair_replaced_by_the_labels_alternations(fmt):
    # a disclosure-log entry: no letter prose before the first request, so the rules
    # read it as one request whose answer runs to the sign-off
    items = [
        (
            "Please provide the number of patients who waited more than 12 hours in the "
            "emergency department in 2023.",
            "In 2023, 2,318 patients waited more than 12 hours in the emergency department.",
        ),
        (
            "How many of those patients were aged over 80?",
            "Of those patients, 742 were aged over 80.",
        ),
        (
            "What was the longest wait recorded in 2023?",
            "The longest wait recorded was 61 hours.",
        ),
    ]
    letter = [H("FOI-2024-0612 Emergency department waits")]
    for q, a in items:
        letter += [P(f"**{q}**"), P(a)]
    letter += [P("Yours sincerely"), P("Information Governance Team")]
    result = read(letter, fmt)
    assert pairs(result.foi) == items
    # since parsers.foi.emphasis_pairs the rules read bold questions over plain
    # answers themselves: no swallowing pair is left for the labels to replace
    assert LABEL_PAIRS_WARNING not in result.warnings


# ---------------------------------------------------------------- rule pairs stand


@pytest.mark.parametrize("fmt", FORMATS)
def test_numbered_letter_keeps_the_rules_pairs(fmt):
    body = []
    for n, (q, answer) in enumerate(BOLD_ITEMS, start=1):
        body.append(P(f"**{n}. {q}**"))
        body += [P(a) for a in answer]
    result = read(HEAD + body + SIGN_OFF, fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in result.foi.items]
    assert got == [(str(n), q, " ".join(a)) for n, (q, a) in enumerate(BOLD_ITEMS, start=1)]
    assert LABEL_PAIRS_WARNING not in result.warnings
    assert result.confidence > LABEL_PAIRS_CONFIDENCE


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_letter_with_no_questions_gets_no_invented_pairs(fmt):
    letter = [
        *HEAD,
        P(
            "We have considered your request and estimate that answering it would exceed "
            "the appropriate cost limit, so we are refusing it under section 12 of the Act."
        ),
        P("You may wish to narrow your request to a single year and one department."),
    ]
    result = read(letter + SIGN_OFF, fmt)
    assert result.foi.items == []
    assert LABEL_PAIRS_WARNING not in result.warnings


# ---------------------------------------------------------------- the pure functions


def _block(text: str, style: str | None = None, table: bool = False) -> Block:
    return Block(text, 1, style, table, 1, "none")


NONE = Boilerplate()


def test_question_cues():
    ask = "How many porters does the trust employ?"
    request = "Please provide the number of porters employed."
    assert is_question(_block(ask), "answer", 0.9, NONE)  # a question in so many words
    assert is_question(_block(request, "bold"), "answer", 0.5, NONE)  # emphasis + request words
    assert not is_question(_block(request), "answer", 0.5, NONE)  # plain, labelled otherwise
    assert is_question(_block(request), "question", 0.7, NONE)  # a confident label
    assert not is_question(_block("The trust employs 41 porters.", "bold"), "answer", 0.5, NONE)
    # a bold sub-heading inside an answer opens like a question but does not ask
    assert not is_question(_block("What the trust holds", "bold"), "answer", 0.5, NONE)
    assert not is_question(_block("Why not? See below.", None), "answer", 0.5, NONE)
    assert not is_question(_block("Yours sincerely"), "question", 0.99, NONE)  # a sign-off
    # closing wording (review rights) is never a question, bold and asking or not
    closing = "If you are dissatisfied with how we handled your request, would you tell us?"
    assert not is_question(_block(closing, "bold"), "question", 0.95, NONE)


def _read_blocks(specs: list[tuple[str, str | None, str, float]]):
    units = [_Unit(text) for text, *_ in specs]
    blocks = [_block(text, style) for text, style, *_ in specs]
    labels = [lab for *_, lab, _ in specs]
    probs = [p for *_, p in specs]
    return label_pairs(units, blocks, labels, probs, Boilerplate())


def test_pairs_in_order_when_as_many_replies_as_questions():
    got = _read_blocks(
        [
            ("Dear Requester", None, "salutation", 0.99),
            ("How many wards are there?", "bold", "question", 0.5),
            ("How many beds are there?", "bold", "answer", 0.4),
            ("There are 12 wards.", None, "answer", 0.9),
            ("There are 310 beds.", None, "answer", 0.9),
            ("Yours sincerely", None, "closing", 0.99),
        ]
    )
    assert [(q.parts, q.answer) for q in got.items] == [
        (["How many wards are there?"], ["There are 12 wards."]),
        (["How many beds are there?"], ["There are 310 beds."]),
    ]
    assert got.alternations == 1
    # one alternation cannot overrule the rules' reading, only fill in for none
    assert prefer_label_pairs(got, doubtful=False)
    assert not prefer_label_pairs(got, doubtful=True)


def test_answers_end_at_a_confident_closing_with_closing_wording():
    got = _read_blocks(
        [
            ("How many wards are there?", "bold", "question", 0.8),
            ("There are 12 wards.", None, "answer", 0.9),
            ("Each ward has its own matron.", None, "closing", 0.55),  # not sure: answer
            ("We hope this information is helpful.", None, "closing", 0.9),
            ("Further text after the closing.", None, "closing", 0.9),
        ]
    )
    assert [q.answer for q in got.items] == [
        ["There are 12 wards.", "Each ward has its own matron."]
    ]


def test_a_lead_in_prefixes_the_questions_it_introduces():
    got = _read_blocks(
        [
            ("Please provide the following for 2023:", "bold", "question", 0.7),
            ("How many wards were closed?", "bold", "question", 0.5),
            ("How many beds were closed?", "bold", "question", 0.5),
            ("No wards were closed.", None, "answer", 0.9),
            ("Eight beds were closed.", None, "answer", 0.9),
        ]
    )
    assert [(q.parts, q.answer) for q in got.items] == [
        (
            ["Please provide the following for 2023:", "How many wards were closed?"],
            ["No wards were closed."],
        ),
        (
            ["Please provide the following for 2023:", "How many beds were closed?"],
            ["Eight beds were closed."],
        ),
    ]


def test_a_range_reply_shares_only_with_the_questions_it_names():
    got = _read_blocks(
        [
            ("How many wards are there?", "bold", "question", 0.5),
            ("How many beds are there?", "bold", "question", 0.5),
            ("How many cots are there?", "bold", "question", 0.5),
            ("Questions 2 and 3: this is not recorded.", None, "answer", 0.9),
        ]
    )
    assert [q.answer for q in got.items] == [
        [],
        ["Questions 2 and 3: this is not recorded."],
        ["Questions 2 and 3: this is not recorded."],
    ]


def test_table_pairs():
    cells = Table(
        rows=[["Your request", "Our response"], ["How many?\nWhich sites?", "Four.\nAll of them."]]
    )
    assert table_pairs(cells) == [
        (None, "How many?", "Four."),
        (None, "Which sites?", "All of them."),
    ]
    # one numbered question a row: the cell's number is its label, not its text
    numbered = Table(
        rows=[
            ["Your request", "Our reply"],
            ["1. How many beds are closed?", "Twelve."],
            ["2. Which wards are they on?", "Ward 4 and Ward 9."],
        ]
    )
    assert table_pairs(numbered) == [
        ("1", "How many beds are closed?", "Twelve."),
        ("2", "Which wards are they on?", "Ward 4 and Ward 9."),
    ]
    # a table of figures is no question/answer table
    assert table_pairs(Table(rows=[["Year", "Staff"], ["2023", "41"]])) is None
    assert table_pairs(Table(rows=[["a", "b", "c"]])) is None
