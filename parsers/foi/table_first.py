"""Answers that open with a table straight under their question (since set T):

    2. How many beds were closed, by ward?      (a labelled question)
    | Ward | Beds |  … | Total | 11 |           (the answer's table, first)
    Beds closed for cleaning are not counted.   (a short note under it)
    3. …

Read by structure: every labelled question of the letter (at least two) has a table
straight under it and then one or two paragraphs before the next question. The table
is then the answer's opening, not an exhibit beside its text: its rows (cells joined
by " | ") are set before the note as a paragraph of their own, and the table itself is
kept, so the item still holds it. A table after an answer's text is left alone (it
stays the answer's exhibit). Part of the FOI parser; called by
parsers.foi.house_units.
"""

from __future__ import annotations

from itertools import pairwise

from parsers.foi.units import _label_of, _Unit

MIN_SECTIONS = 2
MAX_NOTES = 2


def table_rows_text(u: _Unit) -> str:
    """A table's rows as one paragraph: cells joined by " | ", a row after a row."""
    rows = u.table.rows if u.table is not None else []
    return " ".join(" | ".join(" ".join(c.split()) for c in row) for row in rows)


def _question(u: _Unit) -> bool:
    return u.table is None and _label_of(u.text) is not None


def table_first_units(units: list[_Unit]) -> list[_Unit]:
    """The units with each opening table's rows set before its note (see the
    docstring); unchanged unless every labelled question opens its answer so."""
    heads = [k for k, u in enumerate(units) if _question(u)]
    if len(heads) < MIN_SECTIONS:
        return units
    for head, nxt in pairwise(heads):
        notes = units[head + 2 : nxt]
        if head + 1 >= nxt or units[head + 1].table is None:
            return units
        if not 1 <= len(notes) <= MAX_NOTES or any(n.table is not None for n in notes):
            return units
    last = heads[-1]
    if last + 1 >= len(units) or units[last + 1].table is None:
        return units
    out: list[_Unit] = []
    for k, u in enumerate(units):
        if k - 1 in heads and u.table is not None:
            text = table_rows_text(u)
            out.append(_Unit(text, None, lines=[text], page=u.page))
        out.append(u)
    return out
