"""The FOI parser's phrase lists are data: every phrase has a made-up example
sentence here, and a phrase that matches none of them fails (a phrase no one
can give an example of is a dead rule). Examples are written for these tests,
not taken from any letter."""

from __future__ import annotations

import re

import pytest

from parsers.foi.patterns import (
    _ANSWER_CUES,
    _I,
    _RE_ANSWER_CUE,
    _RE_REQUEST_CUE,
    _RE_SIGNOFF,
    _REQUEST_CUES,
    _SIGNOFF_PHRASES,
    answer_marker,
)

SIGNOFF_EXAMPLES = [
    "If you are not satisfied with this reply you can ask us to look at it again.",
    "If you have any further questions about this reply, write to the FOI office.",
    "If you wish to request an internal review, please do so within 40 working days.",
    "Should you wish to challenge this decision, contact the Governance Manager.",
    "You have the right to ask for the handling of your request to be reviewed.",
    "Your right to complain is explained in the leaflet enclosed.",
    "Information Commissioner's Office, Water Lane, Wilmslow.",
    "Internal reviews are carried out by a senior manager not involved in the request.",
    "Appeals procedure: write to the Director of Corporate Affairs.",
    "Complaints and appeals are handled by the Trust Secretary.",
    "Yours faithfully",
    "Kind regards",
    "Regards,",
    "Re-use of public sector information is allowed under the Open Government Licence.",
    "Re-use of this information for profit needs a licence from the Trust.",
    "Any complaint about this reply should be sent to the Governance Office first.",
    "You may then refer your complaint to the regulator if you remain unhappy.",
    "We hope you find the information useful.",
    "Copyright in the attached report belongs to the Trust.",
    "Any information supplied in this reply remains subject to copyright.",
    "In line with the Information Commissioner's guidance we publish our responses.",
    "Please be aware that any information released may be published on our website.",
    "The information supplied to you continues to be protected by copyright.",
    "We hope the information above is useful.",
    "I hope that this response answers your questions.",
    "Please do not hesitate to get in touch with the team.",
    "Please quote your FOI number in any letter about this request.",
    "If for any reason you are unhappy with this reply, tell us.",
    "I trust this response meets your needs.",
    "We confirm that the information provided is correct at the date of this letter.",
    "This concludes our response to your request.",
    "Publication scheme documents are available on the Trust's website.",
    "Feedback:",
    "The full Freedom of Information Act can be read online.",
    "Please let us know if we can help further.",
    "Not satisfied with this response? You can write to our governance lead.",
]
NOT_SIGNOFF = [
    "The Trust employed 14 housing officers in 2023.",
    "Please provide the number of complaints received.",
    "2. How many reviews of ward staffing took place?",
    "A complaint about the maternity ward was upheld in March.",
    "You may refer to the published annual report for earlier years.",
]

REQUEST_EXAMPLES = [
    "Please list every ward that has a housing officer.",
    "Please identify the suppliers of the Trust's infusion pumps.",
    "Could you tell me the budget for 2024?",
    "Can you say which sites are affected?",
    "Would you include agency staff in the totals?",
    "I would be grateful for a copy of the policy.",
    "I'd like the figures by month.",
    "If possible, give the answer as a spreadsheet.",
    "These could be shown as percentages.",
    "For each site, give the number of beds.",
    "Broken down by age band and sex.",
    "In the form of a table, if you hold it that way.",
    "Including any staff on secondment.",
    "E.g. occupational therapists and social workers.",
]
ANSWER_EXAMPLES = [
    "The Trust holds this information.",
    "The figures requested are in the table below.",
    "We do not record this.",
    "Our records show 12 cases.",
    "I can confirm that the policy was updated in May.",
    "There were 31 incidents in the year.",
    "Yes, a policy exists.",
    "No, the Trust does not use this supplier.",
    "None were recorded.",
    "Nil return.",
    "Zero, as the service closed in 2020.",
    "N/A to this Trust.",
    "Not known at this time.",
    "Please see the attached spreadsheet.",
    "See appendix B for the breakdown.",
    "Attached is the latest policy.",
    "Unfortunately this is not recorded centrally.",
    "This information is published on our website.",
    "Information is not held in that form.",
    "– the figure for 2023 was 48.",
    "It is not possible to split the figure by ward.",
    "In response to this question, the total was 9.",
    "For the response to this question, see question 2.",
]


