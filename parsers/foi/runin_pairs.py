"""Unnumbered questions answered on their own line (since set N's learning): the
question, then a dash set between spaces ("–", "—" or " - "), then the reply run in
("How many beds are there? – There are 40."), the reply perhaps going on in the
paragraphs below it up to the next such line. No label and no marker anywhere in the
letter's body. Read by structure: at least two body paragraphs each open with a
question or request ending in "?" or ".", then a spaced dash and text; the dash
parts the question from its answer.

The pairs are rewritten as the markers the segmenter knows ("Request:" before the
question, "Answer:" before the reply), as parsers.foi.emphasis_pairs does for pairs
told apart by their look. A numbered run-in line is the segmenter's own
(parsers.foi.segment splits it). Part of the FOI parser; called by
parsers.foi.house_units.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.foi.emphasis_pairs import _marked, body_region
from parsers.foi.line_kinds import _question_like, _request_like
from parsers.foi.units import _Unit

MIN_PAIRS = 2
# the question (a sentence's worth, ending in "?" or "."), a spaced dash, the reply
_RE_RUN_IN = re.compile(r"^(.{15,}?[?.])\s+[-–—]\s+(\S.*)$")


def _split(u: _Unit) -> tuple[str, str] | None:
    """(question, reply) of a run-in line, or None."""
    if u.table is not None:
        return None
    m = _RE_RUN_IN.match(u.text)
    if m is None:
        return None
    question, reply = m.group(1).strip(), m.group(2).strip()
    if not (_question_like(question) or _request_like(question)):
        return None
    return question, reply


def runin_pair_units(units: list[_Unit]) -> list[_Unit]:
    """The units with unnumbered run-in question/answer lines rewritten as marked
    (see the module's docstring); unchanged when there is no such structure."""
    first, end = body_region(units)
    body = units[first:end]
    if not body or any(_marked(u) for u in body):
        return units
    splits = {k: s for k in range(first, end) if (s := _split(units[k])) is not None}
    if len(splits) < MIN_PAIRS:
        return units
    out: list[_Unit] = []
    for k, u in enumerate(units):
        if k not in splits:
            out.append(u)
            continue
        question, reply = splits[k]
        asked, answered = f"Request: {question}", f"Answer: {reply}"
        out.append(replace(u, text=asked, lines=[asked]))
        out.append(replace(u, text=answered, lines=[answered], style=None))
    return out
