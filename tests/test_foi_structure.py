"""Structural evidence that a block is not an answer (parsers.foi.structure), and
the stop of the last answer it allows: a closing in wording no vocabulary knows
ends the answers; an answer that addresses the reader or mentions the request
keeps all its paragraphs. Letters are written here, in DOCX and PDF; no wording
comes from a real letter or from the held-out synthetic families."""

from __future__ import annotations

from collections import Counter

import pytest

from parsers import parse_document
from parsers.foi.blocks import Block, structural_features
from parsers.foi.labeller import default_labeller, using_labeller
from parsers.foi.patterns import _RE_SIGNOFF
from parsers.foi.structure import (
    contact_kinds,
    content_words,
    idf_table,
    relevance,
    structure_of,
)
from parsers.foi.vocab import closing_kinds, is_exemption_explanation
from tests.test_foi_labeller import ANSWER_1, ANSWER_2, QUESTION_1, QUESTION_2, _docx, _pdf

# ---------------------------------------------------------------- unit: the features


def test_content_words_drop_grammar_and_addresses_keep_subject_and_figures():
    words = content_words("You can see the nurses' rotas for 2024 at www.example.org/rotas.")
    assert "you" not in words and "the" not in words and "can" not in words
    assert "nurse" in words and "2024" in words
    assert not any("example" in w or "www" in w for w in words)  # contact, not subject
    assert content_words("recorded records") == ["record", "record"]


def test_relevance_is_high_for_an_answer_and_low_for_a_closing():
    question = content_words("How many porters work on the night shift at the main hospital?")
    answer = content_words("Fourteen porters work the night shift at the main hospital.")
    closing = content_words("Anyone unhappy with this decision may ask for it to be reviewed.")
    idf = idf_table([question, answer, closing])
    asked = Counter(question)
    assert relevance(answer, asked, idf) > 0.5
    assert relevance(closing, asked, idf) == 0.0
    assert relevance([], asked, idf) is None


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Write to info@example.org", 1),
        ("See https://example.org/a or call 01632 960123", 2),
        ("4 Sample Street, Sampleton SA1 1AA, tel 01632 960123, records@example.org", 3),
        ("There were 1,204 admissions costing £82,400 in 2024.", 0),
    ],
)
def test_contact_kinds(text, kinds):
    assert contact_kinds(text) == kinds


def _block(text: str, rule: str = "none", style: str | None = None, **kw) -> Block:
    return Block(
        text=text, page=1, style=style, is_table=rule == "table", n_lines=1, rule=rule, **kw
    )


LETTER = [
    _block("Dear Applicant"),
    _block(f"1. {QUESTION_1}", "question", "bold"),
    _block(ANSWER_1, "answer"),
    _block(f"2. {QUESTION_2}", "question", "bold"),
    _block(ANSWER_2, "answer"),
    _block("Please note the 2024 spending on contractors excludes VAT.", "answer"),
    _block("If you want us to think again, you can write to the Records Office.", "answer"),
    _block("Records Office, 4 Sample Street, Sampleton SA1 1AA", "answer", "italic"),
]


def test_structure_of_a_letter():
    st = structure_of(LETTER)
    assert [s.since_q for s in st] == [None, 0, 1, 0, 1, 2, 3, 4]
    assert [s.to_end for s in st] == [7, 6, 5, 4, 3, 2, 1, 0]
    # the answer's first paragraph is never "after the answers"
    assert not st[4].answered_all and st[5].answered_all
    assert not st[4].not_an_answer()
    # a note on the answer's own figures is on the subject, and does not address the reader
    assert not st[5].addresses_reader and not st[5].off_topic and not st[5].not_an_answer()
    # the closing: off the subject, addressing the reader; the address: contact details
    assert st[6].reader_open and st[6].off_topic and st[6].not_an_answer()
    assert st[7].contact == 1 and st[7].not_an_answer()
    assert st[7].layout_change and not st[5].layout_change  # italic, unlike the answer


@pytest.mark.parametrize(
    ("text", "reader"),
    [
        ("If you want us to think again, you can write to us.", True),
        ("You may wish to ask someone else.", True),
        ("Please get in touch with the team.", True),
        ("Please note the figures exclude bank staff.", False),
        ("Please see the attached table.", False),
        ("The organisation employs 14 porters.", False),
    ],
)
def test_opening_that_addresses_the_reader(text, reader):
    st = structure_of([_block("1. How many?", "question"), _block("Twelve."), _block(text)])
    assert st[2].reader_open is reader


