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
- a bare year labelling last year's staff survey figures in brackets after this
  year's ("31.2% of BME staff ..., against 22.8% of White staff (2021: 33.0% and
  24.1%)"), where this year's are dated 2022/23, is the survey of the year before
  (2021 -> 2021/22): read as a WRES data year it would be two years back, which a
  bracket of last year's figures never is.
"""

from __future__ import annotations

import re

from parsers.wres.cells import fy
from parsers.wres.narrative_terms import _Fig, _Time
from parsers.wres.vocab import SURVEY_INDICATORS

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
        or (_RE_BARE_FROM.match(lead) and (_RE_TO.search(before) or _sized_to(s, figs, k)))
        or _RE_PREVIOUSLY.match(lead)
    )
    if not joined or re.search(r"[.;]", lead):
        return None
    if figs[k - 1].kind != figs[k].kind:
        return None  # "1.42 times, up from 21%": not the same measure
    return _Time(figs[k].start, figs[k].start, "the year before", "rel", 0)


def _sized_to(s: str, figs: list[_Fig], k: int) -> bool:
    """The current level before figure `k` follows "to" after the change's size ("rose
    by 1.4 points over the year, to 27.3%, from 25.9%"): a direction earlier in the
    clause, its size the figure before the level."""
    if k < 2:
        return False
    before = s[figs[k - 2].end : figs[k - 1].start]
    clause = re.split(r"[.;]", s[: figs[k - 2].start])[-1]
    return bool(
        re.search(r"\bto\s*$", before, re.I)
        and not re.search(r"[.;]", before)
        and re.search(rf"{_DIRECTION}\s+(?:by\s+)?$", clause, re.I)
    )


def names_survey_year(times: list[_Time]) -> bool:
    """The sentence names a staff survey by its year ("the 2023 staff survey")."""
    return any(t.kind == "survey" for t in times)


# "(2021: 33.0%": a year labelling the figure after it, opening a bracket
_RE_LABEL_AFTER = re.compile(r"\s*[:=\-\u2013]")


def bracketed_survey_year(
    s: str, figs: list[_Fig], t: _Time, indicator: int, current: str | None
) -> str | None:
    """The survey year of a bare year `t` labelling last year's staff survey figures in
    brackets after figures dated `current` ("2022/23"), when it is the year before
    (2021 -> "2021/22"); None otherwise (the bare year stays unsettled)."""
    if t.kind != "bare" or indicator not in SURVEY_INDICATORS or current is None:
        return None
    if not s[: t.start].rstrip().endswith("(") or not _RE_LABEL_AFTER.match(s[t.end :]):
        return None
    if not any(f.end <= t.start for f in figs) or int(current[:4]) != t.year + 1:
        return None
    return fy(t.year)


__all__ = ["bracketed_survey_year", "names_survey_year", "previous_level"]
