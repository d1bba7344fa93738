"""Unnumbered questions told apart from their answers only by their look (since set
J): each request set in italic (or bold, or underlined since set M, or a colour of its
own), the reply in the letter's plain text beneath it, no label and no marker anywhere.
The look is read as structure, not as a phrase:

- the region read is the letter's body: after the salutation ("Dear …") and before
  the closing run (parsers.foi.tail.tail_start), so a bold reference line in the
  letterhead or a bold signature is no question;
- the question's face (emphasis and colour / class together) is never the body's
  commonest face, and its runs take turns with the answers': each run is followed
  by a run in one other face, the same after every question, at least twice;
- the question's runs read as questions often enough: most end in "?" or read as a
  request ("Please provide …", or put as a bare command since set L's learning:
  "Provide …", "Give details of …"), any other is shorter than its answer, and none
  reads as an answer, so italic quotations of a policy or notes under a table are
  not paired;
- a number standing alone before a question (a margin number printed on a line of
  its own) is the question's label;
- the last answer ends at a paragraph that explains an exemption in general or is
  the closing's wording, as the labeller's stop does (parsers.foi.labeller).

A letter whose questions are numbered, or which carries request or answer markers
anywhere in its body, is left to the other passes (parsers.foi.marker_pairs,
parsers.foi.segment), which read it already. The pairs are rewritten as the markers
the segmenter knows ("Request:" or "Question 2:" before the question, "Answer:"
before the reply), as parsers.foi.look_pairs does for classes and colours. Part of
the FOI parser; called by parsers.foi.house_units."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from parsers.foi.line_kinds import (
    _answer_like,
    _question_like,
    _request_like,
    imperative_request,
)
from parsers.foi.markers import answer_marker, request_marker
from parsers.foi.patterns import _RE_QWORD_ALONE, _RE_SALUTATION
from parsers.foi.regrouped import group_heading
from parsers.foi.tail import has_own_figures, tail_start
from parsers.foi.units import _label_of, _range_of, _Unit
from parsers.foi.vocab import closing_kinds, is_exemption_explanation

MIN_PAIRS = 2
# a line in capitals as a look: a sentence's worth of words, not an acronym or a code
MIN_CAPITAL_WORDS = 4
# a question's run is a paragraph or two, not a page of quotation
MAX_QUESTION_UNITS = 3
# the share of question runs that must end in "?" or read as a request
MIN_ASKING_SHARE = 2 / 3
# emphasis that is a look (a heading or a list item is structure, read elsewhere)
_EMPHASES = ("bold", "italic", "underline")
_RE_BARE_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]?$")
# the regulator every FOI closing points to, named anywhere in its sentence
_RE_REGULATOR = re.compile(r"\b(?:[Ii]nformation\s+[Cc]ommissioner|ICO)\b")


@dataclass
class EmphasisPair:
    question: list[int]  # the question's units (one run of the question's face)
    answer: list[int]  # the answer's units, to the next question or the body's end
    number_at: int | None  # a number standing alone before the question
    # short lines in a face of their own after the answer, heading the next group of
    # questions ("Information we do not hold"): no answer's text
    grouping: list[int] = field(default_factory=list)


def face(u: _Unit) -> str | None:
    """A text unit's look as one key: its emphasis and its colour or class (None for
    a table, which has no face of its own)."""
    if u.table is not None:
        return None
    emphasis = u.style if u.style in _EMPHASES else ("heading" if u.style == "heading" else "")
    # letter case is a look too (since set N): questions typed in capitals over replies
    # in sentence case take turns as a bold or coloured question's do
    case = "|capitals" if in_capitals(u.text) else ""
    return f"{emphasis}|{u.look or ''}{case}"


def in_capitals(text: str) -> bool:
    """Text typed in capitals: a few words' letters, all of them upper case."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(text.split()) >= MIN_CAPITAL_WORDS and all(ch.isupper() for ch in letters)


def body_face(units: list[_Unit]) -> str | None:
    """The commonest face of the letter's text (first seen on a tie)."""
    counts = Counter(f for u in units if (f := face(u)) is not None)
    return counts.most_common(1)[0][0] if counts else None


def body_region(units: list[_Unit]) -> tuple[int, int]:
    """(first, end) of the letter's body: after the salutation, before the closing."""
    salute = next(
        (k for k, u in enumerate(units) if u.table is None and _RE_SALUTATION.match(u.text)), -1
    )
    end = tail_start(units)
    return salute + 1, end if end is not None else len(units)


def _marked(u: _Unit) -> bool:
    """A unit the other passes read by its label or marker."""
    t = u.text
    return u.table is None and (
        _label_of(t) is not None
        or _range_of(t) is not None
        or _RE_QWORD_ALONE.match(t) is not None  # "Item 2" over its question
        or answer_marker(t) is not None
        or request_marker(t) is not None
        or u.quoted
    )


def _asks(text: str) -> bool:
    """A question, a softened request ("Please could you …") or a bare command
    ("Provide …", "Give details of …"): each asks, whatever its reply."""
    return _question_like(text) or _request_like(text) or imperative_request(text)


def _bare_number(units: list[_Unit], k: int) -> bool:
    return k >= 0 and units[k].table is None and bool(_RE_BARE_NUMBER.match(units[k].text))


def _pairs_in_face(
    units: list[_Unit], first: int, end: int, qface: str
) -> list[EmphasisPair] | None:
    """The pairs when `qface` is the questions' face in units[first:end], else None.
    Numbers standing alone before the questions are their labels only when every
    question has one and they count on by one; otherwise such a number is the last
    line of the answer before it (a figure answering "how many")."""
    pairs = _pairs_read(units, first, end, qface, margin_numbers=True)
    if pairs is not None and _counting_labels(units, pairs):
        return pairs
    return _pairs_read(units, first, end, qface, margin_numbers=False)


