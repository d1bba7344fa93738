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

Since set O's learning the questions may stand in a number-keyed table of their own
too ("No. | Information requested" above, "No. | Response" below, or the other way
round, anywhere in the letter): two tables whose key columns carry the same numbers,
printed the same way, pair row by row (`keyed_table_items`), the side whose cells ask
being the questions, whatever the headers say and wherever the tables sit. It is
tried after parsers.foi.appendix: where answers numbered in the body already answer
the question table, another number-keyed table is one answer's figures.
"""

from __future__ import annotations

import re

from parsers.foi.appendix import _RE_KEY_CELL, _question_table
from parsers.foi.line_kinds import _question_like, _request_like, _unfinished
from parsers.foi.patterns import normalise
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


def _asks_and_replies(questions: list[str], replies: list[str]) -> bool:
    """Most of the questions ask and most of the replies do not."""
    asking = sum(_asking(q) for q in questions)
    replying = sum(not _asking(r) for r in replies)
    return asking * 2 > len(questions) and replying * 2 > len(replies)


def _items(keys: list[str], questions: list[str], replies: dict[str, str]) -> list[_Q]:
    return [
        _Q(label=key, heading=None, parts=[q], answer=[replies[key]], answered=True, num=int(key))
        for key, q in zip(keys, questions, strict=True)
    ]


def _printed_keys(u: _Unit) -> list[str]:
    """The key column's cells as printed, less brackets, stops and spaces ("1." and
    "(1)" -> "1", "Q 1" -> "q1"): the same numbers printed the same way."""
    table = u.table
    rows = table.rows if table is not None else []
    cells = [normalise(r[0]).lower() if r else "" for r in rows]
    return [re.sub(r"[\s().:]", "", c) for c in cells if _RE_KEY_CELL.match(c)]


def keyed_table_items(units: list[_Unit]) -> list[_Q] | None:
    """The items of a letter whose questions stand in a number-keyed table and whose
    answers stand in another keyed by the same numbers, printed the same way ("1", "2"
    in both; a table of quarters "Q1" … "Q4" is not keyed as questions "1" … "4"): the
    side whose cells ask is the questions, the other's rows their answers, whichever
    table comes first. None where the letter is not in that shape."""
    keyed = [(t, _printed_keys(u)) for u in units if (t := _question_table(u)) is not None]
    for asked, asked_keys in keyed:
        for replies, reply_keys in keyed:
            if replies is asked or asked_keys != reply_keys or list(asked) != list(replies):
                continue
            if _asks_and_replies(list(asked.values()), list(replies.values())):
                return _items(list(asked), list(asked.values()), replies)
    return None


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
        if _asks_and_replies(questions, list(replies.values())):
            return _items([key for key, _, _ in listed], questions, replies)
    return None
