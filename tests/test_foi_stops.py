"""The last answer stops where the letter's closing begins, even when the closing
frames its point in a clause ("Still unsure? You can …", "For transparency, we …")
or explains an exemption after the answers; and a letter that sets its requests in
bold pairs a request without a question mark with the plain reply under it.

Every sentence here is made up for these tests (no real letter, no held-out set)."""

from __future__ import annotations

import pytest

from parsers import parse_document
from parsers.foi.boilerplate import Boilerplate
from parsers.foi.labeller import answer_stops, default_labeller
from parsers.foi.vocab import closing_kinds, is_exemption_explanation
from tests.test_foi_labeller import _docx, _pdf
from tests.test_foi_structure import _block

# ---------------------------------------------------------------- unit: the vocabulary


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Still unsure about our decision? You can ask for it to be reviewed afresh.",
            "review_rights",
        ),
        (
            "After that, should matters stay unsettled, you could then appeal to the regulator.",
            "review_rights",
        ),
        (
            "The body that polices the Act is the Information Commissioner, in Cheshire.",
            "regulator",
        ),
        (
            "Unless stated otherwise, what we send may be re-used under a government licence.",
            "reuse",
        ),
        ("Anyone may re-use these tables with the owner's permission.", "reuse"),
        (
            "For transparency, we post every reply we send in our online disclosure log.",
            "publication",
        ),
        ("As usual, this reply will be published once names are taken out.", "publication"),
        ("Each month, copies of replies are placed in the disclosure log.", "publication"),
    ],
)
def test_a_closing_cue_counts_at_the_start_of_any_clause(sentence, kind):
    assert kind in closing_kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Having weighed the public interest with care, we judge that the case for keeping "
        "the sum private outweighs it.",
        "About section 12, in brief: the law sets a limit of eighteen hours for a search.",
        "Where we have applied an exemption, the reasons are set out beside that answer.",
    ],
)
def test_an_exemption_explanation_counts_at_the_start_of_any_clause(sentence):
    assert is_exemption_explanation(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The 2019 audit was re-used in three later reviews.",
        "We published 14 patient leaflets in 2023, and 9 in 2022.",
        "The public interest in these waiting times is high, and they are reported monthly.",
        "Each search took 18 hours on average, so the backlog grew.",
        "Porter numbers rose in 2024, as the table shows.",
        "The names are withheld under section 40(2).",
    ],
)
def test_answers_carry_no_closing_cue_in_any_clause(sentence):
    assert closing_kinds(sentence) == []
    assert not is_exemption_explanation(sentence)


# ---------------------------------------------------------------- unit: the stop


def test_closing_wording_after_an_answer_stops_where_the_model_is_unsure():
    """The model calls the first closing paragraph an answer (unsure, 0.55) but
    everything after it the letter's end: its own wording, off the questions'
    subject, right after the answer, settles it."""
    blocks = [
        _block("1. How many porters work nights?", "question"),
        _block("Nine porters work nights.", "answer"),
        _block(
            "For transparency, we post every reply we send in our online disclosure log.", "answer"
        ),
        _block("All the best"),
        _block("Records Office"),
    ]
    labels = ["question", "answer", "answer", "closing", "closing"]
    stop, _ = answer_stops(blocks, labels, [1.0, 1.0, 0.55, 0.99, 0.99], Boilerplate())
    assert stop == 2
    # a question still to come: no stop there
    labels_q = ["question", "answer", "answer", "question", "closing"]
    stop, _ = answer_stops(blocks, labels_q, [1.0, 1.0, 0.55, 0.9, 0.99], Boilerplate())
    assert stop is None or stop > 3


def test_a_sure_model_keeps_a_second_paragraph_on_the_subject_in_the_answers_layout():
    """A note that goes on about the answer's figures, partly in the questions'
    words and printed like the answer, is not the closing, however sure the model."""
    blocks = [
        _block("1. What is the average wait for a hip operation?", "question", "bold"),
        _block("The average wait for a hip operation was 31 weeks in 2024."),
        _block("Waits are counted from referral, so cancelled operations lengthen the average."),
        _block("All the best"),
    ]
    labels = ["question", "answer", "closing", "closing"]
    stop, _ = answer_stops(blocks, labels, [1.0, 1.0, 0.95, 0.99], Boilerplate())
    assert stop == 3


# ---------------------------------------------------------------- a whole letter

needs_model = pytest.mark.skipif(
    default_labeller() is None, reason="labeller weights or python-crfsuite absent"
)

REQUESTS = [
    ("How many porters were on duty on a typical night in March 2025?", "Nine porters."),
    (
        "Please send the rota used by the portering team during March 2025.",
        "We do not keep a written rota. Shifts are arranged each week by the duty supervisor.",
    ),
    (
        "What did the organisation pay its linen contractor in 2024?",
        "The contract with the linen supplier runs to 2027. Its value is withheld under "
        "section 43(2).",
    ),
]
AFTER = [
    "About the contract value: releasing it would be likely to weaken the supplier's "
    "position in the next tender. Having weighed the public interest with care, we judge "
    "that the case for keeping the sum private outweighs it.",
    "Unless stated otherwise, what we send may be re-used under a government licence.",
    "For transparency, every reply we send is posted in our online disclosure log.",
    "All the best",
    "Records Office",
]
HEAD = [
    ("Records Office, 4 Sample Street, Sampleton SA1 1AA", None),
    ("Our ref: REQ-2025-0912", None),
    ("Dear Applicant", None),
    ("Thank you for your request under the Freedom of Information Act 2000.", None),
]


