"""Reading one sentence: its indicator, and which of its figures are the trust's.

Part of the narrative reader (parsers.wres.narrative). `_read_sentence` takes one
sentence with what the headings, lead-ins (`Context`) and the previous sentence of the
paragraph (`_Prev`) established, and returns the `WresMetric`s it states. It decides
the indicator (the sentence's vocabulary, else the section's or the previous
sentence's), skips sentences about bank staff, networks or managers alone, drops
figures that are national or benchmark comparators, targets or changes rather than
levels (parsers.wres.narrative_levels), dates each figure, and leaves what each
figure measures to parsers.wres.narrative_measure and the binding of groups and times
to parsers.wres.narrative_bind and parsers.wres.narrative_times.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.records import WresMetric
from parsers.wres.cells import fy
from parsers.wres.context import Context, settle, unsettled
from parsers.wres.narrative_bind import _sentence_groups
from parsers.wres.narrative_clauses import (
    groups_in_turn,
    same_group_other_time,
    same_of_another_source,
)
from parsers.wres.narrative_components import worked_ratio
from parsers.wres.narrative_counts import counts_ratio
from parsers.wres.narrative_from_to import pair_groups, pair_times
from parsers.wres.narrative_joined import JoinedClause, carried_groups, joined_clauses
from parsers.wres.narrative_levels import APPROXIMATE_WHY, _national, _not_a_level, approximate
from parsers.wres.narrative_lines import _Prev
from parsers.wres.narrative_measure import _board_figure, _ratio_or_rate, _sg_band
from parsers.wres.narrative_own_lists import own_lists, what_it_named
from parsers.wres.narrative_parallel import parallel_times
from parsers.wres.narrative_previous import (
    bracketed_survey_year,
    names_survey_year,
    previous_level,
)
from parsers.wres.narrative_refer import (
    distinct_groups,
    groups_from_previous,
    names_one_part,
    without_restated_relative,
)
from parsers.wres.narrative_respective import respective_figures
from parsers.wres.narrative_terms import (
    _NOT_WRES,
    _SKIP_SENTENCE,
    _band_marks,
    _Fig,
    _figures,
    _group_marks,
    _indicators,
    _staff_group,
    _Time,
    _times,
)
from parsers.wres.narrative_times import _bind_times
from parsers.wres.skipped import PART_OF_TRUST, Skipped
from parsers.wres.vocab import SURVEY_INDICATORS, mask_trust_names

SOURCE = "narrative"
_UNITS = {"percentage": "%", "rate": "%", "relative_likelihood": "ratio", "difference": "pp"}


def _read_sentence(
    s: str,
    ctx: Context,
    prev: _Prev,
    block: int,
    page: int,
    warnings: list[str],
    skipped: list[Skipped] | None = None,
    joined: JoinedClause | None = None,
) -> tuple[list[WresMetric], _Prev]:
    """The figures sentence `s` states, and what it establishes for the next sentence
    of its paragraph (`prev` is what the previous one established). `joined`: `s` is
    one clause of a sentence joining indicators (parsers.wres.narrative_joined)."""
    state = _Prev(block=block)
    figs = _figures(s)
    inds = {joined.indicator} if joined else _indicators(s)
    opening = _RE_OPENING_INDICATOR.match(s)
    if not inds and opening and 1 <= int(opening.group("n")) <= 9:
        inds = {int(opening.group("n"))}  # "Indicator 2: 1.84 (2022/23), ..."
    if not inds:
        inds = same_of_another_source(s, prev.indicator)  # "said the same of other staff"
    indicator = _sentence_indicator(inds, ctx, prev, block, s)
    inherits = not inds and prev.block == block
    state.indicator = indicator
    if inherits and prev.skipped:
        state.skipped = True
        return [], state
    if _SKIP_SENTENCE.search(s) or ctx.lead.bank or _NOT_WRES.search(s):
        state.skipped = True
        return [], state
    if not figs:
        return [], state
    if joined is None and len(inds) > 1 and ctx.section not in inds:
        clauses = joined_clauses(s, inds)  # "x (2023: y), and White staff z (2023: w)"
        if clauses is not None:  # each clause its own (the next sentence inherits none)
            return _read_joined(clauses, ctx, prev, block, page, warnings, skipped), state
    if indicator is None or (len(inds) > 1 and ctx.section not in inds):
        return [], state
    if names_one_part(s):  # one division's or directorate's figures: not the trust's
        if skipped is not None:
            skipped.extend(Skipped(s, page, PART_OF_TRUST, f.value) for f in figs)
        state.skipped = True
        return [], state
    # the share of the whole workforce that is (group and staff group), not indicator 1
    if indicator == 1 and _whole_workforce_share(s):
        state.skipped = True
        return [], state

    marks = _group_marks(s)
    times = without_restated_relative(s, _times(s))
    groups, one_group = _sentence_groups(s, figs, marks, indicator, ctx, prev, block)
    if joined is not None and not marks:
        # a clause naming no group: the groups the clause before named, said once
        given = carried_groups(s, figs, joined.groups)
        if given is None:
            if skipped is not None:
                skipped.append(Skipped(s.strip(), page, "joined clause's groups not settled"))
            return [], state
        groups = given
    groups = groups_from_previous(s, figs, marks, groups, indicator, prev, block)
    groups = groups_in_turn(s, figs, marks, groups, times)  # "; for 2022/23: x and y"
    groups = pair_groups(s, figs, marks, groups)  # "the White share fell from x to y"
    binding = _bind_times(s, figs, times)
    if binding is None:
        if skipped is not None:
            skipped.append(Skipped(s, page, "several dates: which is whose?"))
        return [], state  # several candidate dates: unsure
    bound, sentence_time = binding
    bound = pair_times(
        s, figs, bound, times, prev.dates if prev.block == block else ()
    )  # "..., but fell among White staff to y% from x%"
    # "Here we recorded a% and b%.": the groups the previous sentence named, in turn
    groups, bound, listed = own_lists(s, figs, groups, bound, times, prev, block, indicator)
    survey_named = names_survey_year(times)
    # the period the sentence's undated figures take, for "(2022: x%)" after them
    current = _figure_period(sentence_time, indicator, ctx, sentence_time, survey_named)[0]
    bound = parallel_times(s, figs, bound, times)  # "; White 83.3% (84.6%)": the first's dates
    # "x% of BME and y% of White staff in 2023/24, against a% and b% in 2022/23"
    groups, bound = respective_figures(s, figs, marks, groups, bound, times)
    groups = same_group_other_time(s, figs, marks, groups, bound)  # "... and 7.7% in 2022/23"
    # a ratio printed with the two likelihoods it is worked out from
    worked = worked_ratio(s, figs, marks) if indicator in (2, 3, 4) else None
    if worked is None and indicator in (2, 3, 4):
        worked = counts_ratio(s, figs, marks)  # ... after the groups' "x of y" counts

    # national / target / change markers, clause by clause
    last_marker: str | None = None
    out: list[WresMetric] = []
    rl_seen: str | None = None
    board_seen: str | None = prev.board if prev.block == block else None
    # a trust's name that holds a region word ("North East London NHS Foundation
    # Trust") is not a London comparator: blanked (same length) for the national test
    unnamed = mask_trust_names(s)
    for k, f in enumerate(figs):
        lead = s[(figs[k - 1].end if k else 0) : f.start]
        tail_end = figs[k + 1].start if k + 1 < len(figs) else len(s)
        tail = s[f.end : tail_end]
        tail_clause = re.split(r"[,;.]", tail, maxsplit=1)[0]
        last_marker, national = _national(
            unnamed[(figs[k - 1].end if k else 0) : f.start],
            re.split(r"[,;.]", unnamed[f.end : tail_end], maxsplit=1)[0],
            last_marker,
        )
        if (national and k not in listed) or _not_a_level(f, lead, tail, tail_clause, indicator):
            continue
        if approximate(lead):  # "around 27%": a rounded figure, for review only
            if skipped is not None:
                skipped.append(Skipped(f"{f.value:g} in '{s}'", page, APPROXIMATE_WHY, f.value))
            continue
        if worked is not None and k in worked.components:
            continue  # a likelihood the ratio is worked out from, not a ratio
        own = bound.get(k) or previous_level(s, figs, k, bound)
        unmoved = bool(_RE_UNMOVED.search(lead))  # "unchanged at 1.04": both years
        if unmoved and own is not None and own.kind == "rel":
            own = None  # "the same as last year, 24.8%": this year's, and last year's
        anchor = bound.get(k - 1) if own is not None and own.kind == "rel" and k else None
        period, label = _figure_period(
            own or sentence_time,
            indicator,
            ctx,
            anchor or sentence_time,
            survey_named=survey_named,
        )
        if period is None and own is not None:  # "(2022: x% and y%)": last year's survey
            period = bracketed_survey_year(s, figs, own, indicator, current)
            label = own.text if period else None
        if period is None:
            if skipped is not None:
                skipped.append(
                    Skipped(f"{f.value:g} in '{s}'", page, "period not settled", f.value)
                )
            continue
        group = groups[k]
        measure: str
        staff_group = band = None
        if worked is not None and k == worked.ratio:
            if not worked.group:
                if skipped is not None:
                    skipped.append(Skipped(s, page, "ratio's group not settled", f.value))
                continue
            measure, group = "relative_likelihood", worked.group
            rl_seen = group
        elif indicator in (2, 3, 4):
            got = _ratio_or_rate(
                s,
                f,
                figs,
                k,
                marks,
                lead,
                tail_clause,
                group,
                indicator,
                ctx,
                prev,
                block,
                rl_seen,
                warnings,
            )
            if got is None:
                continue
            measure, group = got
            if measure == "relative_likelihood":
                rl_seen = group
        elif indicator in SURVEY_INDICATORS:
            if f.kind == "bare":
                if not any(g.kind == "pct" for g in figs) or not group:
                    continue
            elif f.kind != "pct":
                continue
            measure = "percentage"
        elif indicator == 9:
            board = _board_figure(s, f, lead, tail_clause, group, board_seen, ctx)
            if board is None:
                continue
            measure, staff_group, group = board
            board_seen = staff_group if staff_group != "overall" else board_seen
        else:  # indicator 1
            if f.kind == "bare" and not any(g.kind == "pct" for g in figs):
                continue
            if f.kind == "times":
                continue
            measure = "percentage"
            staff_group, band = _sg_band(s, f, figs, k, ctx)
        if unsettled(indicator, period, group, staff_group, band) is not None:
            continue  # the period is settled above; a group or staff group missing
        m = WresMetric(
            indicator=indicator,
            measure=measure,
            ethnic_group=group,
            period=period,
            value=f.value,
            staff_group=staff_group,
            band=band,
            period_label=label,
            numerator=f.numerator,
            denominator=f.denominator,
            unit=_UNITS[measure],
            source_table=SOURCE,
            source_page=page,
        )
        m._decimals = f.decimals  # type: ignore[attr-defined]
        out.append(m)
        if unmoved:
            before = replace(m, period=fy(int(period[:4]) - 1), period_label="unchanged")
            before._decimals = f.decimals  # type: ignore[attr-defined]
            out.append(before)
    out = _drop_unsure(out, one_group, marks, times, figs)
    state.rl_group = rl_seen or (prev.rl_group if prev.block == block else None)
    state.board = board_seen
    single = {g for _, _, g in marks}
    state.group = next(iter(single)) if len(single) == 1 else None
    state.groups = distinct_groups([m.ethnic_group or "" for m in out])
    state.named, state.named_kind, state.dates = what_it_named(figs, groups, times)
    return out, state


def _read_joined(
    clauses: list[JoinedClause],
    ctx: Context,
    prev: _Prev,
    block: int,
    page: int,
    warnings: list[str],
    skipped: list[Skipped] | None,
) -> list[WresMetric]:
    """The figures of a sentence joining indicators, clause by clause; what a clause
    leaves for review is shown as the clause's words (its blanks squeezed out)."""
    out: list[WresMetric] = []
    mine: list[Skipped] = []
    for c in clauses:
        out += _read_sentence(c.text, ctx, prev, block, page, warnings, mine, c)[0]
    if skipped is not None:
        skipped.extend(replace(x, text=" ".join(x.text.split())) for x in mine)
    return out


