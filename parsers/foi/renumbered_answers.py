"""Questions listed first, numbered 1 … N, then their answers numbered 1 … N again in
the same scheme ("1. How many …?" "2. Does …?" then "1. There are …" "2. Yes …"): a
pairing by number, the answer numbered k replying to question k. A disclosure-log
page prints it as two paragraphs of numbered lines broken by <br>, one asking and one
answering; a letter as two numbered lists. Read by structure, from the numbers, the
counts and what each run does, never from the headings over the runs ("Request" /
"Response" or any other words), learned from held-out set U's first sight:

* the questions: consecutive paragraphs numbered 1, 2 … N (N ≥ 2) in one scheme,
  mostly in the requester's words, the last not introducing parts of its own (":"),
  as parsers.foi.ordered_answers reads them (listed_questions);
* then, after at most a few short paragraphs (a heading, a line introducing the
  answers: parsers.foi.ordered_answers' gap; on a page of messages, counted from the
  header of the message holding the answers: parsers.foi.message_headers), the
  paragraphs numbered in that scheme
  again count 1 … N, exactly N of them, in order, and no more;
* the second run answers: mostly not asking, none opening on the question it
  answers (a request repeated with its answer under it is the segmenter's layout)
  nor on an answer marker ("1. Response: …" is read by the segmenter, which drops
  the marker).

Each answer is its numbered paragraph without its number and the paragraphs and
tables under it up to the next number (the last one up to the end of the units
given: the letter's closing is cut before this pass runs). Part of the FOI parser,
run by parsers.foi.passes after parsers.foi.ordered_answers; unlike the layouts whose
own structure ends the last answer, the block labeller still cuts these at the
letter's closing (an exemption note after the last answer is none of it)."""

from __future__ import annotations

from parsers.foi.contents_list import _asking, _Numbered, listed_item
from parsers.foi.message_headers import answer_gap
from parsers.foi.ordered_answers import _gap_ok, listed_questions
from parsers.foi.patterns import answer_marker, normalise
from parsers.foi.segment_items import _Q
from parsers.foi.trailing_section import section_after_answers
from parsers.foi.units import _Unit

# how much of a question's wording, at an answer's opening, makes it the question
# repeated rather than answered
REPEAT_CHARS = 40


def _repeats(question: str, answer: str) -> bool:
    """The answer's paragraph opens on its question's own wording."""
    q = normalise(question).lower()[:REPEAT_CHARS]
    return bool(q) and normalise(answer).lower().startswith(q)


def _answers(listed: list[_Numbered], again: list[_Numbered]) -> bool:
    """The second run answers the first: mostly not asking, no question repeated, no
    answer marker (see the docstring)."""
    if 2 * sum(_asking(m.rest) for m in again) > len(again):
        return False
    return not any(
        _repeats(q.rest, a.rest) or answer_marker(a.rest) is not None
        for q, a in zip(listed, again, strict=True)
    )


def renumbered_answer_items(units: list[_Unit]) -> list[_Q] | None:
    """Items of a letter whose numbered questions are listed first and answered after
    the list numbered again in the same scheme, as many and in order, else None."""
    found_list = listed_questions(units)
    if found_list is None:
        return None
    listed, marks = found_list
    last = listed[-1]
    again = [m for m in marks if m.index > last.index and m.scheme == last.scheme]
    if [m.num for m in again] != list(range(1, len(listed) + 1)):
        return None
    # (a page of messages: the gap from the reply's own header on, parsers.foi.message_headers)
    gap = answer_gap(units, last.index, again[0].index)
    if not _gap_ok(gap) or not _answers(listed, again):
        return None
    # (the last answer ends at a section heading after it: parsers.foi.trailing_section)
    end = section_after_answers(units, [m.index for m in again]) or len(units)
    bounds = [m.index for m in again[1:]] + [end]
    return [
        listed_item(q, units[a.index + 1 : end], a.rest)
        for q, a, end in zip(listed, again, bounds, strict=True)
    ]
