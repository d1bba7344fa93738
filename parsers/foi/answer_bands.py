"""Answer bands: a numbered request table whose every request row (a number cell, the
request beside it) is followed by a row merged across the table's whole width that
holds the request's answer.

Merged rows mean different things in different tables, and the rows around them say
which: a band over an answer row whose left cell repeats one short label is a question
(parsers.foi.banded_tables); here the band comes after a row that is already the
question (it carries the question's number and asks), it does not ask itself, and every
request row has exactly one such band under it, so each band is its row's answer.
Extraction prints a merged cell as its text followed by empty cells (DOCX gridSpan,
HTML colspan, a PDF cell drawn across the table: parsers.extract), or as the same text
repeated in every cell it covers; both read as a band. Part of the FOI parser
(parsers.foi.parse), tried by parsers.foi.qa_tables beside the banded reading.
"""

from __future__ import annotations

from parsers.extract.model import Table
from parsers.foi.cells import number_cell_label
from parsers.foi.coded_rows import items_of_tables
from parsers.foi.line_kinds import _question_like, _request_like
from parsers.foi.patterns import normalise
from parsers.foi.segment_items import _Q
from parsers.foi.units import _Unit


def _band(row: list[str]) -> str | None:
    """The text of a row merged across the table: its first cell alone filled, or one
    text repeated in every cell."""
    cells = [normalise(c) for c in row]
    if len(cells) < 2 or not cells[0]:
        return None
    if not any(cells[1:]) or all(c == cells[0] for c in cells[1:]):
        return cells[0]
    return None


def _request_row(row: list[str]) -> tuple[str, str] | None:
    """(label, request) of a row whose first cell is a question number and whose
    second holds the request."""
    cells = [normalise(c) for c in row]
    if len(cells) != 2 or not all(cells) or cells[0] == cells[1]:
        return None
    label = number_cell_label(cells[0])
    # a number cell is short and carries a digit ("3", "Q3", "3."), never prose
    if label is None or len(cells[0].split()) > 2 or not any(ch.isdigit() for ch in cells[0]):
        return None
    return label, cells[1]


def answer_band_triples(table: Table) -> list[tuple[str, str, str]] | None:
    """(label, request, answer) for each request row and the band under it, when the
    whole table (after an optional heading row) alternates so; else None."""
    if table.n_cols != 2:
        return None
    rows = table.rows
    if rows and _request_row(rows[0]) is None and _band(rows[0]) is None:
        rows = rows[1:]  # a heading row ("No. | Request")
    if len(rows) < 4 or len(rows) % 2:
        return None
    triples: list[tuple[str, str, str]] = []
    for ask_row, band_row in zip(rows[::2], rows[1::2], strict=True):
        ask, answer = _request_row(ask_row), _band(band_row)
        if ask is None or answer is None or _question_like(answer):
            return None  # a band that asks is a question over its row (banded tables)
        triples.append((ask[0], ask[1], answer))
    labels = [t[0] for t in triples]
    asking = sum(_question_like(q) or _request_like(q) for _, q, _ in triples)
    # numbers that key the rows one by one, and rows that ask: a request table
    if len(set(labels)) != len(labels) or asking * 2 < len(triples):
        return None
    return triples


def _answer_band_items(table: Table) -> list[_Q] | None:
    triples = answer_band_triples(table)
    if triples is None:
        return None
    return [
        _Q(label=label, heading=None, parts=[request], answer=[answer], answered=True)
        for label, request, answer in triples
    ]


def answer_band_items(units: list[_Unit]) -> tuple[list[_Q], set[int]] | None:
    """Items of every answer-band table in the letter (and the tables used), else None."""
    return items_of_tables(units, _answer_band_items)