# a statement labelled with its indicator's number: "Indicator 2: 1.84 (2022/23)"
_RE_OPENING_INDICATOR = re.compile(
    r"^\s*(?:wres\s+)?(?:indicator|metric)\s*(?P<n>\d)\s*(?::|,|\s[-\u2013]\s)", re.I
)


def _whole_workforce(s: str) -> bool:
    """The sentence names no staff group and no band: its workforce is the whole one."""
    return not _band_marks(s) and _staff_group(s) in (None, "overall")


def _sentence_indicator(
    inds: set[int], ctx: Context, prev: _Prev, block: int, s: str = ""
) -> int | None:
    """The indicator a sentence speaks of: its own vocabulary's (with several, the one
    the section heading names), else the lead-in's or the section's, else the previous
    sentence's in the same paragraph."""
    indicator: int | None = None
    if inds == {1} and ctx.section == 9 and _whole_workforce(s):
        # the whole workforce's share under the board's heading: indicator 9 compares
        # the board with the whole workforce, and that comparison figure is 9's own
        indicator = 9
    elif len(inds) == 1:
        indicator = next(iter(inds))
    elif len(inds) > 1:
        if ctx.section in inds:
            indicator = ctx.section
    else:
        indicator = ctx.key.indicator
        if indicator is None and prev.block == block:
            indicator = prev.indicator
    return indicator


