"""Last year's figure printed after this year's: "1.42, down from 1.61".

Part of the narrative reader (parsers.wres.narrative). A report that compares each
figure with the year before often prints the earlier level right after the current
one, joined by a direction and "from" ("is 1.42, down from 1.61", "16.7%, up from
8.3%", "rose to 31.0% from 28.2%"), without dating the earlier figure. Read here:

- a figure with no date of its own that follows the current level in the sentence,
  joined to it by a direction and "from" ("down from", "up from", "an increase
  from"), or by "from" alone after a level that a direction and "to" introduced
  ("rose to 31.0% from 28.2%"), or bracketed after it as what it was before ("78.0%
  (previously 79.9%)"), is that level's year before: it is given the relative
  time "the year before", anchored on the date of the figure before it (or the
  sentence's, or the report's), as "a year earlier" would be. A figure opening
  "from X to Y" (no level before it) is not read this way.
- a bare year in a sentence that names its staff survey by year ("In the 2023 staff
  survey, 28.4% ..., down from 30.1% in 2022") is a survey year as well: the sentence
  compares one survey with the one before.
"""

from __future__ import annotations

import re

from parsers.wres.narrative_terms import _Fig, _Time

_DIRECTION = (
    r"\b(?:up|down|rising|rose|risen|falling|fell|fallen|increas\w*|decreas\w*|improv\w*"
    r"|reduc\w*|declin\w*|dropp\w*|grow\w*|grew|climb\w*)"
)
# "down from", "up from", "an increase from", "falling from", "improved from"
_RE_FROM = re.compile(rf"{_DIRECTION}\s+from\s*$", re.I)
# "rose to 31.0% from 28.2%": the direction before the current level, "from" after it
_RE_TO = re.compile(rf"{_DIRECTION}\s+to\s*$", re.I)
_RE_BARE_FROM = re.compile(r"^\s*[,(]?\s*from\s*$", re.I)
# "78.0% (previously 79.9%)": the earlier level in brackets after the current one
_RE_PREVIOUSLY = re.compile(r"^\s*\(\s*(?:previously|formerly|before)\s*:?\s*$", re.I)


def previous_level(s: str, figs: list[_Fig], k: int, bound: dict[int, _Time]) -> _Time | None:
    """The relative time "the year before" for figure `k` when it is the earlier level
    printed after the current one; else None."""
    if k == 0 or k in bound:
        return None
    lead = s[figs[k - 1].end : figs[k].start]
    before = s[figs[k - 2].end if k > 1 else 0 : figs[k - 1].start]
    joined = (
        _RE_FROM.search(lead)
        or (_RE_BARE_FROM.match(lead) and _RE_TO.search(before))
        or _RE_PREVIOUSLY.match(lead)
    )
    if not joined or re.search(r"[.;]", lead):
        return None
    if figs[k - 1].kind != figs[k].kind:
        return None  # "1.42 times, up from 21%": not the same measure
    return _Time(figs[k].start, figs[k].start, "the year before", "rel", 0)


def names_survey_year(times: list[_Time]) -> bool:
    """The sentence names a staff survey by its year ("the 2023 staff survey")."""
    return any(t.kind == "survey" for t in times)


__all__ = ["names_survey_year", "previous_level"]
