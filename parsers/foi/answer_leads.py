"""Questions listed first as a numbered list, answered after the whole list under
leads that name each question's number ("Response to question 2", "Your question 2 –
our reply", "Reply to Q2:"). Read by structure, not by the leads' words:

* a numbered list: consecutive paragraphs numbered 1, 2 … N (N ≥ 2), mostly in the
  requester's words (parsers.foi.contents_list reads the list the same way);
* then, after the last listed question, exactly N leads: short paragraphs (a few
  words, no sentence ending) each holding one number, that number running 1 … N in
  the list's order, and the leads all the same words but for the number (one
  template: "response to question #"). A lead may run into its answer after a colon
  or a dash ("Reply to Q2: The Trust …"); then the text after it opens the answer.

Each question's answer is the text from its lead to the next lead (the last up to
the letter's sign-off, as the segmenter ends it, or the end of the units given: the
letter's closing run is cut before this pass runs); the
lead itself is in no answer, and the text between the list and the first lead (an
"Our response" heading, a general preamble) is in none either. The label is the
listed number.

Leads that repeat their question's words, or an answer whose first paragraph repeats
the question, are a letter that prints each question again over its answer: left to
the segmenter (parsers.foi.segment). A lead that is a bare number ("2.") is too.
Part of the FOI parser, run by parsers.foi.passes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.foi.contents_list import _contents, _numbered, listed_item
from parsers.foi.line_kinds import _is_signoff
from parsers.foi.patterns import normalise
from parsers.foi.segment_items import _Q
from parsers.foi.units import _Unit

_MAX_LEAD_WORDS = 8
# a lead run into its answer: a few words holding one number, then a colon or a dash
_RE_RUN_IN = re.compile(r"^([^.?!:–—]{1,60}?\d{1,2}[^.?!:–—\d]{0,30}?)\s*(?::|\s[–—-])\s+(\S.*)$")
_RE_NUMBER = re.compile(r"\d+")


@dataclass
class _Lead:
    index: int  # the unit's place
    num: int
    template: str  # the lead's words, its number as "#"
    rest: str  # text run in after the lead (the answer's first words), else ""


def _lead_of(k: int, u: _Unit) -> _Lead | None:
    """A unit that may be a lead: a short text holding exactly one number and words
    besides it, standing alone or run into the answer after a colon or dash."""
    if u.table is not None or not u.text:
        return None
    text = u.text.strip()
    rest = ""
    whole = text.rstrip(":").strip()
    if len(whole.split()) > _MAX_LEAD_WORDS or re.search(r"[.?!;,]$", whole):
        m = _RE_RUN_IN.match(text)
        if m is None:
            return None
        whole, rest = m.group(1).strip(), m.group(2).strip()
        if len(whole.split()) > _MAX_LEAD_WORDS:
            return None
    numbers = _RE_NUMBER.findall(whole)
    if len(numbers) != 1 or not re.search(r"[^\W\d_]{2,}", whole):
        return None
    template = _RE_NUMBER.sub("#", normalise(whole).lower())
    template = re.sub(r"\s*[-–—:]\s*", " – ", template).strip(" –")
    return _Lead(k, int(numbers[0]), template, rest)


def _leads(units: list[_Unit], after: int, count: int) -> list[_Lead] | None:
    """The N leads after unit `after`: one template, numbered 1 … N in order."""
    found = [m for k, u in enumerate(units) if k > after and (m := _lead_of(k, u)) is not None]
    by_template: dict[str, list[_Lead]] = {}
    for m in found:
        by_template.setdefault(m.template, []).append(m)
    for run in by_template.values():
        if [m.num for m in run] == list(range(1, count + 1)):
            return run
    return None


def answer_lead_items(units: list[_Unit]) -> list[_Q] | None:
    """Items of a letter whose numbered questions are listed first and answered
    after the list under leads naming each question's number, else None."""
    marks = [m for k, u in enumerate(units) if (m := _numbered(k, u)) is not None]
    listed = _contents(marks)
    if listed is None:
        return None
    leads = _leads(units, listed[-1].index, len(listed))
    if leads is None:
        return None
    # the last answer ends at the letter's sign-off (review rights, regulator, "Yours …")
    end = next(
        (k for k in range(leads[-1].index + 1, len(units)) if _is_signoff(units[k].text)),
        len(units),
    )
    bounds = [m.index for m in leads] + [end]
    items: list[_Q] = []
    for q_mark, lead, end in zip(listed, leads, bounds[1:], strict=True):
        asked = normalise(q_mark.rest).lower()
        if asked[:40] and asked[:40] in lead.template:
            return None  # the lead repeats the question
        body = units[lead.index + 1 : end]
        first = lead.rest or next((b.text for b in body if b.table is None and b.text), "")
        if not first and not any(b.table is not None for b in body):
            return None  # a lead with nothing under it
        if asked and normalise(first).lower().startswith(asked[:40]):
            return None  # the question printed again over its answer
        items.append(listed_item(q_mark, body, lead.rest))
    return items
