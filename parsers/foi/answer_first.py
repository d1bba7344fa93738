"""Answers printed before their questions (since set T):

    Answer 3                                   (a numbered answer marker alone)
    The Trust spent £12,400 …                  (the answer's paragraphs)
    Your question 3 was: “How much …?”         (the question quoted, in a face of its own)

Read by structure: at least two numbered answer markers standing alone (the grammar
of parsers.foi.markers, whatever its words), each followed by plain paragraphs and
then, closing the section, one paragraph in another face (italic, bold) that holds a
quotation. The quotation is the question; the words around it ("you asked") are in
no item. Every numbered answer marker of the letter must close so, else nothing is
rewritten. The paragraph after the last quotation ends the answers. Rewritten in the order the segmenter reads: "3. <question>", "Answer:",
then the answer's paragraphs. Part of the FOI parser; called by
parsers.foi.house_units.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.foi.markers import answer_marker
from parsers.foi.units import _Unit

MIN_SECTIONS = 2
_FACES = ("italic", "bold", "underline")
# a quotation from its first opening mark to its last closing one (a question may hold
# apostrophes, "the Trust’s", which close nothing)
_RE_QUOTED = re.compile(r"[“‘\"«](.+)[”’\"»]")


def answer_number(u: _Unit) -> str | None:
    """The number of a numbered answer marker standing alone ("Answer 3"), else None."""
    if u.table is not None or len(u.text) > 40:
        return None
    rest = answer_marker(u.text)
    rest = (rest or "").strip().rstrip(":.)")
    return rest if rest.isdigit() else None


def quoted_question(u: _Unit) -> str | None:
    """The quotation of a paragraph in a face of its own, else None."""
    if u.table is not None or u.style not in _FACES:
        return None
    m = _RE_QUOTED.search(u.text)
    return m.group(1).strip() if m and m.group(1).strip() else None


def _section_end(units: list[_Unit], head: int, stop: int) -> int | None:
    """The index of the quoted paragraph closing the section after units[head]: the
    first paragraph in a face of its own, which must quote, after one plain one."""
    for k in range(head + 2, stop):
        if units[k].style in _FACES or units[k].table is not None:
            return k if quoted_question(units[k]) is not None else None
    return None


def answer_first_units(units: list[_Unit]) -> list[_Unit]:
    """The units with each answer-first section rewritten (see the docstring);
    unchanged unless every numbered answer marker closes with a quoted question."""
    heads = [k for k, u in enumerate(units) if answer_number(u) is not None]
    if len(heads) < MIN_SECTIONS:
        return units
    ends: list[int] = []
    for head, stop in zip(heads, [*heads[1:], len(units)], strict=True):
        end = _section_end(units, head, stop)
        if end is None:
            return units
        ends.append(end)
    out = list(units[: heads[0]])
    prev = heads[0]
    for head, end in zip(heads, ends, strict=True):
        out.extend(units[prev:head])
        u, q = units[head], units[end]
        text = f"{answer_number(u)}. {quoted_question(q)}"
        out.append(_Unit(text, None, lines=[text], page=q.page))
        out.append(_Unit("Answer:", u.style, lines=["Answer:"], page=u.page))
        out.extend(units[head + 1 : end])
        prev = end + 1
    # (the last quoted question closes the answers: what follows is the letter's own
    # text, which the block labeller may not read as the last answer's end before it)
    rest = units[prev:]
    return [*out, replace(rest[0], ends_answers=True), *rest[1:]] if rest else out
