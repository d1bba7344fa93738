"""Which ethnic group each figure of a sentence belongs to.

Part of the narrative reader (parsers.wres.narrative). A group is bound to a figure
when it is printed right after it ("24.3% BAME", "12.7% of BME staff") or right before
it ("White 84.2%", "BAME = 1.75%"); when both readings are possible and disagree, the
figure's group is "?" and the figure is not read. A sentence naming one group gives it
to every figure. Which time each figure belongs to is parsers.wres.narrative_times.
"""

from __future__ import annotations

import itertools
import re

from parsers.wres.context import Context
from parsers.wres.narrative_lines import _Prev
from parsers.wres.narrative_terms import _Fig, _words

_FILLER_PRE = {
    "staff", "colleagues", "people", "candidates", "applicants", "employees", "workforce",
    "have", "has", "had", "a", "an", "the", "at", "was", "were", "is", "are", "made", "up",
    "=", ":", "of", "represented", "representation", "respondents", "background",
    "backgrounds", "members", "only", "approximately", "around", "about", "to", "also",
    "under", "over", "overrepresented", "underrepresented", "proportionately",
    # the base a survey figure is of: "BME staff who responded (31.0%)"
    "who", "that", "answered", "responded", "responding", "surveyed",
}  # fmt: skip
_FILLER_POST = {
    "of", "the", "for", "among", "amongst", "are", "were", "is", "was", "staff", "our",
    "colleagues", "people", "from", "a", "an", "in", "respondents", "workforce",
    # the base a likelihood is of, before its group: "27.6% of shortlisted White applicants"
    "shortlisted", "eligible", "responding",
}  # fmt: skip


_COPULAS = {"were", "are", "was", "is"}


def _share_of_who(words: list[str]) -> bool:
    """The words between a figure and a group say the figure is the share of a body
    that is of the group: "of" and a short noun phrase naming the body, its verb, then
    filler only ("% of our voting board members were BME", "% of the senior team
    were from a BME background")."""
    verb = next((i for i, w in enumerate(words) if w in _COPULAS), None)
    if not words or words[0] != "of" or verb is None or not 2 <= verb <= 5:
        return False
    return all(w in _FILLER_POST for w in words[verb + 1 :])


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
        if _share_of_who(words):
            return g  # "21.4% of our voting board members were BME"
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
# figure for another time, in brackets after it (its clause's words between, its own
# time among them: "25.4% of BME staff in the 2023 survey (2022: 27.9%)"), labelled by
# its time and a colon
_RE_RESTATED = re.compile(r"[^()%;,.]{0,60}\(\s*[^()%;]{0,30}?\b(?:19|20)\d\d(?:/\d\d)?\s*:\s*")


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