def _pairs_read(
    units: list[_Unit], first: int, end: int, qface: str, margin_numbers: bool
) -> list[EmphasisPair] | None:
    starts = [k for k in range(first, end) if face(units[k]) == qface]
    if not starts:
        return None
    runs: list[list[int]] = []
    for k in starts:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    while runs and not _asks(" ".join(units[k].text for k in runs[-1])):
        end = runs.pop()[0]  # a line in that face after the last question: the closing's
    pairs: list[EmphasisPair] = []
    answer_faces: set[str | None] = set()
    asking = 0
    for r, run in enumerate(runs):
        stop = runs[r + 1][0] if r + 1 < len(runs) else end
        answer = list(range(run[-1] + 1, stop))
        number_at = run[0] - 1 if margin_numbers and _bare_number(units, run[0] - 1) else None
        if margin_numbers and answer and _bare_number(units, answer[-1]) and r + 1 < len(runs):
            answer = answer[:-1]  # the next question's number, not this answer's text
        grouping: list[int] = []
        while (
            r + 1 < len(runs)
            and len(answer) > 1
            and face(units[answer[-1]]) not in (face(units[answer[0]]), qface)
            and units[answer[-1]].style in ("heading", *_EMPHASES)
            and group_heading(units[answer[-1]])
        ):
            grouping.insert(0, answer.pop())
        if not answer or len(run) > MAX_QUESTION_UNITS:
            return None  # a question answered by nothing, or a page of quotation
        question = " ".join(units[k].text for k in run)
        reply = " ".join(units[k].text for k in answer if units[k].table is None)
        asks = _asks(question)
        if _answer_like(question) or not (asks or len(question) < len(reply)):
            return None  # the emphasis is the reply's, or a note as long as its text
        answer_faces.add(face(units[answer[0]]))
        asking += asks
        pairs.append(EmphasisPair(run, answer, number_at, grouping))
    answer_faces.discard(None)  # (an answer may open with its table)
    if len(pairs) < MIN_PAIRS or len(answer_faces) != 1 or qface in answer_faces:
        return None
    if asking < MIN_PAIRS or asking < MIN_ASKING_SHARE * len(pairs):
        return None
    return pairs


def _counting_labels(units: list[_Unit], pairs: list[EmphasisPair]) -> bool:
    """No margin numbers at all, or one before every question counting on by one."""
    at = [p.number_at for p in pairs]
    if all(k is None for k in at):
        return True
    if any(k is None for k in at):
        return False
    numbers = [int(_RE_BARE_NUMBER.match(units[k].text).group(1)) for k in at]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def emphasis_pairs(units: list[_Unit]) -> list[EmphasisPair] | None:
    """The letter's unnumbered question/answer pairs told apart by face, or None."""
    first, end = body_region(units)
    body = units[first:end]
    if not body or any(_marked(u) for u in body):
        return None
    common = body_face(units)
    # the body opens with its own paragraphs (the reply's preamble) before the first
    # question: the question's face starts where its first asking run does
    candidates = dict.fromkeys(f for u in body if (f := face(u)) not in (None, common))
    found = []
    for qface in candidates:
        if qface.startswith("heading|"):
            continue
        opens = next(
            (k for k in range(first, end) if face(units[k]) == qface and _asks(units[k].text)),
            None,
        )
        pairs = None if opens is None else _pairs_in_face(units, opens, end, qface)
        if pairs is not None:
            found.append(pairs)
    return found[0] if len(found) == 1 else None  # none, or more than one reading


def emphasis_pair_units(units: list[_Unit]) -> list[_Unit]:
    """The units with unnumbered questions told apart by face rewritten as marked
    (see the module's docstring); unchanged when there is no such structure."""
    pairs = emphasis_pairs(units)
    if pairs is None:
        return units
    out: list[list[_Unit]] = [[u] for u in units]  # what each unit becomes
    for p in pairs:
        q = units[p.question[0]]
        text = " ".join(units[k].text for k in p.question)
        if p.number_at is not None:
            number = int(_RE_BARE_NUMBER.match(units[p.number_at].text).group(1))
            text = f"Question {number}: {text}"
            out[p.number_at] = []
        else:
            text = f"Request: {text}"
        out[p.question[0]] = [replace(q, text=text, lines=[text])]
        for k in p.question[1:] + p.grouping:
            out[k] = []
        a = units[p.answer[0]]
        if a.table is None:
            marked = f"Answer: {a.text}"
            out[p.answer[0]] = [replace(a, text=marked, lines=[marked])]
        else:  # an answer that opens with its table: the marker stands alone before it
            out[p.answer[0]] = [replace(q, text="Answer:", lines=["Answer:"]), a]
    end = last_answer_end(units, pairs[-1])
    if end is not None:
        out[end] = [replace(u, ends_answers=True) for u in out[end]]
    return [u for us in out for u in us]


def last_answer_end(units: list[_Unit], last: EmphasisPair) -> int | None:
    """Where the last answer ends before the body does: at a paragraph after its
    first that explains an exemption in general or is the closing's wording
    (parsers.foi.vocab), or that names the regulator anywhere in a sentence with no
    figures of its own (a closing's reference to the Information Commissioner need
    not open its clause). Nothing in the answers' look marks that end, as the reply
    is set in the body's face."""
    for k in last.answer[1:]:
        t = units[k].text
        if units[k].table is None and (
            is_exemption_explanation(t)
            or closing_kinds(t)
            or (_RE_REGULATOR.search(t) and not has_own_figures(t))
        ):
            return k
    return None
