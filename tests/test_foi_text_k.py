"""FOI wording learned from held-out set K's text classes after its first sight
(issue #13), read as grammars and structures rather than set K's phrases:

* FOIA citations in every usual form ("s.40(2)", "sec. 41", "section 43, subsection
  (2)", "subsection (2) of section 40", "FOIA s21", ranges and lists), and section
  numbers that are no FOIA citation (another Act's, the letter's own, a count);
* references printed as codes joined by colons ("CRM:00012345"), and the code the
  reader is asked to quote back ("Please quote … in any reply");
* a part's number labelling the question on its line ("Part 2: How many …");
* section 16 advice and assistance after the answers, in no answer;
* hard-wrapped (scanned or typed) letters: a line break inside every paragraph,
  words hyphenated at line ends, each line a paragraph of its own or not.

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.extract.model import TextBlock
from parsers.foi.advice import offers_advice
from parsers.foi.classify import find_exemptions
from parsers.foi.hard_wrap import mend_broken_words, rejoin_wrapped
from parsers.foi.labeller import using_labeller
from parsers.foi.units import _label_of, _starts_unit
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, pairs, read

MODELS = ["rules only", "labeller"]


def _model(model: str):
    return using_labeller(None) if model == "rules only" else nullcontext()


# ---------------------------------------------------------------- citations


@pytest.mark.parametrize(
    ("sentence", "sections"),
    [
        ("The author's address is withheld under s.40(2).", ["40(2)"]),
        ("Unit prices are withheld under s43(2) as commercially sensitive.", ["43(2)"]),
        ("The tender scores are withheld under section 43, subsection (2).", ["43(2)"]),
        ("The names are exempt under Section 40 subsection 2 of the Act.", ["40(2)"]),
        ("We withhold them under subsection (2) of section 40 of the Act.", ["40(2)"]),
        ("The strategy is exempt under FOIA s22 until it is published.", ["22"]),
        ("The memo is withheld under sec. 36 of the Act.", ["36"]),
        ("The report is withheld under Section 31 (1)(a) of the Act.", ["31(1)(a)"]),
        ("We rely on sections 21 and 40(2) to withhold this.", ["21", "40(2)"]),
        ("The notes are withheld under section 40(2) and (3).", ["40(2)", "40(3)"]),
        ("These papers are exempt under sections 27 to 29.", ["27", "28", "29"]),
        ("The review was refused under section 12, 14 days after we received it.", ["12"]),
    ],
)
def test_foia_citations_in_every_usual_form(sentence, sections):
    assert find_exemptions(sentence) == [("FOIA", s) for s in sections]


@pytest.mark.parametrize(
    "sentence",
    [
        "Records are withheld under the Data Protection Act 2018 section 45.",
        "Access is refused under section 40 of the Data Protection Act.",
        "As set out in Section 21 of this letter, some figures are withheld.",
        "Section 23 below explains why the figures are withheld.",
        "Disclosure is prohibited by section 251 of the NHS Act 2006.",
    ],
)
def test_section_numbers_that_are_not_foia_citations(sentence):
    assert find_exemptions(sentence) == []


# ---------------------------------------------------------------- references


def _reference_letter(ref_line: str) -> list:
    return [
        H("Hollinford Marsh NHS Trust"),
        P("Date: 3 February 2025"),
        P(ref_line),
        P("Dear Enquirer"),
        P("1. How many sterile services technicians does the Trust employ?"),
        P("The Trust employs 31 sterile services technicians."),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize(
    ("ref_line", "ref"),
    [
        ("Kindly note: please quote HMT/IR/25/0311 on all correspondence", "HMT/IR/25/0311"),
        ("Please quote IGR 25/0417 when you write to us", "IGR 25/0417"),
        ("SUBJECT: FREEDOM OF INFORMATION REQUEST DPX:00450091", "DPX:00450091"),
        ("Our reference: HM:4471:25", "HM:4471:25"),
    ],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_reference_forms(fmt, ref_line, ref):
    assert read(_reference_letter(ref_line), fmt).reference == ref


# ---------------------------------------------------------------- "Part N:" labels


def test_part_number_labels_the_question_on_its_line():
    lab = _label_of("Part 2: How many porters work night shifts?")
    assert (lab.key, lab.rest) == ("2", "How many porters work night shifts?")
    assert _label_of("Part 3. Please send the estates strategy.").key == "3"
    # a part's heading is no label
    assert _label_of("Part 1: Workforce") is None
    assert _label_of("Part 2 of your request was withdrawn.") is None


PART_QS = [
    (
        "How many porters work night shifts at the Trust?",
        "Fourteen porters work night shifts across both hospitals.",
    ),
    (
        "Please provide the number of lifts replaced since 2022.",
        "Three passenger lifts have been replaced since 2022.",
    ),
    (
        "What is the Trust's annual spend on laundry?",
        "The laundry contract cost £612,480 in 2023/24.",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_part_labelled_questions(fmt, model):
    blocks = [
        H("Hollinford Marsh NHS Trust"),
        P("Our ref: HMT-5127"),
        P("Date: 3 February 2025"),
        P("Dear Enquirer"),
    ]
    for n, (q, a) in enumerate(PART_QS, 1):
        blocks += [P(f"**Part {n}: {q}**"), P(a)]
    with _model(model):
        foi = read([*blocks, *SIGN_OFF], fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(PART_QS, 1)]


# ---------------------------------------------------------------- section 16 advice

ADVICE_QS = [
    (
        "How many pressure ulcers were reported on the stroke unit in 2023?",
        "Nine pressure ulcers were reported on the stroke unit in 2023.",
    ),
    (
        "Please give every incident report mentioning hoists since 2012.",
        "Incident reports before 2020 are on paper in each ward's files, and finding them "
        "would exceed the cost limit, so section 12 applies to this question.",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Advice and assistance: you may wish to ask for the last three years only.",
        "Section 16 – advice: a request limited to one ward could be answered.",
        "Under section 16 we can help you narrow the refused question.",
        "In line with our duty under section 16 of the Act, we suggest asking for 2023 alone.",
    ],
)
def test_section_16_advice_is_read_by_its_grammar(text):
    assert offers_advice(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Trust employs 16 advisers in its welfare team.",
        "Section 12 applies, as the search would exceed the appropriate limit.",
    ],
)
def test_other_text_is_no_section_16_advice(text):
    assert not offers_advice(text)


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_section_16_advice_after_the_answers_is_in_no_answer(fmt, model):
    blocks = [
        H("Hollinford Marsh NHS Trust"),
        P("Our ref: HMT-5127"),
        P("Date: 3 February 2025"),
        P("Dear Enquirer"),
    ]
    for n, (q, a) in enumerate(ADVICE_QS, 1):
        blocks += [P(f"{n}. {q}"), P(a)]
    blocks.append(
        P(
            "Under section 16 of the Act we can help you refine question 2: reports from "
            "2020 onwards are held electronically and could be searched."
        )
    )
    with _model(model):
        foi = read([*blocks, *SIGN_OFF], fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(ADVICE_QS, 1)]
    assert ("FOIA", "12") in {(e.law, e.section) for e in foi.exemptions}


# ---------------------------------------------------------------- hard-wrapped text


def test_broken_words_are_mended_and_real_hyphens_kept():
    assert mend_broken_words("the physio-\ntherapy team") == "the physiotherapy team"
    assert mend_broken_words("through co-\noperation with") == "through co-operation with"
    assert mend_broken_words("a chest X-\nray was taken") == "a chest X-ray was taken"
    assert mend_broken_words("cases of self-\nharm rose") == "cases of self-harm rose"
    # an upper-case next line starts a new sentence or a name: no broken word
    assert mend_broken_words("Birch-\nWood Ward") == "Birch-\nWood Ward"
    # compound numbers keep their hyphen
    assert mend_broken_words("a total of twenty-\nfive beds") == "a total of twenty-five beds"


def _lines_as_blocks(lines: list[str]) -> list[TextBlock]:
    return [TextBlock(text) for text in lines]


def test_wrapped_lines_are_one_paragraph_and_a_signature_is_not():
    lines = [
        "Q1. What is the average length of stay on the stroke",
        "unit for patients aged over seventy?",
        "The average length of stay on the stroke unit for these",
        "patients was 11.4 days in 2023, against 9.8 days for those",
        "under seventy. The figure comes from the Trust's patient",
        "administration system and excludes day cases.",
        "Yours sincerely",
        "Imogen Castellan",
        "Information Rights Officer",
    ]
    text = [b.text for b in rejoin_wrapped(_lines_as_blocks(lines), _starts_unit)]
    assert text == [
        "\n".join(lines[:2]),
        "\n".join(lines[2:6]),
        "Yours sincerely",
        "Imogen Castellan",
        "Information Rights Officer",
    ]


def test_a_letter_that_is_not_hard_wrapped_is_left_alone():
    lines = [
        "Hollinford Marsh NHS Trust",
        "Estates Directorate",
        "The Trust holds no records of the lifts replaced before 2019, when the",
        "Capital Projects Board",
    ]
    assert [b.text for b in rejoin_wrapped(_lines_as_blocks(lines), _starts_unit)] == lines


def test_a_typed_line_break_after_a_hyphen_is_kept_in_a_letter_not_hard_wrapped():
    # one soft line break after a hyphen, in a letter whose other blocks are whole
    # paragraphs: the hyphen is the writer's, not a wrap's
    blocks = [
        TextBlock("The ward has a step-\ndown unit for patients leaving intensive care."),
        TextBlock("The service is run by the Critical Care Outreach Team."),
    ]
    assert [b.text for b in rejoin_wrapped(blocks, _starts_unit)] == [b.text for b in blocks]


def test_a_block_typed_with_hard_line_breaks_has_its_broken_words_mended():
    block = TextBlock(
        "The physio-\ntherapy service saw 4,210 new\npatients in 2023, most of them\n"
        "referred by their general\npractitioner."
    )
    (out,) = rejoin_wrapped([block], _starts_unit)
    assert "physiotherapy service" in out.text


SCANNED_QS = [
    (
        "Q1",
        [
            "Q1. How many physiotherapists work in the musculo-",
            "skeletal outpatient service?",
        ],
        "How many physiotherapists work in the musculoskeletal outpatient service?",
        [
            "Nineteen physiotherapists work in the service, four of",
            "them extended scope practitioners who see patients",
            "without a referral from a consultant.",
        ],
        "Nineteen physiotherapists work in the service, four of them extended scope "
        "practitioners who see patients without a referral from a consultant.",
    ),
    (
        "Q2",
        [
            "Q2. What did the Trust spend on bank radiographers in",
            "2023/24?",
        ],
        "What did the Trust spend on bank radiographers in 2023/24?",
        [
            "Bank radiographers cost £418,260 in 2023/24, mostly for",
            "evening and weekend X-ray sessions arranged in co-",
            "operation with the imaging network.",
        ],
        "Bank radiographers cost £418,260 in 2023/24, mostly for evening and weekend X-ray "
        "sessions arranged in co-operation with the imaging network.",
    ),
    (
        "Q3",
        [
            "Q3. Does the Trust run a falls prevention clinic for",
            "outpatients?",
        ],
        "Does the Trust run a falls prevention clinic for outpatients?",
        [
            "Yes. The clinic runs twice weekly at the Riverside",
            "Centre and accepts referrals from general practi-",
            "tioners and community nurses.",
        ],
        "Yes. The clinic runs twice weekly at the Riverside Centre and accepts referrals "
        "from general practitioners and community nurses.",
    ),
]
SCANNED_CLOSE = [
    "Should you wish to ask for a review of this decision,",
    "please write to the Head of Information Governance",
    "within forty working days.",
    "Yours sincerely",
    "Imogen Castellan",
]


def _scanned(one_block_a_line: bool) -> list:
    blocks = [
        H("Hollinford Marsh NHS Trust"),
        P("Our ref: HMT-5127"),
        P("Date: 3 February 2025"),
        P("Dear Enquirer"),
    ]
    paragraphs = [lines for _, q, _, a, _ in SCANNED_QS for lines in (q, a)]
    paragraphs += [SCANNED_CLOSE[:3], SCANNED_CLOSE[3:4], SCANNED_CLOSE[4:]]
    for lines in paragraphs:
        blocks += [P(x) for x in lines] if one_block_a_line else [P("\n".join(lines))]
    return blocks


@pytest.mark.parametrize("one_block_a_line", [True, False])
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_hard_wrapped_letter(fmt, model, one_block_a_line):
    with _model(model):
        foi = read(_scanned(one_block_a_line), fmt)
    assert pairs(foi) == [(lab, q, a) for lab, _, q, _, a in SCANNED_QS]


def test_reference_panel_as_a_two_column_table_with_a_year_prefix():
    blocks = [
        H("Hollinford Marsh NHS Trust"),
        T([["Reference", "2526-IR-0042"], ["Date", "3 February 2025"]]),
        P("Dear Enquirer"),
        P("1. How many sterile services technicians does the Trust employ?"),
        P("The Trust employs 31 sterile services technicians."),
        *SIGN_OFF,
    ]
    for fmt in FORMATS:
        assert read(blocks, fmt).reference == "2526-IR-0042"


def test_list_items_that_open_in_lower_case_are_not_wrapped_lines():
    items = [
        TextBlock("the number of beds on each ward", style="list"),
        TextBlock("the number of wards closed in winter", style="list"),
        TextBlock("the number of beds closed for norovirus", style="list"),
        TextBlock("the number of side rooms", style="list"),
    ]
    lines = ["• the number of beds", "• the number of wards", "• the number of side rooms"]
    items += [TextBlock(x) for x in lines]
    assert rejoin_wrapped(items, _starts_unit) == items


def test_a_field_after_a_reference_is_not_joined_to_it_by_its_colon():
    blocks = _reference_letter("Our ref: 07/IR/25/001942/Q Date:11/02/2025")
    assert read(blocks, "docx").reference == "07/IR/25/001942/Q"
