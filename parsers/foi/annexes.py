"""An annex printed after the letter's signature (since set R): an answer may point
to a table ("see Annex C below") that the letter prints after it is signed, under a
title of its own:

    … Kind regards / <name> / <job title>
    Annex C: outpatient waits by specialty       (a title: a heading or bold line)
    | Specialty | 2022 | 2023 |                  (one or more tables)

The annex is no part of the last answer, and the letter's closing run before it is
still its closing. Read by structure, not by the annex's words: the letter ends in a
run of tables and short title lines (a heading or a bold line, no sentence), opened
by such a title and holding at least one table, and the unit just before that run is
a line of the signature (parsers.foi.tail). `annex_start` gives where the run begins;
parsers.foi.tail.tail_start reads the closing on the units before it. Part of the FOI
parser.
"""

from __future__ import annotations

import re

from parsers.foi.units import _Unit

MAX_TITLE_WORDS = 14


def _title(u: _Unit) -> bool:
    """A short title line in a face of its own, no sentence."""
    return (
        u.table is None
        and u.style in ("heading", "bold")
        and 1 <= len(u.text.split()) <= MAX_TITLE_WORDS
        and not re.search(r"[.?!]$", u.text.strip())
    )


def annex_start(units: list[_Unit]) -> int | None:
    """Where an annex printed after the signature begins, or None (see the docstring)."""
    from parsers.foi.tail import signature_line

    k = len(units)
    while k > 0 and (units[k - 1].table is not None or _title(units[k - 1])):
        k -= 1
    run = units[k:]
    if not run or not _title(run[0]) or not any(u.table is not None for u in run):
        return None
    before = units[k - 1] if k > 0 else None
    if before is None or not signature_line(before.text):
        return None
    return k
