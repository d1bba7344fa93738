"""Figures moving "from" one level "to" another under two listed times.

Part of the narrative reader (parsers.wres.narrative). A sentence that names a span of
two times ("Between 31 March 2023 and 31 March 2024", "between the 2022 and 2023
surveys") and then moves each figure "from" one level "to" another ("rose from 20.1%
to 21.6%") dates the pair by what "from ... to" means: the level it moves from is the
earlier time's, the level it moves to the later's, whichever order the times are
listed in. Each figure of such a sentence must stand in one "from X to Y" pair, else
the sentence is not built this way and nothing is read here. A pair may also run
"to Y from X", each figure may carry its own time ("from 44.0% in the 2022 survey to
46.9% in the 2023 survey"), and a pair printed without times takes the two another pair
of the sentence moved between (`pair_times`).
"""

from __future__ import annotations

import re

from parsers.wres.narrative_terms import _Fig, _Time, _times

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


def _without_times(text: str) -> str:
    """`text` with its time expressions ("in the 2022 survey") blanked out."""
    for t in reversed(_times(text)):
        text = text[: t.start] + text[t.end :]
    return re.sub(r"\b(?:in|at|as\s+at|as\s+of|on)\s+(?:the\s+)?(?=\s|$)", " ", text, flags=re.I)


def moving_pairs(s: str, figs: list[_Fig]) -> list[tuple[int, int]] | None:
    """The sentence's figures as pairs (from, to) of one level moving, either way round
    ("from X to Y", "to Y from X"), each figure's own time allowed after it ("from 44.0%
    in the 2022 survey to 46.9% in the 2023 survey"); None when any figure stands
    outside such a pair."""
    pairs: list[tuple[int, int]] = []
    for k in range(0, len(figs), 2):
        if k + 1 >= len(figs) or figs[k].kind != figs[k + 1].kind:
            return None
        before = s[figs[k - 1].end if k else 0 : figs[k].start]
        between = _without_times(s[figs[k].end : figs[k + 1].start])
        if _RE_FROM.search(before) and _RE_TO.fullmatch(between):
            pairs.append((k, k + 1))
        elif re.search(r"\bto\s*$", before, re.I) and _RE_FROM_ONLY.fullmatch(between):
            pairs.append((k + 1, k))  # "to 57.1% from 57.8%": the later level first
        else:
            return None
    return pairs or None


_RE_FROM_ONLY = re.compile(r"\s*,?\s*(?:up\s+|down\s+)?from\s*", re.I)


def pair_groups(
    s: str, figs: list[_Fig], marks: list[tuple[int, int, str]], groups: list[str | None]
) -> list[str | None]:
    """Each "from X to Y" pair without groups takes the one group named since the pair
    before it ("the share from a BME background rose from 20.1% to 21.6%, and the White
    share fell from 77.2% to 75.9%"): the pair is one group's level moving."""
    pairs = moving_pairs(s, figs)
    if pairs is None:
        return groups
    out = list(groups)
    since = 0
    for pair in pairs:
        x, y = min(pair), max(pair)
        named = {g for a, _b, g in marks if since <= a < figs[x].start}
        if len(named) == 1 and out[x] is None and out[y] is None:
            out[x] = out[y] = next(iter(named))
        since = figs[y].end
    return out


def pair_times(
    s: str,
    figs: list[_Fig],
    bound: dict[int, _Time],
    times: list[_Time],
    before: tuple[_Time, ...] = (),
) -> dict[int, _Time]:
    """An undated pair moving between two levels takes the two times another pair of
    the sentence moved between, its "from" the earlier: "rose from 44.0% in the 2022
    survey to 46.9% in the 2023 survey, but fell among White staff to 57.1% from
    57.8%". A sentence naming no time at all takes the two times the sentence before
    it in the paragraph (`before`) named ("... 48.2% in the 2023 survey, up on the
    2022 survey's 45.6%. White colleagues' figure slipped from 59.4% to 58.7%."); a
    pair alone in its paragraph is not dated by guess."""
    pairs = moving_pairs(s, figs)
    if pairs is None:
        return bound
    span = earlier_then_later(list(before)) if not times and not bound else None
    if span is not None and all(t.kind != "rel" for t in span):
        return {k: t for a, b in pairs for k, t in ((a, span[0]), (b, span[1]))}
    spans = {
        (bound[a].year, bound[b].year): (bound[a], bound[b])
        for a, b in pairs
        if a in bound and b in bound and bound[a].year < bound[b].year
    }
    if len(spans) != 1:
        return bound
    earlier, later = next(iter(spans.values()))
    out = dict(bound)
    for a, b in pairs:
        if a not in out and b not in out:
            out[a], out[b] = earlier, later
    return out


__all__ = ["earlier_then_later", "from_to_pairs", "moving_pairs", "pair_groups", "pair_times"]
