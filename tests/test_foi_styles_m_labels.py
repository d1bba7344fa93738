"""FOI label and layout styles learned from held-out set M's first sight, read as
structures rather than set M's phrases:

* numeral glyphs as labels (circled ①, negative circled ❶ / ➊, parenthesised ⑴,
  full-stop ⒈), read by their Unicode value: questions listed with them, each
  answer opening with the same glyph (parsers.foi.numeral_glyphs);
* a numbered contents list of questions up front, answered later in as many
  numbered titled sections, the title no part of the answer
  (parsers.foi.contents_list);
* a two-column table, a short code ("A1", "3.2", "Q4.b") beside one cell holding
  the question and its answer as separate paragraphs (parsers.foi.coded_rows);
* a reference closing a heading that names the reply ("… response HWT_2025_0417");
* a closing whose second sentence bids the reader write to the writers
  ("Disagree with our decision? Write to us …"), in no answer.

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.coded_rows import code_label
from parsers.foi.contents_list import contents_list_items
from parsers.foi.labeller import using_labeller
from parsers.foi.numeral_glyphs import glyph_label, glyph_number
from parsers.foi.tail import closing_prose
from parsers.foi.units import _label_of, _Unit
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, norm, pairs, read

MODELS = ["rules only", "labeller"]


def _model(model: str):
    return using_labeller(None) if model == "rules only" else nullcontext()


def _expect(labels: list[str], items: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    return [(lab, norm(q), norm(a)) for lab, (q, a) in zip(labels, items, strict=True)]


TOPICS = [
    (
        "How many porters did the Trust employ on night shifts in March 2024?",
        ["Eleven porters worked night shifts in March 2024."],
    ),
    (
        "Please send the Trust's policy on the use of agency radiographers.",
        [
            "The policy is attached to this letter.",
            "It was last reviewed by the Workforce Committee in January.",
        ],
    ),
    (
        "What did the Trust spend on replacement hospital beds in 2023/24?",
        ["The Trust spent £208,115 on 96 replacement beds."],
    ),
    (
        "Does the Trust record the time taken to answer switchboard calls?",
        ["No: call answer times are not logged, so this information is not held."],
    ),
]
TITLES = ["Night portering", "Agency radiographers", "Bed replacement", "Switchboard"]


def _pairs_of(topics) -> list[tuple[str, str]]:
    return [(q, " ".join(a)) for q, a in topics]


def _head(ref: str) -> list:
    return [
        H("Wrenford Valley NHS Trust"),
        P(f"Our reference: {ref}"),
        P("Date: 14 October 2024"),
        P("Dear Ms Okafor"),
        P("Thank you for your request, which we received on 19 September 2024."),
    ]


# ---------------------------------------------------------------- numeral glyphs


@pytest.mark.parametrize(
    ("glyph", "value"),
    [("①", 1), ("⑦", 7), ("⑫", 12), ("❹", 4), ("➋", 2), ("⓫", 11), ("⑶", 3), ("⒌", 5)],
)
def test_numeral_glyphs_read_by_their_value(glyph, value):
    assert glyph_number(glyph) == value


@pytest.mark.parametrize("glyph", ["²", "½", "₃", "a", "7", "Ⓑ", "•", "§"])
def test_other_characters_are_no_numeral_labels(glyph):
    assert glyph_number(glyph) is None


def test_glyph_labels_a_paragraph():
    assert glyph_label("⑵ How many lifts were replaced?") == (2, "How many lifts were replaced?")
    assert glyph_label("⑤") is None  # a glyph with nothing after it labels nothing
    lab = _label_of("❸ Please list the Trust's pharmacy robots.")
    assert (lab.key, lab.rest) == ("3", "Please list the Trust's pharmacy robots.")


def _glyph_letter(glyphs: str) -> list:
    blocks = [*_head("WVT/FOI/7731"), P("Your request read as follows:")]
    blocks += [P(f"{glyphs[k]} {q}") for k, (q, _) in enumerate(TOPICS)]
    blocks.append(P("**Our reply**"))
    for k, (_, answer) in enumerate(TOPICS):
        blocks.append(P(f"{glyphs[k]} {answer[0]}"))
        blocks += [P(a) for a in answer[1:]]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("glyphs", ["①②③④", "➊➋➌➍"])
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_questions_listed_with_numeral_glyphs_and_answered_by_them(fmt, model, glyphs):
    with _model(model):
        foi = read(_glyph_letter(glyphs), fmt)
    assert pairs(foi) == _expect(["1", "2", "3", "4"], _pairs_of(TOPICS))
    assert foi.reference == "WVT/FOI/7731"


# ---------------------------------------------------------------- contents list


def _contents_letter(titled: bool) -> list:
    blocks = [*_head("WVT/FOI/7732"), P("**Summary of what you asked**")]
    if titled:
        blocks += [P(f"Part {k} - {q}") for k, (q, _) in enumerate(TOPICS, 1)]
        blocks.append(H("Answers to each part"))
        for k, ((_, answer), title) in enumerate(zip(TOPICS, TITLES, strict=True), 1):
            blocks.append(P(f"**Part {k}: {title}**"))
            blocks += [P(a) for a in answer]
    else:
        blocks += [P(f"{k}. {q}") for k, (q, _) in enumerate(TOPICS, 1)]
        blocks.append(H("Information provided"))
        for k, ((_, answer), title) in enumerate(zip(TOPICS, TITLES, strict=True), 1):
            blocks.append(H(f"{k}. {title}"))
            blocks += [P(a) for a in answer]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("titled", [True, False])
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_contents_list_answered_in_titled_sections(fmt, model, titled):
    with _model(model):
        foi = read(_contents_letter(titled), fmt)
    assert pairs(foi) == _expect(["1", "2", "3", "4"], _pairs_of(TOPICS))
    # no section title is in an answer
    assert not any(t in (it.answer or "") for it in foi.items for t in TITLES)


def _units(rows: list[tuple[str, str | None]]) -> list[_Unit]:
    return [_Unit(text=t, style=s) for t, s in rows]


def test_contents_list_needs_titled_sections_matching_its_numbers():
    listed = [("1. How many wards are there?", None), ("2. Please list the wards.", None)]
    # titles numbered 1 and 2 with text under each: read
    good = [*listed, ("1. Wards", "bold"), ("There are 12.", None), ("2. Ward list", "bold")]
    good.append(("They are listed below.", None))
    assert [q.label for q in contents_list_items(_units(good))] == ["1", "2"]
    # a count that does not match the list's
    assert contents_list_items(_units(good[:4])) is None
    # numbered sentences (answers), not titles: left to the segmenter
    sentences = [*listed, ("1. There are 12 wards.", None), ("2. The list is attached.", None)]
    assert contents_list_items(_units(sentences)) is None
    # each question repeated over its answer: left to the segmenter
    repeated = [*listed, ("1. How many wards are there?", "bold"), ("There are 12.", None)]
    repeated += [("2. Please list the wards.", "bold"), ("They are listed below.", None)]
    assert contents_list_items(_units(repeated)) is None


# ---------------------------------------------------------------- coded table


@pytest.mark.parametrize(
    ("cell", "label"),
    [("A1", "A1"), ("3.2", "3.2"), ("Q4.b", "Q4.b"), ("7.", "7"), ("2b", "2b")],
)
def test_code_cells(cell, label):
    assert code_label(cell) == label


@pytest.mark.parametrize("cell", ["Ref", "Item no.", "How many beds?", "", "2023/24 figures"])
def test_cells_that_are_no_code(cell):
    assert code_label(cell) is None


CODES = ["A1", "A2", "B1", "C1"]


def _coded_letter(header: bool) -> list:
    rows = [["Item", "Your question and our answer"]] if header else []
    rows += [[c, "\n".join([q, *a])] for c, (q, a) in zip(CODES, TOPICS, strict=True)]
    return [*_head("WVT/FOI/7733"), P("Each part of your request is answered below."), T(rows)]


@pytest.mark.parametrize("header", [True, False])
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_coded_table_question_and_answer_in_one_cell(fmt, model, header):
    with _model(model):
        foi = read([*_coded_letter(header), *SIGN_OFF], fmt)
    assert pairs(foi) == _expect(CODES, _pairs_of(TOPICS))


def test_a_two_column_table_of_figures_is_no_coded_table():
    rows = [["Year", "Beds replaced"], ["2022", "88\nof which 12 bariatric"], ["2023", "96"]]
    blocks = [
        *_head("WVT/FOI/7734"),
        P("1. How many beds were replaced in each year?"),
        T(rows),
        *SIGN_OFF,
    ]
    foi = read(blocks, "docx")
    assert [it.label for it in foi.items] == ["1"]


# ---------------------------------------------------------------- reference, closing


@pytest.mark.parametrize(
    ("heading", "ref"),
    [
        ("Freedom of Information reply HWT_2025_0417", "HWT_2025_0417"),
        ("Freedom of Information response FOI#7788", "FOI#7788"),
        ("Information request response KRT 30512", "KRT 30512"),
    ],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_reference_closing_a_heading_that_names_the_reply(fmt, heading, ref):
    blocks = [
        H(heading),
        P("Kestrel Reach NHS Trust, 3 February 2025"),
        P("Dear Enquirer"),
        P("1. How many sterile services technicians does the Trust employ?"),
        P("The Trust employs 31 sterile services technicians."),
        *SIGN_OFF,
    ]
    assert read(blocks, fmt).reference == ref


CLOSING = "Disagree with our decision? Write to us within two months and we will review it."


def test_closing_sentence_after_a_question_of_its_own():
    assert closing_prose(CLOSING)
    assert closing_prose("Need anything else? Please contact us at the address above.")
    # an answer's own sentences are not a closing
    assert not closing_prose("Was the ward open? Yes, for 97 nights in the winter.")


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_last_answer_ends_before_such_a_closing(fmt, model):
    blocks = [*_head("WVT/FOI/7735")]
    for k, (q, a) in enumerate(TOPICS[:2], 1):
        blocks += [P(f"{k}. {q}"), *(P(x) for x in a)]
    blocks += [P(CLOSING), P("Kind regards"), P("Jonah Abernethy"), P("FOI Lead")]
    with _model(model):
        foi = read(blocks, fmt)
    assert pairs(foi) == _expect(["1", "2"], _pairs_of(TOPICS[:2]))
