"""A short line in a face of its own closing every answer (since set T):

    2. How many beds were closed in May?        (a labelled question)
    Eleven beds were closed …                   (the answer, plain)
    Taken from: the bed management system.      (a run-in label, in italics)
    3. …

Read by structure, not by the label's word: a run-in field line (a short label before
a short value, parsers.foi.field_lines' grammar) set in a face of its own (italic,
underlined) that the answer's plain text is not, closing each section of the letter's
labelled questions, the same label every time, at least twice, and no other line of
the letter so set with that label. It says where the answer came from, not what it
is: the answer's furniture, taken out of the units. An answer that holds a table is
not read: a line under a table is the table's note, which the answer keeps.
Part of the FOI parser; called by parsers.foi.house_units.
"""

from __future__ import annotations

from parsers.foi.field_lines import field_of
from parsers.foi.units import _label_of, _Unit

MIN_SECTIONS = 2
_FACES = ("italic", "underline")


def _furniture_label(u: _Unit) -> str | None:
    """The label of a run-in field line in a face of its own, else None."""
    if u.table is not None or u.style not in _FACES or _label_of(u.text) is not None:
        return None
    field = field_of(u.text)
    return field[0] if field is not None else None


def _closing_lines(units: list[_Unit], heads: list[int]) -> list[int] | None:
    """The index of the furniture line closing each labelled question's section, or
    None unless every section closes with one of the same label."""
    ends = [*heads[1:], len(units)]
    found: list[int] = []
    labels: set[str] = set()
    for head, end in zip(heads, ends, strict=True):
        body = range(head + 1, end)
        at = next((k for k in body if _furniture_label(units[k]) is not None), None)
        if at is None or at == head + 1:
            return None  # (a section with no answer before the line)
        if any(units[k].table is not None for k in range(head + 1, at)):
            return None  # (a line under a table is the table's note)
        if end != len(units) and at != end - 1:
            return None  # (the line must close its section)
        found.append(at)
        labels.add(_furniture_label(units[at]) or "")
    return found if len(labels) == 1 else None


def answer_furniture_dropped(units: list[_Unit]) -> list[_Unit]:
    """The units without the furniture line closing each answer (see the docstring);
    unchanged unless every labelled question's section closes with one."""
    heads = [k for k, u in enumerate(units) if u.table is None and _label_of(u.text) is not None]
    if len(heads) < MIN_SECTIONS:
        return units
    found = _closing_lines(units, heads)
    if found is None:
        return units
    label = _furniture_label(units[found[0]])
    others = [k for k, u in enumerate(units) if _furniture_label(u) == label and k not in found]
    if others:
        return units
    drop = set(found)
    return [u for k, u in enumerate(units) if k not in drop]
