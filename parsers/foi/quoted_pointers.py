"""Answers that name their question by a phrase quoted from it (since set AH's
learning): the questions listed first, then the answers, in an order of the trust's
own, each opened by a pointer quoting a few words of its question rather than its
number: 'On “theatre staffing”: …', a bold line 'Regarding your question on
“theatre staffing”', then the reply.

The segmenter reads the answers as one run after the last question, which answers
them all (or the first only). Read by structure: a run shared by two or more
questions, holding two or more paragraphs that open with a short pointer (a few
words, a quoted phrase, then a colon or dash or the paragraph's end); each quoted
phrase found in one question's text alone (its words in that question, more than in
any other). The run is then cut at its pointers, each part (without its pointer) the
answer of the question it quotes; what stands before the first pointer (a line
saying the answers follow in another order) is no answer. Part of the FOI parser;
called by parsers.foi.parse, and by parsers.foi.passes, where the rules' reading of
such a run stands without the block labeller's end of the answers (the labeller,
seeing one answer shared by every question, ends it early).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.foi.runon_answers import _groups
from parsers.foi.segment_items import _Q

MIN_POINTERS = 2


def quotation(least: int, most: int) -> str:
    """A quotation between paired marks (“…”, "…", ‘…’), its words in one of three
    groups (`quoted` reads them): an apostrophe inside ("suppliers'", "Trust’s")
    does not close it."""
    return (
        rf"(?:“([^“”]{{{least},{most}}}?)”|\"([^\"]{{{least},{most}}}?)\"|"
        rf"‘([^‘]{{{least},{most}}}?)’(?![a-z]))"
    )


def quoted(m: re.Match[str]) -> str:
    """The words of the quotation `m` matched (its only groups `quotation`'s)."""
    return next(g for g in m.groups() if g is not None)


# a pointer opens a sentence (the segmenter joins an answer's paragraphs with spaces):
# a few words from a capital, a quoted phrase, then a colon or dash (the
# reply running on), or the next sentence's capital (the pointer a line of its own)
_OPENS_SENTENCE = r"(?:^|(?<=[.!?;)\]\"”’]\s))"
_RE_POINTER = re.compile(
    _OPENS_SENTENCE
    + r"(?=[A-Z])(?:[\w'’]+\s+){0,6}?"
    + quotation(2, 80)
    + r"(?:\s*[:\-–—]\s*|\s+(?=[A-Z0-9£]))",
)
_RE_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def _words(text: str) -> list[str]:
    return _RE_WORD.findall(text.lower())


def _overlap(phrase: str, question: str) -> float:
    """The share of the phrase's words found in the question (1.0 when the phrase
    stands in it whole)."""
    words = _words(phrase)
    if not words:
        return 0.0
    if " ".join(words) in " ".join(_words(question)):
        return 1.0
    have = set(_words(question))
    return sum(w in have for w in words) / len(words)


def _quoted_question(phrase: str, questions: list[str]) -> int | None:
    """The one question the phrase is quoted from: the most of its words, more than
    half of them, in it and in no other as many."""
    scores = [_overlap(phrase, q) for q in questions]
    best = max(scores, default=0.0)
    if best <= 0.5 or scores.count(best) > 1:
        return None
    return scores.index(best)


def _pointed_runs(text: str, questions: list[str]) -> dict[int, str] | None:
    """The answer of each question the text's pointers quote, or None unless at
    least two pointers each quote a question of their own."""
    cuts: list[tuple[int, int, int]] = []  # (pointer's start, its end, question)
    for m in _RE_POINTER.finditer(text):
        k = _quoted_question(quoted(m), questions)
        if k is None:
            continue
        if any(k == seen for _, _, seen in cuts):
            return None  # (two replies quoting one question: not this structure)
        cuts.append((m.start(), m.end(), k))
    if len(cuts) < MIN_POINTERS:
        return None
    ends = [start for start, _, _ in cuts[1:]] + [len(text)]
    return {k: text[end:stop].strip() for (_, end, k), stop in zip(cuts, ends, strict=True)}


def has_pointed_answers(qs: list[_Q]) -> bool:
    """Some questions share one run of answers that point to them by quoted phrases."""
    return pointed_split(qs) != qs


def pointed_split(qs: list[_Q]) -> list[_Q]:
    """The questions sharing one run of answers that point to them by quoted phrases,
    each given its own; unchanged unless the structure above holds."""
    out = list(qs)
    for i, j in _groups(qs):
        if j - i < MIN_POINTERS or qs[i].tables:
            continue
        questions = [" ".join(q.parts) for q in qs[i:j]]
        runs = _pointed_runs(" ".join(qs[i].answer).strip(), questions)
        if runs is None:
            continue
        for k in range(i, j):
            run = runs.get(k - i)
            out[k] = replace(qs[k], answer=[run] if run else [], answered=bool(run))
    return out
