"""Banded question/answer tables: one table whose questions stand in rows merged
across the table's whole width (a shaded band), each answered in the ordinary row
below it, whose left cell is a short label repeated row after row ("Reply",
"Our answer") and whose right cell is the answer.

The structure, not the wording, says which row is which: extraction prints a merged
cell as its text followed by empty cells for the columns it covers (DOCX gridSpan,
HTML colspan, a PDF cell drawn across both columns: parsers.extract), so a band is a
row whose first cell alone holds text, and an answer row is a row whose cells are all
filled. A table read this way alternates band, answer row, band, answer row. Part of
the FOI parser (parsers.foi.parse), tried by parsers.foi.qa_tables before its header
and margin readings.
"""

from __future__ import annotations

from parsers.extract.model import Table
from parsers.foi.coded_rows import items_of_tables, pair_item
from parsers.foi.patterns import normalise
from parsers.foi.segment_items import _Q
from parsers.foi.units import _Unit

# the left cell of an answer row is a label, not prose: a few words at most
_LABEL_WORDS = 4


def _band(row: list[str]) -> str | None:
    """The text of a row merged across the table (its first cell alone filled)."""
    cells = [normalise(c) for c in row]
    if len(cells) < 2 or not cells[0] or any(cells[1:]):
        return None
    return cells[0]


def _answer_row(row: list[str]) -> tuple[str, str] | None:
    """(label cell, answer cell) of an ordinary two-cell row under a band."""
    cells = [normalise(c) for c in row]
    if len(cells) != 2 or not all(cells):
        return None
    return cells[0], cells[1]


def banded_pairs(table: Table) -> list[tuple[str, str]] | None:
    """(question, answer) for each band and the answer row under it, when the whole
    table alternates so and its answer rows' left cells are one repeated short label;
    else None."""
    if table.n_cols != 2 or len(table.rows) < 4 or len(table.rows) % 2:
        return None
    pairs: list[tuple[str, str]] = []
    labels: set[str] = set()
    for band_row, answer_row in zip(table.rows[::2], table.rows[1::2], strict=True):
        question, reply = _band(band_row), _answer_row(answer_row)
        if question is None or reply is None:
            return None
        label, answer = reply
        if len(label.split()) > _LABEL_WORDS:
            return None
        labels.add(label.lower())
        pairs.append((question, answer))
    # the repeated label cell is what makes the rows a form, not data
    return pairs if len(labels) == 1 else None


def _banded_table_items(table: Table) -> list[_Q] | None:
    pairs = banded_pairs(table)
    return None if pairs is None else [pair_item(q, a) for q, a in pairs]


def banded_items(units: list[_Unit]) -> tuple[list[_Q], set[int]] | None:
    """Items of every banded question/answer table in the letter (and the tables
    used), else None."""
    return items_of_tables(units, _banded_table_items)
