"""A question of several parts answered part by part, each part quoted again before
its own reply (since set AH's learning): "1. How many X, and which Y?" then '“How many
X” – 42.' and '“which Y” – withheld under section 43(2).', the quoted part on a line
of its own or run into its reply.

The quoted parts repeat the question; they are not the answer. Read by structure: in
an answer, two or more quotations that open a sentence and whose words stand, in
order, in the question (each a part of it, not the whole): they are taken out, with
the dash or colon that joins one to its reply, and the replies joined are the
answer. (A reply set like the question, read as the question running on, is moved
to the answer first.) A quotation of anything else (a policy's title, the requester's own words
that are not the question's) stays. Part of the FOI parser; called by
parsers.foi.parse.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.foi.quoted_pointers import quotation, quoted
from parsers.foi.segment_items import _Q

MIN_PARTS = 2

# a quotation opening a sentence, then the dash or colon joining it to its reply
_OPENS_SENTENCE = r"(?:^|(?<=[.!?;:)\]\"”’]\s))"
_RE_QUOTED = re.compile(_OPENS_SENTENCE + quotation(3, 300) + r"\s*(?:[:\-–—]\s*)?")
_RE_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def _words(text: str) -> str:
    return " ".join(_RE_WORD.findall(text.lower().replace("’", "'")))


def _part_of(quoted: str, question: str) -> bool:
    """The quotation's words stand, in order, in the question, and are not all of it."""
    part, whole = _words(quoted), _words(question)
    return bool(part) and part != whole and f" {part} " in f" {whole} "


def _replies_run_on(q: _Q) -> _Q:
    """The question with its paragraphs from the first that opens by quoting a part
    of it moved to the answer: a reply set like the question (bold, as a PDF reads
    a line opening in bold) is read as the question running on."""
    for i in range(1, len(q.parts)):
        m = _RE_QUOTED.match(q.parts[i].strip())
        if m is not None and _part_of(quoted(m), " ".join(q.parts[:i])):
            return replace(q, parts=q.parts[:i], answer=[*q.parts[i:], *q.answer])
    return q


def without_requoted_parts(q: _Q) -> _Q:
    """The question with the parts of it its answer quotes again taken out of the
    answer; unchanged unless the answer quotes two or more of its parts."""
    if not q.parts:
        return q
    moved = _replies_run_on(q)
    question = " ".join(moved.parts)
    text = " ".join(moved.answer).strip()
    found = [m for m in _RE_QUOTED.finditer(text) if _part_of(quoted(m), question)]
    if len(found) < MIN_PARTS:
        return q
    kept, at = [], 0
    for m in found:
        kept.append(text[at : m.start()].strip())
        at = m.end()
    kept.append(text[at:].strip())
    return replace(moved, answer=[" ".join(k for k in kept if k)])
