"""What one figure of a sentence measures, once its indicator is known.

Part of the narrative reader (parsers.wres.narrative). Indicators 2-4: a percentage is
a group's rate, a "times" or bare ratio a relative likelihood, which needs the group
it is of (its numerator, or the other of White/BME when only the comparator is named,
or the WRES default: White for 2 and 4, BME for 3). Indicator 9: a group's share of
the board (voting, executive) or of the workforce, or the board's difference in
representation (a list of groups' shares takes the board named once after its last
figure). Indicator 1: the staff group and pay band a share is of.
"""

from __future__ import annotations

import re

from parsers.wres.bands import band_in_one_spelling
from parsers.wres.context import Context
from parsers.wres.narrative_lines import _Prev
from parsers.wres.narrative_own_lists import own_level
from parsers.wres.narrative_refer import restates_likelihood, times_that_of
from parsers.wres.narrative_terms import (
    _RL_WORDS,
    _band_marks,
    _board_group,
    _Fig,
    _figures,
    _staff_group,
    _words,
)
from parsers.wres.vocab import medical_band

_RL_DEFAULT = {2: "White", 3: "BME", 4: "White"}


# a figure labelled by its own time in brackets: "(2022/23: 1.62)", "(last year - 1.05)"
_RE_RESTATES = re.compile(
    r"\(\s*(?:[^()\d]{0,20}(?:19|20)\d\d(?:\s*/\s*\d\d)?|last\s+year|previous\s+year)\s*[:=\-\u2013]\s*$",
    re.I,
)


def _ratio_or_rate(
    s: str,
    f: _Fig,
    figs: list[_Fig],
    k: int,
    marks: list[tuple[int, int, str]],
    lead: str,
    tail_clause: str,
    group: str | None,
    indicator: int,
    ctx: Context,
    prev: _Prev,
    block: int,
    rl_seen: str | None,
    warnings: list[str],
) -> tuple[str, str] | None:
    """Indicators 2-4: (measure, ethnic group) of figure `f` (the `k`th of `figs`): a
    group's rate, or a relative likelihood and the group whose likelihood it is; None
    when the figure is not read."""
    rlish = f.kind in ("times", "bare")
    if f.kind == "pct":
        near = lead[-40:] + " " + tail_clause[:25]
        if (
            re.search(r"likel|\btimes\b|ratio|relative", near, re.I)
            or re.search(r"likelihood|\bratio\b", s, re.I)
            or (not group and _RL_WORDS.search(s))
        ):
            warnings.append(
                f"narrative: '{s[:80]}': {f.value:g}% where a relative likelihood "
                "is expected; not read"
            )
            return None
        if not group or group == "?":
            return None
        measure = "rate"
    elif rlish:
        if f.kind == "times" and not (
            # "1.36 times more likely", "1.36 times: the relative likelihood of ..."
            re.match(r"\s*[:\-\u2013]?\s*(?:\w+\s+){0,2}(?:likel|as\s+likely)", s[f.end :], re.I)
            or re.search(r"likelihood\W+(?:\w+\W+){0,3}$", lead, re.I)
            or times_that_of(lead, s[f.end :])
            or (prev.block == block and prev.rl_group and re.search(r"\bgap\b", s, re.I))
            # "... 1.45 times more likely ..., compared with 1.62 times last year"
            or (
                rl_seen
                and re.search(
                    r"(?:compared\s+(?:with|to)|from|against|versus|vs\.?)\s*$", lead, re.I
                )
            )
        ):
            return None  # "delivered 3 times" is not a relative likelihood
        if f.kind == "bare" and not (
            _RL_WORDS.search(s)
            or re.search(r"\bindicator\b|\bmetric\b", s, re.I)
            or restates_likelihood(s, f, marks, prev, block)  # "In 2022/23 it was 1.71."
            or own_level(s, f, marks)  # "In 2022/23 we stood at 1.52 against 1.59 nationally"
        ):
            return None
        if re.match(r"\s*(?:times\s+)?less\b", s[f.end :], re.I):
            return None  # "1.2 times less likely": which way round? skip
        measure = "relative_likelihood"
        if rl_seen and _RE_RESTATES.search(s[: f.start]):
            # "... 1.47 times as likely ... as BME applicants in 2023/24 (2022/23: 1.62)":
            # the bracket restates the likelihood before it for another year, so it is
            # the same group's; the comparator named before the bracket is not its
            return measure, rl_seen
        num = _rl_numerator(s, f, marks, figs, k)
        comp = _rl_comparator(s, f, marks)
        if num == "?" or comp == "?":
            return None
        if num is None and comp is None:
            # the previous sentence's group, if it spoke of the same indicator
            same = prev.block == block and prev.indicator == indicator
            num = rl_seen or (prev.rl_group if same else None)
            if num is None and re.search(
                r"indicator|metric|relative likelihood|likelihood", s, re.I
            ):
                num = _RL_DEFAULT[indicator]
            if num is None and ctx.section == indicator:
                num = _RL_DEFAULT[indicator]
        elif num is None:
            num = "White" if comp == "BME" else ("BME" if comp == "White" else None)
        if num not in ("White", "BME"):
            return None
        if comp is not None and {num, comp} != {"White", "BME"}:
            return None
        group = num
    else:
        return None
    return measure, group


