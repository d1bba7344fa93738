"""Sentences whose key is partly stated elsewhere: in the sentence before them, or
whose figures are one part of the trust's.

Part of the narrative reader (parsers.wres.narrative). Prose answers lean on what
came before them; each rule here reads one such structure, and only when the
reference is unambiguous:

- "the figures were 11.8% and 85.0%" (no group of its own; "the figures at 31 March
  2023 were ... respectively", a short time phrase before the verb) restates the
  previous sentence's figures for another time: its figures take that sentence's groups, in
  order, when the counts match and the groups are distinct.
- "In 2022/23 it was 1.71" (a pronoun for the previous sentence's relative
  likelihood): the same indicator's likelihood, of the same group.
- A relative date named in apposition to an absolute one ("A year earlier, at 31
  March 2023, ...") is one date, not two: the absolute one dates the sentence.
- A sentence about one named part of the trust ("Surgery division only", "in the
  Medicine directorate") states that part's figures, not the trust's: not read.
"""

from __future__ import annotations

import itertools
import re

from parsers.wres.dated_continuation import is_time_label
from parsers.wres.narrative_lines import _Prev
from parsers.wres.narrative_terms import _NATIONAL, _Fig, _Time, _times

# ---------------------------------------------------------------------------
# figures that restate the previous sentence's


_RE_RESTATES_FIGURES = re.compile(
    r"\b(?:the|these|those|its|their)\s+(?:corresponding\s+|equivalent\s+|same\s+)?"
    r"(?:figures|percentages|proportions|shares)\b"
    # the time they restate them for, between the noun and its verb ("the figures at
    # 31 March 2023 were", "the figures in the 2022 survey were"): a short phrase
    r"(?:\s+(?:at|in|on|for|as\s+at|a|one|the)\b[^.;:%]{0,30}?)?"
    r"\s+(?:were|was|are|stood\s+at)\b",
    re.I,
)


def groups_from_previous(
    s: str,
    figs: list[_Fig],
    marks: list[tuple[int, int, str]],
    groups: list[str | None],
    indicator: int | None,
    prev: _Prev,
    block: int,
) -> list[str | None]:
    """The groups of a sentence that restates the previous sentence's figures ("A year
    earlier the figures were 11.8% and 85.0%"): that sentence's groups, in its order,
    when the sentence names no group itself, speaks of the same indicator in the same
    paragraph and has as many figures (all percentages) as that sentence read groups."""
    if marks or any(groups) or not figs:
        return groups
    if not _RE_RESTATES_FIGURES.search(s[: figs[0].start]) and not time_then_list(s, figs):
        return groups
    if prev.block != block or prev.indicator != indicator or len(prev.groups) != len(figs):
        return groups
    if any(f.kind != "pct" for f in figs):
        return groups
    return list(prev.groups)


_MAX_SUBJECT_WORDS = 8  # "The 2022 survey gave", "In 2022/23 it was": a short subject
_RE_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", re.I)


def time_then_list(s: str, figs: list[_Fig]) -> bool:
    """A sentence that is only a time and a bare list of figures ("The 2022 survey
    gave 16.4% and 8.0%.", "For 2022/23: 21.0% and 75.2%."): a short subject naming a
    time, the figures joined by "and" or commas, nothing after them, no comparator's
    word. Such a sentence gives the previous sentence's figures for another time."""
    subject = s[: figs[0].start]
    if len(subject.split()) > _MAX_SUBJECT_WORDS or not _times(subject) or _NATIONAL.search(s):
        return False
    joins = [s[a.end : b.start] for a, b in itertools.pairwise(figs)]
    if not all(_RE_LIST_JOINER.fullmatch(j) for j in joins):
        return False
    return not s[figs[-1].end :].strip(" .;")


def distinct_groups(groups: list[str]) -> tuple[str, ...]:
    """The groups a sentence read, in order, when each names one figure (what a
    following "the figures were x and y" can refer back to); () otherwise."""
    if not all(groups) or len(set(groups)) != len(groups):
        return ()
    return tuple(groups)


