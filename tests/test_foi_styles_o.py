"""FOI styles learned from held-out set O's first sight, read as structures rather
than set O's phrases:

* a short field line between each question and its answer, the same label each
  time ("Decision: Partly released – section 40(2)"): the question's status, in
  neither the question nor the answer, though the sections it cites are still found
  (parsers.foi.field_lines);
* questions labelled by a capital letter in square brackets ("[C]"), a numbering
  kind as "[3]" is (parsers.foi.units, parsers.foi.numbering_kinds);
* a glyph opening each answer ("❯ …", "➤ …"), read as a class of symbols taking
  turns with the questions, not a list of characters (parsers.foi.answer_glyphs);
* the request dated in thanks with the requester the gerund's subject ("Thank you
  for writing to us on …", parsers.foi.date_prose).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date

import pytest

from parsers.foi.answer_glyphs import answer_glyph_units, lead_glyph
from parsers.foi.date_prose import requester_dated
from parsers.foi.field_lines import field_line_indices, field_lines_dropped, field_of
from parsers.foi.labeller import using_labeller
from parsers.foi.numbering_kinds import numberings
from parsers.foi.units import _label_of, _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read

MODELS = ["rules only", "labeller"]


def _model(model: str):
    return using_labeller(None) if model == "rules only" else nullcontext()


def _u(text: str, style: str | None = None) -> _Unit:
    return _Unit(text, style, lines=[text])


HEAD = [
    H("Wrenfield Moor Health NHS Trust"),
    P("Our reference: WMH/FOI/2291"),
    P("Date: 19 February 2025"),
    P("Dear Ms Adeyemi"),
    P("Thank you for writing to us on 28 Jan. 2025 about the services below."),
]

# (question, field value, answer paragraphs): the second field cites a section the
# answer itself does not name


def test_thanks_dates_the_request():
    assert requester_dated("Thank you for contacting the Trust on 4 Nov. 2024.") == date(
        2024, 11, 4
    )
    assert requester_dated("Thanks for sending us your enquiry on 05/11/2024.") == date(2024, 11, 5)
    assert requester_dated("Thank you for your patience on 4 November 2024.") is None


# ---------------------------------------------------------------- status field lines

ASKED = [
    (
        "How many podiatry clinics did the Trust run in January 2025?",
        "Provided",
        ["The podiatry team ran 212 clinics in January 2025."],
    ),
    (
        "Please give the names of the consultants on the stroke rota.",
        "Part refused – s.40(2)",
        ["The rota has nine consultants.", "Their names are not given in this reply."],
    ),
    (
        "What does the Trust pay for its laundry contract each year?",
        "Not recorded",
        ["Laundry is bought through a regional framework and no separate figure exists."],
    ),
]


def _field_letter(label: str, sep: str, numbered: bool) -> list:
    blocks = list(HEAD)
    for n, (q, value, answer) in enumerate(ASKED, 1):
        blocks += [P(f"**{n}) {q}**" if numbered else f"**{q}**"), P(f"{label}{sep} {value}")]
        blocks += [P(a) for a in answer]
    return [*blocks, *SIGN_OFF]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("label", "sep", "numbered"),
    [("Decision", ":", True), ("Result", " –", False), ("Disclosure position", ":", False)],
)
def test_field_line_is_in_no_answer_and_its_section_is_found(fmt, model, label, sep, numbered):
    with _model(model):
        foi = read(_field_letter(label, sep, numbered), fmt)
    want = [(str(n) if numbered else None, q, " ".join(a)) for n, (q, _, a) in enumerate(ASKED, 1)]
    assert pairs(foi) == want
    cited = [(e.law, e.section, e.item_seq) for e in foi.exemptions]
    assert cited == [("FOIA", "40(2)", 2)]
    assert foi.received_date == date(2025, 1, 28)


def test_field_of_reads_a_short_run_in_label():
    assert field_of("Decision: Partly released – section 40(2)") == (
        "decision",
        "Partly released – section 40(2)",
    )
    assert field_of("Result – Not recorded") == ("result", "Not recorded")
    # an answer or request marker, a long sentence, a question or a figure in the label
    assert field_of("Response: Provided") is None
    assert field_of("Your question: How many?") is None
    assert field_of("Note: " + "the figures for the year are provisional and " * 3) is None
    assert field_of("Ward 7: closed") is None


def test_field_lines_repeat_between_question_and_answer():
    units = [
        _u("1. How many beds?"),
        _u("Decision: Provided"),
        _u("There are 40 beds."),
        _u("2. How many cots?"),
        _u("Decision: Refused – section 43(2)"),
        _u("The figure is commercially sensitive."),
    ]
    assert field_line_indices(units) == [1, 4]
    kept = field_lines_dropped(units)
    assert [u.text for u in kept] == [units[k].text for k in (0, 2, 3, 5)]
    assert kept[3].note == "Decision: Refused – section 43(2)"
    # once only is no house's field
    assert field_line_indices(units[:3]) == []


def test_a_short_answer_or_a_list_of_fields_is_not_a_status_line():
    # the field line is the whole answer: the next question follows it
    short = [
        _u("1. Is the unit open?"),
        _u("Status: Open"),
        _u("2. Is the ward open?"),
        _u("Status: Closed"),
        _u("3. Who runs it?"),
        _u("Matrons run both."),
    ]
    assert field_line_indices(short) == []
    # fields under one heading, no question before each
    listed = [
        _u("Site details", "bold"),
        _u("Manager: J Brook"),
        _u("Opened: 2019"),
        _u("Beds: 24"),
    ]
    assert field_line_indices(listed) == []


# ---------------------------------------------------------------- bracketed letters, glyphs

GLYPHED = [
    ("How many patients used the minor injuries unit in 2024?", ["There were 18,402 visits."]),
    (
        "Does the Trust hold a register of its electric vehicle chargers?",
        ["Yes. The register lists 36 chargers.", "It is updated every quarter."],
    ),
    ("What was spent on agency radiographers in 2023/24?", ["Spend was £611,250."]),
]


def _glyph_letter(glyph: str) -> list:
    blocks = list(HEAD)
    for n, (q, answer) in enumerate(GLYPHED):
        blocks += [P(f"[{'ABC'[n]}] {q}"), P(f"{glyph} {answer[0]}"), *(P(a) for a in answer[1:])]
    return [*blocks, *SIGN_OFF]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("glyph", ["❯", "➤", "›"])
def test_glyph_before_each_answer_is_its_marker(fmt, model, glyph):
    with _model(model):
        foi = read(_glyph_letter(glyph), fmt)
    assert pairs(foi) == [("ABC"[n], q, " ".join(a)) for n, (q, a) in enumerate(GLYPHED)]


def test_bracketed_capital_is_a_numbering_kind():
    lab = _label_of("[D] What is the Trust's annual spend on taxis?")
    assert (lab.key, lab.num, lab.rest) == ("D", 4, "What is the Trust's annual spend on taxis?")
    # before no words of asking it is no label ("[A] The Trust holds …")
    assert _label_of("[A] The Trust holds no such list.") is None
    kinds = numberings(["[A] How many?", "[B] What?"])
    assert [(n.kind, n.key, n.place) for n in kinds] == [("capital", "A", 1), ("capital", "B", 2)]


def test_lead_glyph_is_a_class_of_symbols():
    assert lead_glyph("⮞ Yes") == ("⮞", "Yes")
    assert lead_glyph("» 14 wards") == ("»", "14 wards")
    # letters, figures, quotation marks and currency open no glyph
    for text in ("Yes", "14 wards", "“Quoted”", "£400", "(a) first"):
        assert lead_glyph(text) is None


def test_glyphs_standing_together_are_a_list_not_answer_markers():
    listed = [
        _u("1. Which sites have a cafe?"),
        _u("✦ Northgate"),
        _u("✦ Riverside"),
        _u("2. Which sites have parking?"),
        _u("✦ Northgate"),
    ]
    assert [u.text for u in answer_glyph_units(listed)] == [u.text for u in listed]
    turns = [
        _u("1. Which sites have a cafe?"),
        _u("✦ Northgate only."),
        _u("2. Which sites have parking?"),
        _u("✦ All of them."),
    ]
    got = [u.text for u in answer_glyph_units(turns)]
    assert got[1::2] == ["Answer: Northgate only.", "Answer: All of them."]


def test_a_glyph_typed_as_signs_together_is_one_glyph():
    assert lead_glyph("=> 12") == ("=>", "12")
    turns = [_u("1. How many?"), _u("≫≫ Twelve."), _u("2. How many more?"), _u("≫≫ None.")]
    assert [u.text for u in answer_glyph_units(turns)][1::2] == ["Answer: Twelve.", "Answer: None."]
