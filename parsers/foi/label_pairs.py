"""Question/answer items drawn from the block labels (issue #13): for letters in
a style the rules do not know (no numbers, no "Answer:" markers), the model of
the letter (parsers.foi.labeller) and the blocks' emphasis say where questions
and answers stand, and answers are paired with questions by position.

* a block is a question when the model says so confidently, or when it is
  emphasised (bold, heading) or labelled question and reads as one (ends in
  "?", or is in the requester's words: "Please provide …");
* the question/answer part of the letter runs from the first question to the
  first block after the last question that is confidently the closing (or an
  exemption explanation, or page furniture) *and* carries closing wording of
  its own, or from which on the model is sure everything is the closing (but
  the block right after the last question is its answer); everything between
  questions is answer;
* a run of questions then a run of answers: one question → one answer; as many
  answer paragraphs as questions → paired in order; an answer that names the
  questions it covers ("Questions 1 to 3", "for all of the above") or any
  other count → one answer shared by the questions (as the rules do);
* a two-column table whose rows hold questions in one cell and replies in the
  other (several per cell: parsers.foi.cells pairs them by number, page
  position or order) gives its pairs directly.

parsers.foi.parse uses these items only as a fallback and a check of the rules
(`prefer_label_pairs`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.extract.model import Table
from parsers.foi.blocks import Block
from parsers.foi.boilerplate import Boilerplate
from parsers.foi.cells import cell_items, pair_cells
from parsers.foi.labeller import (
    HARD_BOILERPLATE,
    MIN_STOP_PROB,
    STOP_LABELS,
    SURE,
    closing_evidence,
)
from parsers.foi.patterns import _RE_SIGNOFF, normalise
from parsers.foi.segment_items import _Q
from parsers.foi.structure import structure_of
from parsers.foi.units import _label_of, _Unit

LABEL_PAIRS_WARNING = "pairs drawn from block labels"
# the document's confidence when its pairs come from the labels (below the review
# queue's 0.6: a person should look), not from the rules
LABEL_PAIRS_CONFIDENCE = 0.55
# one rule pair whose answer holds more than this share of the letter's text has
# probably swallowed the questions after it
MOST_OF_LETTER = 0.5
# how sure the model must be before its label alone makes a block a question
MIN_QUESTION_PROB = 0.6
# the types a letter sets its questions in: italic too ("How many …?" in italic, a
# plain reply beneath), so a request in italic with no "?" is one of them
EMPHASIS = ("bold", "heading", "italic")
# a "question" longer than this is a paragraph of prose, not a request
MAX_QUESTION_WORDS = 80

# a request in the requester's words, with or without a question mark
_RE_REQUEST_WORDS = re.compile(
    r"^(?:please\s+(?:provide|supply|send|confirm|state|list|tell|advise|share|give)|"
    r"(?:i|we)\s+(?:would\s+like|request|am\s+requesting|wish)|could\s+you|can\s+you)\b",
    re.I,
)
# an interrogative opening: a question only with its question mark
_RE_INTERROGATIVE = re.compile(
    r"^(?:how\s+many|how\s+much|how|what|which|when|where|who|whom|whose|why|whether|"
    r"does|do|did|is|are|was|were|has|have|had|will|would|can|could)\b",
    re.I,
)
# an answer naming the questions it covers: all of them …
_RE_COVERS_ALL = re.compile(
    r"\b(?:(?:all|both|each)\s+(?:of\s+)?(?:the\s+|these\s+|your\s+|those\s+)?"
    r"(?:two\s+|three\s+|four\s+|five\s+|six\s+)?(?:above\b|questions|requests|parts|points)|"
    r"(?:the|these)\s+(?:above\s+)?(?:questions|requests|points)\s+(?:above|together)|"
    r"the\s+above\s+(?:questions|requests|points))",
    re.I,
)
# … or a range of them ("Questions 1 to 3", "Q1-3")
_RE_COVERS_RANGE = re.compile(
    r"\b(?:questions?|q)\s*(\d{1,2})\s*(?:-|–|—|to|and|&)\s*(?:questions?\s*|q\s*)?(\d{1,2})\b",
    re.I,
)
# where a reply names what it covers: in its opening words
_COVERS_SPAN = 120


@dataclass
class _Run:
    questions: list[int] = field(default_factory=list)  # block indices
    answers: list[int] = field(default_factory=list)


@dataclass
class LabelPairs:
    """The items, and how many times a run of questions is followed by its answer."""

    items: list[_Q]
    alternations: int


def _asks(text: str) -> bool:
    t = text.strip().lstrip("•▪·-–* ")
    return t.endswith("?") or bool(_RE_REQUEST_WORDS.match(t))


def _asks_outright(text: str) -> bool:
    """A question in so many words: a request, or an interrogative ending "?"."""
    t = text.strip().lstrip("•▪·-–* ")
    return t.endswith("?") and bool(_RE_REQUEST_WORDS.match(t) or _RE_INTERROGATIVE.match(t))


def is_question(
    b: Block, label: str, prob: float, boilerplate: Boilerplate, q_style: str | None = None
) -> bool:
    """Question cues: a confident question label; a question in so many words
    ("How many …?"); or emphasis, or a (less sure) question label, on a block
    that reads as a request ("Please provide …"). A block whose wording is the
    closing's (or an exemption explanation's, or learned boilerplate) is never
    a question, whatever its emphasis; the model's other labels do not veto one,
    as it reads unnumbered questions poorly."""
    if b.is_table or not b.text or len(b.text.split()) > MAX_QUESTION_WORDS:
        return False
    if closing_evidence(b.text, boilerplate):
        return False  # closing or exemption wording, a sign-off, learned boilerplate
    if q_style in EMPHASIS and b.style != q_style and not _asks(b.text):
        # the letter sets its questions in a type of their own: a block in
        # another type that neither asks nor requests is a reply
        return False
    if label == "question" and prob >= MIN_QUESTION_PROB:
        return True
    if _asks_outright(b.text):
        return True  # a question in so many words needs no emphasis
    return _asks(b.text) and (b.style in EMPHASIS or label == "question")


def _ends_answers(b: Block, label: str, prob: float, boilerplate: Boilerplate) -> bool:
    """The letter's closing (or an exemption explanation, or a footer) after the
    last question: confident and with wording of its own, or a sign-off, or
    known boilerplate."""
    if _RE_SIGNOFF.match(b.text) or boilerplate.similarity(b.text) >= HARD_BOILERPLATE:
        return True
    return (
        label in (*STOP_LABELS, "footer")
        and prob >= MIN_STOP_PROB
        and closing_evidence(b.text, boilerplate)
    )


_RE_LIST_ITEM = re.compile(r"^\s*(?:[•▪·*\-–]|\(?[0-9a-z]{1,2}[.)])\s")


def _continues_list(blocks: list[Block], i: int) -> bool:
    """The block is an item of a list the block before it began (bullets, dashes)."""
    return (
        i > 0
        and bool(_RE_LIST_ITEM.match(blocks[i].text))
        and bool(_RE_LIST_ITEM.match(blocks[i - 1].text))
    )


def table_pairs(table: Table) -> list[tuple[str | None, str, str]] | None:
    """(label, question, answer) from a two-column table whose left cells hold
    questions (one or several, each maybe numbered in the cell) and right cells
    the replies; None unless every row with text reads so. A first row of two
    short non-questions is a header."""
    if table.n_cols != 2 or not table.rows:
        return None
    rows, lines = table.rows, table.cell_lines or []
    out: list[tuple[str | None, str, str]] = []
    for ri, row in enumerate(rows):
        cells = [*row, "", ""][:2]
        if not any(normalise(c) for c in cells):
            continue
        row_lines = lines[ri] if len(lines) == len(rows) else []
        q_lines = row_lines[0] if len(row_lines) > 0 and row_lines[0] else None
        a_lines = row_lines[1] if len(row_lines) > 1 and row_lines[1] else None
        qs = cell_items(cells[0], q_lines)
        if not qs or not normalise(cells[1]):
            return None
        if not all(_asks(q.text) for q in qs):
            if ri == 0 and all(len(normalise(c).split()) <= 5 for c in cells):
                continue  # a header row ("Information sought | Our reply")
            return None
        if len(qs) == 1:  # "2. How many …?": the number is the label, not the question
            lab = _label_of(normalise(cells[0]))
            q = lab.rest if lab is not None else normalise(cells[0])
            out.append((lab.key if lab is not None else None, q, normalise(cells[1])))
            continue
        paired = pair_cells(cells[0], cells[1], q_lines, a_lines)
        if not paired:
            return None
        out.extend((label, normalise(q), normalise(a)) for label, q, a in paired)
    return out or None


def _covered(text: str, n: int, before: int) -> list[int] | None:
    """The positions among a run's `n` questions an answer says it covers, or
    None. A range counts questions from the letter's first (`before` come
    before this run)."""
    head = text[:_COVERS_SPAN]
    m = _RE_COVERS_RANGE.search(head)
    if m:
        lo, hi = int(m.group(1)) - before - 1, int(m.group(2)) - before - 1
        if 0 <= lo < hi < n:
            return list(range(lo, hi + 1))
    if _RE_COVERS_ALL.search(head):
        return list(range(n))
    return None


def _questions_of_run(run: _Run, blocks: list[Block]) -> list[_Q]:
    """One item per question block; a question ending ":" followed by more
    questions is their lead-in ("Please provide the following for 2023:") and
    is prefixed to each of them, as the rules do."""
    qs: list[_Q] = []
    lead_in: str | None = None
    for k, i in enumerate(run.questions):
        text = blocks[i].text
        if text.endswith(":") and k + 1 < len(run.questions):
            lead_in = text
            continue
        qs.append(_Q(label=None, heading=None, parts=[p for p in (lead_in, text) if p]))
    return qs


def _items_of_run(run: _Run, blocks: list[Block], units: list[_Unit], before: int) -> list[_Q]:
    qs = _questions_of_run(run, blocks)
    texts = [blocks[i].text for i in run.answers if not blocks[i].is_table]
    tables = [units[i].table_index for i in run.answers if blocks[i].is_table]
    cover = _covered(texts[0], len(qs), before) if texts and len(qs) > 1 else None
    if len(qs) == 1:
        qs[0].answer, qs[0].tables = texts, tables
    elif cover is None and len(texts) == len(qs) and not tables:
        for q, t in zip(qs, texts, strict=True):
            q.answer = [t]  # as many replies as questions: in order
    else:
        # one reply for several questions (named, or not countable): shared, as
        # the rules share an answer given after a run of questions
        for k in cover if cover is not None else range(len(qs)):
            qs[k].answer, qs[k].tables = list(texts), list(tables)
    for q in qs:
        q.answered = bool(q.answer or q.tables)
    return qs


def label_pairs(
    units: list[_Unit],
    blocks: list[Block],
    labels: list[str],
    probs: list[float],
    boilerplate: Boilerplate,
) -> LabelPairs:
    """The letter's question/answer items as the labels and emphasis read it."""
    n = len(blocks)
    # the type of the first question in so many words (bold, a heading style)
    q_style = next(
        (b.style for b in blocks if not b.is_table and _asks_outright(b.text)),
        None,
    )
    asks = [
        is_question(b, lab, p, boilerplate, q_style)
        for b, lab, p in zip(blocks, labels, probs, strict=True)
    ]
    from_tables: dict[int, list[tuple[str | None, str, str]]] = {}
    for i, u in enumerate(units):
        if u.table is not None:
            got = table_pairs(u.table)
            if got:
                from_tables[i] = got
    marks = [i for i in range(n) if asks[i] or i in from_tables]
    if not marks:
        return LabelPairs([], 0)
    last = marks[-1]
    structure = structure_of(blocks)
    # the model reads this block and everything after it as the letter's end
    tail = [True] * (n + 1)
    for i in range(n - 1, -1, -1):
        tail[i] = tail[i + 1] and labels[i] in (*STOP_LABELS, "footer") and probs[i] >= SURE
    end = next(
        (
            i
            for i in range(last + 1, n)
            if _ends_answers(blocks[i], labels[i], probs[i], boilerplate)
            # closing wording the vocabulary does not know: the model sure of the
            # whole tail, and the last question answered first
            or (i > last + 1 and tail[i] and i not in from_tables)
            # closing or exemption wording of its own, not in the questions' words,
            # after the last answer began, the model sure of all that follows it
            # (as parsers.foi.labeller.answer_stops reads the same boundary)
            or (
                i > last + 1
                and tail[i + 1]
                and labels[i] != "question"
                and closing_evidence(blocks[i].text, boilerplate)
                and not structure[i].on_topic
                and i not in from_tables
            )
            # or fairly sure of this block, which is off the questions' subject
            # and does not go on with a list the answer began, and sure of all
            # that follows it
            or (
                i > last + 1
                and tail[i + 1]
                and labels[i] in STOP_LABELS
                and probs[i] >= MIN_STOP_PROB
                and structure[i].off_topic
                and not _continues_list(blocks, i)
                and i not in from_tables
            )
        ),
        n,
    )
    items: list[_Q] = []
    alternations = 0
    run: _Run | None = None

    def flush() -> None:
        nonlocal run, alternations
        if run is not None and run.questions:
            alternations += bool(run.answers)
            items.extend(_items_of_run(run, blocks, units, len(items)))
        run = None

    for i in range(marks[0], end):
        b = blocks[i]
        if i in from_tables:
            flush()
            for label, q, a in from_tables[i]:
                items.append(_Q(label, None, parts=[q], answer=[a], answered=True))
            alternations += len(from_tables[i])
        elif asks[i]:
            if run is not None and run.answers:
                flush()
            run = run or _Run()
            run.questions.append(i)
        elif labels[i] == "footer" and probs[i] >= MIN_STOP_PROB and b.rule == "none":
            continue  # page furniture inside the answers
        elif run is not None:
            run.answers.append(i)
    flush()
    return LabelPairs(items, alternations)


def prefer_label_pairs(drawn: LabelPairs, doubtful: bool) -> bool:
    """Whether to take the label pairs: where the rules found no question, any
    answered pair; where the rules' reading is doubtful (questions with no
    answer, or one pair swallowing most of the letter), only when the labels see
    at least two question/answer alternations."""
    if not any(q.answered for q in drawn.items):
        return False
    return drawn.alternations >= 2 if doubtful else True