# ---------------------------------------------------------------------------
# a relative likelihood "x times that of" its comparator

_RE_THAT_OF = re.compile(r"\s*(?:that|those)\s+(?:of|for)\b", re.I)
# "1.37 times the chance of a BME applicant": the measure named after the figure
_RE_THE_CHANCE_OF = re.compile(r"\s*the\s+(?:chances?|likelihood|odds)\s+(?:of|for)\b", re.I)


def times_that_of(lead: str, tail: str) -> bool:
    """A "times" figure after a likelihood (or chance), over the group after "that of":
    "the likelihood of White applicants ... was 1.57 times that of BME applicants", or
    naming the likelihood after it: "1.37 times the chance of a BME applicant"."""
    if _RE_THE_CHANCE_OF.match(tail):
        return True
    return bool(_RE_THAT_OF.match(tail) and re.search(r"likel|\bchances?\b", lead, re.I))


# ---------------------------------------------------------------------------
# a pronoun for the previous sentence's relative likelihood

_RE_PRONOUN_IS = re.compile(
    r"\b(?:it|this|that|the\s+(?:ratio|figure|likelihood))\s+"
    r"(?:was|is|had\s+been|has\s+been|stood\s+at)\s*$",
    re.I,
)


def restates_likelihood(
    s: str, f: _Fig, marks: list[tuple[int, int, str]], prev: _Prev, block: int
) -> bool:
    """A bare figure that a pronoun makes the previous sentence's relative likelihood
    again ("In 2022/23 it was 1.71."), or that stands after a date label alone
    ("2022/23: 1.71."): the paragraph's previous sentence read one, and this sentence
    names no group of its own."""
    return (
        prev.block == block
        and prev.rl_group is not None
        and not marks
        and bool(_RE_PRONOUN_IS.search(s[: f.start]) or is_time_label(s[: f.start]))
    )


# ---------------------------------------------------------------------------
# a relative date in apposition to an absolute one

_APPOSITION = re.compile(r"\s*,?\s*(?:\(\s*)?(?:(?:as\s+)?at|on|in|as\s+of)?\s*(?:the\s+)?", re.I)


def without_restated_relative(s: str, times: list[_Time]) -> list[_Time]:
    """The sentence's times with a relative one dropped when an absolute date stands
    in apposition to it ("A year earlier, at 31 March 2023, ...", "31 March 2023 (a
    year earlier)"): both name one time, which the absolute date states."""
    drop: set[int] = set()
    for i in range(len(times) - 1):
        a, b = times[i], times[i + 1]
        if (a.kind == "rel") == (b.kind == "rel"):
            continue
        absolute = b if a.kind == "rel" else a
        if absolute.kind not in ("fy", "month", "survey"):
            continue
        if _APPOSITION.fullmatch(s[a.end : b.start]):
            drop.add(i if a.kind == "rel" else i + 1)
    return [t for i, t in enumerate(times) if i not in drop]


# ---------------------------------------------------------------------------
# one part of the trust

_UNIT = (
    r"(?:division|directorate|care\s+group|business\s+unit|service\s+line|locality|borough"
    r"|clinical\s+(?:group|unit|board))"
)
# a determiner or a preposition before a unit word says which units, not a name
_NOT_A_NAME = (
    r"(?!(?i:each|every|all|any|our|the|this|that|a|an|one|per|by|across|within|in|for|"
    r"no|some|other|which|its)\b)"
)
_RE_ONE_PART = re.compile(
    rf"(?:\b{_NOT_A_NAME}[A-Z][\w&'-]*\s+){{1,4}}(?i:{_UNIT})\b(?!s)"
    rf"|\b(?i:{_UNIT})\s+(?i:only)\b",
)


def names_one_part(s: str) -> bool:
    """Whether a sentence speaks of one named part of the trust ("Community Services
    division only", "in the Surgery Directorate"): its figures are that part's."""
    return bool(_RE_ONE_PART.search(s))
