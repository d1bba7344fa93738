"""Answers that find their question by the number they refer to
(parsers.foi.referenced_items): under headings naming the number over the question
quoted again, in any order (parsers.foi.quoted_heads); beneath questions tagged with
their number at their end, regrouped under headings (parsers.foi.tagged_questions);
numbered as decimals of their question's number (parsers.foi.decimal_answers); in a
summary of one-liners after a narrative (parsers.foi.summary_lines). Every letter is
made up and built in code."""

from __future__ import annotations

import pytest

from parsers.foi.decimal_answers import decimal_answer_items
from parsers.foi.labeller import using_labeller
from parsers.foi.quoted_heads import quoted_whole
from parsers.foi.summary_lines import summary_line_items
from parsers.foi.tagged_questions import tagged_items
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, head, norm, pairs, read

ASKED = [
    "How many school nurses did the Trust employ in September 2023?",
    "Which primary schools had a weekly drop-in clinic?",
    "Please state the budget for the childhood vaccination programme in 2022/23.",
    "How many referrals to speech and language therapy were declined last year?",
]
REPLIED = [
    ["Forty-one school nurses were in post, 33.6 whole-time equivalent."],
    ["Eighteen schools hosted a weekly clinic.", "A list of them is enclosed."],
    ["The programme's budget was £1.42m in 2022/23."],
    ["Ninety referrals were declined as they did not meet the criteria."],
]
BRIEF = ["41 nurses (33.6 WTE).", "Eighteen schools.", "£1.42m.", "Ninety referrals."]


def _want(label: str = "{n}", replies: list[list[str]] = REPLIED) -> list[tuple]:
    return [
        (label.format(n=n), norm(q), norm(" ".join(replies[n - 1]))) for n, q in enumerate(ASKED, 1)
    ]


def _units(texts: list[str]) -> list[_Unit]:
    return [_Unit(text=t) for t in texts]


# ------------------------------------------------ headings over quoted questions


def _quoted_heads_letter(heading: str, quote: str) -> list:
    blocks = [*head("Our reference: SHN/2024/311"), P("We set out our replies below.")]
    for n in (3, 1, 4, 2):
        blocks += [H(heading.format(n=n)), P(quote.format(q=ASKED[n - 1]))]
        blocks += [P(p) for p in REPLIED[n - 1]]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("heading", "quote"),
    [("Concerning point {n}", "“{q}”"), ("Your item {n}:", "‘{q}’"), ("Item {n} –", '"{q}"')],
)
def test_headings_naming_numbers_over_quoted_questions(heading, quote, fmt):
    with using_labeller(None):
        foi = read(_quoted_heads_letter(heading, quote), fmt)
    assert pairs(foi) == _want()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("“Which wards closed?”", "Which wards closed?"),
        ("‘Please send the Board’s minutes.’", "Please send the Board’s minutes."),
        ("“Which wards closed?”.", "Which wards closed?"),
        ("“Yes” was the answer to “Which wards?”", None),
        ("“Short”", None),
        ("Which wards closed?", None),
    ],
)
def test_a_paragraph_quoted_whole(text, words):
    assert quoted_whole(text) == words


# ------------------------------------------------ questions tagged with their number


def _tagged_letter(tag: str) -> list:
    groups = {"Children's services": [2, 4], "Workforce": [1], "Finance": [3]}
    blocks = [*head("Our reference: SHN/2024/312")]
    for title, nums in groups.items():
        blocks.append(H(title))
        for n in nums:
            blocks.append(P(f"**{ASKED[n - 1]} {tag.format(n=n)}**"))
            blocks += [P(p) for p in REPLIED[n - 1]]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("tag", "label"), [("(Q{n})", "Q{n}"), ("[{n}]", "{n}")])
def test_questions_tagged_with_their_number_at_their_end(tag, label, fmt):
    with using_labeller(None):
        foi = read(_tagged_letter(tag), fmt)
    assert pairs(foi) == _want(label)


def test_tags_that_miss_a_number_are_no_reading():
    texts = [
        "How many nurses were there? (Q1)",
        "Forty-one.",
        "Which schools had a clinic? (Q3)",
        "Eighteen.",
    ]
    assert tagged_items(_units(texts)) is None


def test_a_heading_before_the_next_tagged_question_is_in_no_answer():
    texts = [
        "How many nurses were there? (1)",
        "Forty-one.",
        "ESTATES",
        "Which schools had a clinic? (2)",
        "Eighteen.",
    ]
    items = tagged_items(_units(texts))
    assert [(q.label, q.answer) for q in items] == [("1", ["Forty-one."]), ("2", ["Eighteen."])]


# ------------------------------------------------ answers numbered as decimals


def _decimal_letter(face: str) -> list:
    blocks = [*head("Our reference: SHN/2024/313")]
    for n, (q, reply) in enumerate(zip(ASKED, REPLIED, strict=True), 1):
        blocks.append(P(face.format(t=f"{n}. {q}")))
        blocks += [P(f"{n}.{k} {p}") for k, p in enumerate(reply, 1)]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("face", ["**{t}**", "{t}"])
def test_answers_numbered_as_decimals_of_their_question(face, fmt):
    with using_labeller(None):
        foi = read(_decimal_letter(face), fmt)
    assert pairs(foi) == _want()


def test_decimal_children_that_ask_are_sub_questions_not_answers():
    texts = [
        "1. Staffing",
        "1.1 How many nurses were there?",
        "1.2 How many were agency staff?",
        "2. Clinics",
        "2.1 Which schools had a clinic?",
    ]
    assert decimal_answer_items(_units(texts)) is None


def test_a_numbered_question_after_the_run_is_no_reading():
    texts = [
        "1. How many nurses were there?",
        "1.1 Forty-one.",
        "2. Which schools had a clinic?",
        "2.1 Eighteen.",
        "Further to the above:",
        "3. What was the budget?",
    ]
    assert decimal_answer_items(_units(texts)) is None


# ------------------------------------------------ a summary of one-liners


def _summary_letter(dash: str) -> list:
    blocks = [*head("Our reference: SHN/2024/314"), P("You wrote to ask:")]
    blocks += [P(f"{n}. {q}") for n, q in enumerate(ASKED, 1)]
    blocks += [
        H("Searching our records"),
        P(
            "The children's services directorate and the finance department each searched its own files."
        ),
        P("Figures were checked against the returns made to the commissioners."),
        P("**At a glance**"),
    ]
    blocks += [P(f"{n}{dash}{b}") for n, b in enumerate(BRIEF, 1)]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("dash", [" – ", ": "])
def test_a_summary_of_one_line_answers_after_a_narrative(dash, fmt):
    with using_labeller(None):
        foi = read(_summary_letter(dash), fmt)
    assert pairs(foi) == _want(replies=[[b] for b in BRIEF])


def test_summary_lines_naming_too_few_numbers_are_no_reading():
    texts = [
        "Q1. How many nurses were there?",
        "Q2. Which schools had a clinic?",
        "Q3. What was the budget?",
        "Our searches took a week.",
        "Q1 – Forty-one.",
        "Q3 – £1.42m.",
    ]
    assert summary_line_items(_units(texts)) is None


def test_the_labeller_keeps_the_numbered_readings():
    letters = [
        (_quoted_heads_letter("Concerning point {n}", "“{q}”"), _want()),
        (_tagged_letter("(Q{n})"), _want("Q{n}")),
        (_decimal_letter("{t}"), _want()),
        (_summary_letter(" – "), _want(replies=[[b] for b in BRIEF])),
    ]
    for blocks, want in letters:
        assert pairs(read(blocks, "docx")) == want
