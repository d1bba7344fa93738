"""Questions listed up front, then the answers after the list in another order, each
tagged with the number of the question it answers: the tag closes the answer's last
paragraph ("… in May. (Q2)"), opens its first ("[Item 3] The Trust …"), or closes it
without brackets after the sentence ("… in May. Question 2"). Each answer goes to the
question its tag names; the tags, the headings and the note on the answers' order are
in no item (parsers.foi.tagged_answers).

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.tagged_answers import tag_of
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, read

QUESTIONS = [
    "How many speech therapists does the Trust employ?",
    "What did the Trust spend on interpreters in 2024?",
    "Does the Trust run a hospital radio service?",
]
ANSWERS = {
    2: ["The Trust spent £88,120 on interpreting services in 2024.", "Most of it was for BSL."],
    3: ["Yes, volunteers run it from the basement studio every evening."],
    1: ["The Trust employs 23 speech and language therapists."],
}
NOTE = (
    "Our answers are set out by the team that supplied them rather than in the order "
    "of your questions; the tag after each names the question it belongs to."
)


def _letter(tagged) -> list:
    blocks = [
        H("Wastwater Vale NHS Trust"),
        P("Our ref: WV/FOI/3318"),
        P("Date: 2 December 2025"),
        P("Dear Requester"),
        P("Thank you for your request of 4 November 2025."),
        H("The questions you asked"),
        *(P(f"{n}. {q}") for n, q in enumerate(QUESTIONS, 1)),
        H("Our replies"),
        P(NOTE),
    ]
    for n, paras in ANSWERS.items():
        blocks += [P(t) for t in tagged(n, paras)]
    return [*blocks, *SIGN_OFF]


def _closing_tag(n: int, paras: list[str]) -> list[str]:
    return [*paras[:-1], f"{paras[-1]} (Q{n})"]


def _opening_tag(n: int, paras: list[str]) -> list[str]:
    return [f"[Item {n}] {paras[0]}", *paras[1:]]


def _bare_tag(n: int, paras: list[str]) -> list[str]:
    return [*paras[:-1], f"{paras[-1]} Question {n}"]


def _expected() -> list[tuple[str, str, str]]:
    return [(str(n), q, " ".join(ANSWERS[n])) for n, q in enumerate(QUESTIONS, 1)]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("tagged", [_closing_tag, _opening_tag, _bare_tag])
@pytest.mark.parametrize("fmt", FORMATS)
def test_each_tagged_answer_goes_to_the_question_it_names(fmt, tagged, model):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(tagged), fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == _expected()


@pytest.mark.parametrize(
    ("text", "num", "where", "rest"),
    [
        ("The figure was 12. [Q4]", 4, "end", "The figure was 12."),
        ("The figure was 12. (question 4)", 4, "end", "The figure was 12."),
        ("The figure was 12 (4)", 4, "end", "The figure was 12"),
        ("The figure was 12. Q4", 4, "end", "The figure was 12."),
        ("The figure was 12 – item 4", 4, "end", "The figure was 12"),
        ("(Q4) The figure was 12.", 4, "start", "The figure was 12."),
        ("Question 4 – The figure was 12.", 4, "start", "The figure was 12."),
        ("[Item 4]", 4, "alone", ""),
    ],
)
def test_the_tag_grammar(text, num, where, rest):
    tag = tag_of(0, _Unit(text))
    assert tag is not None
    assert (tag.num, tag.form[0], tag.text) == (num, where, rest)


@pytest.mark.parametrize(
    "text",
    [
        "How many beds were open in May? (Q4)",  # a tagged question, not an answer
        "The figure was 12 in 2023",  # a year closing a sentence is no tag
        "The figure was 12.[4]",  # a footnote mark, set close, is no tag
        "The figure was 12 Q4",  # a bare tag needs a sentence's end or a dash before it
    ],
)
def test_no_tag(text):
    assert tag_of(0, _Unit(text)) is None
