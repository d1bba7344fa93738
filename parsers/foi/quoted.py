"""Requests quoted whole, each followed by its answer, with no labels and no markers
(since 0.6.7): a letter that repeats each of the requester's questions as a paragraph
in quotation marks (“How many …?” or "How many …?"), and answers it in the
paragraphs beneath, before the next quotation. The quotation marks are the house's
only mark of a question, so a quoted paragraph is a question only where the letter
prints two or more of them and numbers none of its paragraphs.
"""

from __future__ import annotations

import re

from parsers.foi.line_kinds import _is_answer_marker, _is_signoff
from parsers.foi.segment import _Q
from parsers.foi.units import _label_of, _Unit

# a paragraph that is one quotation from end to end (bold markers aside): an opening
# mark, no closing mark inside, a closing mark (a full stop may follow it)
_RE_WHOLE_QUOTE = re.compile(r"^[*_\s]*[“\"]([^”\"]{12,})[”\"][.*_\s]*$")


def answer_beneath(q: _Q, units: list[_Unit]) -> _Q:
    """`q` answered by the paragraphs and tables of `units` (beneath it), up to a
    sign-off; answered when any was found."""
    for u in units:
        if u.table is not None:
            q.tables.append(u.table_index)
        elif _is_signoff(u.text):
            break
        else:
            q.answer.append(u.text)
    q.answered = bool(q.answer or q.tables)
    return q


def quoted_request(text: str) -> str | None:
    """The words of a paragraph quoted whole (“Which …?” → Which …?), or None."""
    m = _RE_WHOLE_QUOTE.match(text)
    return m.group(1).strip() if m else None


def quoted_requests(units: list[_Unit]) -> list[_Q] | None:
    """Each paragraph quoted whole as an unlabelled question, the paragraphs and
    tables after it (to the next quotation or the sign-off) as its answer; None
    unless two or more such quotations stand in a letter with no labelled
    paragraph and no answer marker."""
    text_units = [u for u in units if u.table is None]
    starts = [k for k, u in enumerate(units) if u.table is None and quoted_request(u.text)]
    if len(starts) < 2:
        return None
    if any(_label_of(u.text) or _is_answer_marker(u) for u in text_units):
        return None
    items: list[_Q] = []
    for i, start in enumerate(starts):
        q = _Q(label=None, heading=None, parts=[quoted_request(units[start].text) or ""])
        end = starts[i + 1] if i + 1 < len(starts) else len(units)
        items.append(answer_beneath(q, units[start + 1 : end]))
    last = items[-1].answer
    notes = [k for k, t in enumerate(last) if k and section_note(t)]
    if notes:
        # notes on the exemptions after the answers ("Section 40(2): …") answer nothing
        del last[notes[0] :]
    return items


# a paragraph led by the exemption it explains: a short lead naming a section, then
# a colon or a dash ("Section 43(2): …", "About section 21 – …")
_RE_SECTION_NOTE = re.compile(
    r"^[\w\s]{0,30}\bsection\s+\d{1,2}(?:\(\w{1,3}\))*\s*(?::|\s[-–—])", re.I
)


def section_note(text: str) -> bool:
    """A paragraph led by the exemption it explains ("Section 21: …")."""
    return bool(_RE_SECTION_NOTE.match(text))
