"""FOI layouts of held-out set U's four styles read by structure (set U's own letters
were read at first sight but for their end: tests/test_foi_closing_decision.py),
kept read in other words, and two readings those letters showed were tied to more
than their structure:

- each numbered question in bold and its answer in the same paragraph after a line
  break (HTML `<br>`, a soft line break in DOCX, a new line in PDF), a request put
  as one ("3. Please provide …") read past its label (parsers.foi.bold_leads);
- a grid of the request's particulars up front (reference, dates, outcome, sections
  applied), in no item, its dates the letter's, then numbered questions with plain
  answer paragraphs;
- numbered questions each answered by un-bulleted 'what – how many' lines, a
  paragraph a line, no table;
- a disclosure-log entry whose request is one paragraph of numbered lines broken by
  `<br>` and whose response is another, the same-numbered lines a pair, whatever
  the headings over them say (parsers.foi.renumbered_answers).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import html

import pytest

from benchmarks.heldout_p.render import Grid, H, Html, P
from parsers.extract.model import TextBlock
from parsers.foi.bold_leads import bold_lead
from parsers.foi.renumbered_answers import renumbered_answer_items
from parsers.foi.units import _Unit
from tests.test_foi_closing_decision import FORMATS, MODELS, read

TRUST = "Tarnbrook Fells NHS Trust"

ASKED = [
    (
        "How many catering staff does the Trust employ at its main hospital?",
        "The main hospital's kitchens employ forty-one catering staff. Most work shifts "
        "covering breakfast to the evening meal.",
    ),
    (
        "Does the Trust buy its milk from a local dairy?",
        "Yes. Milk is bought from a dairy co-operative in the county under a two-year agreement.",
    ),
    (
        "Please provide the home addresses of the Trust's catering supervisors.",
        "Home addresses are personal data and are withheld under section 40(2) of the Act.",
    ),
]
CLOSE = [
    P("If you are unhappy with this reply you may ask us for an internal review."),
    P("Yours faithfully"),
    P("Information Rights Office"),
    P(TRUST),
]


def _pairs(foi) -> list[tuple[str | None, str, str]]:
    return [(it.label, it.question, " ".join((it.answer or "").split())) for it in foi.items]


def _head() -> list:
    return [
        H(TRUST),
        P("Our reference: TF/IR/0441"),
        P("Date: 17 February 2025"),
        P("Dear Requester"),
        P("Thank you for your request of 27 January 2025."),
    ]


def _expected() -> list[tuple[str, str, str]]:
    return [(str(n), q, a) for n, (q, a) in enumerate(ASKED, 1)]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_question_and_answer_in_one_paragraph_split_by_a_line_break(fmt, model):
    blocks = _head()
    for n, (q, a) in enumerate(ASKED, 1):
        page = f"<p><strong>{n}. {html.escape(q)}</strong><br>{html.escape(a)}</p>"
        blocks.append(Html(page, [P(f"**{n}. {q}**\n{a}")]))
    foi = read(blocks + CLOSE, fmt, model)
    assert _pairs(foi) == _expected()
    assert {(e.law, e.section) for e in foi.exemptions} == {("FOIA", "40(2)")}


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_particulars_grid_up_front_is_in_no_item(fmt, model):
    grid = Grid(
        [
            ["Reference", "TF/IR/0441"],
            ["Date received", "27 January 2025"],
            ["Date of response", "17 February 2025"],
            ["Outcome", "Part disclosed"],
            ["Sections applied", "section 40(2)"],
        ],
        widths=(3, 6),
    )
    blocks = [H(TRUST), grid, P("Dear Requester")]
    for n, (q, a) in enumerate(ASKED, 1):
        first, _, rest = a.partition(". ")
        blocks += [P(f"{n}. {q}"), P(first + "."), P(rest)] if rest else [P(f"{n}. {q}"), P(a)]
    foi = read(blocks + CLOSE, fmt, model)
    assert _pairs(foi) == _expected()
    assert foi.reference == "TF/IR/0441"
    assert (str(foi.received_date), str(foi.responded_date)) == ("2025-01-27", "2025-02-17")


COUNTED = [
    (
        "How many meals did the Trust's kitchens serve in 2024, by site?",
        [("Tarnbrook Infirmary", "212,400"), ("Fellside Community Hospital", "48,950")],
    ),
    (
        "How many catering posts were vacant on 1 January 2025, by grade?",
        [("Band 2", "6"), ("Band 3", "2.5"), ("Band 5", "1")],
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_answers_as_unbulleted_what_and_how_many_lines(fmt, model):
    blocks = _head()
    want = []
    for n, (q, rows) in enumerate(COUNTED, 1):
        lines = [f"{what} – {k}" for what, k in rows]
        blocks += [P(f"{n}. {q}"), *(P(x) for x in lines)]
        want.append((str(n), q, " ".join(lines)))
    foi = read(blocks + CLOSE, fmt, model)
    assert _pairs(foi) == want


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_request_and_response_paragraphs_of_numbered_broken_lines(fmt, model):
    asked = [f"{n}. {q}" for n, (q, _) in enumerate(ASKED, 1)]
    said = [f"{n}. {a}" for n, (_, a) in enumerate(ASKED, 1)]

    def para(lines: list[str]) -> str:
        return "<p>" + "<br>".join(html.escape(x) for x in lines) + "</p>"

    page = f"<div class='log'><h3>Asked</h3>{para(asked)}<h3>Answered</h3>{para(said)}</div>"
    printed = [H("Asked"), P("\n".join(asked)), H("Answered"), P("\n".join(said))]
    foi = read([*_head(), Html(page, printed), *CLOSE], fmt, model)
    assert _pairs(foi) == _expected()


def test_a_bold_request_run_is_read_past_the_label_it_opens_with():
    asked = TextBlock(
        "4. Please list the Trust's laundry sites. There are two.",
        bold_run="4. Please list the Trust's laundry sites.",
    )
    assert bold_lead(asked) == ("4. Please list the Trust's laundry sites.", "There are two.")
    # a label before a bold run that neither asks nor requests: no question
    told = TextBlock(
        "4. The laundry moved. It is now in Fellside.", bold_run="4. The laundry moved."
    )
    assert bold_lead(told) is None


def _units(*texts: str) -> list[_Unit]:
    return [_Unit(t, "heading" if t.istitle() and len(t.split()) < 3 else None) for t in texts]


ASKED_RUN = (
    "1. How many porters work nights?",
    "2. Does the Trust hire porters through an agency?",
    "3. Please give the porters' pay band.",
)


def test_answers_numbered_again_pair_by_number():
    units = _units(
        *ASKED_RUN, "Answered", "1. Six.", "2. No.", "Agency use ended in 2022.", "3. Band 2."
    )
    items = renumbered_answer_items(units)
    assert [(q.label, q.parts, q.answer) for q in items] == [
        ("1", ["How many porters work nights?"], ["Six."]),
        (
            "2",
            ["Does the Trust hire porters through an agency?"],
            ["No.", "Agency use ended in 2022."],
        ),
        ("3", ["Please give the porters' pay band."], ["Band 2."]),
    ]


def test_a_second_run_that_is_no_answer_run_pairs_nothing():
    # the requests repeated, each with its answer beneath: the segmenter's layout
    repeated = [q for q in ASKED_RUN for q in (q, "Answer text here.")]
    assert renumbered_answer_items(_units(*ASKED_RUN, *repeated)) is None
    # as many numbers but one too few, or asking again
    assert renumbered_answer_items(_units(*ASKED_RUN, "1. Six.", "2. No.")) is None
    asking = ("1. Which wards?", "2. Which sites?", "3. Which bands?")
    assert renumbered_answer_items(_units(*ASKED_RUN, *asking)) is None
    # a long paragraph of the letter's own between the runs: no such layout
    prose = " ".join(["The Trust employs porters on every site and rota."] * 4)
    assert (
        renumbered_answer_items(_units(*ASKED_RUN, prose, "1. Six.", "2. No.", "3. Band 2."))
        is None
    )
