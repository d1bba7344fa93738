"""Numbered points that do not ask, printed before the numbered questions: the
definitions a reply uses ("1. 'The period' means …") or background to the request
("2. Your earlier request was answered in January."), numbered on into the
questions ("3. How many …?"). Read by structure:

* the segmenter (parsers.foi.segment) reads every numbered paragraph as a question,
  and the points, with no answer between them, wait beside the first question and
  share its answer (one group of items, one answer);
* a point is a statement: it does not ask (no question mark, no request's words,
  no asking opening: parsers.foi.contents_list's test) and closes as a sentence.

The leading items of the letter's first group that are statements, before a member
of that group that asks, when every item from that member on asks, are no questions:
they are dropped, and the asking item keeps the answer. Points whose numbering starts again for the questions are already
kept apart (the repeated labels, parsers.foi.parse). Part of the FOI parser, run by
parsers.foi.passes.
"""

from __future__ import annotations

from parsers.foi.contents_list import _asking
from parsers.foi.patterns import normalise
from parsers.foi.segment_items import _Q


def _statement(q: _Q) -> bool:
    text = normalise(" ".join(q.parts))
    return bool(text) and text.endswith(".") and not _asking(text)


def without_numbered_points(items: list[_Q]) -> list[_Q]:
    """The items less the numbered points before the first question (see the module's
    docstring)."""
    if len(items) < 2 or items[0].label is None:
        return items
    group = items[0].group
    k = 0
    while k < len(items) and items[k].group == group and _statement(items[k]):
        k += 1
    if k == 0 or k >= len(items) or items[k].group != group:
        return items
    # the letter's questions, from the first that asks, all ask: the statements before
    # them are of another kind (a letter whose requests are noun phrases, "1. The number
    # of porters.", is left as it is)
    if not all(_asking(normalise(" ".join(q.parts))) for q in items[k:]):
        return items
    return items[k:]