def _uncovered(phrases, examples):
    return [p for p in phrases if not any(re.match(p, e, _I) for e in examples)]


def test_every_signoff_phrase_has_an_example():
    assert _uncovered(_SIGNOFF_PHRASES, SIGNOFF_EXAMPLES) == []


@pytest.mark.parametrize("sentence", SIGNOFF_EXAMPLES)
def test_signoff_examples_open_the_closing(sentence):
    assert _RE_SIGNOFF.match(sentence)


@pytest.mark.parametrize("sentence", NOT_SIGNOFF)
def test_answers_and_questions_are_not_closing(sentence):
    assert not _RE_SIGNOFF.match(sentence)


def test_every_request_cue_has_an_example():
    assert _uncovered(_REQUEST_CUES, REQUEST_EXAMPLES) == []
    assert all(_RE_REQUEST_CUE.match(e) for e in REQUEST_EXAMPLES)
    assert not any(_RE_REQUEST_CUE.match(e) for e in ANSWER_EXAMPLES)


def test_every_answer_cue_has_an_example():
    assert _uncovered(_ANSWER_CUES, ANSWER_EXAMPLES) == []
    assert all(_RE_ANSWER_CUE.match(e) for e in ANSWER_EXAMPLES)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("Response: 42", "42"),
        ("OUR RESPONSE:", ""),
        ("Trust's response - see below", "see below"),
        ("Answer to question 3: none", "none"),
        ("Information provided: the policy is attached.", "the policy is attached."),
        ("A2. 58.", "58."),
        ("A3) Nil", "Nil"),
        ("RESPONSE 134", "134"),
        ("Answer 412", "412"),
        ("Answer 2: We hold 5.", "We hold 5."),  # the question's number is no answer
        ("Response no. 3 – None held.", "None held."),
        ("Answer 12", "12"),  # without a colon the figure is the answer
        ("Response The Trust holds no such list.", "The Trust holds no such list."),
        ("Response Date: 27/03/2024", None),
        ("Responses to the staff survey fell in 2023.", None),
        ("RESPONSE TIMES", None),
        ("A4 paper is used for all letters.", None),
    ],
)
def test_answer_markers(line, rest):
    assert answer_marker(line) == rest


# ---------------------------------------------------------------- markers and fields

REQUEST_MARKERS = [
    "Request: the number of beds",
    "Requested: a copy of the policy",
    "Your request: staffing levels",
    "You asked for: the budget",
    "You submitted: a question about parking",
    "Information requested: the number of porters",
    "Details of your request: car parking charges",
    "Request description: sickness absence",
    "Questions:",
]
SECTION_MARKERS = [
    "Request and our response",
    "Your questions and our answers",
    "You requested the following information:",
    "Our responses to your questions are as follows:",
    "Please find our responses below.",
    "This letter provides the Trust's response to your request.",
]
REQUEST_HEADINGS = ["Request details", "Details of the request:", "Description of request"]


@pytest.mark.parametrize("line", REQUEST_MARKERS)
def test_request_markers(line):
    from parsers.foi.patterns import _RE_REQUEST

    assert _RE_REQUEST.match(line)


@pytest.mark.parametrize("line", SECTION_MARKERS)
def test_section_markers(line):
    from parsers.foi.patterns import _RE_SECTION

    assert _RE_SECTION.match(line)


