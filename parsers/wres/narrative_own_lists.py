"""Figures a sentence marks as the trust's own, keyed by what the sentence before said:
a bare list in the groups the previous sentence named ("Nationally, x% of BME staff
and y% of White staff ... in the 2023 survey. Here we recorded a% and b%."), and a
first-person level under an indicator's heading ("In 2022/23 we stood at 1.38 against
1.55 nationally.").

Part of the narrative reader (parsers.wres.narrative_sentence). A report that sets
each of its figures beside a comparator often names the groups once, in one sentence,
and then lists figures for them, in the same order, in the sentences that follow. The
list is read here, by structure only:

- the previous sentence of the same paragraph spoke of the same indicator and named
  two or more distinct groups, each with its figure(s), in one order (the groups of
  its figures, comparators' included, never returning to one left behind), every
  grouped figure of one kind;
- the list: a run of exactly that many figures of that kind, none with a group of its
  own, joined only by "and" or commas, the longest such run (a longer run is not the
  groups' list);
- its clause (cut at the last comma, semicolon, colon or bracket before it, and at the
  first after it) names no group, is marked as the trust's by one of its words before
  the list ("our", "ours", "we", "here", "the trust"), and holds no comparator's word
  ("national", "average", "region", ...) before or after the list;
- its date: the sentence's own (as the sentence reader binds it), else, when the
  sentence prints none, the previous sentence's one date (with several there, which?
  the list is not read); a sentence dated only relatively ("a year earlier") is left
  as the other rules read it.

The list's figures then take the previous sentence's groups in turn and are the
trust's even after a comparator's word earlier in the sentence ("the national figures
were x% and y%, and ours a% and b%"). Anything else leaves the sentence as the other
rules read it.

The first-person level (`own_level`): a bare decimal figure right after "we stood at",
"we were at", "ours was" in a sentence that names no group is the indicator's relative
likelihood (indicators 2 to 4), its group left to the usual rule (the previous
sentence's likelihood's group, else the WRES definition's under the indicator's
heading).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from parsers.wres.narrative_lines import _Prev
from parsers.wres.narrative_terms import _NATIONAL, _Fig, _group_marks, _Time

# what may stand between the figures of one bare list: "and", a comma, an ampersand
_RE_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", re.I)
# the trust's own words, which mark a clause's figures as its own
_OWN = r"\b(?:our|ours|we|here)\b|\b(?:the|this)\s+(?:trust|organisation)\b(?!s)"
_RE_OWN = re.compile(_OWN, re.I)
# where a clause ends: a comma, semicolon, colon, bracket or full stop
_RE_CLAUSE_END = re.compile(r"[,;:().]")


def named_in_order(figs: list[_Fig], groups: list[str | None]) -> tuple[tuple[str, ...], str]:
    """(the groups a sentence named, in order, each once, the kind of their figures):
    the groups of its figures, consecutive repeats merged ("x% of our BME staff,
    against a national average of y%" names BME once); ((), "") when a group returns
    after another, a group is undecided, fewer than two are named, or the grouped
    figures are of several kinds."""
    grouped = [(g, f.kind) for f, g in zip(figs, groups, strict=True) if g is not None]
    if any(g == "?" for g, _kind in grouped) or len({kind for _g, kind in grouped}) != 1:
        return (), ""
    order = tuple(g for g, _ in itertools.groupby(g for g, _kind in grouped))
    if len(order) < 2 or len(set(order)) != len(order):
        return (), ""
    return order, grouped[0][1]


def _runs(s: str, figs: list[_Fig], groups: list[str | None]) -> list[list[int]]:
    """The sentence's runs of figures naming no group, of one kind, joined only by
    "and" or commas (each run as long as it goes)."""
    runs: list[list[int]] = []
    for k, f in enumerate(figs):
        if groups[k] is not None:
            continue
        last = runs[-1][-1] if runs else None
        if (
            last == k - 1
            and figs[last].kind == f.kind
            and _RE_JOINER.fullmatch(s[figs[last].end : f.start])
        ):
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _own_clause(s: str, figs: list[_Fig], run: list[int]) -> bool:
    """The run's clause names no group and is marked as the trust's (module docstring)."""
    first, last = figs[run[0]], figs[run[-1]]
    start = figs[run[0] - 1].end if run[0] else 0
    lead = s[start : first.start]
    cuts = list(_RE_CLAUSE_END.finditer(lead))
    lead = lead[cuts[-1].end() :] if cuts else lead
    stop = figs[run[-1] + 1].start if run[-1] + 1 < len(figs) else len(s)
    tail = s[last.end : stop]
    end = _RE_CLAUSE_END.search(tail)
    tail = tail[: end.start()] if end else tail
    inside = s[first.start : last.end]
    if _group_marks(lead) or _group_marks(tail) or _group_marks(inside):
        return False
    # "Nationally we saw x% and y%": a comparator's word anywhere in it, and whose?
    return bool(_RE_OWN.search(lead)) and not _NATIONAL.search(lead + " " + tail)


def own_lists(
    s: str,
    figs: list[_Fig],
    groups: list[str | None],
    bound: dict[int, _Time],
    times: list[_Time],
    prev: _Prev,
    block: int,
    indicator: int,
) -> tuple[list[str | None], dict[int, _Time], set[int]]:
    """The sentence's groups and bound times with each list of the trust's figures in
    the groups the previous sentence (`prev`, of paragraph `block`) named, dated by its
    date when the sentence prints none; and the indices of those figures (the trust's,
    whatever comparator's word came before). As they were when the sentence holds no
    such list, or the previous sentence spoke of another indicator or paragraph
    (module docstring)."""
    if prev.block != block or prev.indicator != indicator or not prev.named:
        return groups, bound, set()
    if times and all(t.kind == "rel" for t in times):
        return groups, bound, set()  # "a year earlier": before which date?
    if not times and len(prev.dates) > 1:
        return groups, bound, set()  # dated by the previous sentence, which has two dates
    named, kind, dates = prev.named, prev.named_kind, prev.dates
    out, new_bound, own = list(groups), dict(bound), set()
    for run in _runs(s, figs, groups):
        if len(run) != len(named) or figs[run[0]].kind != kind:
            continue
        if not _own_clause(s, figs, run):
            continue
        for k, g in zip(run, named, strict=True):
            out[k] = g
            own.add(k)
            if not times and dates:
                new_bound[k] = replace(dates[0], start=figs[k].start, end=figs[k].start)
    return out, new_bound, own


def what_it_named(
    figs: list[_Fig], groups: list[str | None], times: list[_Time]
) -> tuple[tuple[str, ...], str, tuple[_Time, ...]]:
    """What a sentence leaves for a list in the next one: the groups it named in order,
    their figures' kind (`named_in_order`), and its dates, one per distinct time (a
    following sentence that prints none is dated by them when there is exactly one)."""
    seen: dict[tuple[str, int], _Time] = {}
    for t in times:
        seen.setdefault((t.kind, t.year), t)
    return (*named_in_order(figs, groups), tuple(seen.values()))


# "we stood at", "we were at", "ours was": the trust's own level, said in the first person
_RE_FIRST_PERSON_LEVEL = re.compile(
    r"\b(?:we|ours)\s+(?:stood|stand|were|are|was|is|sat|came\s+in)\s+(?:at\s+)?$", re.I
)


def own_level(s: str, f: _Fig, marks: list[tuple[int, int, str]]) -> bool:
    """A bare decimal figure the trust states as its own level in the first person
    ("In 2022/23 we stood at 1.38"), in a sentence naming no group: under a ratio
    indicator, its relative likelihood."""
    if marks or f.kind != "bare" or f.decimals < 1 or not 0 < f.value < 10:
        return False
    return bool(_RE_FIRST_PERSON_LEVEL.search(s[: f.start]))
