"""FOI house styles learned from held-out set F's failure classes after its first
sight (issue #13), read by structure and grammar rather than by copying set F's
phrases: the closing run after the last answer (addressed to the reader, the letter
speaking of itself, contact forms, the signature run: parsers.foi.tail); the date
of receipt in a sentence whose subject is the request and whose verb is one of
arriving or being recorded; unnumbered "Q." / "A." marks when they come paired. Every
letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.foi.markers import paired_qa_marks, qa_mark
from parsers.foi.meta_patterns import _RE_RECEIVED_ARRIVAL
from parsers.foi.tail import closing_prose, has_own_figures, signature_line
from tests.foi_letters import B, H, P
from tests.test_foi_styles import FORMATS, pairs, read

# ---------------------------------------------------------------- the grammars


@pytest.mark.parametrize(
    "text",
    [
        "Not content with the outcome? Ask us within two months to have a colleague who "
        "took no part in this letter go over it again.",
        "Once our review is over you can still refer the case to the regulator at its "
        "Cheshire office, SK9 5AF.",
        "Copies of this response, with names taken out, go on the Trust's website.",
        "You are welcome to quote the figures for research; commercial users should write first.",
        "Complaints about the handling of a request go to records.team@greyhaven.example.",
        "Should you wish to challenge the decision, your reasons must reach us within "
        "40 working days.",
    ],
)
def test_closing_prose_by_grammar(text):
    assert closing_prose(text)


@pytest.mark.parametrize(
    "text",
    [
        "Greyhaven recorded 23 slips on the wards in 2023.",
        "You can find the 2023 audit on page 14 of the annual report.",
        "The porters' rota is drawn up weekly by the estates manager.",
        "Please see this",  # no sentence end: not prose
    ],
)
def test_answers_are_not_closing_prose(text):
    assert not closing_prose(text)


def test_figures_of_contact_details_and_deadlines_are_not_substance():
    assert not has_own_figures("Write to Moor Road, Greyhaven GH4 7QT within 20 working days.")
    assert has_own_figures("Twelve wards and 3 clinics.")


@pytest.mark.parametrize(
    "line, ok",
    [
        ("Warm wishes", True),
        ("Disclosure Officer, Governance Directorate", True),
        ("Greyhaven Hospitals NHS Trust", True),
        ("Fourteen.", False),
        ("1 Porters", False),
        ("twelve beds", False),
    ],
)
def test_signature_lines(line, ok):
    assert signature_line(line) is ok


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("Your information request landed with our team on 4 March 2024.", "4 March 2024"),
        ("The enquiry you sent arrived at the Trust on the 2nd of May 2024.", "2nd of May 2024"),
        ("Your e-mail, which was logged on 17/06/2024, asked three things.", "17/06/2024"),
    ],
)
def test_received_date_as_the_request_arriving(sentence, day):
    m = _RE_RECEIVED_ARRIVAL.search(sentence)
    assert m is not None and m.group(1) == day


@pytest.mark.parametrize(
    "sentence",
    [
        "The new scanner arrived on 4 March 2024.",
        "Your request reached us. On 4 March 2024 we wrote back.",
        "The letter we sent on 4 March 2024 is attached.",
    ],
)
def test_other_arrivals_are_no_date_of_receipt(sentence):
    assert _RE_RECEIVED_ARRIVAL.search(sentence) is None


# ---------------------------------------------------------------- letters

HEAD = [
    H("Greyhaven Hospitals NHS Trust"),
    P("Our reference: GHT/7731"),
    P("Date: 9 September 2024"),
    P("Dear Applicant"),
    P("Thank you for your enquiry. Our answers follow."),
]
QS = [
    ("1", "How many porters does the Trust employ?", "We employ 57 porters."),
    ("2", "Who supplies the Trust's porter uniforms?", "Uniforms come from Tabard Supplies Ltd."),
    (
        "3",
        "Which company maintains the patient lifts?",
        "Liftwise Engineering holds the contract. It was renewed last spring.",
    ),
]
CLOSING = [
    P(
        "Not content with the outcome? Ask us within two months to have a colleague who "
        "took no part in this letter go over it again."
    ),
    P(
        "Once our review is over you can still refer the case to the regulator at its "
        "Cheshire office, SK9 5AF."
    ),
    P("Copies of this response, with names taken out, go on the Trust's website."),
    P("Warm wishes"),
    P("Disclosure Officer"),
    P("Greyhaven Hospitals NHS Trust"),
]


def _qa(qs=QS) -> list:
    out: list = []
    for n, q, a in qs:
        out += [P(f"{n}. {q}"), *(P(s.strip() + ".") for s in a.rstrip(".").split(". "))]
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_received_date_in_the_opening_sentence(fmt):
    opening = [P("Your information request landed with our team on 12 August 2024.")]
    foi = read(HEAD[:-1] + opening + _qa() + CLOSING, fmt)
    assert foi.received_date == date(2024, 8, 12)
    assert foi.responded_date == date(2024, 9, 9)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_closing_run_ends_the_last_answer(fmt):
    foi = read(HEAD + _qa() + CLOSING, fmt)
    assert pairs(foi) == QS


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_answer_that_speaks_to_the_reader_with_figures_stays(fmt):
    qs = [*QS[:2], ("3", "Where is the lift audit?", "You can find the 2023 audit on page 14.")]
    foi = read(HEAD + _qa(qs) + CLOSING, fmt)
    assert pairs(foi) == qs


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_letter_without_a_closing_keeps_its_last_answer(fmt):
    qs = [*QS[:2], ("3", "Does the Trust hire its lifts?", "No.")]
    foi = read(HEAD + _qa(qs), fmt)
    assert pairs(foi) == qs


# ---------------------------------------------------------------- paired Q. / A. marks


def test_paired_q_and_a_marks():
    texts = ["Dear Applicant", "Q. Any lifts?", "A. Two.", "Q: Any hoists?", "A: None."]
    assert [qa_mark(t) for t in texts[1:3]] == [("Q", "Any lifts?"), ("A", "Two.")]
    assert paired_qa_marks(texts)
    # a capital letter label alone ("A.", "B.") is no answer mark
    assert not paired_qa_marks(["A. How many lifts?", "Two.", "B. How many hoists?", "None."])
    assert not paired_qa_marks(["Q. Any lifts?", "A. Two."])  # one pair is not a style
    assert qa_mark("Q4. Any lifts?") is None and qa_mark("a. lower case") is None


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("mark", ["{m}.", "**{m}:**"])
def test_unnumbered_q_and_a_marks(mark, fmt):
    blocks = list(HEAD)
    for _, q, a in QS:
        blocks += [P(f"{mark.format(m='Q')} {q}"), P(f"{mark.format(m='A')} {a}")]
    foi = read(blocks + CLOSING, fmt)
    assert pairs(foi) == [(None, q, a) for _, q, a in QS]


# ---------------------------------------------------------------- requests as headings

HEADED = [
    ("1", "List the wards that closed beds last winter", "Wards 3 and 9 closed beds."),
    ("2", "Provide the cost of agency porters in 2023", "Agency porters cost 12,040 pounds."),
    ("3", "Which firm cleans the car parks", "Sweepright Ltd cleans them."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_numbered_requests_printed_as_headings_without_a_question_mark(fmt):
    blocks = list(HEAD)
    for n, q, a in HEADED:
        blocks += [H(f"{n} {q}"), P(a)]
    foi = read(blocks + CLOSING, fmt)
    assert pairs(foi) == HEADED


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_heading_out_of_sequence_is_no_question(fmt):
    blocks = list(HEAD)
    for n, q, a in QS:
        blocks += [P(f"{n}. {q}"), P(a)]
    # "7 Give …" after question 3 is not question 4: it stays in the last answer
    blocks += [H("7 Give or take a week, the review finishes in June"), P("Nothing else.")]
    foi = read(blocks, fmt)
    assert [it.label for it in foi.items] == ["1", "2", "3"]


# ---------------------------------------------------------------- the last answer's own blocks

WITHHELD = [
    ("1", "How many porters does the Trust employ?", "We employ 57 porters."),
    (
        "2",
        "Please name the agency that supplies night porters.",
        "The agency's name is withheld: releasing it would harm its commercial interests, "
        "so section 43(2) of the Act is engaged.",
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_exemption_answer_after_its_reply_heading_is_the_answer(fmt):
    """The labeller may read an exemption's wording as the letter's explanation; a
    stop never leaves the reply heading before it bare."""
    blocks = list(HEAD)
    for n, q, a in WITHHELD:
        blocks += [H(f"Request {n}"), P(q), H("The Trust's answer"), P(a)]
    foi = read(blocks + CLOSING, fmt)
    assert pairs(foi) == WITHHELD
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "43(2)")]


def test_a_stop_never_leaves_a_reply_marker_bare():
    from parsers.foi.boilerplate import Boilerplate
    from parsers.foi.labeller import answer_stops
    from tests.test_foi_labeller import _blocks

    spec = [
        ("Request 2: Please name the agency.", "question"),
        ("The Trust's answer", "marker"),
        (WITHHELD[1][2], "answer"),
        ("Warm wishes", "none"),
    ]
    labels = ["question", "answer", "exemption_explanation", "closing"]
    stop, _ = answer_stops(_blocks(spec), labels, [1.0, 1.0, 0.97, 1.0], Boilerplate())
    assert stop == 3


# ---------------------------------------------------------------- answers as list items


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_answer_printed_as_a_list_item_loses_its_glyph(fmt):
    blocks = list(HEAD)
    for n, q, a in QS[:2]:
        blocks += [P(f"{n}. {q}"), B(a)]
    foi = read(blocks + CLOSING, fmt)
    assert [it.answer for it in foi.items] == [a for _, _, a in QS[:2]]


def test_a_sure_model_alone_does_not_cut_a_second_paragraph_before_the_closing_run():
    from parsers.foi.boilerplate import Boilerplate
    from parsers.foi.labeller import answer_stops
    from tests.test_foi_labeller import _blocks

    spec = [
        ("3. Which company maintains the patient lifts?", "question"),
        ("Liftwise Engineering holds the contract.", "answer"),
        ("Most of its work is done at night.", "answer"),
        ("Copies of this response go on the Trust's website.", "none"),
        ("Warm wishes", "none"),
    ]
    labels = ["question", "answer", "closing", "closing", "closing"]
    probs = [1.0, 1.0, 0.95, 1.0, 1.0]
    # without a closing run found by the rules, the sure model ends the answer there
    assert answer_stops(_blocks(spec), labels, probs, Boilerplate())[0] == 2
    # with one after it, the paragraph is the answer's until evidence says otherwise
    assert answer_stops(_blocks(spec), labels, probs, Boilerplate(), rules_end=3)[0] == 3
