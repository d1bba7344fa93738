"""One table answering every question a row, figures across its columns (since set
U's learning): the questions down the first column, a column per period or place
(its head in the heading row), each question's figures across its row:

    | Your question                         | 2019 | 2020 | 2021 |
    | 1. How many falls were reported?      | 310  | 295  | 342  |
    | 2. How many pressure ulcers …?        | 88   | 91   | 77   |

A question's answer is the table's column heads over its row's figures, two lines
("2019 | 2020 | 2021" over "310 | 295 | 342"); the question's own cell and the first
column's head are in neither. Read by the table's shape, not its words: a heading row
of short heads, at least two figure columns, every body row's first cell asking (a
question, a request, or a label over one) and every other cell a short value,
most of them figures. A question/answer table with a "Response" column has one
answer column of any text and is read by parsers.foi.qa_tables before this. Part of
the FOI parser, tried by parsers.foi.qa_tables with its other table readers.
"""

from __future__ import annotations

import re

from parsers.extract.model import Table
from parsers.foi.coded_rows import items_of_tables
from parsers.foi.line_kinds import _question_like, _request_like
from parsers.foi.patterns import normalise
from parsers.foi.segment_items import _Q
from parsers.foi.units import _label_of, _Unit

MIN_FIGURE_COLUMNS = 2  # a grid; one answer column is a plain question/answer table
MIN_ROWS = 2
MAX_VALUE_WORDS = 4  # "£6.41m", "1,284", "Not held", "12 (4%)"
_RE_FIGURE = re.compile(r"\d")


def _asks(cell: str) -> bool:
    lab = _label_of(cell)
    text = lab.rest if lab is not None else cell
    return _question_like(text) or _request_like(text)


def _short(cell: str) -> bool:
    return bool(cell) and len(cell.split()) <= MAX_VALUE_WORDS


def figure_grid_rows(table: Table) -> tuple[list[str], list[list[str]]] | None:
    """(the figure columns' heads, the body rows) of a table read as the module's
    docstring says, else None."""
    rows = [[normalise(c) for c in r] for r in table.rows]
    width = table.n_cols
    if width < 1 + MIN_FIGURE_COLUMNS or len(rows) < 1 + MIN_ROWS:
        return None
    if any(len(r) != width for r in rows):
        return None
    heads, body = rows[0][1:], rows[1:]
    if not all(_short(h) for h in heads) or _asks(rows[0][0]):
        return None
    if not all(_asks(r[0]) for r in body):
        return None
    values = [c for r in body for c in r[1:]]
    if not all(_short(c) for c in values):
        return None
    if sum(bool(_RE_FIGURE.search(c)) for c in values) * 2 <= len(values):
        return None
    return heads, body


def _figure_grid_items(table: Table) -> list[_Q] | None:
    found = figure_grid_rows(table)
    if found is None:
        return None
    heads, body = found
    items = []
    for row in body:
        lab = _label_of(row[0])
        question = lab.rest if lab is not None else row[0]
        answer = " | ".join(heads) + "\n" + " | ".join(row[1:])
        label = lab.key if lab is not None else None
        items.append(
            _Q(label=label, heading=None, parts=[question], answer=[answer], answered=True)
        )
    return items


def figure_grid_items(units: list[_Unit]) -> tuple[list[_Q], set[int]] | None:
    """Items of every table read so in the letter (and the tables used), else None."""
    return items_of_tables(units, _figure_grid_items)
