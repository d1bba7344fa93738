"""FOI letter structure read by grammar (issue #13, learned from held-out set E's
failure classes after its first sight): headings that divide a letter into parts
and start its numbering again; a general explanation of an exemption printed
after the last inline answer; answers numbered in the body with their questions
only in an appendix table. Every letter here is made up and built in code, in
wordings of its own (not set E's), and read from DOCX, PDF and HTML."""

from __future__ import annotations

import pytest

from parsers.foi.line_kinds import _division_heading
from parsers.foi.units import _Unit
from parsers.foi.vocab import closing_kinds, is_exemption_explanation
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, expect, head, pairs, read

# ---------------------------------------------------------------- division headings


def _unit(text: str, style: str | None = None) -> _Unit:
    return _Unit(text=text, style=style, lines=[text])


@pytest.mark.parametrize(
    "line, style",
    [
        ("SECTION B", None),
        ("Part Three: Estates", None),
        ("Theme 2 - Finance", "heading"),
        ("Second part", "bold"),
    ],
)
def test_division_heading_before_numbering_that_starts_again(line, style):
    assert _division_heading(_unit(line, style), _unit("1. How many porters are employed?"))


@pytest.mark.parametrize(
    "line, nxt",
    [
        # numbering that goes on is no new part
        ("SECTION B", "4. How many porters are employed?"),
        # a sentence, a lead-in or a marker is not a heading
        ("The figures are below.", "1. How many porters are employed?"),
        ("We asked the estates team:", "1. How many porters are employed?"),
        ("OUR RESPONSE", "1. Forty porters."),
        # a plain lower-case line is an answer's text, not a heading
        ("none were recorded", "1. How many porters are employed?"),
    ],
)
def test_lines_that_are_not_division_headings(line, nxt):
    assert not _division_heading(_unit(line), _unit(nxt))


def parts_letter() -> tuple[list, list]:
    blocks = [
        *head("Our ref: WCH/FOI/3381"),
        H("SECTION A"),
        P("1. How many porters did the Trust employ on 1 May 2024?"),
        P("Forty-two porters were employed on that date."),
        P("2. How many of them worked nights?"),
        P("Eleven of them worked a night rota."),
        H("SECTION B"),
        P("1. How much did the Trust spend on linen in 2023?"),
        P("The laundry contract cost the Trust 310,000 pounds in that year."),
        P("2. Who supplies the Trust's linen?"),
        P("Brightwash Services holds the contract until 2026."),
        *SIGN_OFF,
    ]
    truth = [
        ("1", "How many porters did the Trust employ on 1 May 2024?", blocks[8].text),
        ("2", "How many of them worked nights?", blocks[10].text),
        ("1", "How much did the Trust spend on linen in 2023?", blocks[13].text),
        ("2", "Who supplies the Trust's linen?", blocks[15].text),
    ]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_division_heading_ends_the_answer_and_restarts_the_numbers(fmt):
    blocks, truth = parts_letter()
    assert pairs(read(blocks, fmt)) == expect(truth)


# ---------------------------------------------------------------- exemption explanations


@pytest.mark.parametrize(
    "text",
    [
        "About section 12: answering would cost more than the limit the law sets.",
        "Note on section 43(2): commercial interests were weighed against openness.",
        "Regarding section 40 - personal data of staff is not released.",
        "Explanation of section 21: the report is already published.",
        "Why section 40(2) applies: staff would expect their names to stay private.",
        "How we applied section 12: the search would take over 18 hours.",
    ],
)
def test_run_in_heading_naming_a_section_explains_an_exemption(text):
    assert is_exemption_explanation(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 40 staff work in the section; 12 are nurses.",
        "Withheld under section 43(2) as the price is commercially sensitive.",
        "Section 3 of the estates return lists 40 porters.",
        "42 porters were employed.",
        "Why is section 3 of the rota shorter this year? It covers fewer wards.",
    ],
)
def test_answers_that_do_not_explain_an_exemption(text):
    assert not is_exemption_explanation(text)


def inline_letter() -> tuple[list, list]:
    blocks = [
        *head("Our ref: WCH/FOI/3390"),
        P("1. How many porters did the Trust employ on 1 May 2024? - Forty-two."),
        P("2. How much did the Trust spend on agency porters in 2023? - Withheld, section 43(2)."),
        P("3. Does the Trust publish its portering policy? - Yes, on its website (section 21)."),
        P(
            "About section 43(2): we weighed the harm to the agency's trade against the "
            "value of openness and found that withholding the sum is right."
        ),
        *SIGN_OFF,
    ]
    truth = [
        ("1", "How many porters did the Trust employ on 1 May 2024?", "Forty-two."),
        (
            "2",
            "How much did the Trust spend on agency porters in 2023?",
            "Withheld, section 43(2).",
        ),
        (
            "3",
            "Does the Trust publish its portering policy?",
            "Yes, on its website (section 21).",
        ),
    ]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_inline_answer_stops_before_an_exemption_explanation(fmt):
    blocks, truth = inline_letter()
    assert pairs(read(blocks, fmt)) == expect(truth)