def test_structural_features_for_the_crf():
    st = structure_of(LETTER)
    f = structural_features(st[6])
    assert f["rel"] == "0" and f["reader"] == 1.0 and f["answered"] == 1.0 and f["notans"] == 1.0
    assert f["to_end"] == "1" and f["since_q"] == "3"
    g = structural_features(st[2])
    assert "notans" not in g and "answered" not in g and g["since_q"] == "1"


# ---------------------------------------------------------------- the last answer stops

# wording written for this test: no closing vocabulary, sign-off or boilerplate knows it
NOVEL_CLOSING = [
    "Should you want this decision looked at afresh, you can write to the Governance Office "
    "within two months of today.",
    "You are welcome to contact the Records Office on 01632 960123 or at records@example.org "
    "with anything further.",
    "All the best",
    "Records Office",
]
HEAD = [
    ("Records Office, 4 Sample Street, Sampleton SA1 1AA", None),
    ("Our ref: REQ-2025-0815", None),
    ("Dear Applicant", None),
    ("Thank you for your request under the Freedom of Information Act 2000.", None),
]


def _letter(
    style: str, after_answer: list[str], closing: list[str]
) -> list[tuple[str, str | None]]:
    marker = "Answer: " if style == "markers" else ""
    body = [
        (f"1. {QUESTION_1}", "bold"),
        (marker + ANSWER_1, None),
        (f"2. {QUESTION_2}", "bold"),
        (marker + ANSWER_2, None),
    ]
    return HEAD + body + [(p, None) for p in after_answer + closing]


def _read(paras, fmt: str):
    data = _docx(paras) if fmt == "docx" else _pdf(paras)
    return parse_document(data, filename=f"reply.{fmt}", kind_hint="foi").foi


def _printed(text: str, fmt: str) -> str:
    return text if fmt == "docx" else text.replace("£", "GBP ")


def test_the_novel_closing_is_known_to_no_vocabulary():
    for text in NOVEL_CLOSING:
        assert closing_kinds(text) == []
        assert not is_exemption_explanation(text)
        assert not _RE_SIGNOFF.match(text)


needs_model = pytest.mark.skipif(
    default_labeller() is None, reason="labeller weights or python-crfsuite absent"
)


@needs_model
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("style", ["markers", "plain"])
def test_a_closing_in_unknown_wording_stops_the_last_answer(style, fmt):
    paras = _letter(style, [], NOVEL_CLOSING)
    foi = _read(paras, fmt)
    assert [it.label for it in foi.items] == ["1", "2"]
    assert foi.items[0].answer == ANSWER_1
    assert foi.items[1].answer == _printed(ANSWER_2, fmt)
    with using_labeller(None):  # the rules alone end it too, at the closing run (foi.tail)
        assert _read(paras, fmt).items[1].answer == _printed(ANSWER_2, fmt)


ANSWER_TO_THE_READER = [
    "You can find this spending broken down by contractor on our website at "
    "www.example.org/spending.",
    "The 2024 figure in your request includes VAT; you may also see the contractors' "
    "invoices there.",
]


@needs_model
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("style", ["markers", "plain"])
@pytest.mark.parametrize("closing", ["known", "novel"])
def test_an_answer_that_addresses_the_reader_is_kept_whole(style, fmt, closing):
    tail = (
        [
            "If you are unhappy with this reply you may ask for an internal review.",
            "Yours sincerely",
        ]
        if closing == "known"
        else NOVEL_CLOSING
    )
    foi = _read(_letter(style, ANSWER_TO_THE_READER, tail), fmt)
    assert [it.label for it in foi.items] == ["1", "2"]
    want = " ".join([ANSWER_2, *ANSWER_TO_THE_READER])
    assert foi.items[1].answer == _printed(want, fmt)


def test_a_sure_model_does_not_stop_at_a_block_in_the_questions_words():
    """The model may misread a short answer as the closing; a block mostly in
    the questions' own words is an answer, so only closing wording stops there."""
    from parsers.foi.boilerplate import Boilerplate
    from parsers.foi.labeller import answer_stops

    blocks = [
        _block(f"1. {QUESTION_2}", "question"),
        _block(ANSWER_2),
        _block("Spending on security contractors in 2024 was for night security."),
        _block("All the best"),
    ]
    labels = ["question", "answer", "closing", "closing"]
    stop, _ = answer_stops(blocks, labels, [1.0, 1.0, 0.98, 0.98], Boilerplate())
    assert structure_of(blocks)[2].on_topic
    assert stop == 3
