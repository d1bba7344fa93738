"""FOI structures learned from held-out set V's first sight, read as structures rather
than set V's phrases:

- a question table's remark column: after the answer column, empty in most rows, a
  sentence completing the reply where filled (parsers.foi.remark_columns);
- a reference numbered within its year, the noun cut short and the year in brackets
  ("Enq. 482 (2023)"), kept whole (parsers.foi.references);
- the requester's own reference field and the trust's on one line ("Your ref: …
  Our ref: …"): the trust's is read (parsers.foi.metadata);
- an answer's bulleted list running on: its last items are no closing to a sure
  labeller alone (parsers.foi.list_runs, used by parsers.foi.labeller.answer_stops).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import B, Grid, H, P
from parsers.extract.model import Table
from parsers.foi.blocks import Block
from parsers.foi.list_runs import list_runs_on
from parsers.foi.metadata import _labelled_reference
from parsers.foi.references import designation
from parsers.foi.remark_columns import remark_columns
from tests.foi_p_structures import MODELS
from tests.foi_t_structures import FORMATS, HEAD, SIGN_OFF, TOPICS, pairs, read_letter

# ---------------------------------------------------------------- remark columns

REMARKS = ["", "The contract is reviewed each spring.", ""]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
def test_a_sparse_remark_column_completes_its_rows_answer(model, fmt):
    rows = [["Item", "Request", "Answer", "Remarks"]]
    for n, ((question, answer), remark) in enumerate(zip(TOPICS, REMARKS, strict=True), 1):
        rows.append([str(n), question, " ".join(answer), remark])
    foi = read_letter([*HEAD, Grid(rows, header=True), *SIGN_OFF], fmt, model)
    want = [
        (str(n), q, " ".join([*a, r]).strip())
        for n, ((q, a), r) in enumerate(zip(TOPICS, REMARKS, strict=True), 1)
    ]
    assert pairs(foi) == want


def _table(last: list[str]) -> Table:
    rows = [["#", "Q", "A", "X"]]
    for k, cell in enumerate(last):
        rows.append([str(k + 1), "How many?", "Twelve were bought.", cell])
    return Table(rows=rows)


def test_a_remark_column_is_sparse_and_holds_sentences():
    assert remark_columns(_table(["", "Bought in two batches.", ""]), 2) == (3,)
    # filled in every row: a column of its own, not a remark
    assert remark_columns(_table(["One.", "Bought in two batches.", "Two more."]), 2) == ()
    # short values (a section, a date): no sentence
    assert remark_columns(_table(["", "s.43(2)", ""]), 2) == ()
    assert remark_columns(_table(["", "", ""]), 2) == ()
    # the answer column last: nothing after it
    assert remark_columns(_table(["", "Bought in two batches.", ""]), 3) == ()


# ---------------------------------------------------------------- references


def test_a_serial_number_within_its_year_is_one_reference():
    assert designation("Enq. 482 (2023)") == "Enq. 482 (2023)"
    assert designation("Enq. 482 (2023), replied in full") == "Enq. 482 (2023)"
    assert designation("Ticket No. 88/12") == "Ticket No. 88/12"
    # a label's own noun, or a number with no year, is none
    assert designation("Ref. 482 (2023)") is None
    assert designation("Enq. 482") is None


def test_the_trusts_field_beside_the_requesters_is_read():
    assert _labelled_reference("Your ref: none   Our ref: KT/25/0091") == "KT/25/0091"
    assert _labelled_reference("Your reference: JP-1   Our reference: KT/25/0091") == "KT/25/0091"
    assert _labelled_reference("Our reference: Enq. 482 (2023)") == "Enq. 482 (2023)"
    assert _labelled_reference("Your ref: JP-1") is None


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "line",
    [
        "Your ref: not given   Our ref: Enq. 482 (2023)",
        "Reference: Enq. 482 (2023)",
        "Freedom of Information request Enq. 482 (2023)",
    ],
)
def test_a_serial_reference_is_read_from_the_letter(line, fmt):
    head = [H("Allerdale Moor NHS Trust"), P(line), *HEAD[2:]]
    blocks = list(head)
    for n, (question, answer) in enumerate(TOPICS, 1):
        blocks += [P(f"{n}. {question}"), *(P(x) for x in answer)]
    foi = read_letter(blocks + SIGN_OFF, fmt, "rules only")
    assert foi.reference == "Enq. 482 (2023)"


# ---------------------------------------------------------------- list runs

LISTED = [
    (
        "Which outpatient clinics run on Saturdays?",
        "Saturday clinics are held for:",
        ["orthopaedics", "ophthalmology", "dermatology", "audiology"],
    ),
    (
        "How is the hospital heated?",
        "Heat comes from two sources:",
        ["a gas boiler house on the north site", "heat pumps fitted in 2023"],
    ),
    (
        "What languages does the interpreting service cover?",
        "Interpreters are booked in:",
        ["Urdu", "Romanian", "Tigrinya"],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
def test_an_answers_bulleted_list_runs_to_its_end(model, fmt):
    blocks = list(HEAD)
    for n, (question, intro, items) in enumerate(LISTED, 1):
        blocks += [P(f"{n}. {question}"), P(intro), *(B(x) for x in items)]
    foi = read_letter(blocks + SIGN_OFF, fmt, model)
    got = [(lab, q, a.replace("• ", "").replace("•", "")) for lab, q, a in pairs(foi)]
    want = [(str(n), q, " ".join([i, *xs])) for n, (q, i, xs) in enumerate(LISTED, 1)]
    assert got == want


def _block(text: str, rule: str = "answer", style: str | None = "list") -> Block:
    return Block(text=text, page=1, style=style, is_table=False, n_lines=1, rule=rule, indent=18.0)


def test_a_list_item_after_an_item_of_the_answer_runs_on():
    intro = _block("Heat comes from two sources:", style=None)
    first, second = _block("• a gas boiler house"), _block("• heat pumps")
    assert list_runs_on([intro, first, second], 2)
    # the first item follows no item; a paragraph after the list is no item
    assert not list_runs_on([intro, first, second], 1)
    assert not list_runs_on([first, _block("Yours faithfully", style=None)], 1)
    # an item the rules left out of the answer (a closing list) is none
    assert not list_runs_on([first, _block("• complain to the regulator", rule="none")], 1)