# ---------------------------------------------------------------- appendix questions


def appendix_letter(marked: bool) -> tuple[list, list]:
    questions = [
        "How many porters did the Trust employ on 1 May 2024?",
        "How much did the Trust spend on linen in 2023?",
        "Which wards had a porter on every night shift?",
    ]
    answers = [
        "Forty-two porters were employed on that date.",
        "The laundry contract cost 310,000 pounds in that year.",
        "Porter cover on nights was logged for these wards.",
    ]
    first = (lambda n: f"Reply {n}: ") if marked else (lambda n: f"{n}. ")
    blocks = [
        *head("Our ref: WCH/FOI/3402"),
        P(
            "Each reply below carries the number of your question; the questions are listed at the end."
        ),
        *[P(first(n) + a) for n, a in enumerate(answers, 1)],
        T([["Ward", "Nights covered"], ["Heron", "365"], ["Kestrel", "358"]]),
        *SIGN_OFF,
        H("Schedule of questions"),
        T([["#", "Request"], *[[str(n), q] for n, q in enumerate(questions, 1)]]),
    ]
    return blocks, [
        (str(n), q, a) for n, (q, a) in enumerate(zip(questions, answers, strict=True), 1)
    ]


@pytest.mark.parametrize("marked", [False, True])
@pytest.mark.parametrize("fmt", FORMATS)
def test_numbered_answers_take_their_questions_from_the_appendix(fmt, marked):
    blocks, truth = appendix_letter(marked)
    foi = read(blocks, fmt)
    assert pairs(foi) == expect(truth)
    assert foi.items[2].table_index is not None  # the last answer keeps its table


def test_a_numbered_list_with_an_unrelated_table_is_not_an_appendix():
    # numbered questions with answers beneath, and a table whose numbers are not theirs
    blocks = [
        *head("Our ref: WCH/FOI/3403"),
        P("1. How many porters did the Trust employ on 1 May 2024?"),
        P("Forty-two porters were employed on that date."),
        P("2. How many of them worked nights?"),
        P("Eleven, as the table shows."),
        T([["Rota", "Porters"], ["1", "Day shift"], ["2", "Night shift"], ["3", "Weekend"]]),
        *SIGN_OFF,
    ]
    foi = read(blocks, "docx")
    assert [it.question for it in foi.items] == [
        "How many porters did the Trust employ on 1 May 2024?",
        "How many of them worked nights?",
    ]


# ---------------------------------------------------------------- italic questions


def italic_letter() -> tuple[list, list]:
    """Unnumbered questions set in italic, plain answers beneath; one question is a
    request with no question mark."""
    from benchmarks.heldout_d.render import P as SP

    qa = [
        ("How many porters did the Trust employ on 1 May 2024?", "Forty-two were employed."),
        (
            "Please provide the Trust's current portering policy.",
            "The policy is attached to this letter as a PDF.",
        ),
        ("How many of the porters worked nights?", "Eleven worked on the night rota."),
    ]
    blocks = [SP(b.text) for b in head("Our ref: WCH/FOI/3410")]
    for q, a in qa:
        blocks += [SP(q, "italic"), SP(a)]
    blocks += [SP(b.text) for b in SIGN_OFF]
    return blocks, [(None, q, a) for q, a in qa]


@pytest.mark.parametrize("fmt", FORMATS)
def test_italic_request_without_question_mark_is_a_question(fmt):
    from benchmarks.heldout_d.render import render
    from parsers import parse_document

    blocks, truth = italic_letter()
    data, name = render(blocks, fmt)
    foi = parse_document(data, filename=name, kind_hint="foi").foi
    assert pairs(foi) == expect(truth)


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("Our replies can be reproduced under the Open Government Licence v3.0.", ["reuse"]),
        (
            "Much of this reply may be used again under our licence; others' material is not.",
            ["reuse"],
        ),
        ("Staff were used again on the ward under the agency licence.", []),
        ("The leaflet may be reproduced by wards without asking.", []),
    ],
)
def test_reuse_terms_in_other_verbs(text, kinds):
    assert closing_kinds(text) == kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_italic_pair_stops_before_reuse_terms(fmt):
    from benchmarks.heldout_d.render import P as SP
    from benchmarks.heldout_d.render import render
    from parsers import parse_document

    blocks, truth = italic_letter()
    at = len(blocks) - len(SIGN_OFF)
    blocks.insert(
        at, SP("Much of this reply may be used again under our licence; others' material is not.")
    )
    data, name = render(blocks, fmt)
    foi = parse_document(data, filename=name, kind_hint="foi").foi
    assert pairs(foi) == expect(truth)
