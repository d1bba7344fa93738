"""Questions answered on their own line after a leader (since 0.7.0): "Number of
critical care beds ........ 24", "Does the Trust run a nursery? . . . . . No", a
run of dots, spaced dots, middle dots, underscores or a tab between a question and a
short answer closing the line, as a form or a summary table without borders prints
them. Each such line is one question and its answer: rewritten as the question (its
label kept, or a request marker when it has none) and an answer marker, the units the
segmenter (parsers.foi.segment) already reads. A leader is a layout the letter
repeats: one dotted line alone (a contents entry, a signature's dotted line) is read
as it is. Part of the FOI parser; called by parsers.foi.house_units."""

from __future__ import annotations

import re

from parsers.foi.units import _label_of, _Unit

# the question, a leader of at least four dots (spaced or not), middle dots, ellipses
# or underscores, or a tab, then a short answer with no leader of its own
_RE_LEADER = re.compile(
    r"^(?P<q>\S.*?\S)\s*(?:(?:[.·…_]\s?){4,}|\t+)\s*(?P<a>[^.·…_\t\s][^\t]*?)\s*$"
)
MAX_ANSWER_WORDS = 8  # a short answer: "Yes", "24", "Not held", "Provided in-house"
MIN_LINES = 2  # the leader as a layout the letter repeats


def leader_split(text: str) -> tuple[str, str] | None:
    """(question, answer) of a line whose short answer follows a leader, else None."""
    m = _RE_LEADER.match(text)
    if m is None:
        return None
    question, answer = m.group("q").strip(), m.group("a").strip()
    if len(answer.split()) > MAX_ANSWER_WORDS or len(question.split()) < 2:
        return None
    return question, answer


def leader_units(units: list[_Unit]) -> list[_Unit]:
    """The units with each leader line read as its question and an answer marker;
    unchanged when fewer than MIN_LINES lines have a leader."""
    splits = [
        None if u.table is not None else leader_split(u.lines[0] if _one_tabbed(u) else u.text)
        for u in units
    ]
    if sum(s is not None for s in splits) < MIN_LINES:
        return units
    out: list[_Unit] = []
    for u, split in zip(units, splits, strict=True):
        if split is None:
            out.append(u)
            continue
        question, answer = split
        # a labelled question keeps its label; an unlabelled one is marked as asked
        ask = question if _label_of(question) is not None else f"Request: {question}"
        reply = f"Answer: {answer}"
        lay = {"page": u.page, "size": u.size, "indent": u.indent}
        out.append(_Unit(ask, u.style, lines=[ask], **lay))
        out.append(_Unit(reply, u.style, lines=[reply], **lay))
    return out


def _one_tabbed(u: _Unit) -> bool:
    # a tab survives in the block's line; the unit's text has it collapsed to a space
    return len(u.lines) == 1 and "\t" in u.lines[0]
