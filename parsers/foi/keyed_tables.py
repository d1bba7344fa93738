"""Questions listed in the letter, answered in a table keyed by number only (since
set N's learning): "1. How many …?", "2. Please send …" above, then a table of
(number, response) rows ("No. | Response", "Point | Our reply") whose rows do not
repeat the questions. Each row's response is the answer of the question listed with
its number.

The mirror of parsers.foi.appendix (the questions in the table, the answers numbered
in the body): which side asks decides which reading holds. Read by structure: the
table's first column numbers its rows 1, 2, 3 … (parsers.foi.appendix), the listed
paragraphs before it carry exactly those numbers, in order, one after another, and
most of them ask (a question or a request in the requester's words) while most of
the table's cells do not. Part of the FOI parser, run by parsers.foi.passes.
"""

from __future__ import annotations

from parsers.foi.appendix import _question_table
from parsers.foi.line_kinds import _question_like, _request_like, _unfinished
from parsers.foi.segment_items import _Q
from parsers.foi.units import _label_of, _Unit


def _asking(text: str) -> bool:
    return _question_like(text) or _request_like(text)


def _listed_questions(units: list[_Unit]) -> list[tuple[str, int, list[str]]]:
    """The last run of paragraphs numbered 1, 2, 3 … one after another, each as
    (number, unit index, its text parts); a paragraph continuing a question cut
    mid-sentence (a PDF line split off) is part of it."""
    runs: list[list[tuple[str, int, list[str]]]] = []
    run: list[tuple[str, int, list[str]]] = []
    for k, u in enumerate(units):
        lab = _label_of(u.text) if u.table is None else None
        numbered = lab is not None and lab.kind == "num" and lab.letter is None and lab.rest
        if numbered and lab.num == len(run) + 1:  # type: ignore[union-attr]
            run.append((lab.key, k, [lab.rest]))  # type: ignore[union-attr]
            continue
        if numbered and lab.num == 1:  # type: ignore[union-attr]
            runs.append(run)
            run = [(lab.key, k, [lab.rest])]  # type: ignore[union-attr]
            continue
        if run and u.table is None and _unfinished(" ".join(run[-1][2])):
            run[-1][2].append(u.text)
            continue
        if run:
            runs.append(run)
            run = []
    runs.append(run)
    return next((r for r in reversed(runs) if r), [])


def keyed_items(units: list[_Unit]) -> list[_Q] | None:
    """The items of a letter whose listed questions are answered by a number-keyed
    table after them, or None where the letter is not in that shape."""
    for ti, u in enumerate(units):
        replies = _question_table(u)
        if replies is None:
            continue
        listed = _listed_questions(units[:ti])
        if [key for key, _, _ in listed] != list(replies):
            continue
        questions = [" ".join(parts) for _, _, parts in listed]
        asking = sum(_asking(q) for q in questions)
        replying = sum(not _asking(r) for r in replies.values())
        if asking * 2 <= len(questions) or replying * 2 <= len(replies):
            continue
        return [
            _Q(
                label=key,
                heading=None,
                parts=[question],
                answer=[replies[key]],
                answered=True,
                num=int(key),
            )
            for (key, _, _), question in zip(listed, questions, strict=True)
        ]
    return None
