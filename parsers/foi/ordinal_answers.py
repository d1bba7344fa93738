"""Questions listed first, then answered in prose paragraphs that each open on an
ordinal lead-in ("As to your first point: …", "Regarding the second question – …",
"3rd, …"), with no number of their own: a pairing by ordinal position, the answer
led in with the k-th ordinal replying to the k-th question of the list (since set
AA's learning). Read by structure, never from the lead-in's other words:

* the questions: paragraphs numbered 1 … N in one scheme, listed first
  (parsers.foi.ordered_answers.listed_questions), or a run of N bulleted paragraphs
  (parsers.foi.paired_lists), mostly asking; N ≥ 2;
* then, after at most a few short paragraphs (parsers.foi.ordered_answers' gap), the
  paragraphs that open on a lead-in: a few words holding one ordinal (a word,
  parsers.foi.spelled.ORDINAL_WORDS, or a figure "2nd"), closed by a colon, a spaced
  dash or a comma, or standing alone over the answer as a heading. Taken in turn,
  the lead-ins count first … N-th, exactly N of them (a paragraph inside an answer
  opening "In the first quarter, …" counts nothing: only the next ordinal in turn
  opens an answer).

The lead-in is a marker, in no item; each answer is the rest of its paragraph and the
paragraphs and tables under it up to the next lead-in (the last one up to the end of
the units given: the letter's closing is cut before this pass runs, or to a section
heading after it: parsers.foi.trailing_section). Part of the FOI parser, run by
parsers.foi.passes with the other listed-first readers.
"""

from __future__ import annotations

import re

from parsers.foi.contents_list import _asking, _Numbered, listed_item
from parsers.foi.line_kinds import _bullet
from parsers.foi.ordered_answers import _gap_ok, listed_questions
from parsers.foi.paired_lists import _runs
from parsers.foi.segment_items import _Q
from parsers.foi.spelled import ORDINAL_WORDS
from parsers.foi.trailing_section import section_after_answers
from parsers.foi.units import _Unit

# a lead-in is a few words: a longer opening is a sentence of the answer's own
MAX_LEAD_WORDS = 8
# where a lead-in closes: a colon, a spaced dash, a comma
_RE_LEAD_END = re.compile(r":\s+|\s+[-–—]\s+|,\s+")
# a lead-in standing alone as a heading ends the paragraph (a colon at most), and
# is no sentence
_RE_HEADING_END = re.compile(r"\s*:?\s*$")
_RE_SENTENCE_END = re.compile(r"[.?!;,]['’”\"]?\s*$")
_RE_FIGURE_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$", re.IGNORECASE)

Question = tuple[int, str | None, str, _Numbered | None]  # (unit, label, text, number)


def ordinal_place(word: str) -> int | None:
    """The place an ordinal names ("second", "2nd" → 2), else None."""
    word = word.strip("().,;'’\"").lower()
    m = _RE_FIGURE_ORDINAL.match(word)
    return int(m.group(1)) if m else ORDINAL_WORDS.get(word)


def ordinal_lead(text: str) -> tuple[int, str] | None:
    """(the place its ordinal names, the text after it) of a paragraph opening on a
    lead-in of a few words holding exactly one ordinal, or standing alone as a
    heading over its answer ("Your third question", "Second request:": no text
    after it, no sentence's end); else None."""
    m = _RE_LEAD_END.search(text)
    if m is None or not text[m.end() :].strip():
        m = None if _RE_SENTENCE_END.search(text) else _RE_HEADING_END.search(text)
    if m is None:
        return None
    words = text[: m.start()].split()
    if not 1 <= len(words) <= MAX_LEAD_WORDS:
        return None
    places = [p for w in words if (p := ordinal_place(w)) is not None]
    if len(places) != 1:
        return None
    return places[0], text[m.end() :].strip()


def _listed(units: list[_Unit]) -> list[Question] | None:
    """The questions listed first: numbered 1 … N, else the first bulleted run of
    two or more that mostly asks."""
    found = listed_questions(units)
    if found is not None:
        return [(m.index, str(m.num), m.rest, m) for m in found[0]]
    for start, end in _runs(units):
        texts = [_bullet(units[k]) or "" for k in range(start, end)]
        if len(texts) >= 2 and 2 * sum(_asking(t) for t in texts) > len(texts):
            return [(k, None, t, None) for k, t in zip(range(start, end), texts, strict=True)]
    return None


def _leads(units: list[_Unit], after: int, count: int) -> list[tuple[int, str]] | None:
    """(unit, text after the lead-in) of the paragraphs after unit `after` whose
    lead-ins count first … `count`-th in turn; None unless all are found."""
    out: list[tuple[int, str]] = []
    for k in range(after + 1, len(units)):
        u = units[k]
        lead = ordinal_lead(u.text) if u.table is None and len(out) < count else None
        if lead is not None and lead[0] == len(out) + 1:
            out.append((k, lead[1]))
    return out if len(out) == count else None


def _item(question: Question, rest: str, body: list[_Unit]) -> _Q:
    _, label, text, mark = question
    if mark is not None:
        return listed_item(mark, body, rest)
    q = _Q(label=label, heading=None, parts=[text], answered=True, answer=[rest] if rest else [])
    for b in body:
        if b.table is not None and b.table_index is not None:
            q.tables.append(b.table_index)
        elif b.table is None and b.text:
            q.answer.append(b.text)
    return q


def ordinal_answer_items(units: list[_Unit]) -> list[_Q] | None:
    """Items of a letter whose questions are listed first and answered after the list
    in paragraphs led in by ordinals counting first … N-th, else None."""
    questions = _listed(units)
    if questions is None or len(questions) < 2:
        return None
    last = questions[-1][0]
    leads = _leads(units, last, len(questions))
    if leads is None or not _gap_ok(units[last + 1 : leads[0][0]]):
        return None
    starts = [k for k, _ in leads]
    end = section_after_answers(units, starts) or len(units)
    bounds = [*starts[1:], end]
    return [
        _item(q, rest, units[k + 1 : stop])
        for q, (k, rest), stop in zip(questions, leads, bounds, strict=True)
    ]
