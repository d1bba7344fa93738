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

One more shape dates the receipt (since set AC's learning): a log of the requests a
reply answers (a round-robin's "Request | Received" over one row per requester), a
column whose name reads as a received-date label over a date in every row. The
request first reached the trust on the earliest of them (`first_received`).

And one more gives the fields of an export (since set AE's learning): a case system's
export prints one table row a question, the case's own fields repeated on every row
("Case ref | Received | Closed | Q | Question | Response"). A column under a field's
name that holds one value on every row, in a table with at least two such columns,
is the case's field (`repeated_fields`): a row's own value (its question, its answer)
changes from row to row.
"""

from __future__ import annotations

import re

from parsers.dates import parse_date
from parsers.foi.meta_patterns import _RE_RECEIVED
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


MIN_REPEATED_COLUMNS = 2  # a case's fields: its reference and a date at least


def repeated_fields(rows: list[list[str]]) -> list[str]:
    """The fields of an export table, a column repeating one value on every row (see
    the docstring), as "name: value" lines; [] for any other table."""
    rows = [[normalise(c) for c in r] for r in rows if any(c.strip() for c in r)]
    if len(rows) < 3:
        return []
    lines = []
    for j, name in enumerate(rows[0]):
        cells = {r[j] if j < len(r) else "" for r in rows[1:]}
        value = next(iter(cells))
        if len(cells) == 1 and _field_name(name) and _value(value) and re.search(r"\d", value):
            lines.append(f"{name}: {value}")
    return lines if len(lines) >= MIN_REPEATED_COLUMNS else []


def first_received(rows: list[list[str]]) -> str | None:
    """The earliest date of a column of received dates under its name (see the
    docstring), as a "Received: <date>" line, or None."""
    rows = [[normalise(c) for c in r] for r in rows if any(c.strip() for c in r)]
    if len(rows) < 2 or not all(_field_name(c) for c in rows[0]):
        return None
    for j, name in enumerate(rows[0]):
        cells = [r[j] for r in rows[1:] if j < len(r)]
        if len(cells) != len(rows) - 1:
            continue
        # (the name and each value read together as a received-date label: "Received: …")
        if not all(_RE_RECEIVED.fullmatch(f"{name}: {c}".rstrip(".")) for c in cells):
            continue
        days = [(d, c) for c in cells if (d := parse_date(c)) is not None]
        if len(days) == len(cells):
            return f"Received: {min(days)[1]}"
    return None