def _board_figure(
    s: str,
    f: _Fig,
    lead: str,
    tail_clause: str,
    group: str | None,
    board_seen: str | None,
    ctx: Context,
) -> tuple[str, str, str | None] | None:
    """Indicator 9: (measure, staff group, ethnic group) of figure `f`: a group's share
    of the board or of the workforce, or the board's difference in representation; None
    when the figure is not read."""
    if f.kind not in ("pct", "bare"):
        return None
    clause = lead + " " + tail_clause
    # "..., compared with 24.9% of the overall workforce": the workforce's share, though
    # the sentence spoke of the board before it
    # the workforce's share, though the sentence spoke of the board before it; or in
    # brackets right after the workforce it is of ("Set against our workforce (21.7%
    # BME), the board ...", "less diverse than the workforce as a whole (27.3% BME)")
    if (re.search(r"\bworkforce\b", tail_clause, re.I) and not _board_group(tail_clause)) or (
        _RE_WORKFORCE_BRACKET.search(lead)
    ):
        bg: str | None = "overall"
    else:
        bg = _board_group(clause) or board_seen or ctx_board(ctx) or _heading_board(ctx, clause)
        bg = bg or _listed_population(s, f, tail_clause)
    if bg == "?":
        return None
    if _is_difference(s, f, lead, tail_clause):
        if bg is None:
            return None
        measure, staff_group = "difference", bg
        group = group if group not in (None, "?") else "BME"
    else:
        if not group or group == "?":
            return None
        if bg is None:
            if re.search(r"workforce", clause, re.I):
                bg = "overall"
            else:
                return None
        measure, staff_group = "percentage", bg
    return measure, staff_group, group


# a bracket opened right after the workforce it gives the figure of
_RE_WORKFORCE_BRACKET = re.compile(r"\bworkforce(?:\s+as\s+a\s+whole|\s+overall)?\s*\(\s*$", re.I)


# what may stand between a group's figure and the next group's in one list of
# figures: "and" (or a comma) and the next group's name ("13.3% and White members 86.7%")
_RE_NEXT_IN_LIST = re.compile(r"\s*(?:,\s*)?(?:and|&)?\s*(?:[A-Za-z]+\s+){0,2}", re.I)


