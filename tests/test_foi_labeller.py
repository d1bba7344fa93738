"""The FOI block labeller, its vocabulary and learned boilerplate, and the stop of
the last answer (failure class 1 of issue 13: the answer does not stop).

Letters are built here, in DOCX and PDF, with wording written for these tests
(not taken from any letter): an answer followed by a closing in one of many
wordings, or by a general explanation of an exemption; the last answer must end
where the answer ends.
"""

from __future__ import annotations

import io

import pytest

from parsers import parse_document
from parsers.foi.boilerplate import learn_boilerplate, learn_trust_template, shingles
from parsers.foi.labeller import default_labeller, labeller_for_trust, using_labeller
from parsers.foi.vocab import closing_kinds, is_exemption_explanation

# ---------------------------------------------------------------- vocabulary


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("We hope that this reply gives you what you were looking for.", "satisfaction"),
        ("I trust the figures above are of use.", "satisfaction"),
        ("Hopefully these answers settle the matter.", "satisfaction"),
        (
            "If you feel that we have not handled your request properly you may appeal.",
            "review_rights",
        ),
        ("You have a right to ask for the decision to be looked at again.", "review_rights"),
        ("Internal review requests go to the Governance Manager.", "review_rights"),
        ("Dissatisfied with this decision? Write to the Records Office.", "review_rights"),
        ("The Information Commissioner can be contacted once our review is complete.", "regulator"),
        ("Wycliffe House is the regulator's postal address.", "regulator"),
        ("Copyright in this reply belongs to the organisation.", "reuse"),
        ("The re-use of any document we send is governed by licence.", "reuse"),
        ("You are free to use the figures for non-commercial purposes.", "reuse"),
        ("We would value your feedback on this service.", "feedback"),
        ("Please take two minutes to complete a survey about your experience.", "feedback"),
        ("Our short questionnaire is online.", "feedback"),
        ("This response will be published on the website.", "publication"),
        ("Yours sincerely", "signoff"),
        ("Many thanks", "signoff"),
        ("Please do not hesitate to contact the office again.", "signoff"),
    ],
)
def test_closing_vocabulary_on_made_up_sentences(sentence, kind):
    assert kind in closing_kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The organisation employs 14 housing support workers.",
        "There were 27 admissions in the year to March.",
        "We do not hold a central record of these contracts.",
        "Please see the attached spreadsheet for a monthly breakdown.",
        "Fewer than five patients were discharged to temporary accommodation.",
    ],
)
def test_answers_are_not_closing(sentence):
    assert closing_kinds(sentence) == []
    assert not is_exemption_explanation(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Section 40(2) - personal information: names of junior staff are withheld.",
        "Section 43 of the Act provides that information is exempt where disclosure harms trade.",
        "Exemptions applied: section 21, because the report is already published.",
        "The appropriate limit for a health body is set at a fixed sum by regulations.",
        "Under section 12 a public authority is not obliged to comply where costs are too high.",
    ],
)
def test_exemption_explanations_on_made_up_sentences(sentence):
    assert is_exemption_explanation(sentence)


def test_exemption_cited_in_an_answer_is_not_an_explanation():
    assert not is_exemption_explanation("The names are withheld under section 40(2).")


# ---------------------------------------------------------------- boilerplate


def test_trust_template_learned_from_its_letters():
    standard = "Anyone unhappy with this reply may write to the Head of Records within forty days."
    letters = [
        [f"Question {n}: how many porters work nights?", f"There are {n + 3} porters.", standard]
        for n in range(4)
    ]
    letters.append(["A letter without the standard paragraph.", "It has other wording."])
    tpl = learn_trust_template(letters, min_docs=3, question_texts=[letters[0][0]])
    assert tpl.similarity(standard) == 1.0
    assert tpl.similarity("There are 9 porters on the day shift at the main site.") < 0.3
    # the request repeats in every letter but is no template
    assert tpl.similarity("Question 7: how many porters work nights?") < 0.5


def test_boilerplate_needs_min_docs_and_stores_no_text():
    seen_twice = "a paragraph seen in only two of the letters here"
    bp = learn_boilerplate([[seen_twice], [seen_twice], ["something else entirely here"]], 3)
    assert bp.similarity(seen_twice) == 0.0
    assert all(len(h) == 12 for h in shingles(seen_twice))  # hashes only


# ---------------------------------------------------------------- the last answer stops

