"""Questions and answers told apart only by their look (since set J): a web page's
`<div class="…">` blocks, the request's class and the reply's taking turns, or
a letter whose answers are set in a colour of their own ("our responses are shown
in blue below"). The look is read as layout, as bold or italic is
(parsers.extract.model.TextBlock: colour, css_class; parsers.foi.units._Unit.look):

- a look other than the body text's whose runs of blocks come, at least twice,
  each straight after a block in one other look is the answer's look, and that
  other look the question's (a run of it, or, where the question is in the body's
  look, the one block before the answer);
- a block of the body's look is a question only where the answer's look is a
  colour or a typeface of its own (parsers.extract.fonts) and the block asks
  (ends in "?", reads as a request, or is put as a bare command: "Provide …"): a
  class after body text is as likely a note or a caption;
- a number alone before the question (a `<div class="n">2</div>` floated into the
  margin) is the question's label;
- a class word of asking or replying ("question", "request", "q" / "answer",
  "response", "reply", "a"), a general HTML convention, settles which of two
  classes is which when their turns alone do not.

The pairs are rewritten as the markers the segmenter knows ("Request:" or
"Question 2:" over the question, "Answer:" before the reply), as
parsers.foi.marker_pairs does for label words, and the last answer ends where its
look does (the block after it `ends_answers`, as after an FAQ page's answers). Letters whose questions are all
numbered already, or whose answers carry a marker, are left to the rules. Part of
the FOI parser; called by parsers.foi.house_units."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from parsers.foi.line_kinds import _question_like, _request_like, imperative_request
from parsers.foi.markers import answer_marker
from parsers.foi.units import _label_of, _Unit

MIN_TURNS = 2
# a question is a sentence, not a link or a caption of a word or two
MIN_WORDS = 3
_RE_BARE_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]?$")
_ASK_WORDS = {"q", "question", "questions", "request", "requests", "rq", "ask", "enquiry"}
_REPLY_WORDS = {"a", "answer", "answers", "response", "responses", "reply", "rs", "ans"}


@dataclass
class _Pair:
    question: list[int]  # the question's units
    answer: list[int]  # the answer's units
    number: int | None  # a number standing alone before the question (its label)
    number_at: int | None


def _words(look: str | None) -> set[str]:
    return set(re.split(r"[^a-z]+", (look or "").lower().removeprefix("class:")))


def _runs(units: list[_Unit]) -> list[tuple[str | None, int, int]]:
    """(look, first, last) of each run of consecutive text units in one look; a
    table is a run of its own."""
    runs: list[tuple[str | None, int, int]] = []
    for k, u in enumerate(units):
        look = "table" if u.table is not None else u.look
        if runs and runs[-1][0] == look and look != "table":
            runs[-1] = (look, runs[-1][1], k)
        else:
            runs.append((look, k, k))
    return runs


def _body_look(units: list[_Unit]) -> str | None:
    counts = Counter(u.look for u in units if u.table is None)
    return max(counts, key=lambda look: counts[look]) if counts else None


def _pairs_for(
    units: list[_Unit], runs: list[tuple[str | None, int, int]], reply: str, body: str | None
) -> list[_Pair] | None:
    """The question/answer pairs when `reply` is the answers' look, else None."""
    asks: set[str | None] = set()
    pairs: list[_Pair] = []
    for r, (look, first, last) in enumerate(runs):
        if look != reply:
            continue
        if r == 0:
            return None
        ask, qfirst, qlast = runs[r - 1]
        number = number_at = None
        bare = _RE_BARE_NUMBER.match(units[qfirst].text) if qfirst == qlast else None
        if bare:  # a lone number: the question is the run before it, the number its label
            return None
        if ask in (reply, "table"):
            return None
        if ask == body:
            if not reply.startswith(("colour:", "font:")):
                return None
            qfirst = qlast  # the one block of body text before the answer
            q = units[qfirst].text
            if not (_question_like(q) or _request_like(q) or imperative_request(q)):
                return None  # a coloured heading or footer after body text is no answer
        elif r >= 2:
            m = _RE_BARE_NUMBER.match(units[runs[r - 2][1]].text)
            if m and runs[r - 2][1] == runs[r - 2][2]:
                number, number_at = int(m.group(1)), runs[r - 2][1]
        asks.add(ask)
        question = list(range(qfirst, qlast + 1))
        if len(units[qfirst].text.split()) < MIN_WORDS:
            return None  # (an answer may be one word: "Yes.")
        pairs.append(_Pair(question, list(range(first, last + 1)), number, number_at))
    if len(pairs) < MIN_TURNS or len(asks) != 1:
        return None
    (ask,) = asks
    if ask != body and _words(reply) & _ASK_WORDS and _words(ask) & _REPLY_WORDS:
        return None  # the classes name themselves the other way round
    return pairs


def look_pairs(units: list[_Unit]) -> list[_Pair] | None:
    """The letter's question/answer pairs told apart by look, or None."""
    runs = _runs(units)
    body = _body_look(units)
    candidates = [
        look for look in dict.fromkeys(r[0] for r in runs) if look not in (None, body, "table")
    ]
    found = [p for look in candidates if (p := _pairs_for(units, runs, look, body)) is not None]
    if len(found) != 1:
        return None  # no such structure, or more than one reading of it
    return found[0]


def look_pair_units(units: list[_Unit]) -> list[_Unit]:
    """The units with question and answer told apart by look rewritten as marked
    (see the module's docstring); unchanged when there is no such structure."""
    pairs = look_pairs(units)
    if pairs is None:
        return units
    if all(_label_of(units[p.question[0]].text) is not None for p in pairs):
        return units  # numbered questions: the rules read the text under each
    if any(answer_marker(units[p.answer[0]].text) is not None for p in pairs):
        return units
    out: list[_Unit | None] = list(units)
    for p in pairs:
        q = units[p.question[0]]
        if _label_of(q.text) is not None:
            text = q.text
        elif p.number is not None:
            text = f"Question {p.number}: {q.text}"
            out[p.number_at] = None  # type: ignore[index]
        else:
            text = f"Request: {q.text}"
        out[p.question[0]] = replace(q, text=text, lines=[text])
        a = units[p.answer[0]]
        out[p.answer[0]] = replace(a, text=f"Answer: {a.text}", lines=[f"Answer: {a.text}"])
    after = pairs[-1].answer[-1] + 1
    if after < len(units) and out[after] is not None:
        # the last answer ends where its look does: the letter's own text follows
        out[after] = replace(units[after], ends_answers=True)
    return [u for u in out if u is not None]
