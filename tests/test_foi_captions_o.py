"""FOI answer tables with captions, learned from held-out set O's first sight and read
as structure rather than set O's phrases: a table's caption belongs to the table
(parsers.foi.table_captions). Printed as an italic (or numbered, "Figure 2 –")
paragraph right above the table in a DOCX or a PDF, or as a web page's <caption>, it is
no line of the answer before the table; a table under a question's heading is still
that question's, its suppressed cells ("*", "<5", "-") its content; a letter whose
questions are set in italic keeps an italic question over a table-only answer as a
question.

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import html

import pytest

from benchmarks.heldout_m.render import Html, P, T
from parsers.extract.model import Table
from parsers.foi.table_captions import caption_like, numbered_caption, with_captions_in_tables
from parsers.foi.units import _Unit
from tests.test_foi_tables_o import CLOSE, FORMATS, HEAD, MODELS, norm, pairs, read

# (question, answer paragraphs, caption, table rows): figures under five shown as "*"
FIGURES = [
    (
        "How many podiatry appointments were missed in each quarter of 2024?",
        ["Missed podiatry appointments totalled 1,142 in 2024."],
        "Missed podiatry appointments by quarter",
        [["Quarter", "Missed"], ["Q1", "301"], ["Q2", "288"], ["Q3", "*"], ["Q4", "553"]],
    ),
    (
        "How many wheelchairs did the Trust issue to children last year?",
        ["The wheelchair service issued 97 chairs to children.", "Most were powered chairs."],
        "Children's wheelchairs issued",
        [["Type", "Issued"], ["Powered", "71"], ["Manual", "26"], ["Sports", "<5"]],
    ),
    (
        "How many pharmacy technicians left the Trust in 2024?",
        ["Nineteen pharmacy technicians left the Trust in 2024."],
        "Pharmacy technician leavers, 2024",
        [["Band", "Leavers"], ["Band 4", "12"], ["Band 5", "7"], ["Band 6", "-"]],
    ),
]
PLAIN = (
    "Does the Trust hold a list of its unused office furniture?",
    ["No list of unused furniture is kept, so this information is not held."],
)


def _want_figures(numbered: bool) -> list[tuple[str | None, str, str]]:
    rows = [(q, " ".join(a)) for q, a, _, _ in FIGURES] + [(PLAIN[0], " ".join(PLAIN[1]))]
    return [(str(n) if numbered else None, q, a) for n, (q, a) in enumerate(rows, 1)]


def _section(head: str, answer: list[str], caption: str, rows: list[list[str]]) -> Html:
    """A web page's <section>: the question as a heading, the answer, the table with
    its <caption>; printed (DOCX, PDF) as a bold question, the answer, an italic
    caption and the table."""
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in answer)
    cells = ["".join(f"<td>{html.escape(c)}</td>" for c in r) for r in rows]
    body = "".join(f"<tr>{r}</tr>" for r in cells)
    table = f"<table><caption>{html.escape(caption)}</caption>{body}</table>" if rows else ""
    printed = [P(head, "bold"), *(P(p) for p in answer)]
    if rows:
        printed += [P(caption, "italic"), T(rows)]
    return Html(f"<section><h3>{html.escape(head)}</h3>{paras}{table}</section>", printed)


def captioned_letter(numbered: bool, numbered_captions: bool = False) -> list:
    body = []
    for n, (q, answer, caption, rows) in enumerate(FIGURES, 1):
        head = f"{n}. {q}" if numbered else q
        cap = f"Figure {n} – {caption}" if numbered_captions else caption
        section = _section(head, answer, cap, rows)
        if numbered_captions:  # (printed in the letter's plain face)
            section.printed = [P(cap) if x == P(cap, "italic") else x for x in section.printed]
        body.append(section)
    n = len(FIGURES) + 1
    body.append(_section(f"{n}. {PLAIN[0]}" if numbered else PLAIN[0], PLAIN[1], "", []))
    return [*HEAD, P("Figures between one and four are not shown, to protect privacy."), *body]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("numbered", [False, True])
def test_caption_above_a_table_is_no_line_of_the_answer(fmt, numbered, model):
    foi = read([*captioned_letter(numbered), *CLOSE], fmt, model)
    assert pairs(foi) == _want_figures(numbered)
    # the tables are still the questions' own
    assert [it.table_index is not None for it in foi.items] == [True, True, True, False]


@pytest.mark.parametrize("fmt", FORMATS)
def test_numbered_caption_in_the_body_face(fmt):
    """ "Figure 2 – …" numbers its table: a caption even in the letter's plain face."""
    foi = read([*captioned_letter(True, numbered_captions=True), *CLOSE], fmt)
    assert pairs(foi) == _want_figures(True)


