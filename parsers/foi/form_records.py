"""An online request form's record printed as a field table above the trust's reply
(since set AF): "Form reference | 4471-B2", "Submitted | …", "Your request | 1. How
many … 2. What …". The request field's cell holds the numbered questions, which the
reply answers by number beneath; a table's cell is no question, so they were lost and
the answers read as questions.

Read by shape: a two-column table of at least three rows, every left cell a short
field name; one field named as a request ("Your request", "Request details"), its
cell numbered 1, 2, 3 … in turn (on lines of their own or run on, as a PDF cell
reads). Its name and numbered questions are set out as units after the table, as a
form printed as field lines reads. Part of the FOI parser; called by
parsers.foi.units.
"""

from __future__ import annotations

import re
from itertools import pairwise

from parsers.extract.model import Table
from parsers.foi.markers import _RE_REQUEST_COLUMN
from parsers.foi.patterns import normalise

MIN_FIELDS = 3
MAX_NAME_WORDS = 5
# a question's number opening the cell or a sentence in it ("1. ", "2) ")
_NUMBER = re.compile(r"(?:^|(?<=[.?!]\s))(\d{1,2})[.)]\s")


def numbered_requests(cell: str) -> list[str] | None:
    """The cell's numbered requests, 1 to n in turn (two at least), each with its
    label ("1. How many …"); None unless the cell opens with "1"."""
    picked: list[re.Match[str]] = []
    for m in _NUMBER.finditer(cell):
        if int(m.group(1)) == len(picked) + 1:
            picked.append(m)
    if len(picked) < 2 or picked[0].start() != 0:
        return None
    starts = [m.start() for m in picked] + [len(cell)]
    return [normalise(cell[a:b]) for a, b in pairwise(starts)]


def _field_name(cell: str) -> bool:
    words = normalise(cell).split()
    return 0 < len(words) <= MAX_NAME_WORDS and "?" not in cell


def form_request(table: Table) -> tuple[str, list[str]] | None:
    """(the request field's name, its numbered questions) of a form's field table."""
    rows = table.rows
    if table.n_cols != 2 or len(rows) < MIN_FIELDS:
        return None
    if not all(len(r) == 2 and _field_name(r[0]) for r in rows):
        return None
    for name, value in rows:
        if _RE_REQUEST_COLUMN.match(normalise(name)):
            asked = numbered_requests(value.strip())
            if asked:
                return normalise(name), asked
    return None
