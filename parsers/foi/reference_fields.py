"""A reference printed as a term over its definition (issue #13, learned from held-out
set AB's disclosure-log page): the label alone on its line ("Reference", "Our ref:")
and the code alone on the next ("IR-2024-9142"), as a web page's definition list
(<dl>: <dt> over <dd>) or a word processor's bold term over its value prints a
field. The two lines are one field, "Reference: IR-2024-9142", and the metadata
(parsers.foi.metadata) reads it as it reads the field on one line.

The label is read by the metadata's own reference labels (parsers.foi.meta_patterns),
so a term names a reference exactly where the same words before a code on one line
would; the value must be a code and nothing else (a figure among capitals and
joiners, no sentence). Only on the letterhead, where a letter's fields stand, as a
date's label over its date is joined there (parsers.foi.date_fields, whose bare label
and join this module shares).
"""

from __future__ import annotations

import re

from parsers.foi.date_fields import _RE_BARE_LABEL, _RE_DATE_ALONE, join_term_over_value
from parsers.foi.meta_patterns import _RE_REF_LABELLED
from parsers.foi.units import _Unit

# a definition that is a code alone: one to three tokens of capitals, figures and
# joiners, with a figure among them
_RE_CODE_ALONE = re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9/_.#:\-]*(?:\s[A-Z0-9/_.#:\-]+){0,2}$")
MAX_CODE_CHARS = 40


def reference_field(term: str, value: str) -> str | None:
    """The field "term: value" when the term is wholly a reference label and the value
    a code alone (not a date), else None."""
    v = value.strip()
    if (
        len(v) > MAX_CODE_CHARS
        or not _RE_BARE_LABEL.match(term.strip())
        or not _RE_CODE_ALONE.match(v)
    ):
        return None
    if _RE_DATE_ALONE.match(v):
        return None
    name = term.strip().rstrip(":-– ").strip()
    joined = f"{name}: {v}"
    m = _RE_REF_LABELLED.match(joined)
    # (the label's words end where the value begins: "Reference number" over a code is
    # a field; "Details of the case" over one is not named by a label of its own)
    if m is None or m.start(1) != len(name) + 2:
        return None
    return joined


def join_split_references(units: list[_Unit]) -> list[_Unit]:
    """`units` with each reference term standing alone over its code, on the
    letterhead, joined to it (parsers.foi.date_fields.join_term_over_value)."""
    return join_term_over_value(units, reference_field)
