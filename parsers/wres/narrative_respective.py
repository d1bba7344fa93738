"""Two years' figures in one sentence, the later list naming no group: "29.4% of BME
staff and 24.0% of White staff ... in 2023/24, compared with 31.2% and 25.3% in
2022/23".

Part of the narrative reader (parsers.wres.narrative). The sentence first states a
figure per group, each with its group, then lists as many figures again, bare and
joined only by "and" or commas, under a time of their own: the list repeats the
groups in the order the sentence first gave them (what "respectively" would say;
parsers.wres.figures_in_turn).
Read here, by position only:

- the tail: the sentence's last figures, at least two, with no group of their own,
  of one kind (all percentages, or all ratios), nothing but "and" or a comma
  between them, dated by one time of their own: one printed after its first figure,
  else the one just before it;
- the head: as many figures before it, of the same kind, each with a distinct group,
  either read already or named by one mark each, interleaved with the figures in one
  order ("13.3% ... were BME ... and 86.7% White": each mark after its figure);
- the head's own time, when it prints one (before the tail's, where a time just
  before the tail closes the head's clause when the tail is dated after it), is
  another time than the tail's, and dates the whole head (one clause, one time);
- a tail dated only relatively ("a year earlier the figures were a% and b%") is the
  year before the head's one time;
- a tail in a bracket labelled by its time ("..., against 57.0% of White staff (2021:
  41.5% and 55.2%)") is such a list even where a group named just before the bracket
  would bind its first figure: the bracket restates the head, every group in turn.

Anything else (a tail of another length or kind, two times in the tail, a group
named twice, a national or other body's word after the head) leaves the sentence as
the other rules read it.
"""

from __future__ import annotations

import itertools
import re

from parsers.wres.figures_in_turn import in_turn
from parsers.wres.narrative_terms import _NATIONAL, _Fig, _Time, _times

# what may stand between the figures of one bare list: "and", a comma, an ampersand
_RE_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", re.I)


def _tail_start(s: str, figs: list[_Fig], groups: list[str | None]) -> int | None:
    """Where the sentence's closing bare list of figures starts, or None."""
    k = len(figs) - 1
    if k < 0 or groups[k] is not None:
        return None
    while k > 0 and groups[k - 1] is None and figs[k - 1].kind == figs[k].kind:
        if not _RE_JOINER.fullmatch(s[figs[k - 1].end : figs[k].start]):
            break
        k -= 1
    return k if len(figs) - k >= 2 else None


# "(2021: " opening a bracket: its one time, then a colon or a dash
_RE_LABEL_END = re.compile(r"\s*[:=\-\u2013]\s*")


def _labels(s: str, t: _Time, f: _Fig) -> bool:
    """Time `t` opens a bracket and labels figure `f`, the first inside it: "(2021: 41.5%"."""
    return s[: t.start].rstrip().endswith("(") and bool(_RE_LABEL_END.fullmatch(s[t.end : f.start]))


def _bracket_tail(s: str, figs: list[_Fig], marks: list[tuple[int, int, str]]) -> int | None:
    """Where the sentence's closing bracket of a labelled list starts ("(2021: 41.5% and
    55.2%)"): its figures, at least two and the sentence's last, of one kind and joined
    only by "and" or commas, in a bracket opened by one time and naming no group; None
    when the sentence does not close so."""
    opening = s.rfind("(", 0, figs[-1].start) if figs else -1
    if opening < 0 or ")" in s[opening : figs[-1].start]:
        return None
    inside = [k for k, f in enumerate(figs) if f.start > opening]
    if len(inside) < 2 or inside[0] == 0 or any(a > opening for a, _b, _g in marks):
        return None
    k = inside[0]
    label = _times(s[opening : figs[k].start])
    if len(label) != 1 or s[opening + 1 : opening + label[0].start].strip():
        return None
    if any(f.kind != figs[k].kind for f in figs[k:]) or any(
        not _RE_JOINER.fullmatch(s[a.end : b.start]) for a, b in itertools.pairwise(figs[k:])
    ):
        return None
    return k


def _head_groups(
    figs: list[_Fig], marks: list[tuple[int, int, str]], groups: list[str | None], n: int
) -> list[str] | None:
    """The groups of the `n` figures before the tail: those read, else one mark each,
    interleaved with the figures in one order (each mark after its figure, or each
    before it); None when they are not `n` distinct groups."""
    head = figs[:n]
    if all(groups[:n]):
        got = [g for g in groups[:n] if g]
    else:
        inside = [m for m in marks if m[0] < figs[n].start]
        if len(inside) != n:
            return None
        after = all(
            f.end <= m[0] and (i + 1 == n or m[1] <= head[i + 1].start)
            for i, (f, m) in enumerate(zip(head, inside, strict=True))
        )
        before = all(
            m[1] <= f.start and (i == 0 or head[i - 1].end <= m[0])
            for i, (f, m) in enumerate(zip(head, inside, strict=True))
        )
        if not (after or before):
            return None
        got = [m[2] for m in inside]
    return got if len(set(got)) == n else None


