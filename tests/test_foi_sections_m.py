"""FOI section and face styles learned from held-out set M's first sight, read as
structures rather than set M's phrases:

* a line crediting who supplied an answer, between the question and the answer
  ("Data provided by Clinical Coding", "The Radiology team has confirmed:");
* answers regrouped under outcome headings, the request's numbers kept so they jump
  (2, 4, 1, 3), the headings in no answer;
* a follow-up's questions under a dated sub-heading, numbering carried on;
* questions underlined (DOCX run underline, HTML <u> or text-decoration, a PDF's rule
  under the line), read as a face like bold or italic;
* a rhetorical "Not happy with …?" opening the review rights, and a reference code
  closing a "… response <code>" heading.

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped
labeller."""

from __future__ import annotations

import html
import io
from contextlib import nullcontext

import pytest

from parsers import parse_document
from parsers.extract import extract
from parsers.foi.credits import is_credit_line, without_credit
from parsers.foi.labeller import using_labeller
from parsers.foi.regrouped import group_heading, regrouped_questions
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, pairs, read

MODELS = ["rules only", "labeller"]


def _model(model: str):
    return using_labeller(None) if model == "rules only" else nullcontext()


HEAD = [
    H("Wrenthorpe Valley NHS Trust"),
    P("Our reference: WVT/FOI/3381"),
    P("Date: 14 May 2025"),
    P("Dear Ms Hale"),
]

QS = [
    (
        "How many ultrasound scanners does the Trust own?",
        "The Trust owns 23 ultrasound scanners across its three sites.",
    ),
    (
        "Please state the Trust's spend on interpreters in 2024.",
        "Spending on interpreting services was £208,114 in 2024.",
    ),
    (
        "Does the Trust record the ethnicity of volunteers?",
        "Volunteers' ethnicity is not recorded, so this information is not held.",
    ),
    (
        "How many complaints mentioned car parking charges last year?",
        "Forty-two complaints raised car parking charges last year.",
    ),
]

# ---------------------------------------------------------------- credit lines


@pytest.mark.parametrize(
    "line",
    [
        "Information supplied by Workforce Planning",
        "Data provided by Clinical Coding",
        "Response from the Procurement Team",
        "Source: Estates Department",
        "Radiology advise:",
        "The Finance team has confirmed:",
        "Health Records comment:",
    ],
)
def test_credit_lines_are_read_by_their_grammar(line):
    assert is_credit_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The figures were provided by NHS England in 2023.",
        "Data provided by 4 wards is incomplete",
        "The Trust employs 31 radiographers.",
        "We can confirm the following:",
        "Please see the attached spreadsheet provided by the supplier, which lists each "
        "contract and its value for every year since the service began.",
    ],
)
def test_other_lines_are_no_credit(line):
    assert not is_credit_line(line)


def test_a_credit_alone_is_kept_as_the_answer():
    assert without_credit(["Radiology advise:"]) == ["Radiology advise:"]
    assert without_credit(["Radiology advise:", "Yes."]) == ["Yes."]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_credit_line_between_question_and_answer(fmt, model):
    credits = [
        "Data provided by Medical Physics",
        "Information supplied by Language Services",
        "Response from the Patient Experience Team",
    ]
    blocks = list(HEAD)
    for n, ((q, a), credit) in enumerate(zip(QS, credits, strict=False), 1):
        blocks += [P(f"{n}. {q}"), P(credit), P(a)]
    with _model(model):
        foi = read([*blocks, *SIGN_OFF], fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS[:3], 1)]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_reporting_credit_under_bold_questions(fmt, model):
    credits = ["Imaging Services advise:", "Finance confirm:", "Volunteering Services state:"]
    blocks = list(HEAD)
    for (q, a), credit in zip(QS, credits, strict=False):
        blocks += [P(f"**{q}**"), P(credit), P(a)]
    with _model(model):
        foi = read([*blocks, *SIGN_OFF], fmt)
    assert pairs(foi) == [(None, q, a) for q, a in QS[:3]]


# ---------------------------------------------------------------- regrouped numbering


def _units(*rows: tuple[str, str | None]) -> list[_Unit]:
    return [_Unit(t, style, lines=[t]) for t, style in rows]


def test_regrouped_numbering_is_a_permutation_out_of_order():
    units = _units(
        ("Answered", "heading"),
        ("2. Question two?", "bold"),
        ("An answer.", None),
        ("3. Question three?", "bold"),
        ("An answer.", None),
        ("Refused", "heading"),
        ("1. Question one?", "bold"),
        ("An answer.", None),
    )
    assert regrouped_questions(units) == {1, 3, 6}
    assert group_heading(units[5]) and not group_heading(units[2])


