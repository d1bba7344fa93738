"""Which ethnic group and which time expression each figure of a sentence belongs to.

Part of the narrative reader (parsers.wres.narrative). A group is bound to a figure
when it is printed right after it ("24.3% BAME", "12.7% of BME staff") or right before
it ("White 84.2%", "BAME = 1.75%"); when both readings are possible and disagree, the
figure's group is "?" and the figure is not read. A sentence naming one group gives it
to every figure. A time expression is bound to the figure it follows ("1.36 times in
2021") or precedes ("from 2020/21 representation of 24.7%"); an unbound one dates the
whole sentence when it opens or closes it, and several candidate dates make the
sentence unreadable.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from parsers.wres.context import Context
from parsers.wres.narrative_clause_dates import closes_clause, only_date
from parsers.wres.narrative_lines import _Prev
from parsers.wres.narrative_terms import _Fig, _Time, _words

_FILLER_PRE = {
    "staff", "colleagues", "people", "candidates", "applicants", "employees", "workforce",
    "have", "has", "had", "a", "an", "the", "at", "was", "were", "is", "are", "made", "up",
    "=", ":", "of", "represented", "representation", "respondents", "background",
    "backgrounds", "members", "only", "approximately", "around", "about", "to", "also",
    "under", "over", "overrepresented", "underrepresented", "proportionately",
}  # fmt: skip
_FILLER_POST = {
    "of", "the", "for", "among", "amongst", "are", "were", "is", "was", "staff", "our",
    "colleagues", "people", "from", "a", "an", "in", "respondents", "workforce",
}  # fmt: skip


def _group_after(text: str, fig: _Fig, marks, limit: int) -> str | None:
    for s, e, g in marks:
        if s < fig.end:
            continue
        if re.match(r"\s*:", text[e:]):
            return None  # "BME: 16.0% White: 8.4%": a label of the figure after it
        between = text[fig.end : s]
        if between.lstrip().startswith(")"):
            between = between.lstrip()[1:]
        # a slash separates one group's figure from the next ("White staff: 26.3% /
        # BME staff: 30.8%"): the group after it opens the next pair
        if s > limit or re.search(r"[,;.:()/]", between):
            return None
        words = [w.lower() for w in _words(between)]
        # "24.3% BAME", "12.7% of BME staff", "27.5% of our workforce were BME", "12.6%
        # of our staff were from a BME background" (filler words only, however many)
        if len([w for w in words if w not in _FILLER_POST]) > 0 or len(words) > 6:
            return None
        return g
    return None


def _group_before(text: str, fig: _Fig, marks, floor: int) -> str | None:
    best = None
    for s, e, g in marks:
        if e <= fig.start and s >= floor:
            best = (s, e, g)
    if best is None:
        return None
    between = text[best[1] : fig.start]
    if re.search(r"[,;.]", between):
        return None
    words = [w.lower() for w in _words(between)]
    rest = [w for w in words if w not in _FILLER_PRE and not re.fullmatch(r"[\d,]+", w)]
    if rest or len(words) > 5:
        return None
    return best[2]


def _assign_groups(text: str, figs: list[_Fig], marks) -> list[str | None]:
    n = len(figs)
    post, pre = [], []
    for i, f in enumerate(figs):
        nxt = figs[i + 1].start if i + 1 < n else len(text)
        prv = figs[i - 1].end if i else 0
        post.append(_group_after(text, f, marks, nxt))
        pre.append(_group_before(text, f, marks, prv))

    def complete(xs):
        return all(xs) and len(set(xs)) == len(xs)

    if complete(post) and not complete(pre):
        return post
    if complete(pre) and not complete(post):
        return pre
    out: list[str | None] = []
    for a, b in zip(post, pre, strict=True):
        if a and b and a != b:
            out.append("?")
        else:
            out.append(a or b)
    return out


def _sentence_groups(
    s: str,
    figs: list[_Fig],
    marks: list[tuple[int, int, str]],
    indicator: int,
    ctx: Context,
    prev: _Prev,
    block: int,
) -> tuple[list[str | None], bool]:
    """The ethnic group of each figure of sentence `s`, and whether a single group
    named once was given to several figures (which must then differ in band, staff
    group or period)."""
    groups = _assign_groups(s, figs, marks)
    distinct = {g for _, _, g in marks}
    if figs and not groups[0] and marks and marks[0][1] <= figs[0].start:
        # the sentence's subject: "Black colleagues are also over-represented in medical
        # roles (9.6%, 21/218)"
        opening = s[: marks[0][0]]
        if len(_words(opening)) <= 2 and not any(a < figs[0].start for a, _b, _g in marks[1:]):
            groups[0] = marks[0][2]
    one_group = False
    if not all(groups) and len(distinct) == 1 and "?" not in groups:
        # one group for the whole sentence: "62% of the consultant workforce is made up
        # of BAME staff", "BAME staff ... decreased to 23.5% from 2020/21 representation
        # of 24.7%", "BAME ... at Band 2 (39.2%) and Band 3 (35.1%)" (figures must then
        # differ in band, staff group or period)
        groups = [next(iter(distinct))] * len(figs)
        one_group = len(figs) > 1
    if (
        indicator == 1
        and not distinct
        and prev.block == block
        and prev.group
        and re.search(r"proportion|representation", s, re.I)
    ):
        groups = [g or prev.group for g in groups]
    _restated(s, figs, groups)
    if _clause_groups(s, figs, marks, groups):
        one_group = True
    if ctx.lead.ethnic_group:
        groups = [g or ctx.lead.ethnic_group for g in groups]
    if (
        indicator == 1
        and not distinct
        and len(figs) == 1
        and re.search(
            r"\bethnic\s+(?:make[\s-]?up|mix)\b[^.]{0,80}?\b(?:is|was|stands at)\s*$",
            s[: figs[0].start],
            re.I,
        )
    ):
        groups = ["BME"]  # "the ethnic make-up of our senior leaders ... is 19.4%"
    return groups, one_group


# "24.6% of the workforce (31 March 2023: 22.1%)", "14.2% (2022: 16.9%)": the same
# figure for another time, in brackets after it (its clause's words between), labelled
# by its time and a colon
_RE_RESTATED = re.compile(r"[^()%;,.\d]{0,40}\(\s*[^()%;]{0,30}?\b(?:19|20)\d\d(?:/\d\d)?\s*:\s*")


def _restated(s: str, figs: list[_Fig], groups: list[str | None]) -> None:
    """A bracketed figure that restates the one before it for another time takes
    that figure's group (in place)."""
    for i in range(1, len(figs)):
        if groups[i] is not None or groups[i - 1] in (None, "?"):
            continue
        between = s[figs[i - 1].end : figs[i].start]
        if _RE_RESTATED.fullmatch(between) and re.match(r"\s*\)", s[figs[i].end :]):
            groups[i] = groups[i - 1]


