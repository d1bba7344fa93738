"""A relative likelihood printed with the two groups' counts it is worked out from.

Part of the narrative reader (parsers.wres.narrative). Some reports give, for
indicators 2-4, each group's numerator and denominator as "x of y" (or "x out of y")
and then the ratio:

    Indicator 4: 2,760 of 3,431 White staff, against 801 of 1,046 BME staff:
    a relative likelihood of 1.05.
    BME staff 31 out of 2,204 and White staff 40 out of 5,876; ratio 1.14

The structure read here: exactly two count pairs, each bound to its own group, White
and BME (the group named within a few words after the denominator, "of 2,311
shortlisted White applicants", or right before the numerator, "White staff: 418 of
2,311"), and exactly one ratio figure (a bare number or "N times") after them. The
group nearest the ratio in the text is often the comparator, so the words do not say
whose ratio it is; the arithmetic does: (x1/y1) / (x2/y2) within the ratio's printed
rounding. The counts are exact, so only one order can fit unless the two likelihoods
are equal. When neither or both orders fit, nothing is decided here and the sentence
is read as any other.
"""

from __future__ import annotations

import re

from parsers.wres.narrative_components import Worked
from parsers.wres.narrative_terms import _Fig

_GROUPS = ("White", "BME")
# "418 of 2,311", "31 out of 2,204" (not "1 of the 9 indicators": digits both sides)
_RE_PAIR = re.compile(r"(?<![\d.,])(\d[\d,]*)\s+(?:out\s+)?of\s+(\d[\d,]*)(?![\d.]|,\d)", re.I)
# between a denominator and its group: "of 2,311 shortlisted White", "of 1,046 BME"
_RE_GAP_AFTER = re.compile(r"^\s*(?:[a-z\-]+\s+){0,2}$", re.I)
# between a group and its numerator: "White staff: 418 of", "BME applicants 203 of"
_RE_GAP_BEFORE = re.compile(
    r"^\s*(?:(?:staff|applicants|colleagues|employees|respondents)\s*)?[:=\-\u2013]?\s*$", re.I
)
# words that join two groups' counts, not a count to its own group
_RE_LINK = re.compile(r"\b(?:and|or|but|while|whereas|against|versus|vs|than|with|to)\b", re.I)


def _n(text: str) -> int:
    return int(text.replace(",", ""))


def _pair_group(s: str, a: int, b: int, marks: list[tuple[int, int, str]]) -> str | None:
    """The group a count pair spanning s[a:b] is of, or None."""
    before = [g for _ga, gb, g in marks if gb <= a and _RE_GAP_BEFORE.match(s[gb:a])]
    if before:
        return before[-1]
    after = [
        g
        for ga, _gb, g in marks
        if ga >= b and _RE_GAP_AFTER.match(s[b:ga]) and not _RE_LINK.search(s[b:ga])
    ]
    return after[0] if after else None


def _fits(top: tuple[int, int], bottom: tuple[int, int], ratio: _Fig) -> bool:
    """Whether (top x / top y) / (bottom x / bottom y) rounds to the printed ratio."""
    (tx, ty), (bx, by) = top, bottom
    if min(ty, bx, by) <= 0:
        return False
    value = (tx / ty) / (bx / by)
    return abs(value - ratio.value) <= 0.5 * 10**-ratio.decimals + 1e-9


def counts_ratio(s: str, figs: list[_Fig], marks: list[tuple[int, int, str]]) -> Worked | None:
    """The ratio's index and group when sentence `s` prints a relative likelihood after
    the two groups' "x of y" counts and the arithmetic settles the numerator; else None."""
    ratios = [k for k, f in enumerate(figs) if f.kind in ("bare", "times")]
    if len(ratios) != 1 or len(figs) != 1:
        return None
    r = figs[ratios[0]]
    pairs = [m for m in _RE_PAIR.finditer(s) if m.end() <= r.start]
    if len(pairs) != 2:
        return None
    groups = [_pair_group(s, m.start(), m.end(), marks) for m in pairs]
    if set(groups) != set(_GROUPS) or len(groups) != 2:
        return None
    counts = [(_n(m.group(1)), _n(m.group(2))) for m in pairs]
    if any(x > y for x, y in counts):
        return None  # not a part of a whole
    forward, backward = _fits(counts[0], counts[1], r), _fits(counts[1], counts[0], r)
    if forward == backward:
        return None
    return Worked((), ratios[0], groups[0] if forward else groups[1])


__all__ = ["counts_ratio"]