@pytest.mark.parametrize("fmt", FORMATS)
def test_table_only_answer_with_suppressed_cells(fmt):
    """A question answered by its captioned table alone: the table (its "*" cells
    with it) is the answer."""
    q, _, caption, rows = FIGURES[0]
    blocks = [
        *HEAD,
        _section(f"1. {q}", [], caption, rows),
        _section(f"2. {PLAIN[0]}", PLAIN[1], "", []),
    ]
    foi = read([*blocks, *CLOSE], fmt)
    assert [(it.label, norm(it.question)) for it in foi.items] == [("1", q), ("2", PLAIN[0])]
    first = foi.items[0]
    assert first.answer_kind == "table" and first.table_index is not None
    assert "*" in (first.answer or "") and caption not in (first.answer or "")
    assert norm(foi.items[1].answer) == PLAIN[1][0]


def _u(text: str, style: str | None = None) -> _Unit:
    return _Unit(text, style)


def _t(rows: list[list[str]], index: int = 0) -> _Unit:
    return _Unit("", table=Table(rows=rows), table_index=index)


def test_caption_folds_into_its_table():
    units = [_u("The service saw 40 patients."), _u("Patients seen", "italic"), _t([["a", "1"]])]
    out = with_captions_in_tables(units)
    assert [u.text for u in out] == ["The service saw 40 patients.", ""]
    assert out[1].table is not None and out[1].table.caption == "Patients seen"
    assert units[2].table.caption is None  # (the extraction's table is left as it was)


def test_numbered_caption_below_a_table():
    units = [_u("Totals are below."), _t([["a", "1"]]), _u("Table 4: Totals by site")]
    out = with_captions_in_tables(units)
    assert [u.text for u in out] == ["Totals are below.", ""]
    assert out[1].table.caption == "Table 4: Totals by site"


@pytest.mark.parametrize(
    "unit",
    [
        _u("How many beds are there?", "italic"),  # asks
        _u("Please provide the totals", "italic"),
        _u("The totals are shown below.", "italic"),
        _u("The breakdown is as follows:", "italic"),
        _u("Bed numbers by ward"),  # the body's own face, unnumbered
        _u("3. Bed numbers by ward", "italic"),  # a question's label
        _u("Table 2 below shows the totals:"),  # leads into the table
        _u(" ".join(["word"] * 20), "italic"),  # too long for a caption
    ],
)
def test_not_captions(unit):
    assert not caption_like(unit)


def test_caption_kinds():
    assert caption_like(_u("Bed numbers by ward", "italic"))
    assert caption_like(_Unit("Bed numbers by ward", size=0.8))
    assert caption_like(_u("Table 3: Bed numbers by ward."))
    assert numbered_caption("Fig. 2 – Admissions") and numbered_caption("Chart 1 Admissions")
    assert not numbered_caption("Tables were not kept")


def test_italic_questions_over_table_answers_stay_questions():
    """The letter sets its questions in italic (some ask outright): an italic line
    over a table is a question answered by the table, not a caption."""
    units = [
        _u("How many porters work nights?", "italic"),
        _u("Twelve porters work nights."),
        _u("Porter numbers by site for 2024", "italic"),
        _t([["Site", "Porters"], ["North", "30"]]),
    ]
    assert with_captions_in_tables(units) == units


@pytest.mark.parametrize("marker", ["*", "<5", "-"])
def test_bare_suppression_marker_is_the_answer(marker):
    """A figure suppressed to its marker, alone under its question, is the answer."""
    body = [
        P("1. How many cleaners were injured by floor machines in 2024?", "bold"),
        P(marker),
        P("2. How many cleaners work at night?", "bold"),
        P("Eighteen cleaners work at night."),
    ]
    foi = read([*HEAD, *body, *CLOSE], "docx")
    assert [(it.label, it.answer) for it in foi.items] == [
        ("1", marker),
        ("2", "Eighteen cleaners work at night."),
    ]
