"""Any WRES table read by one rule: each figure keyed by the labels that frame it.

The readers before this one know table shapes (a template, a summary, indicators
across the top); a table of a shape none of them knows is left unread. This module
reads such a table the way a person does: a figure's key is what the cells framing it
say, nearest first — its row's label cells, the sub-heading row it sits under, its
column's head cells (a head merged over several columns speaks for each of them), then
the table's caption and the headings above it. Each of those texts is read by the
same `context` functions the line readers use (`label_key`, `heading_key`); the key
parts are merged with the nearer text winning, except that a row and a column naming
two different ethnic groups, times or indicators leave the figure unsettled.

A figure is published only when its whole key is settled: one indicator, one ethnic
group (a relative likelihood's is the group its wording puts first, or the WRES
definition's), a financial year, and for indicator 1 the staff group and band. What
it measures comes from the cell and its labels: a per cent sign or "%" in a label is a
percentage (a group's rate for 2-4), a ratio ("1.29:1") or a bare number (or a withheld
one) under relative-likelihood words a relative likelihood, a figure under "difference"
or "gap" in indicator 9's rows the board's difference. Comparators, changes, targets and
parts of the trust are never the trust's figures; headcounts and whole-trust ("All
staff") percentages are not figures of a group. Everything else is counted unsettled,
never guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.records import WresMetric
from parsers.wres.cell_figures import Cell
from parsers.wres.cells import fy
from parsers.wres.context import RL_DEFAULT, Key
from parsers.wres.context import settle as settle_time
from parsers.wres.grid_frames import Frame, figure_rows, grid_of
from parsers.wres.grid_table import (
    BOARD_WORDS,
    DIFFERENCE,
    PERCENT_WORDS,
    SURVEY,
    Table,
    groups_in,
    label,
    merged,
    named,
    section_key,
    table_of,
)
from parsers.wres.ratio_pairs import numerator_group
from parsers.wres.skipped import PART_OF_TRUST, Skipped
from parsers.wres.tables import Tab
from parsers.wres.template_columns import UNITS, bench_head
from parsers.wres.vocab import (
    COMPARATOR,
    ORG_UNITS,
    PREVIOUS_PERIOD,
    SURVEY_INDICATORS,
    is_whole_trust,
    names_parts,
)

# a row label that is not the trust's own figure for a group: a comparator's, a change,
# a part of the trust ("compared" is not here: "likelihood of White staff compared to BME
# staff" names a ratio)
_NOT_OWN_ROW = re.compile(
    rf"{COMPARATOR}|\btargets\b|\bchange\b|\bmovement\b|\bvariance\b|\btrend\b|{ORG_UNITS}", re.I
)
# a relative likelihood's words; "likelihood of BME applicants being appointed" alone
# is one group's likelihood (a rate), unless the label names the group it is compared to
_RATIO_WORDS = re.compile(
    r"\bratio\b|\brelative\b|\btimes\b|likel\w*.*\b(?:compared|than|versus|vs)\b", re.I
)
_COUNT_WORDS = re.compile(r"\bno\.|\bnumber\b|\bheadcount\b|\bcount\b|^n$|\bstaff in post\b", re.I)
_PREVIOUS = re.compile(PREVIOUS_PERIOD, re.I)
_THIS = re.compile(r"\b(?:this|current|latest|reporting)\s+(?:year|period)\b", re.I)
_TWO_VALUES = "two values for one key in one table"
_WORKFORCE_WORDS = re.compile(r"\b(?:staff|employees?|workforce|colleagues)\b", re.I)
_BOARD_KINDS = (
    (re.compile(r"\bexecutive", re.I), "board_executive"),
    (re.compile(r"\bvoting", re.I), "board_voting"),
    (
        re.compile(
            r"\ball\b[^.]*\bboard\b|\bboard\s+members(?:hip)?\b|members\s+of\s+the\s+board", re.I
        ),
        "board",
    ),
)


def read_grid(tab: Tab, data_year: str | None = None) -> tuple[list[WresMetric], list[Skipped]]:
    """The figures of one table whose key its own labels settle; the rest unsettled."""
    grid = grid_of(tab.rows)
    if grid is None:
        return [], []
    table = table_of(tab, grid)
    # a label column headed "Directorate": its rows are parts of the trust but one
    parts = any(names_parts(h) for h in grid.row_heads)
    found: list[tuple[WresMetric, bool]] = []  # each with whether its labels say whole trust
    skipped: list[Skipped] = []
    source = tab.label or "table"
    for r, labels, framed in figure_rows(grid):
        page = tab.row_pages[r] if r < len(tab.row_pages) else tab.page
        if parts and not is_whole_trust(" ".join(labels)):
            skipped.extend(Skipped(source, page, PART_OF_TRUST, cell.value) for cell, _ in framed)
            continue
        for cell, frame in framed:
            metric, why = key_figure(cell, frame, table, data_year)
            if metric is not None:
                metric = replace(metric, source_table=tab.label or tab.caption, source_page=page)
                found.append((metric, is_whole_trust(" ".join((*frame.row, *frame.column)))))
            elif why:
                skipped.append(Skipped(source, page, why, cell.value))
    return _one_value_a_key(found, skipped), skipped


def _one_value_a_key(
    found: list[tuple[WresMetric, bool]], skipped: list[Skipped]
) -> list[WresMetric]:
    """A key the table gives two values has not been settled by its labels (two
    organisations' columns, a directorate's row beside the trust's), unless exactly one
    of them is labelled the whole trust's."""
    by_key: dict[tuple, list[tuple[WresMetric, bool]]] = {}
    for metric, whole in found:
        by_key.setdefault(metric.key(), []).append((metric, whole))
    out = []
    for entries in by_key.values():
        values = {(m.value, m.redacted) for m, _ in entries}
        if len(values) == 1:
            out.append(entries[0][0])
            continue
        whole = [m for m, w in entries if w]
        if len(whole) == 1:
            out.append(whole[0])
            continue
        skipped.extend(
            Skipped(m.source_table or "table", m.source_page or 1, _TWO_VALUES, m.value)
            for m, _ in entries
        )
    return out


def key_figure(
    cell: Cell, frame: Frame, table: Table, data_year: str | None = None
) -> tuple[WresMetric | None, str | None]:
    """(metric, None) when the frame settles the figure's key; (None, why) when it does
    not; (None, None) when the figure is not one the WRES publishes (a comparator's, a
    headcount, a whole-trust share)."""
    own = " ".join((*frame.row, *frame.column, frame.section or "", *frame.row_heads))
    if _not_own(frame):
        return None, None
    if (cell.kind == "num" and (cell.value or 0) > 100) or _COUNT_WORDS.search(
        " ".join(frame.column)
    ):
        return None, None  # a headcount: the numerator of a share, not a figure
    ind = _indicator(frame, table.key)
    if ind is None:
        return None, "no one indicator"
    period, label, why = _period(frame, table, ind, own)
    if why:
        return None, why
    period, label = (period, label) if period else (data_year, data_year)
    if period is None:
        return None, "no period"
    difference = ind == 9 and bool(DIFFERENCE.search(_nearest(frame)))
    ratio = cell.kind == "ratio" or (
        cell.kind in ("num", "redacted")  # a withheld likelihood is still a likelihood
        and ind in (2, 3, 4)
        and bool(_RATIO_WORDS.search(own))
        and not PERCENT_WORDS.search(own)
    )
    if ratio:
        group = _ratio_group(frame, ind)
        if group is None:
            return None, "a likelihood under a group's column"
        return _metric(ind, "relative_likelihood", group, period, label, cell, None, None), None
    if cell.kind == "num" and not difference and not _printed_share(cell, own, table):
        return None, "a bare number: a count or a share?"
    group, why = _group(frame)
    if why:
        return None, why
    if group in (None, "All"):
        return None, None  # the whole trust's share is no group's figure
    measure, staff_group, band = "percentage", None, None
    if ind in (2, 3, 4):
        measure = "rate"
    elif ind == 9 and not difference and _workforce_beside_board(frame, table):
        ind, staff_group = 1, "overall"
    elif ind == 9:
        staff_group = _board(frame)
        measure = "difference" if difference else "percentage"
    elif ind == 1:
        key = (
            table.key.merge(section_key(frame.section))
            .merge(merged(frame.column))
            .merge(merged(frame.row))
        )
        staff_group, band = key.staff_group or "overall", key.band
        if band is not None and key.staff_group is None:
            return None, "a band of no staff group"
    return _metric(ind, measure, group, period, label, cell, staff_group, band), None


def _printed_share(cell: Cell, own: str, table: Table) -> bool:
    """A number printed without its per cent sign is a share only when its labels or
    the caption say the figures are percentages and it has decimals (a whole number
    there may be a headcount)."""
    return bool(PERCENT_WORDS.search(own) or table.percent_named) and cell.decimals > 0


def _metric(ind, measure, group, period, label, cell: Cell, staff_group, band) -> WresMetric:
    return WresMetric(
        indicator=ind,
        measure=measure,
        ethnic_group=group,
        period=period,
        value=None if cell.kind == "redacted" else cell.value,
        staff_group=staff_group,
        band=band,
        period_label=label,
        numerator=cell.numerator,
        denominator=cell.denominator,
        redacted=cell.kind == "redacted",
        unit=UNITS[measure],
    )


# ---------------------------------------------------------------------------
# each part of the key


def _not_own(frame: Frame) -> bool:
    heads = " ".join(frame.column)
    return bool(
        _NOT_OWN_ROW.search(" ".join(frame.row))
        or (any(map(bench_head, frame.column)) and not DIFFERENCE.search(heads))
        or (frame.section and _NOT_OWN_ROW.search(frame.section))
    )


def _indicator(frame: Frame, table: Key) -> int | None:
    """The nearest label naming one indicator; a row and a column naming different
    ones leave it unsettled."""
    row = set().union(*(named(t) for t in frame.row)) if frame.row else set()
    col = set().union(*(named(t) for t in frame.column)) if frame.column else set()
    if len(row) > 1 or len(col) > 1 or (row and col and row != col):
        return None
    for candidates in (row, col, named(frame.section) if frame.section else set()):
        if len(candidates) == 1:
            return next(iter(candidates))
    return table.indicator


def _period(
    frame: Frame, table: Table, ind: int, own: str
) -> tuple[str | None, str | None, str | None]:
    """(period, label as printed, why not): the time the nearest label states; a row
    and a column stating two, or a bare year that may be the survey's or the WRES's,
    leave it unsettled. (None, None, None): no label dates the figure."""
    row = [k.time for k in map(label, frame.row) if k.time is not None]
    col = [k.time for k in map(label, frame.column) if k.time is not None]
    if row and col:
        return None, None, "a year in its row and another in its column"
    for times in (row, col):
        if len({(t.kind, t.year) for t in times}) > 1:
            return None, None, "two years in its labels"
    time = (row or col or [None])[0] or section_key(frame.section).time
    if time is None:
        relative = _relative(frame, table)
        if relative is not None:
            return relative
        time = table.key.time
    if time is None:
        return None, None, None
    survey = table.survey_named or bool(SURVEY.search(own))
    if time.kind == "bare" and survey and table.wres_years and ind not in SURVEY_INDICATORS:
        # one bare year over the survey's rows and the workforce's: the survey's year, or
        # the WRES return's? A column means one thing for every row; which, is not said
        return None, None, "a bare year over survey and workforce rows"
    period = settle_time(time, ind, survey)
    if period is None and time.kind == "bare" and table.wres_years:
        period = settle_time(time, 1)  # a WRES year heading every indicator's row
    if period is None:
        return None, None, "a bare year: the staff survey's or the WRES's?"
    return period, time.text, None


def _relative(frame: Frame, table: Table) -> tuple[str | None, str | None, str | None] | None:
    """ "This year" / "Previous year" heads, dated by the one or two consecutive years
    the table's caption names."""
    for text in (*frame.column, *frame.row):
        previous = bool(_PREVIOUS.search(text))
        if not previous and not _THIS.search(text):
            continue
        if not table.years or len(table.years) > 2:
            return None, None, "'this year' in a table naming no one year"
        latest = max(table.years)
        earlier = fy(int(latest[:4]) - 1)
        if len(table.years) == 2 and min(table.years) != earlier:
            return None, None, "'previous year' in a table naming two years apart"
        return (earlier if previous else latest), text, None
    return None


def _nearest(frame: Frame) -> str:
    """The labels nearest a figure: its row's innermost and its column's lowest."""
    return " ".join(t for t in (frame.row[-1:] + frame.column[-1:]) if t)


def _workforce_beside_board(frame: Frame, table: Table) -> bool:
    """A row naming staff, not the board, in a table whose other rows name the board:
    the whole workforce's share, printed for comparison."""
    row = " ".join(frame.row)
    return table.board_rows and bool(_WORKFORCE_WORDS.search(row)) and not BOARD_WORDS.search(row)


def _board(frame: Frame) -> str:
    """Indicator 9's board as its labels name it; the WRES definition's voting board
    when they name none."""
    for text in (*reversed(frame.row), frame.section or "", *frame.column):
        for rx, board in _BOARD_KINDS:
            if rx.search(text):
                return board
    return "board_voting"


def _group(frame: Frame) -> tuple[str | None, str | None]:
    row = {g for t in frame.row for g in groups_in(t)}
    col = {g for t in frame.column for g in groups_in(t)}
    if len(row) > 1 or len(col) > 1 or (row and col and row != col):
        return None, "two ethnic groups in its labels"
    found = row or col or set(groups_in(frame.section or ""))
    if len(found) > 1:
        return None, "two ethnic groups in its labels"
    return (next(iter(found)) if found else None), None


def _ratio_group(frame: Frame, ind: int) -> str | None:
    """A likelihood's group: the one its wording names first, else the WRES definition's;
    None when it stands under one group's column (a group's own likelihood)."""
    column_groups = [set(groups_in(t)) - {"All"} for t in frame.column]
    if any(len(g) == 1 for g in column_groups):
        return None
    for text in (*frame.row, frame.section or "", *frame.column):
        if _RATIO_WORDS.search(text):
            group = numerator_group(text)
            if group and group != "All":
                return group
    return RL_DEFAULT.get(ind)


__all__ = ["Frame", "key_figure", "read_grid"]
