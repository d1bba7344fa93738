"""Each answer typed after its question in the same paragraph, inside square brackets
opened by a short label and a colon or a dash ("… in 2023? [Reply: 41 were.]"): the
paragraph is split into the question (before the bracket) and the answer (inside it).
Read by structure, never from the label's word:

* the bracket opens with one to four words, the first capitalised, then ':' or a
  spaced dash, and closes at the end of the paragraph (or of a later paragraph, when
  the answer runs over several: those are the answer too);
* the text before it, without its question label, is the question;
* one or more paragraphs so built, under one label, their questions mostly in the
  requester's words (a bracketed note closing the letter's own prose is no answer);
  a question paragraph with no bracket among them (answered some other way)
  leaves the letter to the other readings.

A table straight after such a paragraph goes with its answer. Part of the FOI parser,
run by parsers.foi.passes before the segmenting state machine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.foi.contents_list import _asking
from parsers.foi.paired_lists import tables_after
from parsers.foi.segment_items import _Q
from parsers.foi.units import _label_of, _Unit

# "[Label: …" / "[Two words – …": the label short, then a colon or a spaced dash
_RE_OPEN = re.compile(
    r"\[\s*(?P<label>[A-Z][\w'’]*(?:\s+[\w'’]+){0,3})\s*(?::|\s[-–—])\s*",
)
# a paragraph cut short after an opening bracket and the first words of its label
_RE_OPEN_CUT = re.compile(r"\[\s*[A-Z][\w'’]*(?:\s+[\w'’]+){0,3}\s*$")

# the paragraphs an answer in brackets may run over, the question's own included
MAX_SPAN = 6


@dataclass
class _Bracketed:
    start: int  # the unit holding the question and the opening bracket
    end: int  # one past the unit holding the closing bracket
    label: str  # the bracket's label, lower-cased
    question: str  # with its question label, if any
    answer: list[str]


def _close(text: str, depth: int = 1) -> tuple[int | None, int]:
    """Where in `text` the bracket open before it (at `depth`) closes, brackets
    inside it kept apart; None and the depth still open when it does not."""
    for i, ch in enumerate(text):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i, 0
    return None, depth


def _opening(text: str) -> re.Match[str] | None:
    """The first labelled opening bracket after some text of the paragraph's own
    whose bracket closes at the paragraph's end, or runs on past it."""
    for m in _RE_OPEN.finditer(text):
        if not text[: m.start()].strip():
            continue
        rest = text[m.end() :]
        at, _ = _close(rest)
        if at is None or not rest[at + 1 :].strip():
            return m
    return None


def _head(units: list[_Unit], k: int) -> tuple[str, re.Match[str], int] | None:
    """The paragraph text at unit `k` holding a labelled opening bracket, the
    opening, and the unit after it. A PDF line beginning with the label's last word
    and the dash may have been split off as a marker line of its own: a unit ending
    on an opening bracket and its first words is joined with the next unit."""
    text = units[k].text
    m = _opening(text)
    if m is not None:
        return text, m, k + 1
    nxt = units[k + 1] if k + 1 < len(units) else None
    if nxt is None or nxt.table is not None or not _RE_OPEN_CUT.search(text):
        return None
    text = f"{text} {nxt.text}"
    m = _opening(text)
    return (text, m, k + 2) if m is not None else None


def _bracketed(units: list[_Unit], k: int) -> _Bracketed | None:
    """The question and bracketed answer starting at unit `k`, or None."""
    if units[k].table is not None:
        return None
    head = _head(units, k)
    if head is None:
        return None
    text, m, end = head
    body = [text[m.end() :]]
    at, depth = _close(body[0])
    # (the answer may run over further paragraphs, up to the one closing the bracket)
    while at is None:
        if end - k > MAX_SPAN or end >= len(units) or units[end].table is not None:
            return None
        if _opening(units[end].text):
            return None
        body.append(units[end].text)
        end += 1
        at, depth = _close(body[-1], depth)
    if body[-1][at + 1 :].strip():
        return None  # (closed inside a later paragraph: no answer running to its end)
    body[-1] = body[-1][:at].rstrip()
    question = text[: m.start()].strip()
    return _Bracketed(k, end, m.group("label").lower(), question, [b for b in body if b])


def _question_text(question: str) -> str:
    lab = _label_of(question)
    return lab.rest if lab is not None else question


def _item(b: _Bracketed, units: list[_Unit]) -> _Q:
    lab = _label_of(b.question)
    q = _Q(label=None, heading=None, parts=[b.question], answered=True)
    if lab is not None:
        q.label, q.num, q.parts = lab.key, lab.num, [lab.rest]
    q.answer = list(b.answer)
    q.tables = tables_after(units, b.end)
    return q


def _unanswered_question(units: list[_Unit], found: list[_Bracketed]) -> bool:
    """A labelled, asking paragraph among the bracketed ones that is none of them."""
    inside = {k for b in found for k in range(b.start, b.end)}
    first, last = found[0].start, found[-1].end
    for k in range(first, last):
        u = units[k]
        if k in inside or u.table is not None:
            continue
        lab = _label_of(u.text)
        if lab is not None and _asking(lab.rest):
            return True
    return False


def bracket_reply_items(units: list[_Unit]) -> list[_Q] | None:
    """Items of a letter whose answers stand in labelled brackets closing their
    question paragraphs, else None."""
    found: list[_Bracketed] = []
    k = 0
    while k < len(units):
        b = _bracketed(units, k)
        if b is None:
            k += 1
            continue
        found.append(b)
        k = b.end
    if not found:
        return None
    if 2 * sum(_asking(_question_text(b.question)) for b in found) <= len(found):
        return None  # (a bracketed note closing paragraphs of the letter's own prose)
    if len({b.label for b in found}) != 1:
        return None
    if _unanswered_question(units, found):
        return None
    return [_item(b, units) for b in found]