QUESTION_1 = "How many security officers does the organisation employ at night?"
ANSWER_1 = "Eleven security officers are employed on the night rota."
QUESTION_2 = "What was spent on security contractors in 2024?"
ANSWER_2 = "Spending on security contractors in 2024 came to £82,400."

CLOSINGS = {
    "satisfaction": [
        "We hope that this reply gives you what you were looking for.",
        "Yours sincerely",
        "Records Office",
    ],
    "review_rights": [
        "If you feel that we have not handled your request properly, you may ask for the "
        "decision to be looked at again by writing to the Records Office within two months.",
        "Kind regards",
    ],
    "regulator_address": [
        "Once our review is finished you can refer the matter to the regulator:",
        "The Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF",
        "Best wishes",
    ],
    "copyright_reuse": [
        "Copyright in the material we send you belongs to the organisation unless otherwise "
        "marked; re-use beyond private study needs a licence from us.",
        "Yours faithfully",
    ],
    "survey": [
        "We would value your feedback: a survey of four questions is open at "
        "https://example.org/feedback until the end of the month.",
        "Regards",
    ],
    "exemption_explanation": [
        "Section 40(2) - personal information: where a count is between one and four we "
        "show it as a range so that no patient can be recognised.",
        "If you feel that we have not handled your request properly, you may appeal.",
        "Yours sincerely",
    ],
}


def _paragraphs(style: str, closing: list[str]) -> list[tuple[str, str | None]]:
    """The letter's paragraphs with their emphasis."""
    head = [
        ("Records Office, 4 Sample Street, Sampleton SA1 1AA", None),
        ("Our ref: REQ-2025-0815", None),
        ("Date: 14 May 2025", None),
        ("Dear Applicant", None),
        ("Thank you for your request under the Freedom of Information Act 2000.", None),
    ]
    if style == "markers":
        body = [
            (f"1. {QUESTION_1}", "bold"),
            (f"Answer: {ANSWER_1}", None),
            (f"2. {QUESTION_2}", "bold"),
            (f"Answer: {ANSWER_2}", None),
        ]
    else:  # bold questions, plain answers, no markers
        body = [
            (f"1. {QUESTION_1}", "bold"),
            (ANSWER_1, None),
            (f"2. {QUESTION_2}", "bold"),
            (ANSWER_2, None),
        ]
    return head + body + [(p, None) for p in closing]


