"""A case system's export published with no letter around it: one table row a
question, the case's own fields (its reference, the day it arrived, the day it was
answered) repeated on every row. Each row is an item, labelled by its number cell;
a column repeating one value on every row is a field of the case, read for the
reference and the dates (parsers.foi.field_tables.repeated_fields), and a request's
identifier column is no question column (parsers.foi.qa_tables).

Every export is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.field_tables import repeated_fields
from parsers.foi.labeller import using_labeller
from tests.foi_letters import H, P, T
from tests.test_foi_styles import FORMATS, norm, read

ROWS = [
    ("How many lifts at the main site were out of order in June?", "Two lifts were out of order."),
    ("What is the Trust's annual spend on bottled oxygen?", "The Trust spent £61,400 in 2024/25."),
    (
        "Does the Trust offer staff a cycle-to-work scheme?",
        "Yes, through a salary sacrifice scheme.",
    ),
]


def _export_with_fields_first() -> list:
    head = ["FOI number", "Date received", "Completed", "No.", "Request", "Reply given"]
    rows = [
        ["FOI 7781", "3 March 2025", "27 March 2025", str(n), q, a]
        for n, (q, a) in enumerate(ROWS, 1)
    ]
    return [H("Eskdale Water NHS Trust"), P("Requests closed this week"), T([head, *rows])]


def _export_with_identifier_first() -> list:
    head = ["Request ID", "Question number", "Request details", "Our response"]
    head += ["Received", "Date responded"]
    rows = [
        ["CX-20417", f"Q{n}", q, a, "3 March 2025", "27 March 2025"]
        for n, (q, a) in enumerate(ROWS, 1)
    ]
    return [H("Eskdale Water NHS Trust"), T([head, *rows]), P("Printed from the case log.")]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize(
    ("export", "labels", "reference"),
    [
        (_export_with_fields_first, ["1", "2", "3"], "FOI 7781"),
        (_export_with_identifier_first, ["Q1", "Q2", "Q3"], "CX-20417"),
    ],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_each_row_is_an_item_and_the_repeated_cells_are_the_case(
    fmt, export, labels, reference, model
):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(export(), fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(lab, q, a) for lab, (q, a) in zip(labels, ROWS, strict=True)]
    assert foi.reference == reference
    assert (str(foi.received_date), str(foi.responded_date)) == ("2025-03-03", "2025-03-27")


def test_repeated_fields():
    rows = [
        ["Case", "Opened", "Item", "Text"],
        *(["K-1", "2 May 2025", str(n), "x"] for n in (1, 2)),
    ]
    assert repeated_fields(rows) == ["Case: K-1", "Opened: 2 May 2025"]
    # a table of figures with one column the same on every row has no case fields
    figures = [["Year", "Ward", "Beds"], ["2024", "Ash", "12"], ["2024", "Elm", "14"]]
    assert repeated_fields(figures) == []
