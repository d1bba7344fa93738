"""Where a letter's questions and answers set inside a list end (since 0.6.9): a page
that numbers its questions as a list and sets each answer inside the question's item
(an `<ol>` with a `<blockquote>` in each `<li>`, a Word list with the answers at the
item's indent) keeps the questions and their answers indented; the first paragraph
back at a lesser indent, after the last answer, is the page's own text again (re-use
terms, a contact line), not part of the last answer.

Read only where the layout says so: at least two labelled questions at one indent
above the margin, every unit between them (the answers) at that indent or deeper,
something under the questions that is not more of the request, and no answer marker
or question label after the list (an indented request list with the reply at the
margin after it is no such list). A letter whose answers stand at the margin under indented questions is not
such a list, and is left to the other rules. Part of the FOI parser
(parsers.foi.passes cuts the units there before segmenting).
"""

from __future__ import annotations

from parsers.foi.line_kinds import _request_like
from parsers.foi.markers import answer_marker
from parsers.foi.units import _label_of, _Unit

MIN_QUESTIONS = 2
SAME_INDENT = 2.0  # points: the same indent, as extraction measures it


def _indent(u: _Unit) -> float | None:
    return None if u.table is not None else u.indent


def _answers_inside(units: list[_Unit], labelled: list[int], end: int) -> bool:
    """Something under the questions reads as an answer, not as more of the request
    ("Please give the figures by month" under a question is the request going on)."""
    return any(
        u.table is not None or not _request_like(u.text)
        for k, u in enumerate(units[labelled[0] : end], labelled[0])
        if k not in labelled
    )


def _answers_after(units: list[_Unit]) -> bool:
    """An answer marker or a question label after the list: the answers stand there
    (a request list indented, the reply at the margin after it)."""
    return any(
        u.table is None and (answer_marker(u.text) is not None or _label_of(u.text) is not None)
        for u in units
    )


def list_end(units: list[_Unit]) -> int | None:
    """The index of the first unit after the last answer that is back out of the
    list, or None when the questions and answers are not set inside a list."""
    labelled = [k for k, u in enumerate(units) if u.table is None and _label_of(u.text)]
    if len(labelled) < MIN_QUESTIONS:
        return None
    indents = {round(units[k].indent or 0.0) for k in labelled}
    if len(indents) != 1:
        return None
    level = indents.pop()
    if level <= SAME_INDENT:
        return None  # the questions stand at the margin: no list to leave
    # every answer between the questions (and the first under the last) is inside
    for a, b in zip(labelled, [*labelled[1:], None], strict=True):
        inside = [_indent(u) for u in units[a + 1 : b]]
        if b is None:
            # under the last question: the answer's units up to the first out of the list
            end = next(
                (
                    a + 1 + i
                    for i, ind in enumerate(inside)
                    if ind is not None and ind < level - SAME_INDENT
                ),
                None,
            )
            if end is None or end == a + 1:
                return None  # no answer inside the list, or nothing after it
            if not _answers_inside(units, labelled, end) or _answers_after(units[end:]):
                return None
            return end
        if any(ind is not None and ind < level - SAME_INDENT for ind in inside):
            return None
    return None