def _docx(paras: list[tuple[str, str | None]]) -> bytes:
    import docx

    d = docx.Document()
    for text, style in paras:
        run = d.add_paragraph().add_run(text)
        run.bold = style == "bold"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf(paras: list[tuple[str, str | None]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for text, style in paras:
        pdf.set_font("Helvetica", "B" if style == "bold" else "", 11)
        pdf.multi_cell(0, 6, text.replace("£", "GBP "), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    return bytes(pdf.output())


@pytest.mark.skipif(default_labeller() is None, reason="labeller weights or python-crfsuite absent")
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("style", ["markers", "plain"])
@pytest.mark.parametrize("case", list(CLOSINGS))
def test_last_answer_stops_before_the_closing(case, style, fmt):
    paras = _paragraphs(style, CLOSINGS[case])
    data = _docx(paras) if fmt == "docx" else _pdf(paras)
    result = parse_document(data, filename=f"reply.{fmt}", kind_hint="foi")
    foi = result.foi
    assert [it.label for it in foi.items] == ["1", "2"]
    assert foi.items[0].answer == ANSWER_1
    want = ANSWER_2 if fmt == "docx" else ANSWER_2.replace("£", "GBP ")
    assert foi.items[1].answer == want
    assert foi.reference == "REQ-2025-0815"


@pytest.mark.skipif(default_labeller() is None, reason="labeller weights or python-crfsuite absent")
def test_a_trusts_learned_template_stops_an_answer_the_vocabulary_does_not_know():
    """A closing in wording no vocabulary knows, learned as the trust's template
    from its earlier letters, ends the last answer of a new letter."""
    from parsers.extract.model import Extracted, TextBlock

    house = "Our Records Office keeps a copy of every reply for seven years before disposal."
    letter = [
        "Our ref: REQ-2025-0901",
        "Dear Applicant",
        f"1. {QUESTION_1}",
        f"Answer: {ANSWER_1}",
        house,
        "Records Office",
    ]
    doc = Extracted(items=[TextBlock(t) for t in letter], pages=1, format="docx")
    from parsers.foi.parse import parse_foi

    earlier = [[f"Answer: there were {n} porters.", house] for n in range(4)]
    with using_labeller(labeller_for_trust(learn_trust_template(earlier))):
        learned = parse_foi(doc)
    assert learned.items[0].answer == ANSWER_1


@pytest.mark.skipif(default_labeller() is None, reason="labeller weights or python-crfsuite absent")
def test_without_the_labeller_the_rules_let_the_answer_run_on():
    """The failure the labeller fixes: with the rules alone the survey paragraph
    (no sign-off phrase the rules know) is read into the last answer."""
    paras = _paragraphs("plain", CLOSINGS["survey"])
    data = _docx(paras)
    with using_labeller(None):
        rules = parse_document(data, filename="reply.docx", kind_hint="foi").foi
    labelled = parse_document(data, filename="reply.docx", kind_hint="foi").foi
    assert rules.items[1].answer != ANSWER_2 and rules.items[1].answer.startswith(ANSWER_2)
    assert labelled.items[1].answer == ANSWER_2


# ---------------------------------------------------------------- where the answers stop


def _blocks(spec: list[tuple[str, str]]):
    from parsers.foi.blocks import Block

    return [
        Block(text=t, page=1, style=None, is_table=rule == "table", n_lines=1, rule=rule)
        for t, rule in spec
    ]


def test_stop_never_removes_a_later_question_marker_or_table():
    from parsers.foi.boilerplate import Boilerplate
    from parsers.foi.labeller import answer_stops

    spec = [
        ("1. How many?", "question"),
        ("Twelve.", "answer"),
        ("We hope this helps.", "answer"),
        ("2. How many more?", "question"),
        ("Three.", "answer"),
        ("Yours sincerely", "none"),
    ]
    labels = ["question", "answer", "closing", "question", "answer", "closing"]
    probs = [1.0] * len(spec)
    stop, _ = answer_stops(_blocks(spec), labels, probs, Boilerplate())
    assert stop == 5  # not 2: a question follows it
    for late in (("Response:", "marker"), ("", "table")):
        stop, _ = answer_stops(
            _blocks([*spec[:3], late]), [*labels[:3], "answer"], probs[:4], Boilerplate()
        )
        assert stop is None


def test_stop_inside_a_rule_answer_needs_evidence_or_a_sure_model():
    from parsers.foi.boilerplate import Boilerplate
    from parsers.foi.labeller import answer_stops

    spec = [("1. How many?", "question"), ("Twelve.", "answer"), ("Figures are monthly.", "answer")]
    stop, _ = answer_stops(
        _blocks(spec), ["question", "answer", "closing"], [1, 1, 0.7], Boilerplate()
    )
    assert stop is None  # no closing wording, model not sure
    stop, _ = answer_stops(
        _blocks(spec), ["question", "answer", "closing"], [1, 1, 0.95], Boilerplate()
    )
    assert stop == 2  # sure, and the rest of the letter is its end


def test_labeller_trained_on_synthetic_styles_reads_held_out_styles():
    """Train a model on the training styles only (no corpus) and label letters in
    the held-out layouts: most blocks right, and every closing block found."""
    pytest.importorskip("pycrfsuite")
    from parsers.foi.boilerplate import Boilerplate
    from scripts import foi_synthetic
    from scripts.train_foi_labeller import synthetic_sequences, train_temp

    lab = train_temp(synthetic_sequences(foi_synthetic.TRAIN_STYLES, 8), Boilerplate())
    try:
        held = synthetic_sequences(foi_synthetic.HELDOUT_STYLES, 4, seed0=700)
        right = total = 0
        for s in held:
            pred, _ = lab.label(s.blocks, s.pages)
            right += sum(p == g for p, g in zip(pred, s.gold, strict=True))
            total += len(s.gold)
        assert right / total >= 0.85
    finally:
        lab.model_path.unlink(missing_ok=True)


def test_a_broken_model_file_falls_back_to_the_rules(tmp_path):
    from parsers.foi.boilerplate import Boilerplate
    from parsers.foi.labeller import Labeller
    from parsers.foi.parse import parse_foi_with_warnings

    pytest.importorskip("pycrfsuite")
    bad = tmp_path / "broken.crfsuite"
    bad.write_bytes(b"not a model")
    paras = _paragraphs("markers", CLOSINGS["satisfaction"])
    from parsers.extract import extract

    doc = extract(_docx(paras), filename="reply.docx")
    with using_labeller(Labeller(bad, Boilerplate())):
        foi, warnings = parse_foi_with_warnings(doc)
    assert [it.label for it in foi.items] == ["1", "2"]
    assert any("labeller failed" in w for w in warnings)