@pytest.mark.parametrize("line", REQUEST_HEADINGS)
def test_request_headings(line):
    from parsers.foi.patterns import _RE_REQUEST_HEADING

    assert _RE_REQUEST_HEADING.match(line)


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Date FOI request received: 3 May 2024", "received", "2024-05-03"),
        ("Date of request: 3 May 2024", "received", "2024-05-03"),
        ("Request received 3 May 2024", "received", "2024-05-03"),
        ("Received on 3 May 2024", "received", "2024-05-03"),
        ("Date received: 03/05/2024", "received", "2024-05-03"),
        ("Thank you for your request, which we received on 3 May 2024.", "received", "2024-05-03"),
        ("Further to your letter dated 3 May 2024, we reply below.", "received", "2024-05-03"),
        ("You requested on 3 May 2024 the following.", "received", "2024-05-03"),
        ("On 3 May 2024 the Trust received your request.", "received", "2024-05-03"),
        ("Your request was received at our Leeds office on 3 May 2024.", "received", "2024-05-03"),
        ("Your e-mail of 3 May 2024 asked for the following.", "received", "2024-05-03"),
        (
            "Your request for information dated 3 May 2024 is answered below.",
            "received",
            "2024-05-03",
        ),
        ("Date of response: 24 May 2024", "responded", "2024-05-24"),
        ("Date responded: 24 May 2024", "responded", "2024-05-24"),
        ("Response date: 24/05/2024", "responded", "2024-05-24"),
        ("Date sent: 24 May 2024", "responded", "2024-05-24"),
        ("Date of this letter: 24 May 2024", "responded", "2024-05-24"),
        ("Subject: Parking permits", "title", "Parking permits"),
        ("Re: Agency nursing", "title", "Agency nursing"),
        ("Request title - Theatre utilisation", "title", "Theatre utilisation"),
    ],
)
def test_metadata_fields(line, field, value):
    from parsers.foi.metadata import _metadata
    from parsers.foi.units import _Unit

    got = _metadata([_Unit(line)], [])[field]
    assert (got.isoformat() if hasattr(got, "isoformat") else got) == value


# ---------------------------------------------------------------- segmentation rules


def _read(*items):
    from parsers.extract.model import Extracted, Table, TextBlock
    from parsers.foi.parse import parse_foi

    doc = Extracted(format="docx", pages=1)
    for it in items:
        if isinstance(it, list):
            doc.items.append(Table(rows=it))
        elif isinstance(it, tuple):
            doc.items.append(TextBlock(it[0], style=it[1]))
        else:
            doc.items.append(TextBlock(it))
    return parse_foi(doc)


def test_table_straight_after_a_question_is_its_answer():
    foi = _read(
        "Our ref: FOI 1001",
        "1. How many porters did the Trust employ in each year?",
        [["Year", "Porters"], ["2022", "61"], ["2023", "64"]],
        "2. Does the Trust use agency porters?",
        "No.",
    )
    assert [(it.label, it.answer_kind, it.table_index) for it in foi.items] == [
        ("1", "table", 0),
        ("2", "no", None),
    ]


def test_unlabelled_questions_alternating_with_response_markers():
    foi = _read(
        "Our ref: FOI 1002",
        "How many theatres does the Trust run?",
        "Response: Eleven.",
        "How many were closed for refurbishment in 2023?",
        "Response: Two.",
    )
    assert [(it.question, it.answer) for it in foi.items] == [
        ("How many theatres does the Trust run?", "Eleven."),
        ("How many were closed for refurbishment in 2023?", "Two."),
    ]


@pytest.mark.parametrize("answers_after_questions", [False, True])
def test_numbered_answer_markers_pair_by_their_number(answers_after_questions):
    qs = ["Question 1: How many theatres does the Trust run?", "Question 2: How many closed?"]
    ans = ["Answer 1: Eleven.", "Answer 2: Two, both for refurbishment."]
    lines = [*qs, *ans] if answers_after_questions else [qs[0], ans[0], qs[1], ans[1]]
    foi = _read("Our ref: FOI 1004", *lines)
    assert [(it.label, it.answer) for it in foi.items] == [
        ("1", "Eleven."),
        ("2", "Two, both for refurbishment."),
    ]


def test_question_in_emphasis_continues_over_paragraphs():
    foi = _read(
        "Our ref: FOI 1003",
        ("1. How many serious incidents were declared in 2023?", "bold"),
        ("This should count incidents declared by community teams too.", "bold"),
        "The Trust declared 23 serious incidents.",
    )
    assert [(it.question, it.answer) for it in foi.items] == [
        (
            "How many serious incidents were declared in 2023? This should count incidents "
            "declared by community teams too.",
            "The Trust declared 23 serious incidents.",
        )
    ]