def _clause_groups(
    s: str, figs: list[_Fig], marks: list[tuple[int, int, str]], groups: list[str | None]
) -> bool:
    """Figures without a group take the one group their clause (between semicolons)
    names: "the proportion of BME staff ... fell to 14.2%; for White staff it was 6.3%"
    (in place). True when a group was so given to a figure."""
    given = False
    bounds = [0, *(m.end() for m in re.finditer(";", s)), len(s) + 1]
    for a, b in itertools.pairwise(bounds):
        named = {g for x, _y, g in marks if a <= x < b}
        if len(named) != 1:
            continue
        g = next(iter(named))
        for i, f in enumerate(figs):
            if a <= f.start < b and groups[i] is None:
                groups[i] = g
                given = True
    return given


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
    # "an improvement on last year", "increased since last year": a comparison with
    # the year before, which dates none of the sentence's figures
    free = [
        t
        for t in free
        if not (
            t.kind == "rel"
            and re.search(r"\b(?:since|than|on|from|with|to|over)\s+$", s[: t.start], re.I)
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
    return bound, sentence_time


def _clause_times(
    s: str, figs: list[_Fig], times: list[_Time], bound: dict[int, _Time], used: set[int]
) -> None:
    """In a sentence of clauses (between semicolons), a clause's one time dates that
    clause's figures: "BME staff were 1.18 times as likely ... in 2023/24; in 2022/23
    the relative likelihood was 0.89" (in place)."""
    if ";" not in s:
        return
    bounds = [0, *(m.end() for m in re.finditer(";", s)), len(s) + 1]
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


def _listed_times(s: str, figs: list[_Fig], times: list[_Time]) -> dict[int, _Time] | None:
    """Figures that follow a list of times ("2022 and 2023 surveys: White 28.4% then
    26.9%"), in runs joined by "then" as long as the list: {figure index: its time};
    None when the sentence is not so built. A bare year listed with a survey year is a
    survey year too ("2022 and 2023 surveys")."""
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
        return None
    listed = times
    if any(t.kind == "survey" for t in times):
        listed = [replace(t, kind="survey") if t.kind == "bare" else t for t in times]
    return {k: listed[j] for r in runs for j, k in enumerate(r)}