def _list_times(
    s: str, figs: list[_Fig], times: list[_Time], k: int
) -> tuple[_Time | None, _Time | None] | None:
    """(the head's time, the tail's time) by where the sentence prints them: a time
    after the tail's first figure is the tail's; a time between the head and the tail
    is the tail's when none follows and the head is dated in its own clause ("... BME
    in 2023/24 ...; in 2022/23 the shares were ..."), else it closes the head's clause
    ("... in 2023/24, compared with ..."). None when a list would have two times, or
    the tail none, or both the same."""
    gap_start = figs[k - 1].end
    tail = [t for t in times if t.start >= figs[k].start]
    gap = [t for t in times if gap_start <= t.start < figs[k].start]
    head = [t for t in times if t.start < gap_start]
    if not tail and gap and (head or _labels(s, gap[-1], figs[k])):
        # the head dated in its own clause, or the tail's bracket labelled by its time
        # ("(2021: 41.5% and 55.2%)"): the gap's last time opens the tail
        tail, gap = gap[-1:], gap[:-1]
    head += gap
    if len({(t.kind, t.year) for t in tail}) != 1 or len({(t.kind, t.year) for t in head}) > 1:
        return None
    if head and (head[0].kind, head[0].year) == (tail[0].kind, tail[0].year):
        return None
    return (head[0] if head else None), tail[0]


def _year_before_tail(figs: list[_Fig], times: list[_Time], k: int) -> tuple[_Time, _Time] | None:
    """(the head's time, the tail's) when the head is dated by one time and the tail,
    by nothing but one relative time ("a year earlier", "the year before": every
    relative time the sentence reader knows is the year before): the tail's time is
    then the head's a year back ("At 31 March 2024, x% and y%; a year earlier the
    figures were a% and b%"). None otherwise."""
    rest = figs[k - 1].end
    head = [t for t in times if t.start < rest and t.kind != "rel"]
    after = [t for t in times if t.start >= rest]
    if len({(t.kind, t.year) for t in head}) != 1 or [t.kind for t in after] != ["rel"]:
        return None
    if any(t.kind == "rel" for t in times if t.start < rest):
        return None
    h, rel = head[0], after[0]
    return h, _Time(rel.start, rel.end, rel.text, h.kind, h.year - 1)


def respective_figures(
    s: str,
    figs: list[_Fig],
    marks: list[tuple[int, int, str]],
    groups: list[str | None],
    bound: dict[int, _Time],
    times: list[_Time],
) -> tuple[list[str | None], dict[int, _Time]]:
    """The sentence's groups and bound times with a closing bare list given the
    groups of the figures before it, in order, and each list its own time (see the
    module docstring); as they were when the sentence is not of that shape."""
    unread = groups
    k = _bracket_tail(s, figs, marks)  # "(2021: 41.5% and 55.2%)" after the groups' figures
    if k is not None:
        # a group named before the bracket is not its first figure's alone: unless the
        # list takes the head's groups in turn, no figure in it has a group
        unread = [*groups[:k], *([None] * (len(figs) - k))]
    else:
        k = _tail_start(s, figs, groups)
    if k is None:
        return groups, bound
    head = _head_groups(figs, marks, groups, k)
    # the tail, as long as the head and figure by figure of its kind, takes its groups
    given = in_turn(figs, head, range(k), range(k, len(figs))) if head else None
    if given is None or _NATIONAL.search(s[figs[k - 1].end :]):
        return unread, bound  # "..., against 29.0% and 26.0% for England": not the trust's
    dated = _list_times(s, figs, [t for t in times if t.kind != "rel"], k)
    if dated is None:
        dated = _year_before_tail(figs, times, k)
    if dated is None:
        return unread, bound
    head_time, tail_time = dated
    new_bound = dict(bound)
    for i in range(len(figs)):
        if i >= k:
            new_bound[i] = tail_time
        elif head_time is not None:
            new_bound[i] = head_time
        else:
            new_bound.pop(i, None)  # the head is dated as the sentence is
    return [*head, *(given[i] for i in range(k, len(figs)))], new_bound