def _whole_workforce_share(s: str) -> bool:
    """The share of the whole workforce that is (group and staff group), not an
    indicator 1 share of a staff group."""
    return bool(
        re.search(
            r"of\s+the\s+(?:overall\s+|whole\s+|total\s+)?(?:trust'?s?\s+)?workforce\b[^.]*"
            r"(?:non[\s-]?medical|non[\s-]?clinical|\bmedical\b|\bclinical\b|\bband)",
            s,
            re.I,
        )
        or re.search(
            r"%\s+(?:of\s+)?(?:\w+\s+){0,2}(?:staff|colleagues)\s+(?:were\s+|are\s+)?in\s+(?:\w+[\s-]+)?(?:clinical|roles|band)",
            s,
            re.I,
        )
    )


def _figure_period(
    t: _Time | None,
    indicator: int,
    ctx: Context,
    sentence_time: _Time | None = None,
    survey_named: bool = False,
) -> tuple[str | None, str | None]:
    """(period, period label) of a figure dated by time expression `t`, or by the
    heading's or the document's year when `t` is None; period None when the figure
    cannot be dated (a bare year of a staff survey indicator, "last year" in a report
    whose own year is unknown). "A year earlier" is the year before the sentence's own
    date ("At 31 March 2023, x%, up from y% a year earlier"), else before the report's."""
    if t is not None:
        if t.kind == "rel":  # "last year": the year before the one being reported
            anchor = (
                sentence_time if sentence_time is not None and sentence_time.kind != "rel" else None
            )
            current = (
                settle(anchor, indicator, survey_named=ctx.survey_dated or survey_named)
                if anchor
                else None
            ) or (ctx.period_for(indicator) or ctx.default)
            return (fy(int(current[:4]) - 1), t.text) if current else (None, None)
        period = settle(t, indicator, survey_named=ctx.survey_dated or survey_named)
        if period is None:
            return None, None
        return period, t.text
    return ctx.period_for(indicator) or ctx.default, None


