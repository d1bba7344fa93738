"""Which time expression each figure of a sentence belongs to.

Part of the narrative reader (parsers.wres.narrative; the groups are
parsers.wres.narrative_bind's). A time expression is bound to the figure it follows
("1.36 times in 2021") or precedes ("from 2020/21 representation of 24.7%"), to the
figure it labels in brackets ("(2023: 25.0%)"), to its clause's figures when a clause
(between semicolons, or a comparison's: ", compared with ...") has one time, or in
turn to runs of figures after a list of times ("2022 and 2023 surveys: White 28.4%
then 26.9%"), or to a list of figures closed by "respectively" ("in 2023/24 and
2022/23 was 1.21 and 1.44 respectively", a window joined by "and" read as its two
years); an unbound one dates the whole sentence when it opens or closes it, and
several candidate dates make the sentence unreadable.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from parsers.wres.narrative_clause_dates import closes_clause, only_date
from parsers.wres.narrative_from_to import earlier_then_later, from_to_pairs
from parsers.wres.narrative_terms import _Fig, _Time, _times, _words

# what a share is a share of, between the figure and its date ("16.4% of our workforce
# at 31 March 2024"): a short noun phrase, no figure, no clause of its own
_SHARE_OF = (
    r"of\s+(?!(?:\w+\s+){0,3}?(?:compared|than|against|versus|while|whereas|and|but)\b)"
    r"(?:[a-z]+\s+){1,3}"
)


def _share_date(s: str, t: _Time, figs: list[_Fig], bound: dict[int, _Time]) -> bool:
    """Whether a date between two figures belongs to the one before it, across what
    that figure is a share of ("16.4% of our workforce at 31 March 2024, compared with
    14.9% at ..."); if so it is bound to that figure (in `bound`)."""
    before = [k for k, f in enumerate(figs) if f.end <= t.start]
    if not before or before[-1] in bound:
        return False
    gap = s[figs[before[-1]].end : t.start]
    if not re.fullmatch(r"\s*" + _SHARE_OF + r"(?:in|at|as at|as of)\s+(?:the\s+)?", gap, re.I):
        return False
    bound[before[-1]] = t
    return True


def _bind_times(
    s: str, figs: list[_Fig], times: list[_Time]
) -> tuple[dict[int, _Time], _Time | None] | None:
    """The time expressions of sentence `s`: those bound to one figure (by the figure's
    index) and the one that dates the whole sentence; None when the sentence has
    several candidate dates (unsure)."""
    # time expressions: bound to one figure, or to the whole sentence
    bound, used = _bracket_labels(s, figs, times)
    listed = _listed_times(s, figs, times)
    if listed is not None:
        return listed, None
    bracketed = set(bound)
    for ti, t in enumerate(times):
        if ti in used:
            continue
        before = [f for f in figs if f.end <= t.start]
        if before:
            f = before[-1]
            gap = s[f.end : t.start]
            # "1.62 in 2022/23", "1.62 times as at March 2023"; "1.62 times last year"
            preposition = r"(?:in|at|during|for|as at|as of|by)\s+(?:the\s+)?"
            if t.kind == "rel":
                preposition = f"(?:{preposition})?"
            if (
                re.fullmatch(
                    r"\s*\)?\s*(?:times\s+)?(?:more\s+|less\s+|as\s+)?(?:likely\s+)?,?\s*"
                    + preposition,
                    gap,
                    re.I,
                )
                and figs.index(f) not in bound
            ):
                bound[figs.index(f)] = t
                used.add(ti)
    for ti, t in enumerate(times):
        if ti in used:
            continue
        after = [f for f in figs if f.start >= t.end]
        if not after or not [f for f in figs if f.end <= t.start]:
            continue  # sentence-level (before every figure) or trailing
        f = after[0]
        k = figs.index(f)
        gap = s[t.end : f.start]
        if "," in gap and closes_clause(s, t, figs, dict(bound)):
            continue  # "... during 2023/24, a narrowing from 1.55": the clause before's
        if k not in bound and len(_words(gap)) <= 6 and not re.search(r"[.;]", gap):
            bound[k] = t
            used.add(ti)
    _clause_times(s, figs, times, bound, used)
    # an unbound expression dates the whole sentence when it opens it ("In 2021/22,
    # ...", "The 2021 NHS Staff Survey showed ...") or closes it right after the last
    # figure; one inside a later parenthesis ("(based on ... in 2020)") dates nothing
    free = [t for ti, t in enumerate(times) if ti not in used]
    # "an improvement on last year", "increased since last year", "the same as last
    # year": a comparison with the year before, which dates none of the sentence's figures
    free = [
        t
        for t in free
        if not (
            t.kind == "rel"
            and re.search(
                r"\b(?:since|than|on|from|with|to|over|same\s+as)\s+$", s[: t.start], re.I
            )
        )
    ]
    # a figure labelled with its own year in brackets ("(2023: 25.0%)") is aside from
    # the sentence: the sentence's date is that of the figures before it
    own = [f for k, f in enumerate(figs) if k not in bracketed] or figs
    first, last = own[0].start, own[-1].end
    opening = [t for t in free if t.end <= first]
    closing = [
        t
        for t in free
        if t.start >= last
        and "(" not in s[last : t.start]
        and (len(_words(s[last : t.start])) <= 6 or _before_bracket(s, t, figs, bracketed))
    ]
    middle = [
        t
        for t in free
        if first < t.start < last
        and not _share_date(s, t, figs, bound)
        and not closes_clause(s, t, figs, bound)
    ]
    sentence_time = None
    if len(opening) > 1 or middle:
        return None  # several candidate dates: unsure
    if opening:
        sentence_time = opening[0]
    elif len(closing) == 1:
        sentence_time = closing[0]
    else:
        # (a time labelling a bracketed figure, "(2022: 16.9%)", dates only that one)
        sentence_time = only_date(times, {k: t for k, t in bound.items() if k not in bracketed})
        if sentence_time is None:
            sentence_time = _year_after_bracketed(figs, bound, bracketed)
    return bound, sentence_time


def _year_after_bracketed(
    figs: list[_Fig], bound: dict[int, _Time], bracketed: set[int]
) -> _Time | None:
    """A sentence dated only by last year's figures in brackets ("BME colleagues were
    1.19 times as likely ... (2022/23: 1.33)"): its own figures, each followed by one
    of those, are the year after the brackets' one year."""
    labels = {(bound[k].kind, bound[k].year) for k in bracketed}
    if len(labels) != 1:
        return None
    kind, year = labels.pop()
    own = [k for k in range(len(figs)) if k not in bound]
    if kind == "rel" or not own or not all(any(j > k for j in bracketed) for k in own):
        return None
    text = f"{year + 1}/{(year + 2) % 100:02d}" if kind in ("fy", "month") else str(year + 1)
    return replace(bound[min(bracketed)], year=year + 1, text=text, kind=kind)


# a comparison opening a clause of its own after a comma: ", compared with ...",
# ", against ...", ", whereas ..."
_RE_COMPARED = re.compile(
    r",\s*(?=(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.?|whereas|while)\s)",
    re.I,
)


def _dated_clauses(bounds: list[int], times: list[_Time]) -> int:
    """How many of the clauses between `bounds` print exactly one absolute time."""
    return sum(
        1
        for a, b in itertools.pairwise(bounds)
        if len([t for t in times if a <= t.start < b and t.kind != "rel"]) == 1
    )


def _clause_bounds(s: str, times: list[_Time]) -> list[int]:
    """Where the sentence's clauses start (and its end): after each semicolon, and at
    each comparison after a comma when at least two of the clauses so cut print one
    time each ("x% of BME and y% of White staff ... in the 2023 survey, compared with
    a% of BME and b% of White staff in the 2022 survey": two clauses, a time each)."""
    semi = [0, *(m.end() for m in re.finditer(";", s)), len(s) + 1]
    joints = sorted({*semi, *(m.end() for m in _RE_COMPARED.finditer(s))})
    if len(joints) > len(semi) and _dated_clauses(joints, times) >= 2:
        return joints
    return semi


def _clause_times(
    s: str, figs: list[_Fig], times: list[_Time], bound: dict[int, _Time], used: set[int]
) -> None:
    """In a sentence of clauses (between semicolons, or a comparison's after a comma,
    `_clause_bounds`), a clause's one time dates that clause's figures: "BME staff were
    1.18 times as likely ... in 2023/24; in 2022/23 the relative likelihood was 0.89"
    (in place)."""
    bounds = _clause_bounds(s, times)
    if len(bounds) == 2:
        return
    for a, b in itertools.pairwise(bounds):
        mine = [ti for ti, t in enumerate(times) if a <= t.start < b and t.kind != "rel"]
        ks = [k for k, f in enumerate(figs) if a <= f.start < b]
        if len(mine) != 1 or not ks:
            continue
        t = times[mine[0]]
        if any(k in bound and bound[k] is not t for k in ks):
            continue
        # a time already bound to one figure of its clause dates the clause's others
        # too ("; the 2022/23 survey put these at 31.0% and 26.8%")
        if mine[0] in used and not (
            any(bound.get(k) is t for k in ks) and t.end <= figs[ks[0]].start
        ):
            continue  # (only a time opening its clause: "(2022: 16.9%)" labels one)
        for k in ks:
            bound[k] = t
        used.add(mine[0])


# "(2023: 25.0%)", "(2023 - 1.44)", "(last year: 1.05)": a year labelling the figure after it
_RE_BRACKET_LABEL = re.compile(r"\s*[:=\-\u2013]\s*$")


def _bracket_labels(
    s: str, figs: list[_Fig], times: list[_Time]
) -> tuple[dict[int, _Time], set[int]]:
    """Figures labelled by a time in brackets, "(2023: 25.0%)": {figure index: time} and
    the indices of the times so used."""
    bound: dict[int, _Time] = {}
    used: set[int] = set()
    for ti, t in enumerate(times):
        if not s[: t.start].rstrip().endswith("("):
            continue
        after = [k for k, f in enumerate(figs) if f.start >= t.end]
        if after and _RE_BRACKET_LABEL.fullmatch(s[t.end : figs[after[0]].start]):
            bound[after[0]] = t
            used.add(ti)
    for ti, t in enumerate(times):
        # "1.84 (2022/23), 1.57 (2023/24)": a time alone in brackets right after a figure
        before = [k for k, f in enumerate(figs) if f.end <= t.start]
        if ti in used or not before or before[-1] in bound:
            continue
        if re.fullmatch(r"\s*\(\s*", s[figs[before[-1]].end : t.start]) and re.match(
            r"\s*\)", s[t.end :]
        ):
            bound[before[-1]] = t
            used.add(ti)
    return bound, used


def _before_bracket(s: str, t: _Time, figs: list[_Fig], bracketed: set[int]) -> bool:
    """Time `t` is printed right before a bracketed last-year figure ("... in 2024 (2023:
    1.44)"): it dates the figures before it, however long their clause."""
    for k in bracketed:
        opening = s.rfind("(", 0, figs[k].start)
        if opening >= t.end and not s[t.end : opening].strip(" ,"):
            return True
    return False


# "2022 and 2023 surveys: White 28.4% then 26.9%; BME 33.1% then 30.5%": a list of
# times before the figures, then each group's figures in the list's order
_RE_LIST_AND = re.compile(r"\s*(?:,|and|&|,\s*and)\s*", re.I)
_RE_THEN = re.compile(r"\s*,?\s*then\s+", re.I)


_RE_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.I)


