"""Legal-style numbering: each question a numbered paragraph ("2."), its answer's
paragraphs numbered beneath it as decimals of its number ("2.1", "2.2"). Read by
structure, the difference from sub-questions numbered the same way
(parsers.foi.part_tree, parsers.foi.house_units) being who speaks:

* a run of numbered paragraphs 1, 2 … N (N ≥ 2), each followed by its decimal
  children N.1, N.2 … (at least one; tables may stand among them), with nothing else
  between one question's last child and the next question;
* the parents mostly ask (a question, a request), the children never do: they state;
* no paragraph after the run carries the number that would continue it.

The parent's number is the item's label, its text the question; the children's texts,
without their numbers, are the answer's paragraphs. Part of the FOI parser, run by
parsers.foi.passes through parsers.foi.referenced_items.
"""

from __future__ import annotations

from parsers.foi.contents_list import _asking
from parsers.foi.numbering_kinds import Numbering, numberings
from parsers.foi.segment_items import _Q
from parsers.foi.units import _Unit


def _children(
    units: list[_Unit], marks: list[Numbering | None], k: int, num: int
) -> tuple[_Q, int]:
    """Question `num` at unit `k` with its decimal children as its answer, and the
    place after them."""
    parent = marks[k]
    q = _Q(label=str(num), heading=None, parts=[parent.rest if parent else ""], answered=True)
    q.num = num
    j = k + 1
    while j < len(units):
        u, mark = units[j], marks[j]
        if u.table is not None:
            if u.table_index is not None:
                q.tables.append(u.table_index)
        elif mark is not None and mark.key == f"{num}.{len(q.answer) + 1}":
            q.answer.append(mark.rest)
        else:
            break
        j += 1
    return q, j


def decimal_answer_items(units: list[_Unit]) -> list[_Q] | None:
    """Items of a letter whose answers are numbered as decimals under their numbered
    questions (see the module's docstring), else None."""
    marks = numberings([u.text if u.table is None else None for u in units])
    start = next(
        (k for k, m in enumerate(marks) if m is not None and m.kind == "number" and m.key == "1"),
        None,
    )
    if start is None:
        return None
    items: list[_Q] = []
    k = start
    while k < len(units):
        mark = marks[k]
        if mark is None or mark.kind != "number" or mark.key != str(len(items) + 1):
            break
        q, k = _children(units, marks, k, len(items) + 1)
        if not q.answer:
            return None  # a numbered paragraph with no decimal answer under it
        items.append(q)
    following = str(len(items) + 1)
    if len(items) < 2 or any(m is not None and m.key == following for m in marks[k:]):
        return None
    if any(_asking(a) for q in items for a in q.answer):
        return None  # (the children ask: sub-questions, not answers)
    if 2 * sum(_asking(q.parts[0]) for q in items) <= len(items):
        return None
    return items