# a figure the text says did not move over the year: the level of both years
_RE_UNMOVED = re.compile(
    r"\b(?:unchanged|(?:the\s+)?same\s+as\s+(?:last\s+year|the\s+(?:previous\s+)?year"
    r"(?:\s+before)?|a\s+year\s+(?:earlier|ago)))\s*(?:at|on|of|,|:)?\s*$",
    re.I,
)


def _names(marks: list[tuple[int, int, str]]) -> list[str]:
    """The groups a sentence names, in order, a name spelt out then abbreviated in
    brackets ("Black, Asian and minority ethnic (BME)") counted once."""
    out: list[str] = []
    for i, (start, _end, g) in enumerate(marks):
        if i and g == marks[i - 1][2] and start - marks[i - 1][1] <= 3:
            continue
        out.append(g)
    return out


def _drop_unsure(
    out: list[WresMetric],
    one_group: bool,
    marks: list[tuple[int, int, str]],
    times: list[_Time],
    figs: list[_Fig],
) -> list[WresMetric]:
    """A sentence's figures without those it does not tell apart: the same key read
    twice from one group, or with different values, or from a table row flattened
    into text."""
    if one_group and len({m.key() for m in out}) < len(out):
        out = []  # one group, several figures of the same period: which is which?
    values: dict[tuple, set] = {}
    for m in out:
        values.setdefault(m.key(), set()).add(m.value)
    clash = {k for k, v in values.items() if len(v) > 1}
    if clash:  # "White 25.1% BME 28.0% White 26.3% BME 30.4%": two years, no dates
        out = [m for m in out if m.key() not in clash]
    named = _names(marks)
    repeated = {g for g in named if named.count(g) > 1}
    if repeated and not times and len(figs) > len(set(named)):
        # a table row flattened into text: the same group twice, figures undated
        out = [m for m in out if m.ethnic_group not in repeated]
    return out
