"""Questions answered together in one table, a column per question (since 0.7.1).

A letter lists the requested items up front ("1. The supplier …", "2. The date the
contract started …") and answers them all in one table whose heading cells carry
the items' own labels ("1. Supplier | 2. Start date | …"), the answers in the row
(or rows) beneath. The segmenter gives every item the whole table as its answer;
each item's answer is its own column: the cell beneath its label ("an item answered
in one cell of a shared table row is that cell"), the cells of the column joined
when there are several rows. Text the items shared before the table ("Our
response:") is the letter's general answer.

Read by structure: a table shared by two or more labelled items, every heading cell
opening with a label, the labels those items'. Part of the FOI parser
(parsers.foi.parse).
"""

from __future__ import annotations

from parsers.extract.model import Table
from parsers.foi.patterns import normalise
from parsers.foi.segment_items import _Q
from parsers.foi.units import _label_of

MIN_ITEMS = 2


def _key(label: str) -> str:
    return label.lower().lstrip("q")


def column_keys(table: Table) -> list[str] | None:
    """The labels the heading cells open with, in order ("1. Supplier" → "1"), or
    None when a heading cell has none, or the labels repeat."""
    if len(table.rows) < 2:
        return None
    keys: list[str] = []
    for cell in table.rows[0]:
        lab = _label_of(normalise(cell))
        if lab is None:
            return None
        keys.append(_key(lab.key))
    return keys if len(set(keys)) == len(keys) else None


def column_answers(qs: list[_Q], tables: list[Table], general: list[str]) -> list[_Q]:
    """The items sharing a table of labelled columns each answered by its column;
    the text they shared before it is added to `general`. Other items as they were."""
    for t in {t for q in qs for t in q.tables}:
        sharing = [q for q in qs if t in q.tables and q.label]
        if len(sharing) < MIN_ITEMS or not 0 <= t < len(tables):
            continue
        keys = column_keys(tables[t])
        if keys is None or not all(_key(q.label) in keys for q in sharing):
            continue
        # (one answer for all of them, the table its part: not answers of their own)
        shared = {normalise(" ".join(q.answer)) for q in sharing}
        if len(shared) != 1:
            continue
        general += [s for s in shared if s]
        for q in sharing:
            col = keys.index(_key(q.label))
            cells = [normalise(r[col]) for r in tables[t].rows[1:] if col < len(r)]
            q.answer = [c for c in cells if c]
            q.tables = [x for x in q.tables if x != t]
    return qs
