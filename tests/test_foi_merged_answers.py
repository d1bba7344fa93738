"""FOI structures learned from held-out set S's first sight, read as structures rather
than set S's phrases: an answer printed as a row merged across a numbered request table
under its request row (parsers.foi.answer_bands), and one response cell merged down over
two questions' rows (parsers.foi.spanned_answers).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import html

import pytest

from parsers import parse_document
from parsers.extract.model import Table
from parsers.foi.answer_bands import answer_band_triples
from parsers.foi.banded_tables import banded_pairs
from parsers.foi.spanned_answers import spanned_rows
from tests.foi_letters import RENDER, SIGN_OFF, T
from tests.foi_p_structures import HEAD, MODELS, model_context
from tests.test_foi_banded_tables import _BANDED
from tests.test_foi_styles import FORMATS, pairs

ASKED = [
    (
        "How many speech and language therapists does the Trust employ?",
        "Thirty-one, of whom nine work part time.",
    ),
    ("Please list the languages the Trust's leaflets are printed in.", "English and Polish."),
    (
        "What was the longest wait for a wheelchair assessment in 2025?",
        "Forty-three weeks, for a child referred in January.",
    ),
]


def _band_rows(label: str) -> list[list[str]]:
    rows = [["Ref", "What you asked"]]
    for n, (q, a) in enumerate(ASKED, 1):
        rows += [[label.format(n=n), q], [a, ""]]
    return rows


# ---------------------------------------------------------------- answer bands


def test_the_band_under_a_numbered_request_row_is_its_answer():
    assert answer_band_triples(Table(rows=_band_rows("{n}"))) == [
        (str(n), q, a) for n, (q, a) in enumerate(ASKED, 1)
    ]


def test_a_band_repeated_in_every_cell_is_a_band_too():
    rows = [[a, a] if not b else [a, b] for a, b in _band_rows("R{n}")]
    assert [t[0] for t in answer_band_triples(Table(rows=rows))] == ["R1", "R2", "R3"]


def test_a_band_that_asks_is_no_answer():
    rows = _band_rows("{n}")
    rows[2][0] = "Could you say which ward?"
    assert answer_band_triples(Table(rows=rows)) is None


def test_a_question_band_over_a_labelled_answer_row_stays_a_question():
    rows = [row for q, a in ASKED for row in ([q, ""], ["Reply", a])]
    assert answer_band_triples(Table(rows=rows)) is None
    assert banded_pairs(Table(rows=rows)) is not None


def test_a_data_table_with_subtotal_rows_is_no_request_table():
    rows = [["1", "Elm ward"], ["24 beds", ""], ["2", "Oak ward"], ["18 beds", ""]]
    assert answer_band_triples(Table(rows=rows)) is None


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("label", ["{n}", "R{n}"])
def test_answers_in_merged_bands_under_their_request_rows(label, model, fmt):
    data = _BANDED[fmt](HEAD, _band_rows(label))
    with model_context(model):
        foi = parse_document(data, filename=f"response.{fmt}", kind_hint="foi").foi
    assert pairs(foi) == [(label.format(n=n), q, a) for n, (q, a) in enumerate(ASKED, 1)]


# ---------------------------------------------------------------- a response merged down

SPAN_QS = [
    "How many patients were seen by the falls clinic in 2025?",
    "How many of them were referred by their GP?",
    "How many were referred by the emergency department?",
    "Does the clinic run on Saturdays?",
]
SPAN_AS = ["612 patients were seen.", "", "Of those, 340 came from GPs and 97 from A&E.", "No."]


def test_an_empty_response_under_an_answered_row_shares_it():
    rows = [["Question", "Answer"], *([q, a] for q, a in zip(SPAN_QS, SPAN_AS, strict=True))]
    rows[3][1], rows[2][1] = "", rows[3][1]  # questions 2 and 3 share one cell
    out = spanned_rows(rows[1:], 0, 1)
    assert [r[1] for r in out] == [SPAN_AS[0], SPAN_AS[2], SPAN_AS[2], "No."]


def test_a_question_split_over_a_page_is_no_merge():
    rows = [["How many patients were seen by the falls", "612."], ["clinic in 2025?", ""]]
    rows += [["Does the clinic run on Saturdays?", "No."], ["Is it run by nurses?", "Yes."]]
    assert spanned_rows(rows, 0, 1) == rows


def _spanned_html(rows: list[list[str]], shared: int) -> bytes:
    """The table with row `shared`'s response cell merged down over the next row."""
    cells = []
    for k, (q, a) in enumerate(rows):
        if k == shared + 1:
            cells.append(f"<tr><td>{html.escape(q)}</td></tr>")
            continue
        span = " rowspan='2'" if k == shared else ""
        tag = "th" if k == 0 else "td"
        cells.append(
            f"<tr><{tag}>{html.escape(q)}</{tag}><{tag}{span}>{html.escape(a)}</{tag}></tr>"
        )
    page = RENDER["html"]([*HEAD, *SIGN_OFF]).decode("utf-8")
    table = f"<table>{''.join(cells)}</table>"
    return page.replace("<p>If you are unhappy", f"{table}<p>If you are unhappy", 1).encode()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("numbered", [True, False])
def test_one_response_merged_down_over_two_questions(numbered, model, fmt):
    asked = [f"{n}. {q}" if numbered else q for n, q in enumerate(SPAN_QS, 1)]
    shared = "612 patients were seen; 340 came from GPs and 97 from A&E."
    answers = ["The clinic saw patients on weekdays only.", shared, "", "No, weekdays only."]
    rows = [["Question", "Answer"], *([q, a] for q, a in zip(asked, answers, strict=True))]
    if fmt == "html":
        data = _spanned_html(rows, 2)
    else:
        data = RENDER[fmt]([*HEAD, T(rows), *SIGN_OFF])
    with model_context(model):
        foi = parse_document(data, filename=f"response.{fmt}", kind_hint="foi").foi
    want = [a or shared for a in answers]
    labels = [str(n) if numbered else None for n in range(1, 5)]
    assert pairs(foi) == list(zip(labels, SPAN_QS, want, strict=True))