def _respective_run(s: str, figs: list[_Fig]) -> list[list[int]]:
    """The sentence's figures as one run when they are one list ("1.56 and 1.48")
    closed by "respectively": they take the times listed before them in turn ("in
    2023/24 and 2022/23 was 1.56 and 1.48 respectively"); [] otherwise."""
    if len(figs) < 2 or not _RE_RESPECTIVELY.match(s[figs[-1].end :]):
        return []
    if any(not _RE_LIST_AND.fullmatch(s[a.end : b.start]) for a, b in itertools.pairwise(figs)):
        return []
    return [list(range(len(figs)))]


_RE_TWO_YEARS = re.compile(
    r"(?P<a>20\d\d\s*[/-]\s*(?:20)?\d\d)\s*(?:and|&)\s*(?P<b>20\d\d\s*[/-]\s*(?:20)?\d\d)", re.I
)


def _two_years(t: _Time) -> list[_Time] | None:
    """A two-year window joined by "and" ("2023/24 and 2022/23") as the two years it
    names, each a time of its own: what a list of figures "respectively" takes in turn."""
    m = _RE_TWO_YEARS.fullmatch(t.text)
    if m is None:
        return None
    out = []
    for part in ("a", "b"):
        got = _times(m[part])
        if len(got) != 1 or got[0].kind != "fy":
            return None
        x = got[0]
        out.append(replace(x, start=t.start + m.start(part), end=t.start + m.end(part)))
    return out


