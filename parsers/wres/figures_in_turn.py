"""Figures in turn: a list of figures bound, in order, to a list of groups the sentence
named before them ("29.4% of BME and 24.0% of White staff ..., against 31.2% and 25.3%
in 2022/23": the later figures are BME's and White's, in that order).

The one structure behind the narrative reader's three "in turn" readings: a clause that
restates the clause before it (`narrative_clauses.groups_in_turn`), a closing bare list
after one figure per group (`narrative_respective`), and one bare figure after one
group's figure (`narrative_clauses.same_group_other_time`). Each finds its two lists
by its own layout; this module says when the later list can take the earlier one's
groups: as many figures as groups, the groups distinct and each read, each figure of the
kind of its counterpart (a percentage restates a percentage, a ratio a ratio).
"""

from __future__ import annotations

from collections.abc import Sequence

from parsers.wres.narrative_terms import _Fig


def in_turn(
    figs: list[_Fig], named: Sequence[str | None], first: Sequence[int], then: Sequence[int]
) -> dict[int, str] | None:
    """{figure index: group} for figures `then`, given in order the groups `named` of
    figures `first`; None unless the lists are of one length (at least one), the groups
    read (none None) and distinct, and each figure of its counterpart's kind."""
    if not then or len(then) != len(first) or len(named) != len(first):
        return None
    if any(g is None for g in named) or len(set(named)) != len(named):
        return None
    if any(figs[a].kind != figs[b].kind for a, b in zip(first, then, strict=True)):
        return None
    return {k: g for k, g in zip(then, named, strict=True) if g is not None}
