"""A response form whose questions all share one cell and whose answers share another
(since set AA's learning): a two-column table of labelled rows (a short label cell on
the left, its value on the right: reference, dates, the request, the reply), where one
value cell holds every question on numbered lines and another every answer on lines
numbered alike:

    | Reference          | AB-1234                                  |
    | What you asked     | 1. How many …?  2. Please send …         |
    | Our reply          | 1. There are 12 …  2. The list is …      |
    | Date of reply      | 2024-05-02                               |

Read by the table's shape, not its row labels: every row two cells, the label cells
short; value cells split into items numbered 1 … N (or lettered) in turn at the start
of their lines (parsers.foi.cells; inline where a PDF cell's line breaks were lost),
N ≥ 2; the one such cell whose items mostly ask holds the questions, the one other
cell numbered exactly as they are holds the answers. The answer numbered k is
question k's; the row labels are in no item (the reference and dates rows are read as
fields by parsers.foi.field_tables). Part of the FOI parser, tried by
parsers.foi.qa_tables with its other table readers, before a disclosure-log form's one
request and one answer.
"""

from __future__ import annotations

from parsers.extract.model import Table
from parsers.foi.cells import CellItem, cell_items
from parsers.foi.contents_list import _asking
from parsers.foi.patterns import normalise
from parsers.foi.segment_items import _Q
from parsers.foi.units import _Unit

# a row label is a few words; a longer left cell is content, and no labelled-row form
MAX_LABEL_WORDS = 6


def _numbered_cells(table: Table) -> list[list[CellItem]]:
    """The value cells split into items numbered 1 … N (or lettered a …), N ≥ 2, in
    row order."""
    out: list[list[CellItem]] = []
    for ri, row in enumerate(table.rows):
        lines = table.cell_lines[ri][1] if table.cell_lines and ri < len(table.cell_lines) else None
        items = cell_items(row[1], lines or None)
        if len(items) >= 2 and all(it.label for it in items):
            out.append(items)  # (cells.cell_items numbers them in turn or not at all)
    return out


def _mostly_asking(items: list[CellItem]) -> bool:
    return 2 * sum(_asking(normalise(it.text)) for it in items) > len(items)


def _labelled_rows(table: Table) -> bool:
    """Every row two cells, the left one a short label."""
    return table.n_cols == 2 and all(
        len(row) == 2 and 1 <= len(row[0].split()) <= MAX_LABEL_WORDS for row in table.rows
    )


def form_cell_pairs(table: Table) -> list[tuple[str, str, str]] | None:
    """(label, question, answer) of a labelled-row form whose questions share one
    value cell and whose answers another, numbered alike; else None."""
    if not _labelled_rows(table):
        return None
    cells = _numbered_cells(table)
    asking = [c for c in cells if _mostly_asking(c)]
    if len(asking) != 1:
        return None  # (a request printed twice, or none: no request and reply)
    questions = asking[0]
    labels = [q.label for q in questions]
    replies = [c for c in cells if c is not questions and [a.label for a in c] == labels]
    if len(replies) != 1:
        return None  # (no cell, or several, numbered as the questions are)
    answers = replies[0]
    return [
        (q.label or "", normalise(q.text), normalise(a.text))
        for q, a in zip(questions, answers, strict=True)
    ]


def numbered_form_items(units: list[_Unit]) -> tuple[list[_Q], set[int]] | None:
    """Items of the first labelled-row form whose numbered questions and answers
    share a cell each, with the table's index; else None."""
    for u in units:
        if u.table is None or u.table_index is None:
            continue
        pairs = form_cell_pairs(u.table)
        if pairs is None:
            continue
        qs = [
            _Q(label=label, heading=None, parts=[q], answer=[a] if a else [], answered=True)
            for label, q, a in pairs
        ]
        return qs, {u.table_index}
    return None
