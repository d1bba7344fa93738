"""A clause that restates the clause before it for another time, its figures in the
same order: "In 2023/24, 29.6% of BME staff ..., set against 25.2% of White staff;
the 2022/23 figures were 31.0% and 26.8%."

Part of the narrative reader (parsers.wres.narrative_sentence). A clause (between
semicolons) whose figures name no group, that names a time of its own, and that has
as many figures as the clause before it, each of which has a group of its own (all
different): its figures are those groups' in turn (parsers.wres.figures_in_turn), as
the sentence-level rule reads
"the figures were x and y" after a sentence (parsers.wres.narrative_refer). Its time
dates its own figures only (each clause's one time: `narrative_times._clause_times`).

Also here: a sentence that says "the same" of another source after a sentence on
harassment ("... said the same of other staff"): its indicator is the harassment
indicator of that source (`same_of_another_source`).
"""

from __future__ import annotations

import itertools
import re

from parsers.wres.figures_in_turn import in_turn
from parsers.wres.narrative_terms import _Fig, _Time
from parsers.wres.vocab import indicators_named


def _clauses(s: str) -> list[tuple[int, int]]:
    bounds = [0, *(m.end() for m in re.finditer(";", s)), len(s) + 1]
    return list(itertools.pairwise(bounds))


def groups_in_turn(
    s: str,
    figs: list[_Fig],
    marks: list[tuple[int, int, str]],
    groups: list[str | None],
    times: list[_Time],
) -> list[str | None]:
    """The sentence's groups with each restating clause's figures given the groups of
    the clause before it, in turn (see the module's docstring)."""
    out = list(groups)
    clauses = _clauses(s)
    for (a0, b0), (a, b) in itertools.pairwise(clauses):
        before = [k for k, f in enumerate(figs) if a0 <= f.start < b0]
        mine = [k for k, f in enumerate(figs) if a <= f.start < b]
        if any(a <= x < b for x, _y, _g in marks) or any(out[k] for k in mine):
            continue
        if not any(a <= t.start < b and t.kind != "rel" for t in times):
            continue
        theirs = [out[k] for k in before]
        if "?" in theirs:
            continue  # an undecided group is given to no other figure
        for k, g in (in_turn(figs, theirs, before, mine) or {}).items():
            out[k] = g
    return out


def same_group_other_time(
    s: str,
    figs: list[_Fig],
    marks: list[tuple[int, int, str]],
    groups: list[str | None],
    bound: dict[int, _Time],
) -> list[str | None]:
    """The sentence's groups with a figure that names no group, printed with its own
    date right after a figure of one group in the same clause, given that group: the
    same group's figure for another time ("15.4% were from a BME background in
    2023/24 and 7.7% in 2022/23", "84.6% were White this year against 92.3% the year
    before"). The words between name no other group, and the two dates differ."""
    out = list(groups)
    for k in range(1, len(figs)):
        if out[k] is not None or out[k - 1] == "?" or k not in bound:
            continue  # (an undecided group is given to no other figure)
        given = in_turn(figs, [out[k - 1]], [k - 1], [k])  # one figure, one group
        if given is None:
            continue
        lead = s[figs[k - 1].end : figs[k].start]
        if re.search(r"[,;()]", lead) or len(lead.split()) > 12:
            continue
        named = {g for a, _b, g in marks if figs[k - 1].end <= a < figs[k].start}
        if named - {out[k - 1]}:
            continue
        mine, theirs = bound[k], bound.get(k - 1)
        if theirs is not None and (theirs.kind, theirs.year) == (mine.kind, mine.year):
            continue
        out[k] = given[k]
    return out


# "said the same of other staff", "reported the same about managers": the previous
# sentence's predicate, said again of another source
_RE_THE_SAME = re.compile(
    r"\bthe\s+same\s+(?:of|from|about|by|for)\s+(?P<who>[^,;.()]{3,60})", re.I
)


def same_of_another_source(s: str, previous: int | None) -> set[int]:
    """The indicator of a sentence that names none of its own but says "the same" of
    another source, right after a sentence on harassment (5 or 6): 5 when the source
    is patients or the public, 6 when it is staff or managers; empty otherwise (the
    sentence is read as any other)."""
    m = _RE_THE_SAME.search(s)
    if m is None or previous not in (5, 6):
        return set()
    named = indicators_named(f"harassment from {m.group('who')}") & {5, 6}
    return named if len(named) == 1 else set()