def _listed_population(s: str, f: _Fig, tail_clause: str) -> str | None:
    """The board a list of figures is of, named once after its last figure: "BME
    members made up 13.3% and White members 86.7% of the Board's voting members" (the
    first figure's own words name no population; only "and" and a group's words stand
    between it and the next figure, whose clause names the board)."""
    if not _RE_NEXT_IN_LIST.fullmatch(tail_clause) or not tail_clause.strip():
        return None
    rest = s[f.end :]
    nxt = _figures(rest)
    if not nxt:
        return None
    after = re.split(r"[,;.]", rest[nxt[0].end :], maxsplit=1)[0]
    if re.search(r"\bworkforce\b", after, re.I):
        return None
    got = _board_group(after)
    return got if got != "?" else None


_DIFFERENCE = re.compile(
    r"differen|\bgap\b|variance|under[\s-]?represent|over[\s-]?represent", re.I
)


def _is_difference(s: str, f: _Fig, lead: str, tail_clause: str) -> bool:
    """Whether figure `f` is the board's difference from the workforce: the sentence
    says so and it has no other figure, or the figure's own words do ("a difference
    of -2.1 percentage points" beside the board's and the workforce's shares, which
    are shares)."""
    if _DIFFERENCE.search(lead[-40:] + " " + tail_clause):
        return True
    return bool(_DIFFERENCE.search(s)) and len(_figures(s)) == 1


def ctx_board(ctx: Context) -> str | None:
    return (
        ctx.lead.staff_group
        if ctx.lead.staff_group and ctx.lead.staff_group.startswith("board")
        else None
    )


def _heading_board(ctx: Context, clause: str) -> str | None:
    """The board the indicator's heading names ("Indicator 9 - Board voting
    membership"), for a clause that names neither the board nor the workforce, and
    only straight under that heading: a heading after it (a dated profile) may be
    about other people."""
    if not ctx.path.stack or ctx.path.stack[-1].level != 1:
        return None
    sg = ctx.path.stack[-1].key.staff_group
    if not sg or not sg.startswith("board") or re.search(r"workforce", clause, re.I):
        return None
    return sg


def _rl_numerator(s: str, f: _Fig, marks, figs: list[_Fig], k: int) -> str | None:
    floor = figs[k - 1].end if k else 0
    before = [(a, b, g) for a, b, g in marks if b <= f.start and a >= floor]
    if k and figs[k - 1].kind == "times":
        # "1.19 times that of a White colleague ..., against 1.41": the group after the
        # likelihood before is its comparator, not this figure's numerator
        before = [x for x in before if x != _comparator_mark(s, figs[k - 1], marks)]
    if not before:
        return None
    a, b, g = before[-1]
    between = s[b : f.start]
    pair = _pair_before(s, before)
    if pair is not None:
        # "the ratio of White to BME access was 1.06": the pair's first group is the
        # numerator, the group right before the figure its denominator
        a, g = pair
    if re.search(r"\b(?:than|compared|relative to|versus|vs)\b", between, re.I):
        return None  # the group before is a comparator ("... than BME staff: 1.5 times")
    if re.search(
        r"\b(?:than|compared\s+(?:to|with)|relative\s+to|versus|vs\.?)\s+(?:\w+\s+){0,2}$",
        s[floor:a],
        re.I,
    ):
        # "likelihood of White staff ... compared to BME staff 1.06": the group right
        # before the figure is the comparator; the numerator is the one before it
        earlier = [x for x in before[:-1] if x[2] != g]
        if earlier:
            return earlier[-1][2]
        # a second figure after the comparison ("... than BME staff, down from 1.30
        # times"): the sentence's earlier likelihood names the groups
        return None if k else "?"
    if len(_words(between)) > 8 or ";" in between:
        return None
    return g


# two groups joined as a ratio's numerator and denominator: "White to BME", "White:BME",
# "White/BME" (each perhaps with its noun: "White staff to BME staff")
_RE_PAIR_JOIN = re.compile(r"\s*(?:\w+\s+)?(?:to|:|/)\s*", re.I)