def test_lead_in_before_labelled_questions_heads_them():
    foi = _read(
        "Our ref: FOI 1004",
        "REQUEST AND OUR RESPONSE",
        "For the financial year 2023/24:",
        "1. How many locum doctors were engaged?",
        "Response: 140.",
        "2. What was the total spend on locums?",
        "Response: £6.1m.",
    )
    assert [(it.heading, it.question, it.answer) for it in foi.items] == [
        ("For the financial year 2023/24:", "How many locum doctors were engaged?", "140."),
        ("For the financial year 2023/24:", "What was the total spend on locums?", "£6.1m."),
    ]


def test_exemption_cited_outside_the_answers():
    foi = _read(
        "Our ref: FOI 1005",
        "Where a figure is below five it has been withheld under section 40(2) of the Act, "
        "as it could identify individual patients.",
        "1. How many patients were restrained on each ward?",
        "Please see the attached table.",
    )
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "40(2)")]


def test_refusal_with_no_questions_cites_its_exemption():
    foi = _read(
        "Our ref: FOI 1006",
        "REQUEST AND OUR RESPONSE",
        "Response: We estimate that answering would exceed the appropriate limit, so the "
        "request is refused under section 12 of the Act.",
    )
    assert foi.items == []
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "12")]


def test_lines_of_one_pdf_paragraph_split_at_labels_markers_and_fields():
    from parsers.extract.model import Extracted, TextBlock
    from parsers.foi.units import _units

    doc = Extracted(format="pdf", pages=1)
    doc.items.append(
        TextBlock(
            "Our ref: FOI 1007\nDate: 9 May 2024\nQ1. How many cots are there?\nAnswer: 14\n"
            "Request: the number of incubators\nYours sincerely"
        )
    )
    assert [u.text for u in _units(doc)] == [
        "Our ref: FOI 1007",
        "Date: 9 May 2024",
        "Q1. How many cots are there?",
        "Answer: 14",
        "Request: the number of incubators",
        "Yours sincerely",
    ]


def test_reference_and_dates_in_a_letterhead_table():
    foi = _read(
        [
            ["Our reference", "FOI 1008"],
            ["Date received", "2 April 2024"],
            ["Date of response", "30 April 2024"],
        ],
        "1. How many lifts are out of service?",
        "None.",
    )
    assert (foi.reference, str(foi.received_date), str(foi.responded_date)) == (
        "FOI 1008",
        "2024-04-02",
        "2024-04-30",
    )


def test_a_heading_ends_an_unnumbered_request():
    foi = _read(
        "Reference: FOI 1009",
        "Your request",
        "The number of thefts reported on hospital car parks in the years 2021 to 2023.",
        "Please break these down by site and by year.",
        "Sites Covered",
        "North Road Clinic, Elm Street Health Centre, Riverside Hospital",
        "I can confirm that the information is held.",
        [["Site", "2021", "2022", "2023"], ["North Road Clinic", "3", "1", "4"]],
    )
    assert [it.question for it in foi.items] == [
        "The number of thefts reported on hospital car parks in the years 2021 to 2023. "
        "Please break these down by site and by year."
    ]


# ---------------------------------------------------------------- structure rules one corpus letter needs


def test_a_request_quoted_whole_loses_its_stray_closing_quote():
    foi = _read(
        "Our ref: FOI 1010",
        "1. How many wheelchair users attended outpatients in 2023?”",
        "Response: 2,114.",
    )
    assert foi.items[0].question == "How many wheelchair users attended outpatients in 2023?"


def test_a_section_heading_beside_its_subsection_gives_the_subsection():
    foi = _read(
        "Our ref: FOI 1011",
        "1. How many complaints named each consultant?",
        "Response: Section 40 - personal information. The figures are withheld under section "
        "40(2) of the Act as they would identify individual staff.",
    )
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "40(2)")]


def test_date_sharing_a_letterhead_line_is_the_response_date():
    from parsers.foi.metadata import _metadata
    from parsers.foi.units import _Unit

    unit = _Unit("8 May 2024 Riverside House", lines=["8 May 2024 Riverside House"])
    assert str(_metadata([_Unit("Our ref: FOI 1012"), unit], [])["responded"]) == "2024-05-08"


