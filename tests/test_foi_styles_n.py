"""FOI styles learned from held-out set N's first sight, read as structures rather
than set N's phrases:

* a form-like reply: tick-box lines ("Recorded ☐ Yes ☒ No") under each question,
  perhaps a bare caption before the reply, none of it the answer
  (parsers.foi.tick_boxes);
* a reply labelled with its question's label, the letter swapped ("Q2b" over the
  question, "R2b" opening the reply), the reply's label no part of the answer
  (parsers.foi.mirrored_labels);
* unnumbered questions typed in capitals over replies in sentence case, letter case
  read as a look (parsers.foi.emphasis_pairs);
* unnumbered questions answered on their own line after a spaced dash
  (parsers.foi.runin_pairs);
* a dated issue line ("Dispatched 2025-01-20 …") dating the reply, and a free
  reference whose kind word stands before a code complete in itself.

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date

import pytest

from parsers.foi.emphasis_pairs import in_capitals
from parsers.foi.labeller import using_labeller
from parsers.foi.mirrored_labels import without_mirrored_label
from parsers.foi.references import without_kind_word
from parsers.foi.segment_items import _Q
from parsers.foi.tick_boxes import tick_box_line
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, pairs, read

MODELS = ["rules only", "labeller"]

TOPICS = [
    (
        "How many midwives left the Trust during 2022?",
        ["Forty-one midwives left the Trust in 2022."],
    ),
    (
        "Please provide the number of beds closed for refurbishment on the stroke unit.",
        ["Six beds on the stroke unit were closed.", "They reopened in the following month."],
    ),
    (
        "What was spent on laundry contracts in the last financial year?",
        ["Laundry contracts cost £612,400 in the last financial year."],
    ),
    (
        "Does the Trust keep a register of gifts offered to consultants?",
        ["A register is kept and is published on our website each quarter."],
    ),
]


def _model(model: str):
    return using_labeller(None) if model == "rules only" else nullcontext()


def _head(ref: str) -> list:
    return [
        H("Yarrowby Coast NHS Foundation Trust"),
        P(f"Our reference: {ref}"),
        P("Date: 21 January 2025"),
        P("Dear Mr Quaye"),
        P("We received your request on 6 January 2025 and reply below."),
    ]


def _expect(labels, topics) -> list[tuple[str | None, str, str]]:
    return [(lab, norm(q), norm(" ".join(a))) for lab, (q, a) in zip(labels, topics, strict=True)]


# ---------------------------------------------------------------- tick boxes


@pytest.mark.parametrize(
    "line",
    ["Recorded by us: ☐ Yes ☒ No", "Exempt ✓ Yes ☐ No", "☑ Held ☐ Not held ☐ Partly held"],
)
def test_tick_box_lines(line):
    assert tick_box_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "☒ We hold this and the figures are in the attached spreadsheet for each month",
        "Recorded by us: yes",
        "Please tick ☐ to opt out of further contact from the Trust about this request.",
    ],
)
def test_lines_that_are_no_tick_boxes(line):
    assert not tick_box_line(line)


def _tick_letter(numbered: bool) -> list:
    blocks = _head("YCT-FOI-5521")
    for k, (q, answer) in enumerate(TOPICS, 1):
        blocks.append(P(f"**{k}. {q}**" if numbered else f"**{q}**"))
        if numbered:
            blocks += [P("Recorded by us: ☒ Yes ☐ No"), P("Exempt: ☐ Yes ☒ No")]
            blocks.append(P("Further information:"))
        else:
            blocks.append(P("We hold this ✓ Yes ☐ No"))
        blocks += [P(a) for a in answer]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("numbered", [True, False])
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_tick_box_form_lines_are_no_answer(fmt, model, numbered):
    with _model(model):
        foi = read(_tick_letter(numbered), fmt)
    labels = ["1", "2", "3", "4"] if numbered else [None] * 4
    assert pairs(foi) == _expect(labels, TOPICS)


# ---------------------------------------------------------------- mirrored labels


def test_mirrored_label_taken_off_the_answer():
    q = _Q(label="Q3b", heading=None, parts=["How many?"], answer=["R3b: Twelve.", "More."])
    assert without_mirrored_label(q).answer == ["Twelve.", "More."]
    alone = _Q(label="Q3b", heading=None, parts=["How many?"], answer=["R3b", "Twelve."])
    assert without_mirrored_label(alone).answer == ["Twelve."]
    # another part's label, or an answer that opens with a figure, stays
    other = _Q(label="Q3b", heading=None, parts=["How many?"], answer=["R3c: Twelve."])
    assert without_mirrored_label(other).answer == ["R3c: Twelve."]
    unlabelled = _Q(label="2", heading=None, parts=["How many?"], answer=["R2 units."])
    assert without_mirrored_label(unlabelled).answer == ["R2 units."]


CODES = ["Q1a", "Q1b", "Q2a", "Q3a"]


def _mirrored_letter(alone: bool) -> list:
    blocks = _head("YCT-FOI-5522")
    for code, (q, answer) in zip(CODES, TOPICS, strict=True):
        reply = "R" + code[1:]
        if alone:
            blocks += [P(f"{code}: {q}"), P(f"**{reply}:**"), *(P(a) for a in answer)]
        else:
            blocks += [P(f"**{code} {q}**"), P(f"{reply} {answer[0]}")]
            blocks += [P(a) for a in answer[1:]]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("alone", [True, False])
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_reply_labelled_with_its_questions_label(fmt, model, alone):
    with _model(model):
        foi = read(_mirrored_letter(alone), fmt)
    assert pairs(foi) == _expect(CODES, TOPICS)


# ---------------------------------------------------------------- capitals


def test_capitals_as_a_look():
    assert in_capitals("HOW MANY MIDWIVES LEFT IN 2022?")
    assert not in_capitals("NHS TRUST")  # a short name, not a question's line
    assert not in_capitals("How many midwives left in 2022?")


def _capitals_letter(bold: bool) -> list:
    blocks = _head("YCT-FOI-5523")
    for q, answer in TOPICS:
        blocks.append(P(f"**{q.upper()}**" if bold else q.upper()))
        blocks += [P(a) for a in answer]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("bold", [True, False])
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_questions_in_capitals_over_their_answers(fmt, model, bold):
    with _model(model):
        foi = read(_capitals_letter(bold), fmt)
    topics = [(q.upper(), a) for q, a in TOPICS]
    assert pairs(foi) == _expect([None] * 4, topics)


# ---------------------------------------------------------------- run-in answers


def _runin_letter(dash: str) -> list:
    blocks = _head("YCT-FOI-5524")
    for q, answer in TOPICS:
        blocks.append(P(f"{q}{dash}{answer[0]}"))
        blocks += [P(a) for a in answer[1:]]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("dash", [" - ", " — ", " – "])
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_unnumbered_answers_run_in_after_a_dash(fmt, model, dash):
    with _model(model):
        foi = read(_runin_letter(dash), fmt)
    assert pairs(foi) == _expect([None] * 4, TOPICS)


# ---------------------------------------------------------------- dates and reference


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Dispatched 2025-01-20 (request logged 2025-01-06)", date(2025, 1, 20)),
        ("Released: Mon 20 Jan 2025", date(2025, 1, 20)),
        ("Posted on 20-1-2025", date(2025, 1, 20)),
    ],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_dated_issue_line_dates_the_reply(fmt, line, when):
    blocks = [
        H("Yarrowby Coast NHS Foundation Trust"),
        P("Our reference: YCT-FOI-5525"),
        P(line),
        P("Dear Mr Quaye"),
        P("We received your request on 6 January 2025 and reply below."),
        P(f"1. {TOPICS[0][0]}"),
        P(TOPICS[0][1][0]),
        *SIGN_OFF,
    ]
    foi = read(blocks, fmt)
    assert foi.responded_date == when
    assert foi.received_date == date(2025, 1, 6)


def test_an_issued_policy_in_a_sentence_dates_no_reply():
    blocks = [
        H("Yarrowby Coast NHS Foundation Trust"),
        P("Dear Mr Quaye"),
        P("1. Please send the lone working policy."),
        P("Issued guidance is attached; the policy itself was issued 3 March 2021."),
        *SIGN_OFF,
    ]
    assert read(blocks, "docx").responded_date is None


@pytest.mark.parametrize(
    ("ref", "kept"),
    [
        ("RFI WR.2025.77", "WR.2025.77"),
        ("FOI 88-YC-25", "88-YC-25"),
        ("FOI 2024/117", "FOI 2024/117"),  # figures alone: the word is the code's
        ("FOI 4471", "FOI 4471"),
    ],
)
def test_kind_word_before_a_complete_code(ref, kept):
    assert without_kind_word(ref) == kept
