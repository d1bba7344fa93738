"""FOI letters in house styles and structures the corpus lacks (issue #13),
each built in code from known facts and read from DOCX, PDF and HTML:
answer markers without a colon ("A1. 134.", "RESPONSE 134"), field-style
pages ("Information requested: / Information provided:", "You asked: / Our
response:", "Request: / Response:"), roman, dash and bracket labels, run-in
bold labels, bulleted request lists, one answer covering several questions,
a request/reply table whose questions share one cell, a refined request that
quotes the original after the answer, and an unnumbered disclosure-log entry."""

from __future__ import annotations

import re
from datetime import date

import pytest

from parsers import parse_document
from tests.foi_letters import RENDER, SIGN_OFF, B, H, P, T, plain

FORMATS = ["docx", "pdf", "html"]


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("•", " ")).strip()


def read(blocks, fmt):
    data = RENDER[fmt](blocks)
    result = parse_document(data, filename=f"response.{fmt}", kind_hint="foi")
    assert result.foi is not None, result.error
    return result.foi


def pairs(foi) -> list[tuple[str | None, str, str]]:
    return [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]


def expect(items) -> list[tuple[str | None, str, str]]:
    return [(lab, norm(plain(q)), norm(plain(a))) for lab, q, a in items]


def head(ref_line: str, dated: str = "Date: 12 March 2024") -> list:
    return [
        H("Westmere Community Health NHS Trust"),
        P("Freedom of Information Act 2000: response to your request"),
        P(ref_line),
        P(dated),
        P("Dear Requester"),
        P(
            "Thank you for your request for information, which we received on "
            "14 February 2024. Our reply to each of your questions is set out below."
        ),
    ]


# ---------------------------------------------------------------- Q1. / A1. 134.

QA_ITEMS = [
    (
        "Q1",
        "How many electric vehicle charging points are installed across the Trust's sites?",
        "134.",
    ),
    ("Q2", "How many of those charging points can visitors use?", "58."),
    (
        "Q3",
        "What tariff per kWh does the Trust charge visitors for charging?",
        "Visitors are charged 45p per kWh at every site.",
    ),
]


def qa_letter() -> list:
    blocks = head("Our reference is FOI-2024-0457.")
    for lab, q, a in QA_ITEMS:
        blocks += [P(f"{lab}. {q}"), P(f"A{lab[1:]}. {a}")]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
def test_q_and_a_numbered_markers_without_colon(fmt):
    foi = read(qa_letter(), fmt)
    assert foi.reference == "FOI-2024-0457"
    assert foi.received_date == date(2024, 2, 14)
    assert foi.responded_date == date(2024, 3, 12)
    assert pairs(foi) == expect(QA_ITEMS)
    assert [it.answer_kind for it in foi.items] == ["number", "number", "text"]


# ---------------------------------------------------------------- REQUEST 1 / RESPONSE 134

CAPS_ITEMS = [
    ("1", "How many interpreters did the Trust book in 2023?", "1,245"),
    (
        "2",
        "Which languages were requested most often?",
        "Polish, Romanian and Urdu were the three languages requested most often.",
    ),
]


def caps_letter() -> list:
    blocks = head("Reference number: FOI/2024/0911")
    for lab, q, a in CAPS_ITEMS:
        blocks += [P(f"REQUEST {lab} {q}"), P(f"RESPONSE {a}")]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
def test_upper_case_request_and_response_markers(fmt):
    foi = read(caps_letter(), fmt)
    assert foi.reference == "FOI/2024/0911"
    assert pairs(foi) == expect(CAPS_ITEMS)


# ---------------------------------------------------------------- field-style pages

FIELD_STYLES = {
    "scottish": ("Information requested:", "Information provided:"),
    "gloucestershire": ("You asked:", "Our response:"),
    "bolton": ("Request:", "Response:"),
}


