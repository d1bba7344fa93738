"""Questions listed up front, numbered, and answered at the end in a summary: a run
of one-line answers, each opening with the number of the question it answers and a
dash or colon ("Q3 – Nil return", "2: 14 beds"), whatever stands between the list and
the summary (a narrative of how the reply was put together) belonging to no item.
Read by structure:

* the list: consecutive paragraphs numbered 1 … N (N ≥ 2), mostly asking, as
  parsers.foi.answer_leads reads a list (bare numbers or after "Q");
* later, a run of consecutive paragraphs, each a number then a dash or colon then a
  short text (one line's worth of words), the numbers together 1 … N once each, in
  any order.

Each question's answer is the text after its number in the summary; the label is the
listed number as printed ("Q3" after "Q", else "3"). The items keep the list's order.
Part of the FOI parser, run by parsers.foi.passes through parsers.foi.referenced_items.
"""

from __future__ import annotations

import re

from parsers.foi.answer_leads import _list_mark
from parsers.foi.contents_list import _contents, listed_item
from parsers.foi.segment_items import _Q
from parsers.foi.units import _Unit

# a number (perhaps after a short part word or "Q"), then a dash or a colon, then text
_RE_LINE = re.compile(r"^(?:[^\W\d_]{1,10}\.?\s?)?(\d{1,2})\s*[–—:-]\s*(\S.*)$")
_MAX_LINE_WORDS = 25


def _line(u: _Unit) -> tuple[int, str] | None:
    """A summary line's number and its answer, or None."""
    if u.table is not None:
        return None
    m = _RE_LINE.match(u.text.strip())
    if m is None or len(m.group(2).split()) > _MAX_LINE_WORDS:
        return None
    return int(m.group(1)), m.group(2).strip()


def _summary(units: list[_Unit], after: int, count: int) -> dict[int, str] | None:
    """The first run of consecutive summary lines after unit `after` naming 1 … count
    once each, as {number: answer}."""
    k = after + 1
    while k < len(units):
        run: dict[int, str] = {}
        while k < len(units) and (line := _line(units[k])) is not None:
            if line[0] in run:
                break
            run[line[0]] = line[1]
            k += 1
        if sorted(run) == list(range(1, count + 1)):
            return run
        k += 1
    return None


def summary_line_items(units: list[_Unit]) -> list[_Q] | None:
    """Items of a letter answering its listed questions in a summary of one-line
    answers (see the module's docstring), else None."""
    marks = [m for k, u in enumerate(units) if (m := _list_mark(k, u)) is not None]
    listed = _contents(marks)
    if listed is None:
        return None
    summary = _summary(units, listed[-1].index, len(listed))
    if summary is None:
        return None
    items: list[_Q] = []
    for mark in listed:
        q = listed_item(mark, [], summary[mark.num])
        if mark.scheme == "qshort":
            q.label = f"Q{mark.num}"
        items.append(q)
    return items
