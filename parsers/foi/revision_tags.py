"""A reissued response's tag on the answer it corrects (since set AD's learning): the
letter replaces an earlier reply that held an error and marks the corrected answer,
on a line of its own or opening the answer's first paragraph,

    4. How many theatres were closed in May?      4. How many theatres were closed …?
    Revised answer:                               [Amended] Two theatres were closed …
    Two theatres were closed for refurbishment.

The tag says the answer changed; it is no part of the answer, nor of the question
above it. Read as a revision word ("amended", "revised", "corrected", "updated")
alone in brackets, or before a word of answering and a colon, opening a paragraph:
the tag goes, and a paragraph that held only the tag goes with it. A tag opening
most of the answers is the house's answer marker, not a correction's (an updated
reply to every question), and is left to the marker grammar (parsers.foi.markers).
The reissued letter's own heading ("AMENDED RESPONSE", no colon) is no tag.

Part of the FOI parser; called by parsers.foi.house_units.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.foi.markers import _ANSWER_NOUN
from parsers.foi.units import _label_of, _Unit

REVISION_WORDS = r"(?:amended|revised|corrected|updated)"
_RE_TAG = re.compile(
    r"^(?:[\[(]\s*" + REVISION_WORDS + r"(?:\s+" + _ANSWER_NOUN + r")?\s*[\])]"
    r"|" + REVISION_WORDS + r"\s+" + _ANSWER_NOUN + r"\s*:)\s*",
    re.IGNORECASE,
)


def _tag_end(u: _Unit) -> int | None:
    """Where the text after a revision tag opening the unit begins, else None."""
    m = _RE_TAG.match(u.text) if u.table is None else None
    return m.end() if m else None


def without_revision_tags(units: list[_Unit]) -> list[_Unit]:
    """The units with the tags on corrected answers taken off (see the module's
    docstring)."""
    tagged = [k for k, u in enumerate(units) if _tag_end(u) is not None]
    questions = sum(1 for u in units if u.table is None and _label_of(u.text) is not None)
    if not tagged or len(tagged) > max(1, questions // 2):
        return units
    out: list[_Unit] = []
    for k, u in enumerate(units):
        if k not in tagged:
            out.append(u)
            continue
        rest = u.text[_tag_end(u) :].strip()
        if rest:
            out.append(replace(u, text=rest, lines=[rest]))
    return out
