"""WRES summary tables: one row per indicator, a column per year.

Part of the template reader (parsers.wres.template). `parse_summary` reads a table
whose rows are different indicators ("1.", "Indicator 2", or the indicator's wording),
each row attributed by its own label only (`row_indicator`), with sub-rows per ethnic
group or cells such as "White 25.1% BME 28.0%" (`group_pairs`). Columns are years, or
the template's "Data for reporting year" / "Data for previous year". Per-group rates
under a ratio row and counts are not read from a summary.
"""

from __future__ import annotations

import re

from parsers.records import WresMetric
from parsers.wres.captions import relative_period, stated_periods
from parsers.wres.cell_figures import Cell, group_pairs, holds_figures, parse_cell
from parsers.wres.cells import Period, band_and_group, clean, ethnic_groups, parse_period
from parsers.wres.context import settle, time_above
from parsers.wres.narrative_terms import _Time
from parsers.wres.ratio_pairs import numerator_group, pair_numerator, ratio_pair
from parsers.wres.skipped import Skipped
from parsers.wres.summary_columns import (
    as_proportions,
    column_figures,
    comparator_columns,
    in_percent,
    part_columns,
    year_column,
)
from parsers.wres.summary_rows import unit_stated, workforce_share
from parsers.wres.tables import Tab, normalise_rows
from parsers.wres.template_columns import (
    RL_DEFAULT,
    GCol,
    _fill,
    _header_rows,
    _metric,
    bench_head,
    fix_spans,
)
from parsers.wres.template_groups import _i9_row
from parsers.wres.unit_columns import count_columns
from parsers.wres.vocab import (
    BOARD,
    CAREER,
    DISCIPLINARY,
    DISCRIMINATION,
    FROM_PUBLIC,
    HARASSMENT,
    INDICATOR_WORD,
    SHORTLISTING,
    TRAINING,
)

# the cells a relative likelihood row reads: a bare number ("1.29"), "1.29:1", or withheld
_RATIO_KINDS = ("num", "ratio", "redacted")
# "1.", "Indicator 2", "WRES 5a": a row's indicator number, with the sub-code letter a
# data return adds for a staff group or a group of respondents ("1a", "9b"); a
# scorecard's code "I3" (I for indicator, the number straight after it)
_RE_ROW_IND = re.compile(
    rf"^\s*(?:wres\s+)?(?:{INDICATOR_WORD}|i(?=\d))?\s*(\d)(?:[a-e](?![a-z]))?\s*(?:[.:)\-]|\s|$)",
    re.I,
)


def row_indicator(label: str) -> int | None:
    """The indicator a summary row reports, from its number or its wording."""
    t = clean(label)
    m = _RE_ROW_IND.match(t)
    if m and 1 <= int(m.group(1)) <= 9 and not re.match(r"^\s*\d\s*(?:%|\.\d)", t):
        return int(m.group(1))
    low = t.lower()
    found = set()
    for ind, words in ((2, SHORTLISTING), (3, DISCIPLINARY), (4, TRAINING)):
        if re.search(words, low):
            found.add(ind)
    if re.search(HARASSMENT, low):
        # a summary row's label is short: "staff" alone says who it is from
        if re.search(FROM_PUBLIC, low):
            found.add(5)
        elif re.search(r"staff|colleague|manager", low):
            found.add(6)
    if re.search(CAREER, low):
        found.add(7)
    if re.search(DISCRIMINATION, low):
        found.add(8)
    if re.search(BOARD, low):
        found.add(9)
    if not found and workforce_share(t):
        found.add(1)  # "Workforce at 31 March (%)": the whole workforce's share
    return found.pop() if len(found) == 1 else None


_RE_DASH = re.compile(r"^[-\u2013\u2014\u2212]$")


def _label_width(data: list[list[str]], width: int) -> int:
    """How many columns label the rows: those before each row's first figure. A lone
    dash does not end them in a column whose other rows print words and no figure
    (a ratio row's "–" under a "Group" column that labels the other rows): there it
    says the row has no group, and the column is still a label column."""
    worded = {
        j
        for j in range(1, width)
        if any(re.search(r"[A-Za-z]{2}", r[j]) and not holds_figures(r[j]) for r in data)
        and all(not holds_figures(r[j]) or _RE_DASH.match(clean(r[j])) for r in data)
    }
    return min(
        (
            next((j for j in range(1, width) if holds_figures(r[j]) and j not in worded), width)
            for r in data
        ),
        default=1,
    )


