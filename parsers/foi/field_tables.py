"""A letter's fields (reference, dates) printed in a small table at its top, read as
"name: value" lines for the metadata (parsers.foi.metadata._metadata) (since 0.6.9).

Two shapes are read, by their layout and not by the fields' names:

* column headers over values: a first row of field names (short, no figures) over
  one or two rows of values ("Our reference | Date received | Date responded" over
  "AB123 | 2 May 2024 | 20 May 2024"): each value is its column's field;
* name/value rows: two cells a row, a short name without figures beside its value
  ("Reference | AB123"): each row is one field.

Any other table (a question/answer table, a table of figures) gives no field lines:
a table of values under its headers is read only when it is small enough to be a
form's fields, not a list of answers.
"""

from __future__ import annotations

import re

from parsers.foi.patterns import normalise

MAX_VALUE_ROWS = 2  # a field table carries one row of values (two at most)
MAX_NAME_WORDS = 5
MAX_VALUE_CHARS = 40  # a field's value is a code or a date, not a sentence


def _field_name(cell: str) -> bool:
    """A field's name: a few words, no figures, no sentence's end."""
    t = normalise(cell)
    return (
        bool(t)
        and len(t.split()) <= MAX_NAME_WORDS
        and not re.search(r"\d", t)
        and not t.endswith((".", "?", "!"))
    )


def _value(cell: str) -> bool:
    t = normalise(cell)
    return bool(t) and len(t) <= MAX_VALUE_CHARS


def field_lines(rows: list[list[str]]) -> list[str]:
    """The table's fields as "name: value" lines, or [] when it is not a field table."""
    rows = [[normalise(c) for c in r] for r in rows if any(c.strip() for c in r)]
    if not rows:
        return []
    width = len(rows[0])
    if (
        2 <= len(rows) <= 1 + MAX_VALUE_ROWS
        and width >= 2
        and all(_field_name(c) for c in rows[0])
        and all(len(r) == width for r in rows[1:])
        # values, not another row of names: at least one value carries a figure
        and any(re.search(r"\d", c) for r in rows[1:] for c in r)
    ):
        return [
            f"{name}: {r[j]}" for r in rows[1:] for j, name in enumerate(rows[0]) if _value(r[j])
        ]
    if width == 2 and all(len(r) == 2 and _field_name(r[0]) and _value(r[1]) for r in rows):
        return [f"{name}: {value}" for name, value in rows]
    return []
