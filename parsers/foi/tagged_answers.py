"""Questions listed up front, then the answers after the whole list in any order, each
tagged with the number of the question it answers (since set AE's learning):

    1. How many …?                              (the list, in the requester's words)
    2. What …?
    Our answers                                 (a heading, a lead on their order)
    The contract was let in 2021. …  [Q2]       (an answer, its tag closing it)
    The Trust accepted 412 referrals. (question 1)

Read by structure, never by the words around the tags:

* the list: consecutive paragraphs numbered 1 … N (N ≥ 2), mostly asking, as
  parsers.foi.answer_leads reads a list (bare numbers or after "Q");
* the tags, after the list: a question's number, perhaps after a question noun ("Q",
  "question", "item"), in brackets or not (a bare number only in brackets, a noun
  without brackets only after a sentence's end or opening a paragraph before a
  colon or dash), closing a paragraph, opening one, or standing alone; all in one
  form (where they sit, the brackets, the noun) and naming 1 … N once each.

Where the tags close their answers, each answer is the paragraphs after the one the
previous tag closed, up to and with its own tag's; the text after the last tag is the
letter's (its closing). Where they open them (or stand alone, as leads), each answer
runs to the next tag, the last to the letter's sign-off; answers so tagged in the
list's own order are numbered replies the segmenter reads, and are left to it. The
tags are in no answer; neither are headings standing before an answer (short lines
set as headings: a department's or the answers' own) nor, before the first answer,
a paragraph telling how the answers are laid out (it speaks of the answers and of
the questions, `_RE_ANSWERS_PLURAL` and `_RE_QUESTION_WORD`). A tagged paragraph that
asks is a tagged question (parsers.foi.tagged_questions), no answer. The label is
the listed number as printed ("Q3" after "Q", else "3"); the items keep the list's
order. Part of the FOI parser, run by parsers.foi.passes through
parsers.foi.referenced_items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from parsers.foi.answer_leads import _list_mark, _repeats_question
from parsers.foi.contents_list import _asking, _contents, listed_item
from parsers.foi.quoted_heads import sign_off_after
from parsers.foi.segment_items import _Q
from parsers.foi.tagged_questions import _heading
from parsers.foi.units import _Unit

_I = re.IGNORECASE
# the words a tag names its question by ("Q3", "Qu. 3", "question 3", "item 3")
_TAG_NOUN = r"(?:q|qu|question|request|item|point)\.?"
# in brackets: a noun or none before the number ("[Q3]", "(question 3)", "(3)")
_BRACKETED = rf"(?P<open>[(\[])\s*(?:(?P<bnoun>{_TAG_NOUN})\s*)?(?P<bnum>\d{{1,2}})\s*[)\]]"
# without brackets, the noun is needed ("Question 3", "Q3")
_BARE = rf"(?P<noun>{_TAG_NOUN})\s*(?P<num>\d{{1,2}})(?!\d)"
# closing a paragraph: after a space, a bare tag only after a sentence's end or a dash
_RE_END = re.compile(
    rf"^(?P<text>.*?\S)(?:\s+{_BRACKETED}|(?:(?<=[.!)])\s+|\s+[–—-]\s+){_BARE})\.?$",
    _I,
)
_RE_START = re.compile(
    rf"^(?:{_BRACKETED}\s*[:.–—-]?|{_BARE}\s*[:–—-])\s+(?P<text>\S.*)$",
    _I,
)
_RE_ALONE = re.compile(rf"^(?:{_BRACKETED}|{_BARE})\s*[:.]?$", _I)
# a paragraph on how the answers are laid out: it speaks of the answers, in the
# plural, and of the questions ("our answers are arranged by …; each shows which
# question it answers")
_RE_ANSWERS_PLURAL = re.compile(r"\b(?:answers|replies|responses)\b", _I)
_RE_QUESTION_WORD = re.compile(r"\b(?:questions?|you\s+asked)\b", _I)


@dataclass
class _Tag:
    index: int  # the unit's place
    num: int
    form: tuple[str, str, str]  # where it sits, its bracket, its noun
    text: str  # the paragraph without the tag


def _form(m: re.Match[str], where: str) -> tuple[int, tuple[str, str, str]]:
    groups = m.groupdict()
    num = groups.get("bnum") or groups.get("num")
    noun = groups.get("bnoun") or groups.get("noun") or ""
    bracket = groups.get("open") or ""
    return int(num), (where, bracket, noun.lower().rstrip("."))


def tag_of(k: int, u: _Unit) -> _Tag | None:
    """The tag a paragraph carries (closing it, opening it, or alone), or None; a
    paragraph that asks is a tagged question, not a tagged answer."""
    if u.table is not None or not u.text:
        return None
    text = u.text.strip()
    if m := _RE_ALONE.match(text):
        return _Tag(k, *_form(m, "alone"), "")
    for where, pattern in (("end", _RE_END), ("start", _RE_START)):
        m = pattern.match(text)
        if m is not None and not _asking(m.group("text")):
            return _Tag(k, *_form(m, where), m.group("text").strip())
    return None


def _tags(units: list[_Unit], after: int, count: int) -> list[_Tag] | None:
    """The tags after unit `after`: one form, naming 1 … count once each."""
    by_form: dict[tuple[str, str, str], list[_Tag]] = {}
    for k in range(after + 1, len(units)):
        tag = tag_of(k, units[k])
        if tag is not None:
            by_form.setdefault(tag.form, []).append(tag)
    for tags in by_form.values():
        if sorted(t.num for t in tags) == list(range(1, count + 1)):
            return tags
    return None


def _layout_note(u: _Unit) -> bool:
    """A paragraph telling how the answers are laid out (see the module's docstring)."""
    return bool(
        u.table is None and _RE_ANSWERS_PLURAL.search(u.text) and _RE_QUESTION_WORD.search(u.text)
    )


def _without_heads(body: list[_Unit], first: bool) -> list[_Unit]:
    """An answer's units less the headings before it (and, before the first answer,
    the note on the answers' layout)."""
    k = 0
    while k < len(body) - 1 and (_heading(body[k]) or (first and _layout_note(body[k]))):
        k += 1
    return body[k:]


def _spans(units: list[_Unit], after: int, tags: list[_Tag]) -> list[list[_Unit]]:
    """Each tag's answer units, in the tags' order, the tag taken off its paragraph."""
    tagged = {t.index: t for t in tags}

    def untagged(k: int) -> _Unit:
        t = tagged.get(k)
        return units[k] if t is None else replace(units[k], text=t.text)

    if tags[0].form[0] == "end":
        starts = [after + 1] + [t.index + 1 for t in tags[:-1]]
        ends = [t.index + 1 for t in tags]
    else:
        starts = [t.index for t in tags]
        ends = [t.index for t in tags[1:]] + [sign_off_after(units, tags[-1].index)]
    spans = []
    for n, (a, b) in enumerate(zip(starts, ends, strict=True)):
        body = [untagged(k) for k in range(a, b)]
        if tags[0].form[0] != "end":
            while len(body) > 1 and _heading(body[-1]):
                body = body[:-1]  # (the next answer's heading)
        spans.append([u for u in _without_heads(body, n == 0) if u.table is not None or u.text])
    return spans


def tagged_answer_items(units: list[_Unit]) -> list[_Q] | None:
    """Items of a letter whose listed questions are answered after the list, each
    answer tagged with its question's number (see the module's docstring), else None."""
    marks = [m for k, u in enumerate(units) if (m := _list_mark(k, u)) is not None]
    listed = _contents(marks)
    if listed is None:
        return None
    after = listed[-1].index
    tags = _tags(units, after, len(listed))
    if tags is None:
        return None
    if tags[0].form[0] != "end" and [t.num for t in tags] == sorted(t.num for t in tags):
        return None  # numbered replies in the list's order: the segmenter's
    by_num: dict[int, _Q] = {}
    for tag, body in zip(tags, _spans(units, after, tags), strict=True):
        if not body or (len(body) == 1 and _heading(body[0])):
            return None  # a tag with no answer of its own
        q_mark = listed[tag.num - 1]
        first = next((b.text for b in body if b.table is None), "")
        if _repeats_question(q_mark.rest, "", first):
            return None  # the question printed again over its answer
        q = listed_item(q_mark, body)
        if q_mark.scheme == "qshort":
            q.label = f"Q{q_mark.num}"
        by_num[tag.num] = q
    return [by_num[n] for n in sorted(by_num)]