def field_letter(ask: str, reply: str) -> list:
    return [
        H("Disclosure log entry"),
        P("Reference: FOI 2024/0388"),
        P("Subject: Staff parking permits"),
        P("Request Date: 05/03/2024"),
        P("Response Date: 27/03/2024"),
        P(f"{ask} How many hospital car parking permits did the Trust issue to staff in 2023?"),
        P(f"{reply} The Trust issued 3,402 staff parking permits in 2023."),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("style", sorted(FIELD_STYLES))
def test_field_style_pages(style, fmt):
    foi = read(field_letter(*FIELD_STYLES[style]), fmt)
    assert foi.reference == "FOI 2024/0388"
    assert foi.title == "Staff parking permits"
    assert foi.received_date == date(2024, 3, 5)
    assert foi.responded_date == date(2024, 3, 27)
    assert pairs(foi) == [
        (
            None,
            "How many hospital car parking permits did the Trust issue to staff in 2023?",
            "The Trust issued 3,402 staff parking permits in 2023.",
        )
    ]


# ---------------------------------------------------------------- roman, dash, bracket labels

LABEL_FORMS = {
    "roman-paren": ("i)", "ii)", "iii)"),
    "roman-brackets": ("(i)", "(ii)", "(iii)"),
    "roman-dot": ("i.", "ii.", "iii."),
    "dash": ("1 -", "2 -", "3 -"),
    "brackets": ("(1)", "(2)", "(3)"),
    "paren": ("1)", "2)", "3)"),
}
LABEL_KEYS = {
    "roman-paren": ("i", "ii", "iii"),
    "roman-brackets": ("i", "ii", "iii"),
    "roman-dot": ("i", "ii", "iii"),
    "dash": ("1", "2", "3"),
    "brackets": ("1", "2", "3"),
    "paren": ("1", "2", "3"),
}
LABELLED_QA = [
    ("How many wheelchairs does the Trust own?", "The Trust owns 212 wheelchairs."),
    (
        "How many wheelchairs were reported lost in 2023?",
        "Nine wheelchairs were reported lost in 2023.",
    ),
    (
        "Who is responsible for wheelchair maintenance?",
        "Maintenance is carried out by the Estates department.",
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("form", sorted(LABEL_FORMS))
def test_roman_dash_and_bracket_labels(form, fmt):
    blocks = head("Our ref: FOI 7781")
    for mark, (q, a) in zip(LABEL_FORMS[form], LABELLED_QA, strict=True):
        blocks += [P(f"{mark} {q}"), P(a)]
    foi = read(blocks + SIGN_OFF, fmt)
    assert foi.reference == "FOI 7781"
    assert pairs(foi) == [
        (k, q, a) for k, (q, a) in zip(LABEL_KEYS[form], LABELLED_QA, strict=True)
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_roman_sub_questions_under_a_number(fmt):
    blocks = head("Our ref: FOI 7782")
    blocks += [P("1. Wheelchair stock")]
    for mark, (q, a) in zip(("i)", "ii)", "iii)"), LABELLED_QA, strict=True):
        blocks += [P(f"{mark} {q}"), P(a)]
    foi = read(blocks + SIGN_OFF, fmt)
    assert [it.label for it in foi.items] == ["1i", "1ii", "1iii"]
    assert [it.answer for it in foi.items] == [a for _, a in LABELLED_QA]
    assert all(it.heading == "1. Wheelchair stock" for it in foi.items)


# ---------------------------------------------------------------- run-in bold labels

RUNIN_ITEMS = [
    ("1", "How many nurses left the Trust in 2023?", "412"),
    (
        "2",
        "What was the most common reason given for leaving?",
        "Relocation was the reason given most often.",
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_run_in_bold_labels(fmt):
    blocks = head("FOI reference: 2024-118")
    for lab, q, a in RUNIN_ITEMS:
        blocks += [P(f"**Question {lab}** {q}"), P(f"**Answer** {a}")]
    foi = read(blocks + SIGN_OFF, fmt)
    assert foi.reference == "2024-118"
    assert pairs(foi) == expect(RUNIN_ITEMS)


# ---------------------------------------------------------------- bulleted request lists

BULLET_QS = [
    "How many beds does the Trust have on its mental health wards?",
    "How many of those beds were occupied on 1 January 2024?",
    "How many patients were placed out of area on that date?",
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_bulleted_requests_answered_in_order(fmt):
    answers = [
        "The Trust has 180 mental health beds.",
        "171 beds were occupied.",
        "Six patients were placed out of area.",
    ]
    blocks = head("Our ref: FOI 3310")
    blocks += [P("You asked:"), *[B(q) for q in BULLET_QS], P("Our response:")]
    blocks += [B(a) for a in answers]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [(None, q, a) for q, a in zip(BULLET_QS, answers, strict=True)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_bulleted_requests_with_one_answer_for_all(fmt):
    answer = "Please see the attached spreadsheet, which gives the figures for each ward."
    blocks = head("Our ref: FOI 3311")
    blocks += [P("You asked:"), *[B(q) for q in BULLET_QS], P("Our response:"), P(answer)]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [(None, q, answer) for q in BULLET_QS]


# ---------------------------------------------------------------- one answer for several

SHARED_QS = [
    ("1", "How many agency nurses did the Trust use in 2022?"),
    ("2", "How many agency nurses did the Trust use in 2023?"),
    ("3", "What did the Trust spend on agency nursing in 2023?"),
    ("4", "Does the Trust have a policy on agency use?"),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_reply_naming_the_questions_it_covers(fmt):
    shared = "please see the attached spreadsheet, which gives each figure by month."
    blocks = head("Our ref: FOI 5020")
    blocks += [P(f"{lab}. {q}") for lab, q in SHARED_QS[:3]]
    blocks += [P(f"For questions 1 to 3, {shared}")]
    blocks += [P(f"4. {SHARED_QS[3][1]}"), P("Yes, the policy is published on our website.")]
    foi = read(blocks + SIGN_OFF, fmt)
    got = pairs(foi)
    assert [g[0] for g in got] == ["1", "2", "3", "4"]
    assert [g[1] for g in got] == [q for _, q in SHARED_QS]
    for g in got[:3]:
        assert g[2].endswith(shared)
    assert got[3][2] == "Yes, the policy is published on our website."


@pytest.mark.parametrize("fmt", FORMATS)
def test_range_marker_after_the_questions(fmt):
    blocks = head("Our ref: FOI 5021")
    blocks += [P(f"Question {lab}. {q}") for lab, q in SHARED_QS[:3]]
    blocks += [P("Q1–3: The figures are given in the table below.")]
    blocks += [
        T([["Year", "Agency nurses", "Spend"], ["2022", "88", "£1.2m"], ["2023", "97", "£1.4m"]])
    ]
    blocks += [P(f"Question 4. {SHARED_QS[3][1]}"), P("Answer: Yes.")]
    foi = read(blocks + SIGN_OFF, fmt)
    got = pairs(foi)
    assert [g[0] for g in got] == ["1", "2", "3", "4"]
    for g in got[:3]:
        assert g[2] == "The figures are given in the table below."
    assert [it.table_index for it in foi.items[:3]] == [0, 0, 0]
    assert got[3][2] == "Yes."


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_answer_after_a_run_of_questions(fmt):
    blocks = head("Our ref: FOI 5022")
    blocks += [P(f"Question {lab}. {q}") for lab, q in SHARED_QS[:3]]
    blocks += [P("Answer: The Trust does not hold this information centrally.")]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [
        (lab, q, "The Trust does not hold this information centrally.") for lab, q in SHARED_QS[:3]
    ]
    assert {it.answer_kind for it in foi.items} == {"not_held"}


# ---------------------------------------------------------------- layouts

TABLE_QA = [
    ("1", "How many MRI scanners does the Trust operate?", "Four."),
    ("2", "How old is the oldest scanner?", "It was installed in 2012."),
    ("3", "Is a replacement planned?", "Yes, in the 2025/26 capital plan."),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("numbered", [True, False])
def test_table_whose_questions_share_one_cell(numbered, fmt):
    def cell(values):
        return "\n".join(f"{n}. {v}" if numbered else v for n, v in values)

    rows = [
        ["Information requested", "Trust response"],
        [cell((n, q) for n, q, _ in TABLE_QA), cell((n, a) for n, _, a in TABLE_QA)],
    ]
    blocks = [*head("Our ref: FOI 6001"), T(rows), *SIGN_OFF]
    foi = read(blocks, fmt)
    assert pairs(foi) == [(n if numbered else None, q, a) for n, q, a in TABLE_QA]


@pytest.mark.parametrize("fmt", FORMATS)
def test_refined_request_quoting_the_original_after_the_answer(fmt):
    blocks = head("Our ref: FOI 6002")
    blocks += [
        P("Your refined request:"),
        P("1. How many falls were recorded on the Trust's wards in 2023?"),
        P("2. How many of those falls caused serious harm?"),
        P("Response:"),
        P("1. 1,032 falls were recorded."),
        P("2. 14 falls caused serious harm."),
        P("Your original request was:"),
        P("1. How many falls were recorded on the Trust's wards between 2015 and 2023?"),
        P("2. How many of those falls caused serious harm, by year?"),
    ]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [
        (
            "1",
            "How many falls were recorded on the Trust's wards in 2023?",
            "1,032 falls were recorded.",
        ),
        ("2", "How many of those falls caused serious harm?", "14 falls caused serious harm."),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("answer_as", ["table", "prose"])
def test_unnumbered_disclosure_log_entry(answer_as, fmt):
    question = (
        "I would like to know how many complaints the Trust received about car parking. "
        "Please give the figures for each of the last three financial years."
    )
    blocks = [
        H("Complaints about car parking"),
        P("Reference: FOI/24/113"),
        P("Date of request: 4 March 2024"),
        P("Date of response: 28 March 2024"),
        P(question),
    ]
    if answer_as == "table":
        blocks.append(
            T([["Year", "Complaints"], ["2021/22", "41"], ["2022/23", "57"], ["2023/24", "63"]])
        )
    else:
        blocks.append(P("The Trust received 41, 57 and 63 complaints in those years."))
    foi = read(blocks, fmt)
    assert foi.reference == "FOI/24/113"
    assert len(foi.items) == 1
    item = foi.items[0]
    assert norm(item.question) == question
    if answer_as == "table":
        assert item.answer_kind == "table" and item.table_index == 0
    else:
        assert item.answer == "The Trust received 41, 57 and 63 complaints in those years."


# ---------------------------------------------------------------- reference sentences

REFERENCE_FORMS = [
    ("Our reference is FOI-2024-0457.", "FOI-2024-0457"),
    ("Our Ref: FOI/24/0457", "FOI/24/0457"),
    ("The reference for this request is FOI 2024 0457.", "FOI 2024 0457"),
    ("Please quote reference RFI-0457 in any further correspondence.", "RFI-0457"),
    ("Your request has been given the reference number 2024/457.", "2024/457"),
    ("We have logged your request under reference number EIR 24-0457.", "EIR 24-0457"),
    ("Reference: 5521", "5521"),
    ("FOI Reference: 2024/0457", "2024/0457"),
    ("Our reference number is: 4457", "4457"),
    ("Ref. No. FOI/0457", "FOI/0457"),
    ("Case reference - FOI 0457", "FOI 0457"),
    ("Request ID: 24-0457", "24-0457"),
    ("Our ref FOI-2024-0457 Your ref n/a", "FOI-2024-0457"),
    ("Your ref: ABC 1; Our ref: FOI 999", "FOI 999"),
    ("Freedom of Information Request 2024/118", "2024/118"),
    ("Please quote your reference when you reply.", None),
]


@pytest.mark.parametrize(("line", "reference"), REFERENCE_FORMS)
def test_reference_sentences_give_the_code_not_the_words_before_it(line, reference):
    from parsers.foi.metadata import _metadata
    from parsers.foi.units import _Unit

    assert _metadata([_Unit(line)], [])["reference"] == reference


# ---------------------------------------------------------------- a list the question introduces


@pytest.mark.parametrize("fmt", FORMATS)
def test_list_introduced_by_a_question_is_part_of_it(fmt):
    periods = ["April 2021 to March 2022", "April 2022 to March 2023", "Ward 7 and Ward 9 only"]
    blocks = head("Our ref: FOI 8120")
    blocks += [
        P("1. How many patients were discharged to temporary accommodation?"),
        P("Please give the figures for these periods:"),
        *[B(p) for p in periods],
        P("The figures are given in the attached workbook."),
        P("2. Does the Trust employ a housing officer?"),
        P("Yes, one full-time housing officer."),
    ]
    foi = read(blocks + SIGN_OFF, fmt)
    got = pairs(foi)
    assert got[0] == (
        "1",
        "How many patients were discharged to temporary accommodation? Please give the "
        "figures for these periods: " + " ".join(periods),
        "The figures are given in the attached workbook.",
    )
    assert got[1] == (
        "2",
        "Does the Trust employ a housing officer?",
        "Yes, one full-time housing officer.",
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_disclosure_log_entry_printed_as_a_form(fmt):
    rows = [
        ["Reference", "FOI 2024/0388"],
        ["Subject", "Staff parking permits"],
        ["Request Date", "05/03/2024"],
        ["Response Date", "27/03/2024"],
        ["Information Requested", "How many staff parking permits did the Trust issue in 2023?"],
        ["Response", "The Trust issued 3,402 staff parking permits in 2023."],
    ]
    foi = read([H("Disclosure log"), T(rows)], fmt)
    assert (foi.reference, foi.received_date, foi.responded_date) == (
        "FOI 2024/0388",
        date(2024, 3, 5),
        date(2024, 3, 27),
    )
    assert pairs(foi) == [
        (
            None,
            "How many staff parking permits did the Trust issue in 2023?",
            "The Trust issued 3,402 staff parking permits in 2023.",
        )
    ]
