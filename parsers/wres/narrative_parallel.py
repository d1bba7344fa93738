"""A later clause that repeats the first's shape with bare figures: "BME members made up
16.7% at 31 March 2024 (15.4% at 31 March 2023); White members 83.3% (84.6%)".

Part of the narrative reader (parsers.wres.narrative). A sentence may date each figure
of its first clause (the current level, and an earlier one in brackets after it) and
then, after a semicolon, give another group's figures in the same places without
repeating the dates. Read here, by position only: a clause (split by semicolons) whose
figures are each bound to a time, distinct times, and a later clause with as many
figures, none bound and no time of its own, where each figure stands in brackets
exactly where its counterpart does; the later figures take the first clause's times in
order. Any other shape (another count, brackets elsewhere, a time in the later clause)
leaves the sentence as the other rules read it.
"""

from __future__ import annotations

import re

from parsers.wres.narrative_terms import _Fig, _Time


def _clauses(s: str) -> list[tuple[int, int]]:
    """(start, end) of each semicolon-separated clause of `s`."""
    out, start = [], 0
    for m in re.finditer(";", s):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(s)))
    return out


def _bracketed(s: str, f: _Fig) -> bool:
    """The figure opens a bracket ("(84.6%)", "(15.4% at ...)")."""
    return s[: f.start].rstrip().endswith("(")


def parallel_times(
    s: str, figs: list[_Fig], bound: dict[int, _Time], times: list[_Time]
) -> dict[int, _Time]:
    """`bound` with the figures of later clauses of the first clause's shape given its
    times in order (see the module docstring); as it was otherwise."""
    clauses = _clauses(s)
    if len(clauses) < 2:
        return bound
    members = [[k for k, f in enumerate(figs) if a <= f.start < b] for a, b in clauses]
    first = members[0]
    if len(first) < 2 or any(k not in bound for k in first):
        return bound
    if len({(bound[k].kind, bound[k].year) for k in first}) != len(first):
        return bound
    shape = [_bracketed(s, figs[k]) for k in first]
    out = dict(bound)
    for (a, b), later in zip(clauses[1:], members[1:], strict=True):
        if not later:
            continue
        if (
            len(later) != len(first)
            or any(k in bound for k in later)
            or any(a <= t.start < b for t in times)
            or [_bracketed(s, figs[k]) for k in later] != shape
        ):
            return bound
        out.update({k: bound[j] for k, j in zip(later, first, strict=True)})
    return out


__all__ = ["parallel_times"]
