"""Two indicators joined in one sentence, each in a clause of its own: "Black and
minority ethnic staff were 1.3 times as likely as White staff to face a formal
disciplinary case (2021/22: 1.5); and White staff 1.1 times as likely as BME staff
to be funded for CPD (2021/22: 1.0)", or, the predicate said once, "... 22% of BME
and 18% of White staff were abused by patients, and 19% and 14% by managers".

Part of the narrative reader (parsers.wres.narrative_sentence). A sentence whose words
name several indicators is read only when its clauses part them:

- the sentence is cut at its clause joints outside brackets (a semicolon, or a comma
  before "and", "while", "whereas" or "but"); a piece with neither figures nor an
  indicator's words stays with the piece before it;
- every piece holds figures and names exactly one indicator: its own words, or, for a
  piece naming none right after one on harassment (5 or 6), the source its figures
  are "from" or "by" (the predicate said once: "and 19% and 14% by managers" is
  harassment from staff, 6); and the pieces' indicators are the sentence's;
- each piece is then read as a sentence of its own: the sentence with the other pieces
  blanked (same length, so every position holds), keeping the times that open the
  sentence before its first figure ("In the 2022 survey, ..." dates every clause);
- a piece naming no group takes, for the list of percentages it opens with, the groups
  the piece before it named (each once), in the order it named them: the groups said
  once ("22% of BME and 18% of White staff ..., and 19% and 14% ..."); a piece naming
  no group otherwise (a ratio whose group is left unsaid) is not read.

Anything else leaves the sentence unread, as a sentence of two indicators always was.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from parsers.wres.narrative_terms import _Fig, _figures, _group_marks, _indicators, _times
from parsers.wres.vocab import indicators_named

# where one clause ends and the next begins: "; ", ", and ", ", while ", ", but "
_RE_JOINT = re.compile(r";\s*(?:and\s+)?|,\s*(?:and|while|whereas|but)\s+", re.I)
# the source an elided harassment predicate's figures are from ("and 19% by managers")
_RE_SOURCE = re.compile(r"\b(?:from|by)\s+(?P<who>[^,;.()%\d]{3,60})", re.I)
# what stands between the figures of one list: "and", a comma, an ampersand
_RE_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", re.I)


@dataclass(frozen=True)
class JoinedClause:
    """One clause of a sentence that joins indicators: the sentence with the other
    clauses blanked, the clause's indicator, and the groups the clause before it named
    in order (for a clause that names none)."""

    text: str
    indicator: int
    groups: tuple[str, ...] = ()


def _top_level_joints(s: str) -> list[tuple[int, int]]:
    """(start, end) of each clause joint outside brackets."""
    out = []
    for m in _RE_JOINT.finditer(s):
        if s[: m.start()].count("(") == s[: m.start()].count(")"):
            out.append((m.start(), m.end()))
    return out


def _pieces(s: str) -> list[tuple[int, int]]:
    """The sentence's clauses as spans; a span with neither a figure nor an
    indicator's words joins the one before it (or, first, the one after it)."""
    joints = _top_level_joints(s)
    starts = [0, *(b for _a, b in joints)]
    ends = [*(a for a, _b in joints), len(s)]
    spans: list[tuple[int, int]] = []
    for a, b in zip(starts, ends, strict=True):
        text = s[a:b]
        if spans and not _figures(text) and not _indicators(text):
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    first = s[spans[0][0] : spans[0][1]]
    if len(spans) > 1 and not _figures(first) and not _indicators(first):
        spans[:2] = [(spans[0][0], spans[1][1])]  # a lead-in clause opens the next one
    return spans


def _elided_source(text: str, before: int | None) -> int | None:
    """The harassment indicator of a clause that names no indicator but the source its
    figures are from, after a clause on harassment: 5 (patients, the public) or 6
    (staff, managers); None otherwise."""
    if before not in (5, 6):
        return None
    figs = _figures(text)
    m = _RE_SOURCE.search(text, figs[0].end) if figs else None
    if m is None:
        return None
    named = indicators_named(f"harassment from {m.group('who')}") & {5, 6}
    return next(iter(named)) if len(named) == 1 else None


def _clause_indicator(text: str, before: int | None) -> int | None:
    named = _indicators(text)
    if len(named) == 1:
        return next(iter(named))
    return None if named else _elided_source(text, before)


def _named_in_order(text: str) -> tuple[str, ...]:
    """The groups a clause names, in order, when it names each once; () otherwise."""
    named = [g for _a, _b, g in _group_marks(text)]
    return tuple(named) if len(set(named)) == len(named) else ()


def _blanked(s: str, keep: list[tuple[int, int]]) -> str:
    """`s` with every character outside the spans `keep` made a space."""
    out = [" "] * len(s)
    for a, b in keep:
        out[a:b] = s[a:b]
    return "".join(out)


def joined_clauses(s: str, inds: set[int]) -> list[JoinedClause] | None:
    """The clauses of a sentence naming indicators `inds`, one indicator each (see the
    module docstring); None when its clauses do not part them so."""
    spans = _pieces(s)
    if len(spans) < 2:
        return None
    figs = _figures(s)
    if not figs:
        return None
    opening = [(t.start, t.end) for t in _times(s) if t.end <= figs[0].start]
    out: list[JoinedClause] = []
    before: int | None = None
    groups: tuple[str, ...] = ()
    for a, b in spans:
        text = s[a:b]
        indicator = _clause_indicator(text, before)
        if indicator is None or not _figures(text):
            return None
        keep = [(a, b), *((x, y) for x, y in opening if y <= a)]
        out.append(JoinedClause(_blanked(s, keep), indicator, groups))
        named = _named_in_order(text)
        groups = named or (groups if not _group_marks(text) else ())
        before = indicator
    if {c.indicator for c in out} != inds:
        return None
    return out


def carried_groups(s: str, figs: list[_Fig], carried: tuple[str, ...]) -> list[str | None] | None:
    """The groups of a clause that names none: its opening list of percentages, as long
    as the groups the clause before named, takes them in turn (the rest stay None);
    None when the clause does not open with such a list."""
    n = len(carried)
    if not n or len(figs) < n or any(f.kind != "pct" for f in figs[:n]):
        return None
    gaps = [s[x.end : y.start] for x, y in itertools.pairwise(figs)]
    if any(not _RE_LISTED.fullmatch(g) for g in gaps[: n - 1]):
        return None
    if len(figs) > n and _RE_LISTED.fullmatch(gaps[n - 1]):
        return None  # a longer list than the groups: which is whose?
    return [*carried, *([None] * (len(figs) - n))]
