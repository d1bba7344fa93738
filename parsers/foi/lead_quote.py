"""A letter answering one request quoted at the end of its opening paragraph (issue
#13, learned from held-out set X): the letter's own words lead in and a colon opens
the quotation ("… you asked: “How many …?”"), and the paragraphs after it, to the
closing, are the answer. An answer marker standing straight after it (a heading over
the reply) is in no item.

Read by position and punctuation, not words: the only paragraph whose text ends in
a quotation introduced by a colon, in a letter with no numbered paragraph, the
quotation asking (a question or a request: parsers.foi.line_kinds) and at least a
paragraph after it. A request quoted as a paragraph of its own is read by
parsers.foi.quoted; this reads the one quoted inside the letter's prose.

Part of the FOI parser (parsers.foi.parse); called by parsers.foi.passes when the
segmenter found no question.
"""

from __future__ import annotations

import re

from parsers.foi.line_kinds import _is_answer_marker, _request_like
from parsers.foi.quoted import answer_beneath
from parsers.foi.segment import _Q
from parsers.foi.units import _label_of, _Unit

# the letter's lead-in, a colon, then a quotation running to the paragraph's end (a
# full stop may follow the closing mark); no closing mark inside the quotation
_RE_TAIL_QUOTE = re.compile(r"^(?P<lead>.*\S)\s*:\s*[“\"](?P<quote>[^”\"]{12,})[”\"]\s*\.?$")


def tail_quote(text: str) -> str | None:
    """The quoted words closing a paragraph after a colon, when they ask; else None."""
    m = _RE_TAIL_QUOTE.match(text.strip())
    if m is None:
        return None
    quote = m.group("quote").strip()
    return quote if quote.endswith("?") or _request_like(quote) else None


def lead_quote_items(units: list[_Unit]) -> list[_Q]:
    """The one request quoted in the opening prose, answered by the paragraphs after
    it (see the module's docstring); [] when the letter is not so printed."""
    text_units = [u for u in units if u.table is None]
    if any(_label_of(u.text) for u in text_units):
        return []
    starts = [k for k, u in enumerate(units) if u.table is None and tail_quote(u.text)]
    if len(starts) != 1:
        return []
    start = starts[0]
    q = _Q(label=None, heading=None, parts=[tail_quote(units[start].text) or ""])
    rest = units[start + 1 :]
    if rest and _is_answer_marker(rest[0]):
        rest = rest[1:]  # (a heading over the reply: in no item)
    if any(_is_answer_marker(u) for u in rest):
        return []  # (more than one reply: not a single request's letter)
    return [q] if answer_beneath(q, rest).answered else []
