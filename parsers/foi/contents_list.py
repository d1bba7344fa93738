"""Questions listed up front as a numbered contents list, answered later in
numbered titled sections ("1. Lost laptops" / "Section 1: Lost laptops", each a
heading over the answer's paragraphs). Read by structure:

* a contents list: consecutive paragraphs numbered 1, 2 … N (N ≥ 2), mostly in
  the requester's words (a question, a request);
* then exactly N section titles numbered 1 … N in the same order, each a short
  heading (heading or bold, a few words, no sentence punctuation) with body text
  under it, and no other numbered paragraph among them in the list's scheme.

Each question's answer is its section's text, up to the next section title (the
last one up to the end of the units given: the letter's closing is cut before
this pass runs); the title names the section and is no part of the answer. The
label is the number as printed, without the part word or punctuation around it
("Section 4 –" → "4"). A number may stand after a single capitalised part word
("Section 2 –", "Part 2:", "Item 2."), the same word throughout one list.

A letter that repeats each question over its answer, or answers under numbered
paragraphs that are sentences, is left to the segmenter (parsers.foi.segment).
Part of the FOI parser, run by parsers.foi.passes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.foi.line_kinds import _question_like, _request_like
from parsers.foi.patterns import _RE_ASKING, normalise
from parsers.foi.segment_items import _Q
from parsers.foi.units import _label_of, _Unit

# a number after a single capitalised part word, set off by a dash, colon, stop or bracket
_RE_WORD_NUM = re.compile(r"^([A-Z][a-z]{2,12})\s+(\d{1,2})\s*[-–—:.)]\s*(\S.*)$")
# a section title: a few words, closing on no sentence punctuation
_MAX_TITLE_WORDS = 8
_TITLE_STYLES = ("heading", "bold")


@dataclass
class _Numbered:
    index: int  # the unit's place
    num: int
    scheme: str  # "" for a bare number, else the part word ("Section")
    rest: str


def _numbered(k: int, u: _Unit) -> _Numbered | None:
    if u.table is not None or not u.text:
        return None
    m = _RE_WORD_NUM.match(u.text)
    if m:
        return _Numbered(k, int(m.group(2)), m.group(1).lower(), m.group(3).strip())
    lab = _label_of(u.text)
    if lab is None or lab.kind != "num" or lab.num is None or lab.key != str(lab.num):
        return None
    return _Numbered(k, lab.num, "", lab.rest.strip())


def _asking(text: str) -> bool:
    return _question_like(text) or _request_like(text) or bool(_RE_ASKING.match(text))


def _title(u: _Unit, rest: str) -> bool:
    words = rest.split()
    return (
        u.style in _TITLE_STYLES
        and 1 <= len(words) <= _MAX_TITLE_WORDS
        and not re.search(r"[.?!;,]$", rest)
    )


def _contents(marks: list[_Numbered]) -> list[_Numbered] | None:
    """The first run of paragraphs standing one after another, numbered 1 … N in
    one scheme, mostly asking."""
    for s, first in enumerate(marks):
        if first.num != 1:
            continue
        run = [first]
        for m in marks[s + 1 :]:
            last = run[-1]
            if m.index != last.index + 1 or m.scheme != first.scheme or m.num != last.num + 1:
                break
            run.append(m)
        if len(run) >= 2 and 2 * sum(_asking(m.rest) for m in run) > len(run):
            return run
    return None


def contents_list_items(units: list[_Unit]) -> list[_Q] | None:
    """Items of a letter whose numbered questions are listed up front and answered
    in later numbered titled sections, else None."""
    marks = [m for k, u in enumerate(units) if (m := _numbered(k, u)) is not None]
    listed = _contents(marks)
    if listed is None:
        return None
    after = listed[-1].index
    later = [m for m in marks if m.index > after]
    if not later:
        return None
    scheme = later[0].scheme
    sections = [m for m in later if m.scheme == scheme]
    if [m.num for m in sections] != list(range(1, len(listed) + 1)):
        return None
    bounds = [m.index for m in sections] + [len(units)]
    items: list[_Q] = []
    for q_mark, s_mark, end in zip(listed, sections, bounds[1:], strict=True):
        u = units[s_mark.index]
        if not _title(u, s_mark.rest) or normalise(s_mark.rest) == normalise(q_mark.rest):
            return None
        body = units[s_mark.index + 1 : end]
        if not body or (body[0].table is None and _numbered(0, body[0]) is not None):
            return None  # a title with no text of its own under it
        items.append(listed_item(q_mark, body))
    return items


def listed_item(q_mark: _Numbered, body: list[_Unit], lead: str = "") -> _Q:
    """The item of a question listed up front (`q_mark`: its number and text),
    answered by `body`'s units (its tables by index), after `lead`, the text a lead
    over the answer ran into."""
    q = _Q(label=str(q_mark.num), heading=None, parts=[q_mark.rest], answered=True)
    q.num = q_mark.num
    if lead:
        q.answer.append(lead)
    for b in body:
        if b.table is not None:
            if b.table_index is not None:
                q.tables.append(b.table_index)
        elif b.text:
            q.answer.append(b.text)
    return q
