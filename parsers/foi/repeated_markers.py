"""A short line standing straight after every labelled question is the house's answer
marker, whatever its words (since set T): "2. How many …?", then "Further reply" (or
"What we found", "Updated position") on a line of its own, then the answer.

Read by structure, as parsers.foi.numbered_subjects reads the reply line under a
numbered subject: every labelled question of the letter (at least two) is followed
directly by a short line (a few words, no sentence's end, no label, no value run in
after a colon, no field asked and answered) and the lines are
the same words every time. The line is rewritten as the marker the segmenter knows
("Answer:"), so it is in no answer. Part of the FOI parser; called by
parsers.foi.house_units.
"""

from __future__ import annotations

from parsers.foi.markers import answer_marker
from parsers.foi.numbered_subjects import _answer_line
from parsers.foi.units import _label_of, _Unit

MIN_SECTIONS = 2


def repeated_marker_units(units: list[_Unit]) -> list[_Unit]:
    """The units with the line repeated after every labelled question rewritten as
    "Answer:"; unchanged unless every labelled question has it."""
    heads = [k for k, u in enumerate(units) if u.table is None and _label_of(u.text) is not None]
    if len(heads) < MIN_SECTIONS or heads[-1] + 1 >= len(units):
        return units
    if any(":" in units[k + 1].text.rstrip(": ") for k in heads):
        return units  # (a run-in field, "Held: Yes", is a value, not a marker)
    if any("?" in units[k + 1].text for k in heads):
        return units  # (a form's field asked and answered, "Held by us? Yes", neither)
    spans = [(k + 1, k + 2) for k in heads]
    line = _answer_line(units, spans)
    if line is None or answer_marker(units[heads[0] + 1].text) is not None:
        return units  # (none, or one the grammar reads already)
    marks = {k + 1 for k in heads}
    return [
        _Unit("Answer:", u.style, lines=["Answer:"], page=u.page) if k in marks else u
        for k, u in enumerate(units)
    ]
