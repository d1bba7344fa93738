"""A heading in question form that names one indicator ("What does indicator 5 tell
us?", "How are we doing on WRES indicator 3?") heads what is under it, as "Indicator 5:
..." does: Q&A pages put each indicator's figures in the answer below its question.
Used by the heading reader (parsers.wres.context.indicator_heading, for lines) and the
sentence reader (parsers.wres.narrative)."""

from __future__ import annotations

import re

_QUESTION = re.compile(
    r"^\W*(?:what|how|why|which|where|who|when|is|are|was|were|does|do|did|has|have|can)\b"
    r"[^?]{0,150}\?\W*$",
    re.I,
)
_NAMED_INDICATOR = re.compile(
    r"\b(?:wres\s+)?(?:indicator|metric)\s*(?:no\.?\s*)?(?P<n>\d)\b|\bwres\s*(?P<w>\d)\b", re.I
)
_PLURAL = re.compile(r"\b(?:indicators|metrics)\b", re.I)
_SMALL_NUMBER = re.compile(r"(?<![\w.,/])\d{1,3}(?![\w.,/%])")


def question_indicator(text: str) -> int | None:
    """The one indicator a heading in question form names ("What does indicator 5 tell
    us?"); None when the line is no question, names none, or names several."""
    t = " ".join(text.split())
    if len(t) > 160 or not _QUESTION.match(t) or _PLURAL.search(t):
        return None
    named = [int(m.group("n") or m.group("w")) for m in _NAMED_INDICATOR.finditer(t)]
    if len(named) != 1 or not 1 <= named[0] <= 9:
        return None
    if len(_SMALL_NUMBER.findall(t)) != 1:
        return None  # another number ("indicator 5 and 6", "in 3 years"): unsure
    return named[0]
