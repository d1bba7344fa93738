"""Figures moving "from" one level "to" another under two listed times.

Part of the narrative reader (parsers.wres.narrative). A sentence that names a span of
two times ("Between 31 March 2023 and 31 March 2024", "between the 2022 and 2023
surveys") and then moves each figure "from" one level "to" another ("rose from 20.1%
to 21.6%") dates the pair by what "from ... to" means: the level it moves from is the
earlier time's, the level it moves to the later's, whichever order the times are
listed in. Each figure of such a sentence must stand in one "from X to Y" pair, else
the sentence is not built this way and nothing is read here.
"""

from __future__ import annotations

import re

from parsers.wres.narrative_terms import _Fig, _Time

_RE_FROM = re.compile(r"\bfrom\s*$", re.I)  # what opens the pair, right before its first
_RE_TO = re.compile(r"\s*to\s*", re.I)  # all that stands between the pair's figures


def from_to_pairs(s: str, figs: list[_Fig]) -> list[list[int]] | None:
    """The sentence's figures as "from X to Y" pairs [[x, y], ...] (indices into
    `figs`), or None when any figure stands outside such a pair."""
    pairs: list[list[int]] = []
    k = 0
    while k < len(figs):
        if k + 1 >= len(figs):
            return None
        before = s[figs[k - 1].end if k else 0 : figs[k].start]
        between = s[figs[k].end : figs[k + 1].start]
        if not (_RE_FROM.search(before) and _RE_TO.fullmatch(between)):
            return None
        if figs[k].kind != figs[k + 1].kind:
            return None  # "from 1.42 to 30%": not one measure moving
        pairs.append([k, k + 1])
        k += 2
    return pairs or None


def earlier_then_later(times: list[_Time]) -> list[_Time] | None:
    """Two times in the order of the years they name, or None when there are not two
    or they name the same year."""
    if len(times) != 2:
        return None
    a, b = sorted(times, key=lambda t: t.year)
    return None if a.year == b.year else [a, b]


def pair_groups(
    s: str, figs: list[_Fig], marks: list[tuple[int, int, str]], groups: list[str | None]
) -> list[str | None]:
    """Each "from X to Y" pair without groups takes the one group named since the pair
    before it ("the share from a BME background rose from 20.1% to 21.6%, and the White
    share fell from 77.2% to 75.9%"): the pair is one group's level moving."""
    pairs = from_to_pairs(s, figs)
    if pairs is None:
        return groups
    out = list(groups)
    since = 0
    for x, y in pairs:
        named = {g for a, _b, g in marks if since <= a < figs[x].start}
        if len(named) == 1 and out[x] is None and out[y] is None:
            out[x] = out[y] = next(iter(named))
        since = figs[y].end
    return out


__all__ = ["earlier_then_later", "from_to_pairs", "pair_groups"]