def parse_summary(
    tab: Tab,
    warnings: list[str],
    report_period: str | None = None,
    first_value: int | None = None,
    unsettled: list[Skipped] | None = None,
) -> list[WresMetric]:
    """The figures of a table whose rows are indicators. `first_value`: the first column
    of figures when the caller knows it (an action plan's baseline column, whose cells
    are words around a figure). A ratio printed turned round ("1:1.29") is not read:
    it goes to `unsettled`."""
    grid, pages = normalise_rows(tab.rows, tab.row_pages)
    if not grid:
        return []
    grid = fix_spans(grid)
    width = len(grid[0])
    first = _header_rows(grid) if first_value is None else 1  # the caller's header row
    heads = _fill(grid[:first], width)
    counted = count_columns(heads, width)  # "n" beside "%" under one group: not figures
    data, dpages = grid[first:], pages[first:]
    n_label = _label_width(data, width)
    n_label = max(1, n_label) if first_value is None else first_value
    # bare years are WRES years ("2024" -> 2023/24) unless every row is a staff-survey
    # indicator (5-8), when they are survey years ("2023" -> 2023/24)
    inds = {row_indicator(r[0]) for r in data if r[0]} - {None}
    survey = bool(inds) and inds <= {5, 6, 7, 8}
    cols = []
    captioned = stated_periods(tab.caption, tab.paragraphs_above)  # what "This year" is
    for j in range(n_label, width):
        header = " ".join(r[j] for r in heads if r[j]).strip()
        if not header or bench_head(header) or j in counted:
            continue
        groups = ethnic_groups(header)
        report = (
            Period(report_period, report_period, "fy", int(report_period[:4]))
            if report_period
            else None
        )
        period = parse_period(header, survey) or relative_period(header, captioned, report)
        cols.append((j, header, period, groups[0] if len(groups) == 1 else None))
    # "White British | White other | White (all)": only the total is the White figure
    parts = part_columns({j: h for j, h, _p, _g in cols})
    # "BME 2023/24 | North West BME 2023/24": the longer heading is a comparator's
    keyed = {j: (p.period, g) for j, _h, p, g in cols if p is not None and j not in parts}
    others, unsure = comparator_columns(keyed, {j: h for j, h, _p, _g in cols})
    if unsettled is not None:
        unsettled += column_figures(data, dpages, unsure, "two columns of one key")
    cols = [c for c in cols if c[0] not in parts | others | unsure]
    # a "Year" column beside the labels dates each row in its own cell
    label_heads = [" ".join(r[j] for r in heads if r[j]).strip() for j in range(1, n_label)]
    dated_rows = any(year_column(h, [r[j + 1] for r in data]) for j, h in enumerate(label_heads))
    proportions = as_proportions(
        [r[j] for r in data if row_indicator(r[0]) not in (2, 3, 4) for j, *_ in cols],
        [*(r[0] for r in data), *(h for _j, h, _p, _g in cols), *tab.lines_above],
    )
    # no year over the columns (they are ethnic groups): the dated heading above the
    # table dates every row, each by its own indicator ("2023" is a survey year for 5-8)
    above = time_above(tab.lines_above) if not any(p for _j, _h, p, _g in cols) else None
    if above is None and not dated_rows and not any(p for _j, _h, p, _g in cols):
        warnings.append(f"{tab.label or 'table'}: summary table without period headings; skipped")
        return []
    out: list[WresMetric] = []
    current: int | None = None
    current_label = ""
    for row, page in zip(data, dpages, strict=True):
        head = row[0]
        cells = [c for c in row[1:n_label] if c]
        # short cells naming a group ("White", "BME") label a sub-row; longer ones
        # (an indicator's description) belong to the row's label
        # (not a ratio's pair of groups, "(W:BME)": that names the ratio, not a sub-row)
        group_cells = [c for c in cells if len(c) <= 30 and ethnic_groups(c) and not ratio_pair(c)]
        text_cells = [c for c in cells if c not in group_cells]
        own = ""
        if head or text_cells:
            # a row's year cell ("2023/24") dates the row; it is no part of its wording
            words = [c for c in text_cells if parse_cell(c).kind != "period"]
            full = " ".join([head, *words]).strip()
            ind = row_indicator(head) if head else None
            if ind is None:
                ind = row_indicator(full)
            if ind is None and not head and current is not None:
                own = full  # a sub-row's own wording ("Relative likelihood") under its indicator
            else:
                current, current_label = ind, full
                own = full
        if current is None:
            continue
        label = current_label if own in ("", current_label) else f"{current_label} {own}"
        sub = " ".join(group_cells)
        row_groups = ethnic_groups(sub) if sub else []
        if not sub and current in (5, 6, 7, 8):
            named = [g for g in ethnic_groups(label) if g != "All"]
            row_groups = named if len(named) == 1 else []
        desc = _summary_desc(current, label, sub, own if own != current_label else "")
        if desc is None:
            continue
        measure, sg, band, default_group = desc
        # a long table names each row's year in a cell of its own ("2023 staff survey"):
        # that year, not the heading's, dates the row's figures
        row_time = _row_period(text_cells, current)
        if measure == "relative_likelihood":
            per_period: dict[str, int] = {}
            for j, _h, col_period, _g in cols:
                period = col_period or row_time or _settled(above, current, survey)
                if period is not None and parse_cell(row[j]).kind in _RATIO_KINDS:
                    per_period[period.period] = per_period.get(period.period, 0) + 1
            if any(n > 1 for n in per_period.values()):
                continue  # several figures for one year: per-group rates, not the ratio
        for j, header, col_period, col_group in cols:
            if col_period and row_time and col_period.period != row_time.period:
                continue  # the row and the column name different years: not read
            period = col_period or row_time or _settled(above, current, survey)
            if period is None:
                continue
            cell = parse_cell(row[j])
            stated = ratio_in_text(row[j]) if cell.kind == "text" else None
            if stated is not None and measure == "relative_likelihood" and not sub:
                value, decimals, named = stated  # "White applicants 1.46 times as likely ..."
                rc = Cell("num", value=value, decimals=decimals, raw=row[j])
                group = named or default_group
                out.append(_metric(current, measure, sg, band, group, None, period, tab, page, rc))
                continue
            if cell.kind == "text" and measure in ("percentage", "difference") and not sub:
                for g, v, d in group_pairs(row[j]):
                    if col_group and col_group != g:
                        continue
                    pc = Cell("pct", value=v, decimals=d, raw=row[j])
                    col = GCol(j, header, period, g, True)
                    out.append(_metric(current, measure, sg, band, g, col, period, tab, page, pc))
                continue
            if cell.kind == "inverted_ratio" and measure == "relative_likelihood":
                if unsettled is not None:  # whose likelihood "1:1.29" gives is not said
                    unsettled.append(Skipped(f"{label} {row[j]}", page, "ratio turned round"))
                continue
            if measure == "relative_likelihood":
                if cell.kind not in _RATIO_KINDS or (cell.value or 0) > 20:
                    continue  # a ratio is a bare number of modest size, or "1.29:1"
            elif cell.kind not in ("pct", "num", "redacted"):
                continue  # "1.29:1" is a likelihood, not a percentage
            elif (
                cell.kind == "num"
                and current == 1
                and workforce_share(label) == "post"
                and not unit_stated(header)
            ):
                continue  # staff in post as a bare number: a headcount unless headed %
            if proportions and measure == "percentage" and cell.kind == "num":
                value, places = in_percent(cell.value or 0.0, cell.decimals)
                cell = Cell("pct", value=value, decimals=places, raw=cell.raw)
            if measure == "relative_likelihood":
                group = default_group
            elif sub:  # a sub-row's own group cell ("White", "BME")
                group = row_groups[0] if len(row_groups) == 1 else None
                if col_group and col_group != group:
                    group = None  # row and column disagree: not read
            elif col_group:
                group = col_group
            elif row_groups:
                group = row_groups[0]
            else:
                group = default_group
            if group is None or group == "All":
                continue
            label = header if col_period else period.label  # the dated heading's time
            m = _metric(current, measure, sg, band, group, None, period, tab, page, cell, label)
            out.append(m)
    return out


