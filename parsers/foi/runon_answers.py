"""Answers run together in one paragraph, each opened by an in-line marker naming its
question (since set AF): the questions listed first ("1. …", "2. …"), then one
paragraph "(1) Forty nurses. (2) £12,000. (3) …" or "Answer 1: … Answer 2: …".

The segmenter reads that paragraph as one answer: every question gets it whole (one
reply after several questions answers them all), or the first does and the others are
left empty. Read by structure: the numbered questions are in sequence, their answers
are that one text (or it and nothing), and the text holds in-line markers of one shape
numbered as the questions, each opening a sentence. The paragraph is then cut at its
markers, each run (without its marker) the answer of the question it names. Part of
the FOI parser; called by parsers.foi.parse.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.foi.segment_items import _Q

MIN_QUESTIONS = 2

# The marker shapes, as data: each catches the question's number in group 1. A
# marker opens a sentence: it stands at the text's start or after a sentence's end.
_OPENS_SENTENCE = r"(?:^|(?<=[.!?:;)\]\"”’]\s)|(?<=[.!?:;)\]\"”’]\s\s))"
MARKER_SHAPES: tuple[str, ...] = (
    r"\((\d{1,2})\)\s",  # "(2) "
    r"(\d{1,2})\)\s",  # "2) "
    r"(?:answer|response|reply|a)\s*(\d{1,2})\s*[:.\-–]\s",  # "Answer 2: ", "A2. "
    r"(?:question|q)\s*(\d{1,2})\s*[:\-–]\s",  # "Q2: "
)
_MARKERS = [re.compile(_OPENS_SENTENCE + shape, re.IGNORECASE) for shape in MARKER_SHAPES]


_PLAIN_LABEL = re.compile(r"(?:q|question\s*)?(\d{1,2})", re.IGNORECASE)


def _label_number(q: _Q) -> int | None:
    """A question's number from its plain label ("3", "Q3"); None for a lettered part."""
    m = _PLAIN_LABEL.fullmatch(q.label or "")
    return int(m.group(1)) if m else None


def _numbers(qs: list[_Q]) -> list[int] | None:
    """The questions' numbers when they run in sequence (1, 2, 3 …), else None."""
    nums = [_label_number(q) for q in qs]
    if len(qs) < MIN_QUESTIONS or any(n is None for n in nums):
        return None
    first = nums[0]
    return nums if nums == list(range(first, first + len(nums))) else None  # type: ignore[arg-type]


def _marker_runs(text: str, pattern: re.Pattern[str], numbers: list[int]) -> list[str] | None:
    """`text` cut at the first markers of `pattern` numbered as `numbers` in order,
    the runs after each (without the marker) and the text before the first."""
    picked: list[re.Match[str]] = []
    for m in pattern.finditer(text):
        if len(picked) < len(numbers) and int(m.group(1)) == numbers[len(picked)]:
            picked.append(m)
    if len(picked) < len(numbers):
        return None
    ends = [0] + [m.end() for m in picked]
    starts = [m.start() for m in picked] + [len(text)]
    return [text[e:s].strip() for e, s in zip(ends, starts, strict=True)]


def split_at_markers(text: str, numbers: list[int]) -> list[str] | None:
    """`text` cut at in-line markers of one shape numbered as `numbers`, in order,
    each run without its marker; None unless every number's marker is found and
    opens a run. The first marker may be missing (the segmenter took it as the
    answer's marker): the text before the second is then the first run."""
    for pattern in _MARKERS:
        runs = _marker_runs(text, pattern, numbers)
        if runs is not None and not runs[0] and all(runs[1:]):
            return runs[1:]
        runs = _marker_runs(text, pattern, numbers[1:])
        if runs is not None and all(runs):
            return runs
    return None


def _groups(qs: list[_Q]) -> list[tuple[int, int]]:
    """Spans [i, j) of questions sharing one answer: a question with an answer, then
    the questions after it left empty or given the same text."""
    texts = [" ".join(q.answer).strip() for q in qs]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(qs):
        j = i + 1
        while texts[i] and j < len(qs) and texts[j] in ("", texts[i]):
            j += 1
        spans.append((i, j))
        i = j
    return spans


def _without_lead(q: _Q) -> _Q:
    """The last question without the line leading in to the run-on answers that the
    segmenter ran on to it ("Our answers, numbered as your questions:")."""
    if len(q.parts) > 1 and q.parts[-1].rstrip().endswith(":"):
        return replace(q, parts=q.parts[:-1])
    return q


def runon_split(qs: list[_Q]) -> list[_Q]:
    """The questions with a shared run-on answer cut at its markers; unchanged
    unless the structure above holds."""
    numbers = _numbers(qs)
    if numbers is None:
        return qs
    out = list(qs)
    cut = False
    for i, j in _groups(qs):
        runs = split_at_markers(" ".join(qs[i].answer).strip(), numbers[i:j]) if j - i > 1 else None
        if runs is None:
            continue
        cut = True
        for k, run in zip(range(i, j), runs, strict=True):
            out[k] = replace(qs[k], answer=[run], answered=True)
    # (the lead line stands after the last question listed, before the answers)
    return [*out[:-1], _without_lead(out[-1])] if cut else out
