"""The exemptions a letter applies when none of its question/answer pairs was read
(issue #13, learned from held-out set U's first sight): exemptions are tied to the
answers that cite them, so a letter whose answers stand where no reader finds them
(a table of a shape not read yet, lines taken for form fields) lost its sections
too, though its body still cites them ("… withheld under section 43(2)").

When nothing was paired and the loose text cited nothing, the sections are read
from the letter's units: its paragraphs and its tables' cells (a cell may be a whole
answer), less the requester's wording, the sign-off and a first refusal the letter
tells was overturned (parsers.foi.set_aside). Only the sections cited as applied
count (parsers.foi.classify.find_exemptions: "withheld under section 43(2)", not the
review's "section 45 of the Act"). Part of the FOI parser (parsers.foi.parse)."""

from __future__ import annotations

from parsers.foi.classify import find_exemptions
from parsers.foi.line_kinds import _is_signoff, _request_like
from parsers.foi.set_aside import refusal_set_aside, without_recounted_refusals
from parsers.foi.units import _Unit


def _texts(unit: _Unit) -> list[str]:
    """A unit's text, or each cell of its table (a cell may be a whole answer)."""
    if unit.table is None:
        return [unit.text]
    return [cell for row in unit.table.rows for cell in row]


def unread_exemptions(units: list[_Unit]) -> list[tuple[str, str]]:
    """(law, section) pairs the letter's units cite as applied, in order."""
    found: list[tuple[str, str]] = []
    # (not a first refusal's sections the letter tells were overturned: parsers.foi.set_aside)
    set_aside = refusal_set_aside([u.text for u in units if u.table is None])
    for unit in units:
        for text in _texts(unit):
            if not text or _is_signoff(text) or _request_like(text):
                continue
            if set_aside:
                text = without_recounted_refusals(text)
            for pair in find_exemptions(text):
                if pair not in found:
                    found.append(pair)
    return found
