"""A relative likelihood printed with the two likelihoods it is worked out from.

Part of the narrative reader (parsers.wres.narrative). Some reports show how each
relative likelihood (indicators 2-4) is calculated: the two groups' likelihoods and
then the ratio, on one line or in one sentence, e.g.

    2022/23: 0.31 for White, 0.24 for BME, ratio 1.29
    White 41.0%, BME 35.2%: relative likelihood 1.16

The structure read here: exactly two figures bound each to its own group, White and
BME (the group named right beside the figure: "0.31 for White", "White 0.31",
"White: 41.0%", "0.31 (White)"), and one more figure, a bare number or "N times", with
no group beside it. The two group figures are the components (not relative
likelihoods, never recorded as such); the ratio belongs to the numerator group, the
group whose likelihood divided by the other's gives the ratio. Which group that is,
is decided by the arithmetic, within the printed rounding of all three figures; when
both orders or neither fit, nothing is decided here and the sentence is read as any
other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.wres.narrative_terms import _Fig

# between a figure and its group: "0.31 for White", "41.0% (BME", "0.31 among White"
_RE_AFTER = re.compile(r"^\s*(?:\(|for\s+|among\s+|in\s+|of\s+|[-\u2013:=]\s*)?\s*$", re.I)
# between a group and its figure: "White 0.31", "White: 41.0%", "BME = 0.24", "White
# applicants' likelihood 0.31", "BME rate: 2.1%"
_RE_BEFORE = re.compile(
    r"^\s*(?:(?:staff|applicants|colleagues|employees)'?\s+)?"
    r"(?:(?:likelihood|rate|proportion)\s*)?(?:(?:was|is|of)\s+)?(?:[:=\-\u2013]\s*|\(\s*)?$",
    re.I,
)
_GROUPS = ("White", "BME")


@dataclass(frozen=True)
class Worked:
    """A sentence's components (figure indexes) and its ratio's index and group ("" when
    the arithmetic did not settle it: the ratio is then not read)."""

    components: tuple[int, ...]
    ratio: int
    group: str


def _bound_group(s: str, f: _Fig, marks: list[tuple[int, int, str]]) -> str | None:
    """The group named right beside figure `f`, or None."""
    for a, b, g in marks:
        if a >= f.end and _RE_AFTER.match(s[f.end : a]):
            return g
        if b <= f.start and _RE_BEFORE.match(s[b : f.start]):
            return g
    return None


def _fits(top: _Fig, bottom: _Fig, ratio: _Fig) -> bool:
    """Whether top / bottom rounds to the printed ratio, allowing for the rounding of
    every figure as printed."""
    e_top = 0.5 * 10**-top.decimals
    e_bot = 0.5 * 10**-bottom.decimals
    e_ratio = 0.5 * 10**-ratio.decimals
    if bottom.value - e_bot <= 0:
        return False
    low = (top.value - e_top) / (bottom.value + e_bot)
    high = (top.value + e_top) / (bottom.value - e_bot)
    return low - e_ratio <= ratio.value <= high + e_ratio


def worked_ratio(s: str, figs: list[_Fig], marks: list[tuple[int, int, str]]) -> Worked | None:
    """The components and the ratio's group when sentence `s` prints a relative
    likelihood with the two likelihoods it is worked out from, and the arithmetic
    settles which group is the numerator; else None."""
    if len(figs) != 3:
        return None
    groups = [_bound_group(s, f, marks) for f in figs]
    bound = [k for k, g in enumerate(groups) if g in _GROUPS]
    if len(bound) != 2 or {groups[k] for k in bound} != set(_GROUPS):
        return None
    if any(g is not None for k, g in enumerate(groups) if k not in bound):
        return None
    ratio = next(k for k in range(3) if k not in bound)
    a, b = (figs[k] for k in bound)
    r = figs[ratio]
    if r.kind not in ("bare", "times") or a.kind != b.kind or a.kind == "times":
        return None
    if re.search(r"%", s[a.start : a.end]) and a.value > 100:
        return None
    forward, backward = _fits(a, b, r), _fits(b, a, r)
    if forward == backward:
        # neither order fits, or both: the arithmetic does not say whose ratio it is.
        # A bare ratio beside its components is then skipped (its group is not
        # settled); a "times" ratio is left to its own grammar ("1.8 times as likely
        # as BME applicants")
        return Worked((bound[0], bound[1]), ratio, "") if r.kind == "bare" else None
    top = bound[0] if forward else bound[1]
    return Worked((bound[0], bound[1]), ratio, groups[top] or "")


__all__ = ["Worked", "worked_ratio"]
