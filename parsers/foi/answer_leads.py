"""Questions listed first as a numbered list, answered after the whole list under
leads that name each question's number ("Response to question 2", "Your question 2 –
our reply", "Reply to Q2:"). Read by structure, not by the leads' words:

* a numbered list: consecutive paragraphs numbered 1, 2 … N (N ≥ 2), mostly in the
  requester's words (parsers.foi.contents_list reads the list the same way), the
  numbers bare ("1.", "2)", "(3)") or after a question word ("Q1", "Question 2:");
* then, after the last listed question, leads: short paragraphs (a few words, no
  sentence ending) each naming one number or several ("questions 2 and 3", a range
  "2 to 4", "2-4"), the leads all the same words but for the numbers (one template:
  "response to question #", a plural word read as its singular), and the numbers
  they name together each listed number exactly once, in any order. A lead may run
  into its answer after a colon or a dash ("Reply to Q2: The Trust …"); then the
  text after it opens the answer.

Each lead's answer is the text from it to the next lead in the letter (the last up to
the letter's sign-off, as the segmenter ends it, or the end of the units given: the
letter's closing run is cut before this pass runs), and it answers every question
the lead names: a lead naming several gives each of them the same answer. The lead
itself is in no answer, and the text between the list and the first lead (an "Our
response" heading, a general preamble) is in none either. The items keep the list's
order; the label is the listed number as printed ("Q2" after "Q", else "2").

Leads that repeat their question's words, or an answer whose first paragraph repeats
a question it answers, are a letter that prints each question again over its answer:
left to the segmenter (parsers.foi.segment). A lead that is a bare number ("2.") is
too. An answer marker carrying the number ("A2. …", "Answer 2 – …": the marker grammar
of parsers.foi.markers) is a lead run into its answer whatever its punctuation (since
set Z: the "A1." marker with all the questions listed first). Part of the FOI parser, run by parsers.foi.passes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from parsers.foi.contents_list import _contents, _Numbered, _numbered, listed_item
from parsers.foi.line_kinds import _is_signoff
from parsers.foi.markers import answer_marker
from parsers.foi.patterns import normalise
from parsers.foi.segment_items import _Q
from parsers.foi.units import _label_of, _Unit

_MAX_LEAD_WORDS = 8
# the numbers a lead names: one, or several joined by commas, "and", "&", or a
# range's "to" or dash, each after the join perhaps abbreviated again ("Q2 and Q3")
_JOIN = r"(?:\s*[,&–—-]\s*(?:and\s+)?|\s+(?:and|to)\s+)"
_NUMBERS = rf"\d{{1,2}}(?:{_JOIN}(?:q\.?\s?)?\d{{1,2}})*"
_RE_NUMBERS = re.compile(_NUMBERS, re.IGNORECASE)
# a lead run into its answer: a few words naming its numbers, then a colon or a dash
_RE_RUN_IN = re.compile(
    rf"^([^.?!:–—\d]{{1,60}}?{_NUMBERS}[^.?!:–—\d]{{0,30}}?)\s*(?::|\s[–—-])\s+(\S.*)$",
    re.IGNORECASE,
)
_RE_RANGE_JOIN = re.compile(r"^\s*(?:to|[–—-])\s*(?:q\.?\s?)?$", re.IGNORECASE)


@dataclass
class _Lead:
    index: int  # the unit's place
    nums: list[int]  # the questions it answers
    template: str  # the lead's words, its numbers as "#"
    rest: str  # text run in after the lead (the answer's first words), else ""


def numbers_named(group: str) -> list[int] | None:
    """The question numbers a lead's number group names: "3" → [3], "2 and 4" →
    [2, 4], "2 to 4" / "2-4" → [2, 3, 4]; None when a range runs backwards or a
    number is named twice."""
    figures = [(int(m.group(0)), m.start(), m.end()) for m in re.finditer(r"\d+", group)]
    nums = [figures[0][0]]
    for (a, _, a_end), (b, b_start, _) in pairwise(figures):
        if _RE_RANGE_JOIN.match(group[a_end:b_start]):
            if b <= a:
                return None
            nums += range(a + 1, b + 1)
        else:
            nums.append(b)
    return nums if len(set(nums)) == len(nums) else None


def _template(whole: str, group: re.Match[str]) -> str:
    """A lead's words with its numbers as "#": a plural word just before them is
    read as its singular, so "questions # " and "question #" are one template."""
    text = normalise(f"{whole[: group.start()]}#{whole[group.end() :]}").lower()
    text = re.sub(r"\b(\w{3,})s #", r"\1 #", text)
    return re.sub(r"\s*[-–—:]\s*", " – ", text).strip(" –")


def _lead_of(k: int, u: _Unit) -> _Lead | None:
    """A unit that may be a lead: a short text naming one group of numbers and
    words besides them, standing alone or run into the answer after a colon or dash."""
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
    groups = list(_RE_NUMBERS.finditer(whole))
    if len(groups) != 1 or not re.search(r"[^\W\d_]{2,}", whole):
        return None
    nums = numbers_named(groups[0].group(0))
    if nums is None:
        return None
    return _Lead(k, nums, _template(whole, groups[0]), rest)


def _marker_lead(k: int, u: _Unit) -> _Lead | None:
    """A paragraph opening on an answer marker that names one number ("A2. The Trust
    …"): a lead run into its answer after the marker, however it is punctuated."""
    if u.table is not None or not u.text:
        return None
    text = u.text.strip()
    rest = answer_marker(text)
    if rest is None or not text.endswith(rest):
        return None
    head = text[: len(text) - len(rest)].strip()
    groups = list(_RE_NUMBERS.finditer(head))
    if len(groups) != 1:
        return None
    nums = numbers_named(groups[0].group(0))
    return None if nums is None else _Lead(k, nums, _template(head, groups[0]), rest)


def _leads(units: list[_Unit], after: int, count: int) -> list[_Lead] | None:
    """The leads after unit `after`: one template, naming 1 … N once each, in any order."""
    found = [
        m
        for k, u in enumerate(units)
        if k > after and (m := _lead_of(k, u) or _marker_lead(k, u)) is not None
    ]
    by_template: dict[str, list[_Lead]] = {}
    for m in found:
        by_template.setdefault(m.template, []).append(m)
    for run in by_template.values():
        if sorted(n for m in run for n in m.nums) == list(range(1, count + 1)):
            return run
    return None


def _list_mark(k: int, u: _Unit) -> _Numbered | None:
    """A listed question's number: bare or after a part word (parsers.foi.contents_list),
    or after "Q" ("Q3.", "Q3 How …"), whose label keeps the "Q"."""
    mark = _numbered(k, u)
    if mark is not None or u.table is not None or not u.text:
        return mark
    lab = _label_of(u.text)
    if lab is None or lab.kind not in ("qshort", "qword") or lab.letter is not None:
        return None
    return _Numbered(k, lab.num, lab.kind, lab.rest.strip())


def answer_lead_items(units: list[_Unit]) -> list[_Q] | None:
    """Items of a letter whose numbered questions are listed first and answered
    after the list under leads naming each question's number, else None."""
    marks = [m for k, u in enumerate(units) if (m := _list_mark(k, u)) is not None]
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
    by_num: dict[int, _Q] = {}
    for lead, end in zip(leads, bounds[1:], strict=True):
        body = units[lead.index + 1 : end]
        first = lead.rest or next((b.text for b in body if b.table is None and b.text), "")
        if not first and not any(b.table is not None for b in body):
            return None  # a lead with nothing under it
        for num in lead.nums:
            q_mark = listed[num - 1]
            if _repeats_question(q_mark.rest, lead.template, first):
                return None
            q = listed_item(q_mark, body, lead.rest)
            if q_mark.scheme == "qshort":
                q.label = f"Q{q_mark.num}"
            by_num[num] = q
    return [by_num[n] for n in sorted(by_num)]


def _repeats_question(asked: str, template: str, first: str) -> bool:
    """A lead holding its question's words, or an answer opening with them: the
    question printed again over its answer."""
    asked = normalise(asked).lower()[:40]
    return bool(asked) and (asked in template or normalise(first).lower().startswith(asked))
