"""Questions regrouped under section headings, their numbering out of order (since
set M): a reply sorted by outcome ("Information we hold" / "Information we do not
hold", "Answered" / "Refused") keeps the request's numbers, so the numbers jump:

    What we hold
    1. How many …?          the answer
    3. What was …?          the answer
    What we do not hold
    2. Does the Trust …?    the answer

Inside an answer the segmenter starts a new question only at the next number in
sequence (a numbered list in an answer is no question), so "3." after question 1
would be read as answer text. Two structures are read here:

- a regrouped numbering: the letter's numbered paragraphs of one face (the same
  style hint) count every number from 1 to n exactly once, at least three of them,
  and not in order. Each of them starts a question wherever it stands;
- a group heading: a short line shown as a heading (heading style or emphasis, or
  title case), with no label and no closing punctuation, standing right before one
  of those numbered questions. It groups answers and is no part of the answer before
  it.

Part of the FOI parser; called by parsers.foi.segment.
"""

from __future__ import annotations

import re

from parsers.foi.line_kinds import _title_like
from parsers.foi.units import _label_of, _Unit

MIN_REGROUPED = 3
MAX_HEADING_WORDS = 8
MAX_HEADING_CHARS = 60


def regrouped_questions(units: list[_Unit]) -> set[int]:
    """The indices of numbered questions whose numbering is regrouped (see the
    module's docstring), or an empty set when the numbering runs in order."""
    by_face: dict[str | None, list[tuple[int, int]]] = {}
    for k, u in enumerate(units):
        if u.table is not None:
            continue
        lab = _label_of(u.text)
        if lab is None or lab.kind != "num" or lab.letter is not None or lab.num is None:
            continue
        by_face.setdefault(u.style, []).append((k, lab.num))
    found: set[int] = set()
    for numbered in by_face.values():
        numbers = [n for _, n in numbered]
        if (
            len(numbers) >= MIN_REGROUPED
            and sorted(numbers) == list(range(1, len(numbers) + 1))
            and numbers != sorted(numbers)
        ):
            found |= {k for k, _ in numbered}
    return found


def group_heading(u: _Unit) -> bool:
    """A short line shown as a heading, with no label and no sentence of its own."""
    t = u.text.strip()
    if u.table is not None or not re.search(r"[^\W\d_]{2}", t) or _label_of(t) is not None:
        return False  # (a heading has words: a figure alone is none)
    if len(t) > MAX_HEADING_CHARS or len(t.split()) > MAX_HEADING_WORDS:
        return False
    if re.search(r"[.?!;,]$", t) or re.search(r":\s*\S", t):
        return False  # a sentence, or a run-in label before its value ("Surgery: 96")
    return u.style in ("heading", "bold", "italic", "underline") or _title_like(t.rstrip(":"))
