"""Which of a sentence's figures are not the trust's level: a national, regional or
benchmark comparator ("against 29.0% for England"), a target ("our target of 22%"),
a change ("grew by 5%", "4 percentage points", "down 0.21 on last year"), or an
approximation ("around 27%": `approximate`, counted for review by the caller).

Part of the narrative reader (parsers.wres.narrative_sentence, which skips such
figures). Read from the words around each figure: the last national or trust marker
before it, a national marker right after it in its own clause, a target or change word
before it, a change word right after it.
"""

from __future__ import annotations

import re

from parsers.wres.narrative_terms import _CHANGE, _NATIONAL, _TARGET, _TRUST, _Fig
from parsers.wres.vocab import APPROXIMATE

# the hedge word right before a figure, only spaces or an opening bracket between
_RE_APPROXIMATE = re.compile(rf"{APPROXIMATE}\s*\(?\s*$", re.I)

# why an approximate figure is skipped (parsers.wres.skipped: counted for review)
APPROXIMATE_WHY = "an approximate figure"


def approximate(lead: str) -> bool:
    """A figure qualified as approximate by the word it follows ("around 27%", "about
    30% from colleagues", "(approx. 1.3 times)"): a rounded figure, not the level."""
    return bool(_RE_APPROXIMATE.search(lead))


def _national(lead: str, tail_clause: str, last_marker: str | None) -> tuple[str | None, bool]:
    """Whether a figure is a national, regional or benchmark comparator rather than the
    trust's: the last national or trust marker so far (`last_marker`, updated with the
    figure's `lead`), or a national marker right after it; returns the updated marker
    too."""
    for m in re.finditer(f"{_NATIONAL.pattern}|{_TRUST.pattern}", lead, re.I):
        last_marker = "trust" if _TRUST.fullmatch(m.group(0)) else "national"
    national = last_marker == "national" and not _TRUST.search(tail_clause)
    # a bracket opened after the figure and still open at the next figure ("30.8%
    # (national: 29.9%)"), or a label ending in a colon ("8.4% England: 8.9%"), is the
    # next figure's, not this one's
    own_tail = "" if re.match(r"\s*\([^)]*$|[^:]*:\s*$", tail_clause) else tail_clause
    if _NATIONAL.search(own_tail[:40]) and not _TRUST.search(tail_clause):
        national = True
    return last_marker, national


def _not_a_level(f: _Fig, lead: str, tail: str, tail_clause: str, indicator: int) -> bool:
    """A target ("our target of 22%", "24% by 2022") or a change ("grew by 5%", "6.2%
    greater", "4 percentage points"), not the level of a figure."""
    if _TARGET.search(lead) or re.search(r"\bby\s+(?:the\s+)?20\d\d|\btarget", tail_clause, re.I):
        return True
    if indicator == 9 and _RE_DIFFERENCE_OF.search(lead):
        return False  # "a difference of 3.7 percentage points": indicator 9's measure
    unagenda = re.sub(r"agenda\s+for\s+change", lambda m: " " * len(m.group(0)), lead, flags=re.I)
    # "a growing share of our workforce (24.6% ...)": a participle describing the
    # level, not a change whose size the figure is
    unagenda = _RE_DESCRIBED_LEVEL.sub(lambda m: " " * len(m.group(0)), unagenda)
    changes = list(_CHANGE.finditer(unagenda))
    if changes and (
        not re.search(r"\b(?:to|from)\b", lead[changes[-1].end() :], re.I)
        or re.search(r"\b(?:by|of)\s*\(?\s*$", lead, re.I)
    ):
        return True  # a change ("grew by 5%", "an improvement of 6%"), not a level
    change_after = re.search(
        r"^\s*\)?\s*(?:percentage\s+)?(?:points?|pp\b|higher|lower|greater|more\b|less\b"
        r"|fewer|increase|decrease|rise|fall|drop)",
        tail,
        re.I,
    )
    # "higher by 2.1%", "6.2% greater", "4 percentage points"
    by = re.search(r"\bby\s*$", lead, re.I) and not _RE_REPORTED_BY.search(lead)
    if _RE_UP_DOWN.search(lead):
        return True  # "1.31 (down 0.21 on last year)": the change beside the level
    return bool((by or change_after) and not (indicator in (2, 3, 4) and f.kind == "times"))


# "up 0.38", "down by 0.21", "(up 1.9": a change printed as a direction and its size;
# not "made up 25.6%" (a share), and "up from 1.52" is a level, read as such
_RE_UP_DOWN = re.compile(
    r"(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)\b(?:up|down)\s+(?:by\s+)?\(?\s*$", re.I
)


# a change word as an adjective of the level it describes ("a growing share", "an
# increasing proportion"): the figure after it is that level
_RE_DESCRIBED_LEVEL = re.compile(
    r"\b\w+ing(?=\s+(?:share|proportion|percentage|representation)\b)", re.I
)


# the board's difference from the workforce, named right before its figure
_RE_DIFFERENCE_OF = re.compile(r"\b(?:difference|gap)\s*(?:of|was|is|:|=)?\s*$", re.I)

# "reported by 12.5% of BME staff": who said it, not a change
_RE_REPORTED_BY = re.compile(
    r"\b(?:reported|experienced|stated|said|felt|cited|indicated|selected|answered|given|"
    r"shared|noted|agreed)\s+by\s*$",
    re.I,
)