def test_numbering_in_order_or_with_gaps_is_not_regrouped():
    in_order = _units(("1. One?", "bold"), ("2. Two?", "bold"), ("3. Three?", "bold"))
    gaps = _units(("1. One?", "bold"), ("4. Four?", "bold"), ("2. Two?", "bold"))
    assert regrouped_questions(in_order) == set()
    assert regrouped_questions(gaps) == set()


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_answers_regrouped_under_outcome_headings(fmt, model):
    order = {"Answered in full": [2, 4], "Not held by the Trust": [1, 3]}
    blocks = [*HEAD, P("We have sorted your four questions by outcome.")]
    for heading, numbers in order.items():
        blocks.append(H(heading))
        for n in numbers:
            q, a = QS[n - 1]
            blocks += [P(f"**{n}. {q}**"), P(a)]
    with _model(model):
        foi = read([*blocks, *SIGN_OFF], fmt)
    want = [(str(n), *QS[n - 1]) for numbers in order.values() for n in numbers]
    assert pairs(foi) == want


# ---------------------------------------------------------------- dated sub-headings


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_follow_up_questions_under_a_dated_sub_heading(fmt, model):
    blocks = [*HEAD, P("**Questions received 2 May 2025**")]
    for n, (q, a) in enumerate(QS, 1):
        if n == 3:
            blocks.append(P("**Additional questions sent on 6 May 2025**"))
        blocks += [P(f"{n}. {q}"), P(a)]
    with _model(model):
        foi = read([*blocks, *SIGN_OFF], fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]


# ---------------------------------------------------------------- underline


def _underlined_docx(rows: list[tuple[str, bool]]) -> bytes:
    import docx

    document = docx.Document()
    for text, under in rows:
        document.add_paragraph().add_run(text).underline = under
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _underlined_html(rows: list[tuple[str, bool]], css: bool) -> bytes:
    body = []
    for text, under in rows:
        t = html.escape(text)
        if under:
            t = f"<span style='text-decoration: underline'>{t}</span>" if css else f"<u>{t}</u>"
        body.append(f"<p>{t}</p>")
    return f"<html><body>{''.join(body)}</body></html>".encode()


def _underlined_pdf(rows: list[tuple[str, bool]], rule_across: bool = False) -> bytes:
    """A letter typed in one face, some lines underlined (fpdf draws the rule); with
    `rule_across`, a separator rule across the page under the first line too."""
    from fpdf import FPDF

    from tests.foi_letters import _FONT

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", _FONT)
    pdf.add_page()
    for k, (text, under) in enumerate(rows):
        pdf.set_font("DejaVu", style="U" if under else "", size=10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        if rule_across and k == 0:
            pdf.line(10, pdf.get_y(), 200, pdf.get_y())
        pdf.ln(2)
    return bytes(pdf.output())


def _underlined_letter() -> list[tuple[str, bool]]:
    rows = [(b.text, False) for b in HEAD[1:]]
    for q, a in QS:
        rows += [(q, True), (a, False)]
    return rows + [(b.text, False) for b in SIGN_OFF]


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html", "html-css"])
def test_underline_is_a_face_of_its_own(fmt):
    rows = _underlined_letter()
    if fmt == "docx":
        data, name = _underlined_docx(rows), "r.docx"
    elif fmt == "pdf":
        data, name = _underlined_pdf(rows, rule_across=True), "r.pdf"
    else:
        data, name = _underlined_html(rows, css=fmt == "html-css"), "r.html"
    styles = {b.text: b.style for b in extract(data, filename=name).blocks}
    assert styles[QS[0][0]] == "underline"
    assert styles[QS[0][1]] is None
    # a rule across the page under a line is a separator, not the line's underline
    assert styles[rows[0][0]] is None


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_underlined_questions_plain_answers(fmt, model):
    rows = _underlined_letter()
    render = {"docx": _underlined_docx, "pdf": _underlined_pdf}
    data = render[fmt](rows) if fmt in render else _underlined_html(rows, css=False)
    with _model(model):
        foi = parse_document(data, filename=f"r.{fmt}", kind_hint="foi").foi
    assert pairs(foi) == [(None, q, a) for q, a in QS]


# ---------------------------------------------------------------- closing and reference


@pytest.mark.parametrize("fmt", FORMATS)
def test_rhetorical_review_question_ends_the_last_answer(fmt):
    blocks = [*HEAD]
    for n, (q, a) in enumerate(QS[:2], 1):
        blocks += [P(f"{n}. {q}"), P(a)]
    blocks += [
        P("Not happy with this response? Ask the Governance Manager to look at it again."),
        P("Yours sincerely"),
        P("Records Office"),
    ]
    with using_labeller(None):
        foi = read(blocks, fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS[:2], 1)]


@pytest.mark.parametrize(
    ("heading", "ref"),
    [
        ("Freedom of Information response WV_2025_0412", "WV_2025_0412"),
        ("Our reply FOI#5120", "FOI#5120"),
        ("Freedom of Information response FOI.25.0087", "FOI.25.0087"),
    ],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_reference_closing_a_response_heading(fmt, heading, ref):
    blocks = [
        H(heading),
        P("Wrenthorpe Valley NHS Trust, 14 May 2025"),
        P("Dear Ms Hale"),
        P("1. How many ultrasound scanners does the Trust own?"),
        P("The Trust owns 23 ultrasound scanners."),
        *SIGN_OFF,
    ]
    assert read(blocks, fmt).reference == ref
