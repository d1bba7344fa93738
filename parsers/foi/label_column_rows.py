"""Question/answer tables whose rows take turns under a column of label cells (since
set U's learning): a two-column table with no heading row, a short label cell on the
left of every row, the question and its answer each a row of their own:

    | Enquiry 1   | How many porters does the Trust employ?        |
    | Reply 1     | The Trust employs 46 porters.                  |
    | Enquiry 2   | Please send the portering rota.                |
    | Reply 2     | The rota is attached.                          |

Read by the table's shape, not its words: the label cells, their numbers set aside,
are two short stems taking turns row after row ("enquiry #", "reply #"; the answer
stem may carry no number, "Our reply"), the first stem's rows ask (a question or a
request, most of them) and the numbers, where the stems carry them, count 1, 2, 3 in
turn. The first row of each pair is the question (a letter asks before it answers),
its label cell's number the item's label; the label cells are in no item. Part of
the FOI parser, tried by parsers.foi.qa_tables with its other table readers.

A response form prints its own fields in the same two columns, before the turns and
after them (since set AG's learning: "Our reference | AB/123", "Received | 2 May
2024" above, "Approved by | A. Name, Officer" below): rows of a short name beside a
short value that asks nothing are the form's fields, in no item, when the rows between
them take turns as above (the letter's reference and dates are read from them by
parsers.foi.field_tables).
"""

from __future__ import annotations

import re

from parsers.extract.model import Table
from parsers.foi.coded_rows import items_of_tables
from parsers.foi.line_kinds import _question_like, _request_like
from parsers.foi.merged_numbers import fold_number_column
from parsers.foi.patterns import normalise
from parsers.foi.segment_items import _Q
from parsers.foi.units import _label_of, _Unit

MAX_LABEL_WORDS = 4  # a label cell, not prose: "Request 3", "Our reply"
MIN_PAIRS = 2  # one pair is parsers.foi.house_units.question_table_units' two-row table
MAX_FIELD_ROWS = 6  # a form's own fields around the turns: reference, dates, officer
MAX_FIELD_CHARS = 80  # a field's value: a code, a date, a name and role
_RE_NUMBER = re.compile(r"\d{1,2}[a-z]?\b")


def _stem(cell: str) -> str:
    """A label cell with its number set aside ("Request 3" → "request #")."""
    return _RE_NUMBER.sub("#", cell.lower())


def _numbers(cells: list[str]) -> list[str] | None:
    """The numbers the cells carry, when each carries one and they count on by one in
    turn (1, 2, 3 …; or 5, 6, 7 … in a second table going on from a first); None when
    none carries one; [] when they are numbered otherwise."""
    found = [_RE_NUMBER.search(c) for c in cells]
    if not any(found):
        return None
    if not all(found):
        return []
    keys = [m.group(0) for m in found]
    counts = [int(re.match(r"\d+", key).group(0)) for key in keys]
    return keys if counts == list(range(counts[0], counts[0] + len(counts))) else []


def _label(cell: str, question: str, number: str | None) -> str | None:
    """The item's label: the label cell read before its question, as a label standing
    there would be ("Request 3" → "3", "Q3" → "Q3"), else the cell's number."""
    lab = _label_of(f"{cell} {question}")
    return lab.key if lab is not None else number


def label_column_pairs(table: Table) -> list[tuple[str | None, str, str]] | None:
    """(label, question, answer) for each pair of rows, when the table's rows take
    turns under label cells as the module's docstring says (a form's field rows
    around them set aside); else None."""
    rows = [[normalise(c) for c in r] for r in table.rows]
    if table.n_cols == 3:
        return _merged_number_pairs(rows)
    if table.n_cols != 2:
        return None
    # the longest run of rows taking turns, the rows around it the form's fields
    smallest = max(2 * MIN_PAIRS, len(rows) - MAX_FIELD_ROWS)
    for size in range(len(rows) - len(rows) % 2, smallest - 1, -2):
        for start in range(0, len(rows) - size + 1):
            end = start + size
            if not all(_field_row(r) for r in rows[:start] + rows[end:]):
                continue
            pairs = _turn_pairs(rows[start:end])
            if pairs is not None:
                return pairs
    return None


def _merged_number_pairs(rows: list[list[str]]) -> list[tuple[str | None, str, str]] | None:
    """The pairs of a table whose number cell is merged down over each pair's two rows
    (parsers.foi.merged_numbers), each labelled by its merged number."""
    folded = fold_number_column(rows)
    if folded is None:
        return None
    two_columns, numbers = folded
    pairs = _turn_pairs(two_columns)
    if pairs is None or len(pairs) != len(numbers):
        return None
    return [(_number_label(n), q, a) for n, (_, q, a) in zip(numbers, pairs, strict=True)]


def _number_label(cell: str) -> str:
    """A merged number cell as a label ("1." → "1", "Q1" → "Q1")."""
    lab = _label_of(f"{cell} x")
    return lab.key if lab is not None else cell.rstrip(".):")


def _field_row(row: list[str]) -> bool:
    """A form's own field: a short name beside a short value that asks nothing."""
    if len(row) != 2 or not row[0] or len(row[0].split()) > MAX_LABEL_WORDS:
        return False
    return len(row[1]) <= MAX_FIELD_CHARS and not _question_like(row[1])


def _turn_pairs(rows: list[list[str]]) -> list[tuple[str | None, str, str]] | None:
    """(label, question, answer) of rows that all take turns under label cells."""
    if len(rows) < 2 * MIN_PAIRS or len(rows) % 2:
        return None
    if any(len(r) != 2 or not all(r) or len(r[0].split()) > MAX_LABEL_WORDS for r in rows):
        return None
    asks, replies = rows[::2], rows[1::2]
    ask_stems = {_stem(r[0]) for r in asks}
    reply_stems = {_stem(r[0]) for r in replies}
    if len(ask_stems) != 1 or len(reply_stems) != 1 or ask_stems == reply_stems:
        return None
    ask_numbers, reply_numbers = _numbers([r[0] for r in asks]), _numbers([r[0] for r in replies])
    if ask_numbers == [] or reply_numbers == []:
        return None  # numbered, but not in turn: a table of data, not of questions
    asking = sum(_question_like(r[1]) or _request_like(r[1]) for r in asks)
    if asking * 2 < len(asks) or any(_question_like(r[1]) for r in replies):
        return None
    numbers = ask_numbers or reply_numbers or [None] * len(asks)
    return [
        (_label(q[0], q[1], n), _question_text(q[1]), a[1])
        for q, a, n in zip(asks, replies, numbers, strict=True)
    ]


def _question_text(cell: str) -> str:
    # (a question cell numbered again in itself: "1. How many …" → "How many …")
    lab = _label_of(cell)
    return lab.rest if lab is not None and lab.rest else cell


def _label_column_items(table: Table) -> list[_Q] | None:
    pairs = label_column_pairs(table)
    if pairs is None:
        return None
    return [
        _Q(label=label, heading=None, parts=[question], answer=[answer], answered=True)
        for label, question, answer in pairs
    ]


def label_column_items(units: list[_Unit]) -> tuple[list[_Q], set[int]] | None:
    """Items of every table read so in the letter (and the tables used), else None."""
    return items_of_tables(units, _label_column_items)