def _listed_times(s: str, figs: list[_Fig], times: list[_Time]) -> dict[int, _Time] | None:
    """Figures that follow a list of times ("2022 and 2023 surveys: White 28.4% then
    26.9%"), in runs joined by "then" as long as the list, or in one list closed by
    "respectively" (`_respective_run`): {figure index: its time};
    None when the sentence is not so built. A bare year listed with a survey year is a
    survey year too ("2022 and 2023 surveys")."""
    if len(times) == 1 and len(figs) == 2 and _respective_run(s, figs):
        times = _two_years(times[0]) or times  # "in 2023/24 and 2022/23 ... respectively"
    if len(times) < 2 or not figs:
        return None
    first = times[0]
    if first.kind == "rel" or any(
        not _RE_LIST_AND.fullmatch(s[a.end : b.start]) for a, b in itertools.pairwise(times)
    ):
        return None  # every time of the sentence, listed together
    if figs[0].start < times[-1].end:
        return None
    runs: list[list[int]] = [[0]]
    for k in range(1, len(figs)):
        if _RE_THEN.fullmatch(s[figs[k - 1].end : figs[k].start]):
            runs[-1].append(k)
        else:
            runs.append([k])
    if any(len(r) != len(times) for r in runs):
        runs = _respective_run(s, figs)
    listed = times
    if not runs or any(len(r) != len(times) for r in runs):
        # "between 2022 and 2023 ... rose from 20.1% to 21.6%": from the earlier, to the later
        runs, listed = from_to_pairs(s, figs) or [], earlier_then_later(times) or []
        if not runs or not listed:
            return None
    if any(t.kind == "survey" for t in listed):
        listed = [replace(t, kind="survey") if t.kind == "bare" else t for t in listed]
    return {k: listed[j] for r in runs for j, k in enumerate(r)}
