"""A note on the redactions after the last answer, with no heading of its own (since
set AD's learning): a letter blacks names out inside its answers, each printed as a
bracketed marker ("[name withheld]", "[Redacted – s40(2)]"), and after the answers
explains the marker in a paragraph of its own,

    3. Who chaired the review panel?
    The panel was chaired by [name withheld], a consultant anaesthetist.
    Where you see [name withheld], the name is personal data exempt under section 40(2).

The note speaks of the whole letter's markers, not the last question; without a rule it
ran into the last answer (under a heading it is parsers.foi.trailing_section's).

Read by structure: two or more labelled questions; after the last one's answer has
begun, a paragraph that prints a bracketed marker already printed in an answer above
it and cites an exemption, with no label after it. Part of the FOI parser
(parsers.foi.passes cuts the units there before segmenting).
"""

from __future__ import annotations

import re

from parsers.foi.classify import find_exemptions
from parsers.foi.units import _label_of, _Unit

MIN_QUESTIONS = 2
# a bracketed marker of words (a figure alone, "[1]", is a footnote's)
_RE_MARKER = re.compile(r"\[([^\[\]]{3,40})\]")
_RE_WORD = re.compile(r"[^\W\d_]{3}")


def _markers(text: str) -> set[str]:
    return {m.group(0) for m in _RE_MARKER.finditer(text) if _RE_WORD.search(m.group(1))}


def _labelled(u: _Unit) -> bool:
    return u.table is None and _label_of(u.text) is not None


def redaction_note_start(units: list[_Unit]) -> int | None:
    """The index of an untitled note on the answers' redaction markers after the last
    answer, or None (see the module's docstring)."""
    labelled = [k for k, u in enumerate(units) if _labelled(u)]
    if len(labelled) < MIN_QUESTIONS:
        return None
    first, last = labelled[0], labelled[-1]
    for k in range(last + 2, len(units)):
        u = units[k]
        if u.table is not None:
            continue
        above = set().union(*(_markers(v.text) for v in units[first + 1 : k] if v.table is None))
        if _markers(u.text) & above and find_exemptions(u.text):
            return k
    return None


def redaction_note_sections(units: list[_Unit]) -> list[tuple[str, str]]:
    """The sections the note cites: the answers whose markers it explains apply them,
    though the note is in no answer."""
    k = redaction_note_start(units)
    return find_exemptions(units[k].text) if k is not None else []