def _pair_before(s: str, before: list[tuple[int, int, str]]) -> tuple[int, str] | None:
    """(start, group) of the first group of a ratio's pair of groups ending with the
    last group before the figure ("of White to BME access"), or None."""
    if len(before) < 2:
        return None
    (a, b, g), (_, _, h) = before[-2], before[-1]
    if g == h or not _RE_PAIR_JOIN.fullmatch(s[b : before[-1][0]]):
        return None
    if re.search(r"\b(?:from|compared|relative|than)\s+$", s[:a], re.I):
        return None  # "compared to"'s "to" is no pair's; "from White to BME" a change
    return a, g


def _rl_comparator(s: str, f: _Fig, marks) -> str | None:
    mark = _comparator_mark(s, f, marks)
    return mark[2] if mark is not None else None


def _comparator_mark(s: str, f: _Fig, marks) -> tuple[int, int, str] | None:
    """The group mark a likelihood `f` is compared with ("than BME staff", "that of a
    White colleague", "the chance of a BME applicant"), or None."""
    rest = s[f.end :]
    # "as" compares ("1.3 times as likely as BME staff"); "as likely" itself does not
    m = re.search(
        r"\b(?:than|compared\s+(?:to|with)|relative\s+to|versus|vs\.?|as(?!\s+likely)"
        r"|(?:that|those)\s+(?:of|for)|the\s+(?:chances?|likelihood|odds)\s+(?:of|for))\b",
        rest,
        re.I,
    )
    if not m:
        return None
    for mark in marks:
        if mark[0] >= f.end + m.end():
            gap = s[f.end + m.end() : mark[0]]
            return mark if len(_words(gap)) <= 3 else None
    return None


def _semicolon_part(s: str, f: _Fig) -> tuple[int, int]:
    """The span of the ';'-separated part of `s` holding figure `f`: in "all staff: BME
    24.8%, White 72.1%; clinical staff: BME 28.6%, White 68.5%" each part names its own
    staff group, so the words after a ';' are never a figure's before it."""
    start = s.rfind(";", 0, f.start) + 1
    end = s.find(";", f.end)
    return start, end if end >= 0 else len(s)


def _part_or_sentence_group(s: str, part: str) -> str | None:
    """The staff group of a figure's ';' part when that part names one (the whole
    sentence names several when each part has its own), else the sentence's."""
    own = _staff_group(part)
    return own if own not in (None, "?") else _staff_group(s)


def _sg_band(
    s: str, f: _Fig, figs: list[_Fig], k: int, ctx: Context
) -> tuple[str | None, str | None]:
    seg_start, seg_end = _semicolon_part(s, f)
    floor = max(figs[k - 1].end if k else 0, seg_start)
    tail_end = min(figs[k + 1].start if k + 1 < len(figs) else len(s), seg_end)
    clause = s[floor:tail_end]
    bands = _band_marks(s)
    band = None
    own = [b for b in bands if floor <= b[0] < f.start]
    if own:
        band = own[-1][2]
    elif len({band_in_one_spelling(b[2]) for b in bands}) == 1:
        band = bands[0][2]
    elif bands:
        return None, "?"
    sg = _staff_group(clause)
    if sg in (None, "overall"):
        whole = _part_or_sentence_group(s, s[seg_start:seg_end])
        if whole not in (None, "overall", "?") or sg is None:
            sg = whole
    if sg == "medical":
        mb = medical_band(clause) or medical_band(s)
        band = band or mb
    if (
        sg in (None, "overall")
        and ctx.lead.staff_group
        and not ctx.lead.staff_group.startswith("board")
        and (sg is None or band is None)
    ):
        sg = ctx.lead.staff_group
    if band is None and ctx.lead.band and sg == ctx.lead.staff_group:
        band = ctx.lead.band
    if sg is None:
        sg = (
            "overall"
            if band is None
            or re.search(r"\bafc\b|agenda for change", s, re.I)
            or re.fullmatch(r"Bands \S+ to VSM", band_in_one_spelling(band) or "")  # senior leaders
            else None
        )
    return sg, band