_RE_RATIO_TEXT = re.compile(r"(?<![\w.])(?P<v>\d{1,2}\.\d{1,3})\s*(?:times\b|x\b)", re.I)


def ratio_in_text(text: str) -> tuple[float, int, str | None] | None:
    """ "White applicants 1.46 times as likely to be appointed as BME applicants" ->
    (1.46, 2, "White"): a cell's one relative likelihood in words, with the group whose
    likelihood it is (the first named); None unless the cell states exactly one figure."""
    t = clean(text)
    found = _RE_RATIO_TEXT.findall(t)
    if len(found) != 1 or len(re.findall(r"\d+(?:\.\d+)?", t)) != 1:
        return None
    v = found[0]
    return float(v), len(v.split(".", 1)[1]), numerator_group(t)


def _row_period(cells: list[str], indicator: int) -> Period | None:
    """The one year a row's short label cells name, read as the row's indicator reads a
    bare year (a survey year for 5-8), or None."""
    found = {
        p.period: p
        for c in cells
        if len(c) <= 30 and (p := parse_period(c, indicator in (5, 6, 7, 8))) is not None
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _settled(time: _Time | None, indicator: int, survey: bool) -> Period | None:
    """The period a dated heading gives a row of `indicator`."""
    period = settle(time, indicator, survey)
    if period is None and time is not None and time.kind == "bare" and not survey:
        # over a table of several indicators a bare year is a WRES year, as it is over
        # the columns ("2024" -> 2023/24, whose staff survey is the 2023 one)
        period = settle(time, 1)
    if time is None or period is None:
        return None
    return Period(period, time.text, "fy", int(period[:4]))


# what an indicator 1 row's label may say besides its number and still be the whole
# workforce's share: nothing, or "(the) share / percentage of the workforce"
_RE_HEADLINE_1 = re.compile(
    r"(?:(?:the\s+)?(?:share|percentage|proportion)\s+of\s+(?:the\s+)?(?:whole\s+)?workforce)?"
)


def _ratio_group(sub: str) -> str | None:
    """The one group a sub-row's cell names as the ratio's ("White (ratio)", "BME
    relative likelihood"), or the first of a cell that is just the pair of groups the
    ratio compares ("White to BME": the numerator; parsers/wres/ratio_pairs.py), or None."""
    paired = pair_numerator(sub) if sub else None
    if paired is not None:
        return paired
    groups = [g for g in ethnic_groups(sub) if g != "All"] if sub else []
    if len(groups) != 1 or not re.search(r"\bratio\b|relative\s+likelihood", sub, re.I):
        return None
    return groups[0]


def _summary_desc(ind: int, label: str, sub: str, own: str = ""):
    """(measure, staff_group, band, default ethnic group) of a summary row, or None
    when the row does not say unambiguously what its figures are."""
    low = clean(label).lower()
    if ind in (2, 3, 4):
        ratio_of = _ratio_group(sub)
        if ratio_of is not None:
            return "relative_likelihood", None, None, ratio_of  # "White (ratio)"
        if sub and ethnic_groups(sub):
            return None  # per-group rates under a ratio row: not read from a summary
        if re.search(
            r"\bnumber|headcount|\btotal\b|\bcount\b|\bno\.|%|percent|proportion", low
        ) and not re.search(r"relative|\btimes\b|\bratio\b", low):
            return None
        if own and own != label and not re.search(r"relative|\btimes\b|\bratio\b", own, re.I):
            return None  # a sub-row that is not the ratio ("Number shortlisted")
        return "relative_likelihood", None, None, numerator_group(label) or RL_DEFAULT[ind]
    if ind in (5, 6, 7, 8):
        return "percentage", None, None, None
    if ind == 1:
        groups = [g for g in ethnic_groups(label) if g != "All"]
        if _RE_HEADLINE_1.fullmatch(_RE_ROW_IND.sub("", low, count=1).strip()):
            # the indicator's number alone, or "share of the workforce": its headline
            # figure, each group's share of the whole workforce
            return "percentage", "overall", None, groups[0] if len(groups) == 1 else None
        if re.search(
            r"overall workforce|whole workforce|all staff|workforce overall", low
        ) and not re.search(r"\bband|\bvsm\b|consultant|senior", low):
            return "percentage", "overall", None, groups[0] if len(groups) == 1 else None
        if workforce_share(label):  # "1. BME staff, % of workforce", "Staff in post"
            return "percentage", "overall", None, groups[0] if len(groups) == 1 else None
        # a data return's sub-coded rows ("1b Clinical staff from BME backgrounds"): one
        # staff group's share, no band; not a share "of the workforce" (another base)
        sg, band = band_and_group(label)
        if (
            sg in ("clinical", "non_clinical", "medical")
            and band is None
            and len(groups) == 1
            and not re.search(r"workforce|all staff|\btrust\b|\bband|\bvsm\b|consultant", low)
            and not re.search(r"\bnumber|headcount|\bcount\b|\bno\.", low)  # a unit: counts
        ):
            return "percentage", sg, None, groups[0]
        return None
    if ind == 9:
        # a sub-row's own words say whose share it is ("Board voting members: BME",
        # "Overall workforce: BME") under the indicator's title, which names both
        d = (_i9_row(sub) if sub else None) or _i9_row(label)
        if d is None and not _RE_ROW_IND.sub("", low, count=1).strip():
            # the indicator's number alone: the indicator as defined, the share of the
            # board's voting members (as parsers/wres/long_rows.py reads it)
            d = ("percentage", "board_voting")
        if d is None:
            return None
        measure, sg = d
        groups = ethnic_groups(label)
        return measure, sg, None, groups[0] if len(groups) == 1 else "BME"
    return None
