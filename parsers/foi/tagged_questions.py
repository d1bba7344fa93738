"""Questions each tagged with their number at their end ("… in 2023? (Q3)", "…
[4]"), the answer's paragraphs beneath, the questions perhaps regrouped under
headings of their own (a department, a theme) in another order than asked. Read by
structure:

* tagged questions: paragraphs in the requester's words (asking or requesting) that
  end with a number in brackets, perhaps after a "Q", the numbers together 1 … N
  (N ≥ 2) once each, in any order;
* each one's answer: the paragraphs and tables after it, up to the next tagged
  question (the last up to the letter's sign-off, or the end of the units given: the
  closing run is cut before this pass runs), less the headings standing straight
  before the next question: short lines with no sentence ending set as headings
  (a heading or bold face, or capitals). The headings are in no item.

The tag is the question's label as printed without its brackets ("(Q3)" → "Q3",
"[4]" → "4"); the question is the paragraph without it. A request or answer marker a
rewrite put before a question or an answer (parsers.foi.emphasis_pairs marks a face
of their own so) is no part of the text. The items are given in the numbers' order.
Part of the FOI parser, run by parsers.foi.passes through parsers.foi.referenced_items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.foi.contents_list import _asking
from parsers.foi.markers import answer_marker, request_marker
from parsers.foi.quoted_heads import sign_off_after
from parsers.foi.segment_items import _Q
from parsers.foi.units import _Unit

# a number in brackets ending the paragraph, perhaps after a "Q"
_RE_TAG = re.compile(r"^(.*\S)\s+[(\[]\s*(Q\.?\s?)?(\d{1,2})\s*[)\]]$", re.IGNORECASE)
_MAX_HEADING_WORDS = 8
_HEADING_STYLES = ("heading", "bold")


@dataclass
class _Tagged:
    index: int  # the unit's place
    num: int
    label: str
    question: str


def _tagged(k: int, u: _Unit) -> _Tagged | None:
    if u.table is not None or not u.text:
        return None
    text = u.text.strip()
    marked = request_marker(text)
    m = _RE_TAG.match(marked or text)
    if m is None or not _asking(m.group(1)):
        return None
    num = int(m.group(3))
    return _Tagged(k, num, f"Q{num}" if m.group(2) else str(num), m.group(1).strip())


def _heading(u: _Unit) -> bool:
    """A short line with no sentence ending, set as a heading (its face, or capitals)."""
    text = u.text.strip()
    return (
        u.table is None
        and 1 <= len(text.split()) <= _MAX_HEADING_WORDS
        and not re.search(r"[.?!;:,]$", text)
        and (u.style in _HEADING_STYLES or text.isupper())
    )


def tagged_items(units: list[_Unit]) -> list[_Q] | None:
    """Items of a letter whose questions end with their number tagged in brackets
    (see the module's docstring), else None."""
    tags = [t for k, u in enumerate(units) if (t := _tagged(k, u)) is not None]
    nums = sorted(t.num for t in tags)
    if len(tags) < 2 or nums != list(range(1, len(tags) + 1)):
        return None
    end = sign_off_after(units, tags[-1].index)
    bounds = [t.index for t in tags[1:]] + [end]
    items: list[_Q] = []
    for tag, stop in zip(tags, bounds, strict=True):
        body = units[tag.index + 1 : stop]
        while stop < end and body and _heading(body[-1]):
            body = body[:-1]  # (the next question's heading)
        q = _Q(label=tag.label, heading=None, parts=[tag.question], answered=True)
        q.num = tag.num
        for b in body:
            if b.table is not None and b.table_index is not None:
                q.tables.append(b.table_index)
            elif b.table is None and b.text:
                rest = answer_marker(b.text) if not q.answer else None
                if rest != "":  # (a marker standing alone is no text)
                    q.answer.append(rest or b.text)
        if not (q.answer or q.tables):
            return None  # a tagged question with no answer under it
        items.append(q)
    return sorted(items, key=lambda q: q.num or 0)
