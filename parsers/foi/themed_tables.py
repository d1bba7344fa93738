"""Question/answer tables divided by theme rows (since set R): a two-column table of
questions (left) and answers (right), a row a question, grouped under short rows
merged across the table's width (a shaded "Estates" over the estates questions):

    | Your question                  | Our answer               |   (an optional header)
    | Estates                                                   |   (a theme row)
    | 1. How many car parks …?       | There are four …         |
    | Clinical                                                  |
    | 2. Please send the policy …    | It is on our website …   |

A theme row belongs to no item: it is neither a question nor part of the answer
above it. Read by the table's shape, not its words: extraction prints a merged row
as its first cell alone filled (parsers.foi.banded_tables); here every other row has
both cells filled and its left cell asks (a question or a request), and the merged
rows are short and ask nothing. That is what tells this table from a banded one
(parsers.foi.banded_tables), whose merged rows are the questions and whose other
rows' left cells are a short repeated label. Part of the FOI parser, tried by
parsers.foi.qa_tables after the banded reading.
"""

from __future__ import annotations

from parsers.extract.model import Table
from parsers.foi.coded_rows import items_of_tables, pair_item
from parsers.foi.line_kinds import _request_like
from parsers.foi.patterns import normalise
from parsers.foi.segment_items import _Q
from parsers.foi.units import _label_of, _Unit

MAX_THEME_WORDS = 6
MAX_HEADER_WORDS = 5
MIN_ROWS = 2


def _asks(text: str) -> bool:
    return text.rstrip().endswith("?") or _request_like(text)


def _question_text(cell: str) -> str:
    lab = _label_of(cell)
    return lab.rest if lab is not None else cell


def _theme(cells: list[str]) -> bool:
    """A row merged across the table (its first cell alone filled), short, asking nothing."""
    first = cells[0]
    return (
        bool(first)
        and not any(cells[1:])
        and len(first.split()) <= MAX_THEME_WORDS
        and not first.endswith("?")
    )


def _header(cells: list[str]) -> bool:
    """A first row of short column names, neither asking."""
    return all(c and len(c.split()) <= MAX_HEADER_WORDS and not _asks(c) for c in cells)


def themed_pairs(table: Table) -> list[tuple[str, str]] | None:
    """(question cell, answer cell) for each question row of a table divided by theme
    rows (see the docstring), else None."""
    if table.n_cols != 2:
        return None
    rows = [[normalise(c) for c in r] for r in table.rows]
    if rows and _header(rows[0]):
        rows = rows[1:]
    pairs: list[tuple[str, str]] = []
    themes = 0
    for k, cells in enumerate(rows):
        if len(cells) != 2:
            return None
        if _theme(cells):
            # a theme row heads the question rows after it
            if k + 1 >= len(rows) or _theme(rows[k + 1]):
                return None
            themes += 1
        elif all(cells):
            pairs.append((cells[0], cells[1]))
        else:
            return None
    if not themes or len(pairs) < MIN_ROWS:
        return None
    if 2 * sum(_asks(_question_text(q)) for q, _ in pairs) <= len(pairs):
        return None
    return pairs


def _themed_table_items(table: Table) -> list[_Q] | None:
    pairs = themed_pairs(table)
    return None if pairs is None else [pair_item(q, a) for q, a in pairs]


def themed_items(units: list[_Unit]) -> tuple[list[_Q], set[int]] | None:
    """Items of every question/answer table divided by theme rows in the letter (and
    the tables used), else None."""
    return items_of_tables(units, _themed_table_items)