def test_date_among_the_request_fields_is_the_date_received():
    from parsers.foi.metadata import _metadata
    from parsers.foi.units import _Unit

    meta = _metadata(
        [_Unit("Reference: FOI 1013"), _Unit("Date: 3 May 2024"), _Unit("Request Description:")], []
    )
    assert (str(meta["received"]), meta["responded"]) == ("2024-05-03", None)


def test_question_table_row_split_across_a_page_continues():
    foi = _read(
        "Our ref: FOI 1014",
        [
            ["Request", "Response"],
            ["1. How many beds did the Trust close in 2023, and on which", "Fourteen, on Ward 6."],
            ["wards were they?", ""],
            ["2. Were any reopened?", "No."],
        ],
    )
    assert [(it.label, it.question, it.answer) for it in foi.items] == [
        (
            "1",
            "How many beds did the Trust close in 2023, and on which wards were they?",
            "Fourteen, on Ward 6.",
        ),
        ("2", "Were any reopened?", "No."),
    ]


def test_questions_reprinted_with_their_answers():
    foi = _read(
        "Our ref: FOI 1015",
        "Your request:",
        "1. How many pharmacists does the Trust employ?",
        "2. How many pharmacy technicians?",
        "Having searched our records, we can answer each question as follows.",
        "1. How many pharmacists does the Trust employ?",
        "The Trust employs 48 pharmacists.",
        "2. How many pharmacy technicians?",
        "The Trust employs 61 pharmacy technicians.",
    )
    assert [(it.label, it.answer) for it in foi.items] == [
        ("1", "The Trust employs 48 pharmacists."),
        ("2", "The Trust employs 61 pharmacy technicians."),
    ]


def test_a_repeated_question_cut_short_keeps_the_full_wording():
    foi = _read(
        "Our ref: FOI 1016",
        "1. How many interpreters were booked for maternity appointments in 2023, by language?",
        "2. What did the Trust spend on interpreting?",
        "1. How many interpreters were booked for maternity appointments in 2023",
        "The Trust booked 812 interpreters.",
        "2. What did the Trust spend on interpreting?",
        "£96,400.",
    )
    assert [(it.question, it.answer) for it in foi.items] == [
        (
            "How many interpreters were booked for maternity appointments in 2023, by language?",
            "The Trust booked 812 interpreters.",
        ),
        ("What did the Trust spend on interpreting?", "£96,400."),
    ]


def test_answer_set_after_a_double_space_on_the_question_line():
    foi = _read(
        "Our ref: FOI 1017",
        "1. How many wards does the Trust run?  Twelve, on two sites.",
        "2. How many are for older adults?  Three.",
    )
    assert [(it.question, it.answer) for it in foi.items] == [
        ("How many wards does the Trust run?", "Twelve, on two sites."),
        ("How many are for older adults?", "Three."),
    ]


def test_plain_note_after_questions_in_bold_is_not_the_question():
    foi = _read(
        "Our ref: FOI 1018",
        ("1. How many restraint incidents were recorded in 2023?", "bold"),
        "Figures are taken from the incident system on 1 February 2024.",
        "Response: 377.",
    )
    assert foi.items[0].question == "How many restraint incidents were recorded in 2023?"


def test_a_long_numbered_lead_in_heads_its_lettered_questions():
    foi = _read(
        "Our ref: FOI 1019",
        "1. The total number of crimes recorded on hospital grounds in each year, broken down "
        "as follows:",
        "a) by type of crime",
        "Response: see table A.",
    )
    item = foi.items[0]
    assert (item.label, item.question) == (
        "1a",
        "The total number of crimes recorded on hospital grounds in each year, broken down as "
        "follows: by type of crime",
    )


def test_plain_text_after_a_short_bold_question_is_its_answer():
    foi = _read(
        "Our ref: FOI 1020",
        ("1. Thefts from staff lockers in 2023", "bold"),
        "14 thefts in total.",
        ("2. Thefts from patients' bedside cabinets in 2023", "bold"),
        "9 thefts in total.",
    )
    assert [(it.question, it.answer) for it in foi.items] == [
        ("Thefts from staff lockers in 2023", "14 thefts in total."),
        ("Thefts from patients' bedside cabinets in 2023", "9 thefts in total."),
    ]
