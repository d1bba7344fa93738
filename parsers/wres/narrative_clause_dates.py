"""A date that closes its figure's clause: "x ran at 1.19 times that of y during
2023/24, against 1.41 during 2022/23"; "15.4% were from a BME background in 2023/24
and 7.7% in 2022/23".

Part of the narrative reader (parsers.wres.narrative_times). A date printed between
two figures is either the one before it's (it ends that figure's clause) or the one
after it's (it opens the next clause); the binder gives up on such a sentence unless
the words between say which. Read here: a date is the figure before it's when the
words between them are one clause's (no comma, semicolon, bracket or other figure,
at most fifteen words) ending with a preposition that dates ("in", "during", "at the
end of"); a relative date ("a year earlier", "the year before") needs none. This
is asked of a date the binder left in the middle of a sentence (a sentence it read
before is read as before), and of a date the binder would give to the figure after it
across a comma: such a date closes the clause before ("... during 2023/24, a narrowing
from 1.55"), not the next one.

A sentence's one absolute date, bound to its first figure, also dates the figures of
its later clauses that have no date of their own (`only_date`).
"""

from __future__ import annotations

import re

from parsers.wres.narrative_terms import _Fig, _Time

_RE_DATING = re.compile(
    r"\b(?:in|during|for|over|at|as\s+at|as\s+of|on)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I
)


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]+", text)


def closes_clause(s: str, t: _Time, figs: list[_Fig], bound: dict[int, _Time]) -> bool:
    """Whether date `t` closes the clause of the figure before it (see the module's
    docstring); if so it is bound to that figure (in `bound`)."""
    before = [k for k, f in enumerate(figs) if f.end <= t.start]
    if not before or before[-1] in bound:
        return False
    gap = s[figs[before[-1]].end : t.start]
    if re.search(r"[,;()]", gap) or len(_words(gap)) > 15:
        return False
    if t.kind != "rel" and not _RE_DATING.search(gap):
        return False
    bound[before[-1]] = t
    return True


def only_date(times: list[_Time], bound: dict[int, _Time]) -> _Time | None:
    """The sentence's one absolute date, when it names only one (and relative dates,
    each reckoned from it) and that date is bound to the sentence's first figure: it
    dates the figures that have no date of their own ("BME colleagues made up 18.6% at
    the end of March 2024, ...; White colleagues accounted for 78.0%"). None
    otherwise: a date bound to a later figure ("1.12 times ..., down from 1.30 in
    2022/23") is that earlier level's, not the sentence's."""
    absolute = [t for t in times if t.kind != "rel"]
    if len({(t.kind, t.year) for t in absolute}) != 1:
        return None
    return absolute[0] if bound.get(0) is absolute[0] else None
