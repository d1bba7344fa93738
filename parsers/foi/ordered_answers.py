"""Questions listed first, numbered, then their answers in a second numbering kind in
the same order ("1." … "4." asked, then "(a)" … "(d)" answered): a pairing by order,
the k-th answer replying to the k-th question. Read by structure, from the numbering
kinds (parsers.foi.numbering_kinds) and the counts, never from the sentence that may
say so:

* the questions: consecutive paragraphs numbered 1, 2 … N (N ≥ 2) in one scheme
  ("1.", "Q1", "Question 1:"), mostly in the requester's words, as the other
  listed-first layouts read them (parsers.foi.contents_list, parsers.foi.answer_leads);
* then, after at most a few short unnumbered paragraphs (an "Answers" heading, a
  line introducing them), a run of paragraphs opening on one other kind (letters,
  capitals or roman numerals) counting 1 … N, exactly N of them, in order, with no
  paragraph numbered in the questions' scheme after the list. (On a page of messages
  the few paragraphs are counted from the header of the message holding the answers:
  parsers.foi.message_headers.)

Position tells these answers from sub-parts: a question's own lettered parts
("2. Please give: (a) … (b) …") stand under it, between numbers, or close the list
under its last question, which introduces them (ending on a colon), and mostly ask;
here all the numbers come first, then all the letters, as many, and the letters
answer. A lettered run of another length, or after a further number, is no pairing.

(Answers numbered again in the questions' own scheme, 1 … N after 1 … N, are read by
parsers.foi.renumbered_answers, which parsers.foi.passes tries after this.)

Each answer is its lettered paragraph, without its letter, and the paragraphs and
tables under it up to the next letter (the last one up to the end of the units given:
the letter's closing is cut before this pass runs). Part of the FOI parser, run by
parsers.foi.passes.
"""

from __future__ import annotations

from parsers.foi.answer_leads import _list_mark
from parsers.foi.contents_list import _asking, _contents, _Numbered, listed_item
from parsers.foi.message_headers import answer_gap
from parsers.foi.numbering_kinds import Numbering, numberings
from parsers.foi.segment_items import _Q
from parsers.foi.trailing_section import section_after_answers
from parsers.foi.units import _Unit

# the numbering kinds an answer run may open on: any but the questions' numbers
ANSWER_KINDS = ("letter", "capital", "roman")
# what may stand between the list and the first answer: a heading, a line introducing
# the answers; more, or longer, is prose of the letter's own and no such layout
MAX_GAP_UNITS = 3
MAX_GAP_WORDS = 25


def _gap_ok(gap: list[_Unit]) -> bool:
    """The units between the last question and the first answer: a few short ones."""
    if len(gap) > MAX_GAP_UNITS:
        return False
    return all(u.table is None and len(u.text.split()) <= MAX_GAP_WORDS for u in gap)


def _answer_run(
    found: list[Numbering | None], start: int, count: int
) -> list[tuple[int, Numbering]] | None:
    """The first numbered paragraph from `start` and those after it of its kind, when
    they count 1 … `count` in order and no other kind stands among them."""
    marks = [(k, m) for k, m in enumerate(found) if k >= start and m is not None]
    if not marks:
        return None
    kind = marks[0][1].kind
    if kind not in ANSWER_KINDS:
        return None
    if any(m.kind != kind for _, m in marks):
        return None  # (a list nested in an answer, a further question: not this layout)
    if [m.place for _, m in marks] != list(range(1, count + 1)):
        return None
    return marks


def _later_question(units: list[_Unit], after: int, scheme: str) -> bool:
    """A paragraph after unit `after` numbered in the questions' scheme."""
    for k in range(after + 1, len(units)):
        mark = _list_mark(k, units[k])
        if mark is not None and mark.scheme == scheme:
            return True
    return False


def _item(q_mark: _Numbered, answer: Numbering, body: list[_Unit]) -> _Q:
    q = listed_item(q_mark, body, answer.rest)
    if q_mark.scheme == "qshort":
        q.label = f"Q{q_mark.num}"
    return q


def listed_questions(units: list[_Unit]) -> tuple[list[_Numbered], list[_Numbered]] | None:
    """(the questions listed first, numbered 1 … N: parsers.foi.contents_list; every
    numbered paragraph), else None, or when the last question introduces parts of
    its own (it ends on a colon)."""
    marks = [m for k, u in enumerate(units) if (m := _list_mark(k, u)) is not None]
    listed = _contents(marks)
    if listed is None or listed[-1].rest.rstrip().endswith(":"):
        return None
    return listed, marks


def ordered_answer_items(units: list[_Unit]) -> list[_Q] | None:
    """Items of a letter whose numbered questions are listed first and answered after
    the list in another numbering kind, in the same order and as many, else None."""
    found_list = listed_questions(units)
    if found_list is None:
        return None
    listed, _marks = found_list
    last = listed[-1]
    if _later_question(units, last.index, last.scheme):
        return None
    found = numberings([u.text if u.table is None else None for u in units])
    answers = _answer_run(found, last.index + 1, len(listed))
    if answers is None:
        return None
    first = answers[0][0]
    # (a page of messages: the gap from the reply's own header on, parsers.foi.message_headers)
    if not _gap_ok(answer_gap(units, last.index, first)):
        return None
    if 2 * sum(_asking(m.rest) for _, m in answers) > len(answers):
        return None  # lettered parts in the requester's words: sub-questions, not answers
    # (the last answer ends at a section heading after it: parsers.foi.trailing_section)
    end = section_after_answers(units, [k for k, _ in answers]) or len(units)
    bounds = [k for k, _ in answers[1:]] + [end]
    return [
        _item(q_mark, mark, units[k + 1 : end])
        for q_mark, (k, mark), end in zip(listed, answers, bounds, strict=True)
    ]
