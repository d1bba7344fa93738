"""A letter whose every paragraph is numbered, from its opening to its closing (since
set P's learning): "1. Thank you for …", "2. <question, in italics>", "3. <answer>",
… "17. If you are unhappy …". The numbers count the letter's paragraphs, not its
questions, so a number labels nothing by itself; the questions are picked out by
their face. Read by structure:

- the numbering: text units numbered 1, 2, 3 … in order, at least MIN_PARAGRAPHS
  of them, with no unnumbered paragraph between the first and the last but a short
  heading (no sentence) or a table;
- the questions: the numbered paragraphs set in one face other than the numbered
  paragraphs' commonest (italic, bold, a colour), at least MIN_QUESTIONS of them,
  each asking (a question, a request, a bare command) and each followed by a
  numbered paragraph in the common face (its answer); exactly one such face;
- then each question keeps its paragraph's number as its label ("Question 4: …"),
  and every other paragraph loses its number, so the answers, the opening and the
  closing read as the plain paragraphs they are.

A letter numbered by its questions (1, 2, 3 over questions only) never matches: its
answers are not numbered in the same run. Part of the FOI parser; called by
parsers.foi.house_units."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from parsers.foi.emphasis_pairs import face
from parsers.foi.line_kinds import _question_like, _request_like, imperative_request
from parsers.foi.units import _label_of, _Unit

MIN_PARAGRAPHS = 6
MIN_QUESTIONS = 2
# an unnumbered heading among the numbered paragraphs: a short line, no sentence
MAX_HEADING = 60


def _number(u: _Unit) -> tuple[int, str] | None:
    """A text unit's paragraph number and its text after it."""
    if u.table is not None:
        return None
    lab = _label_of(u.text)
    if lab is None or lab.kind != "num" or not lab.key.isdigit():
        return None
    return int(lab.key), lab.rest


def _heading(u: _Unit) -> bool:
    t = u.text.strip()
    return len(t) <= MAX_HEADING and not re.search(r"[.?!;:]$", t)


def numbered_paragraphs(units: list[_Unit]) -> list[int] | None:
    """The indices of the letter's numbered paragraphs when every paragraph is
    numbered in one run from 1 (see the module's docstring), else None."""
    at = [k for k, u in enumerate(units) if _number(u) is not None]
    if len(at) < MIN_PARAGRAPHS:
        return None
    numbers = [_number(units[k])[0] for k in at]
    if numbers != list(range(1, len(at) + 1)):
        return None
    numbered = set(at)
    between = (units[k] for k in range(at[0], at[-1] + 1) if k not in numbered)
    if any(u.table is None and not _heading(u) for u in between):
        return None
    return at


def _asks(text: str) -> bool:
    return _question_like(text) or _request_like(text) or imperative_request(text)


def question_paragraphs(units: list[_Unit], at: list[int]) -> list[int] | None:
    """The numbered paragraphs that are questions, by their face, or None."""
    faces = {k: face(units[k]) for k in at}
    common = Counter(faces.values()).most_common(1)[0][0]
    found = []
    for qface in dict.fromkeys(f for f in faces.values() if f != common):
        qs = [k for k in at if faces[k] == qface]
        nexts = [at[at.index(k) + 1] if at.index(k) + 1 < len(at) else None for k in qs]
        if (
            len(qs) >= MIN_QUESTIONS
            and all(_asks(_number(units[k])[1]) for k in qs)
            and all(n is not None and faces[n] == common for n in nexts)
        ):
            found.append(qs)
    return found[0] if len(found) == 1 else None


def paragraph_number_units(units: list[_Unit]) -> list[_Unit]:
    """The units with a letter's paragraph numbering read (see the module's
    docstring); unchanged when it has none."""
    at = numbered_paragraphs(units)
    questions = question_paragraphs(units, at) if at is not None else None
    if at is None or questions is None:
        return units
    out = list(units)
    for k in at:
        n, rest = _number(units[k])
        text = f"Question {n}: {rest}" if k in questions else rest
        out[k] = replace(units[k], text=text, lines=[text])
    return out