def _read(fmt: str):
    paras = list(HEAD)
    for question, answer in REQUESTS:
        paras += [(question, "bold"), (answer, None)]
    paras += [(p, None) for p in AFTER]
    data = _docx(paras) if fmt == "docx" else _pdf(paras)
    return parse_document(data, filename=f"reply.{fmt}", kind_hint="foi").foi


@needs_model
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_bold_requests_pair_with_their_replies_and_the_last_stops_at_the_closing(fmt):
    foi = _read(fmt)
    got = [(it.question, it.answer) for it in foi.items]
    assert got == REQUESTS
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "43(2)")]


MARKED = [
    ("How many porters were on duty on a typical night in March 2025?", "Nine porters."),
    ("What share of porter posts was vacant in March 2025?", "6.1%."),
]
IMPERSONAL_CLOSING = [
    "As a matter of routine, copies of our replies, with names taken out, are placed in the "
    "disclosure log on our website.",
    "Unless stated otherwise, what we send may be re-used under a government licence.",
    "Once a review is over, anyone still dissatisfied may take the matter to the Information "
    "Commissioner.",
    "All the best",
    "Records Office",
]


@needs_model
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_closing_that_never_addresses_the_reader_stops_a_short_last_answer(fmt):
    """Q1:/A1: markers, a last answer that is a bare figure, then a closing with
    no "you" in it whose publication notice opens with a framing clause."""
    paras = list(HEAD)
    for n, (question, answer) in enumerate(MARKED, start=1):
        paras += [(f"Q{n}: {question}", None), (f"A{n}: {answer}", None)]
    paras += [(p, None) for p in IMPERSONAL_CLOSING]
    data = _docx(paras) if fmt == "docx" else _pdf(paras)
    foi = parse_document(data, filename=f"reply.{fmt}", kind_hint="foi").foi
    assert [(it.label, it.question, it.answer) for it in foi.items] == [
        (f"Q{n}", q, a) for n, (q, a) in enumerate(MARKED, start=1)
    ]


def test_blocks_in_the_first_questions_type_are_told_from_the_rest():
    from parsers.foi.blocks import block_features

    blocks = [
        _block("Dear Applicant"),
        _block("How many porters work nights?", style="bold"),
        _block("Nine porters."),
        _block("Please send the porters' rota.", style="bold"),
        _block("We keep no written rota."),
    ]
    feats = block_features(blocks, 1, Boilerplate())
    assert [f.get("q_style") for f in feats] == ["diff", "same", "diff", "same", "diff"]
    # a letter whose questions are plain text says nothing by type
    plain = [_block(b.text) for b in blocks]
    assert all("q_style" not in f for f in block_features(plain, 1, Boilerplate()))


# ---------------------------------------------------------------- label pairs: the end


def _pairs(specs):
    from tests.test_foi_label_pairs import _read_blocks

    return [(q.parts, q.answer) for q in _read_blocks(specs).items]


def test_label_pairs_end_at_an_off_subject_note_the_model_half_calls_the_closing():
    """One reply for two requests, then a note on suppressed small numbers that the
    model calls the closing only fairly surely (0.7): off the questions' subject,
    with the model sure of all that follows, it ends the answers."""
    got = _pairs(
        [
            ("How many porters work nights?", "bold", "question", 0.8),
            ("How many porters work weekends?", "bold", "question", 0.8),
            ("Neither figure is recorded.", None, "closing", 0.7),
            (
                "Small counts: anything under five is suppressed to protect identities.",
                None,
                "closing",
                0.7,
            ),
            ("All the best", None, "closing", 0.99),
            ("Records Office", None, "closing", 0.99),
        ]
    )
    assert [a for _, a in got] == [["Neither figure is recorded."]] * 2


def test_label_pairs_keep_a_list_the_answer_began():
    """Bullet lines of an answer share no word with the question and the model may
    call the later ones the closing: a list the answer began goes on."""
    got = _pairs(
        [
            ("How many porters work on each site?", "bold", "question", 0.9),
            ("By site:", None, "answer", 0.9),
            ("• North: 12", None, "answer", 0.7),
            ("• South: 9", None, "closing", 0.65),
            ("All the best", None, "closing", 0.99),
            ("Records Office", None, "closing", 0.99),
        ]
    )
    assert got == [
        (["How many porters work on each site?"], ["By site:", "• North: 12", "• South: 9"])
    ]


def test_label_pairs_end_at_exemption_wording_the_model_is_unsure_of():
    got = _pairs(
        [
            ("How many porters work nights?", "bold", "question", 0.8),
            ("Nine porters work nights.", None, "answer", 0.9),
            (
                "Where we have applied an exemption, the reasons are set out beside that answer.",
                None,
                "answer",
                0.4,
            ),
            ("All the best", None, "closing", 0.99),
            ("Records Office", None, "closing", 0.99),
        ]
    )
    assert got == [(["How many porters work nights?"], ["Nine porters work nights."])]


def test_a_reply_in_another_type_than_the_bold_questions_is_no_request():
    """Bold requests, italic replies: a reply the model calls a second request
    (0.7) neither asks nor requests and is not in the questions' type."""
    got = _pairs(
        [
            ("How many porters work nights?", "bold", "question", 0.9),
            ("Nine porters work nights.", "italic", "answer", 0.9),
            ("Please send the porters' rota.", "bold", "question", 0.8),
            (
                "No written rota is kept; the supervisor sets shifts weekly.",
                "italic",
                "question",
                0.7,
            ),
            ("All the best", None, "closing", 0.99),
        ]
    )
    assert got == [
        (["How many porters work nights?"], ["Nine porters work nights."]),
        (
            ["Please send the porters' rota."],
            ["No written rota is kept; the supervisor sets shifts weekly."],
        ),
    ]
