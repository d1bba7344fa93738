"""WRES workforce profile tables: one row per ethnic group, the whole workforce.

Part of the template reader (parsers.wres.template). A table with rows White / BME /
Unknown (and Total) and columns of headcounts and percentages, with nothing in its
caption, headings or the text above naming another indicator or population, gives
indicator 1 shares of the whole workforce (or of the staff group its heading names).
A table with years down the side and groups across is turned round first.
"""

from __future__ import annotations

import re

from parsers.records import WresMetric
from parsers.wres.captions import relative_period, stated_periods
from parsers.wres.cell_figures import parse_cell
from parsers.wres.cells import band_and_group, parse_period
from parsers.wres.context import heading_above
from parsers.wres.tables import Tab, normalise_rows
from parsers.wres.template_columns import (
    GCol,
    _col_group,
    _context_period,
    _metric,
    _section,
    bench_head,
)
from parsers.wres.vocab import (
    CAREER,
    DISCIPLINARY,
    DISCRIMINATION,
    HARASSMENT,
    INDICATOR_HEADING,
    TRAINING,
    medical_band,
    strip_trust_names,
)

_RE_HEADING = re.compile(INDICATOR_HEADING, re.I)
_NOT_PROFILE = re.compile(
    rf"shortlist|appoint|{DISCIPLINARY}|{TRAINING}|{HARASSMENT}|{DISCRIMINATION}|{CAREER}"
    r"|\bboard\b|survey|applicant|leaver|starter"
    r"|promot|bank\b|turnover|sickness|patients?\b|population|census|communit|student",
    re.I,
)


def _staff_group_column(grid: list[list[str]]) -> list[str] | None:
    """The staff group of each body row when the table has two label columns, staff
    group then ethnic group ("Clinical | BME | 31.0 | 24.7 ..."), the staff group cell
    left blank under a merged cell; None for any other table."""
    if len(grid[0]) < 3:
        return None
    out: list[str] = []
    current: str | None = None
    for row in grid[1:]:
        if row[1] and not _col_group(row[1]):
            return None  # the second column is not an ethnic group's label
        if row[0]:
            sg, band = band_and_group(row[0])
            if sg not in ("clinical", "non_clinical", "medical") or band is not None:
                return None
            current = sg
        if current is None:
            return None
        out.append(current)
    return out


def _profile_grid(tab: Tab) -> tuple[list[list[str]], list[int], list[str | None]] | None:
    """The table as one label column (the ethnic group) and figures, with the staff
    group each row's own label names (None: the table's)."""
    grid, pages = normalise_rows(tab.rows, tab.row_pages)
    if len(grid) < 3 or len(grid[0]) < 2:
        return None
    periods_down = sum(
        1 for r in grid[1:] if parse_cell(r[0]).kind == "period" or parse_period(r[0])
    )
    heads = [_col_group(c) for c in grid[0][1:]]
    if periods_down >= 2 and sum(1 for g in heads if g and g != "All") >= 2:
        grid = [list(col) for col in zip(*grid, strict=False)]
        pages = [pages[0]] * len(grid)
    row_sgs: list[str | None] = [None] * (len(grid) - 1)
    staff = _staff_group_column(grid)
    if staff is not None:
        grid, row_sgs = [r[1:] for r in grid], list(staff)
    return grid, pages, row_sgs


def _captioned_one(caption: str | None) -> bool:
    """A caption naming indicator 1 as a heading does ("Indicator 1: ...")."""
    m = _RE_HEADING.match(caption or "")
    return m is not None and m["n"] == "1"


def is_profile_table(tab: Tab) -> bool:
    """Rows White / BME / Unknown (the whole workforce by ethnicity), nothing naming
    another indicator or another population in the caption, headings or text above."""
    got = _profile_grid(tab)
    if got is None:
        return False
    grid, _pages, _row_sgs = got
    labels = [r[0] for r in grid[1:]]
    groups = [_col_group(lb) for lb in labels if len(lb) <= 40]
    named = {g for g in groups if g and g != "All"}
    if len(named) < 2 or any(not _col_group(lb) for lb in labels if lb):
        return False
    # the text above: its last blocks, and its last lines (a PDF may print the
    # headings above as one block too long to count as context)
    # (a trust's own name is no population: "... Community Health NHS Trust")
    own_title = _captioned_one(tab.caption)
    # a caption naming indicator 1 says what the table is: the text above speaks of
    # other tables (the report's introduction naming the staff survey's indicators)
    above = [] if own_title else [*tab.context[-2:], *tab.lines_above[-3:]]
    around = strip_trust_names(" ".join([tab.caption or "", " ".join(grid[0]), *above]))
    if _NOT_PROFILE.search(around):
        return False
    if tab.heading_indicator not in (None, 1):
        return False
    if tab.heading_indicator == 1 and heading_above(tab.lines_above) != (None, None):
        return True  # under indicator 1, a staff group or band heading right above
    return bool(
        re.search(r"workforce|colleagues|\bstaff\b|employ|headcount|indicator\s*1\b", around, re.I)
    )


def _column_band(header: str) -> tuple[str | None, str | None]:
    """(staff group, band) a column header names ("Band 5", "Consultants"): a table of
    groups down the side and bands across the top; (None, None) for a period or a
    measure heading."""
    sg, band = band_and_group(header)
    if band is None and sg == "medical":
        band = medical_band(header)
    return (None if sg == "overall" and band is None else sg), band


def parse_profile(
    tab: Tab, warnings: list[str], above: tuple[str | None, str | None] = (None, None)
) -> list[WresMetric]:
    """A workforce profile table's figures; `above` is the (staff group, band) the
    heading right above the table names ("Clinical staff - Band 8a"), if any."""
    got = _profile_grid(tab)
    if got is None:
        return []
    grid, pages, row_sgs = got
    head, body, bpages = grid[0], grid[1:], pages[1:]
    fallback = _context_period(tab)
    section = _section(" ".join([tab.caption or "", *tab.context[-2:], head[0]])) or "overall"
    band = above[1]
    if band is not None:
        section = above[0] or section
    cols = []
    captioned = stated_periods(tab.caption, tab.paragraphs_above)  # what "This year" is
    for j in range(1, len(head)):
        h = head[j]
        if bench_head(h):
            continue
        p = parse_period(h) or relative_period(h, captioned)
        pct = bool(re.search(r"%|percent|proportion", h, re.I))
        count = bool(re.search(r"number|headcount|\bno\.?\b|\bcount\b|colleagues|staff", h, re.I))
        cols.append((j, h, p, pct, count and not pct, _column_band(h)))
    if any(p for _j, _h, p, _pc, _c, _b in cols):
        cols = [c for c in cols if c[2] is not None]
    elif fallback is None:
        return []
    bare_pct = _bare_percentages(tab, body, row_sgs, cols)
    out: list[WresMetric] = []
    counts: dict[tuple, float] = {}
    for row, page, row_sg in zip(body, bpages, row_sgs, strict=True):
        group = _col_group(row[0])
        if group is None:
            continue
        for j, h, p, _pct, is_count, (col_sg, col_band) in cols:
            period = p or fallback
            assert period is not None
            cell = parse_cell(row[j])
            if cell.kind == "num" and is_count:
                counts[(group, period.period)] = cell.value
                continue
            if cell.kind != "pct" and not (cell.kind == "num" and (_pct or bare_pct)):
                continue
            if group == "All":
                continue
            col = GCol(j, h, p, group, True)
            sg, b = (col_sg or section, col_band) if col_band or col_sg else (section, band)
            sg = row_sg or sg  # the row's own staff group cell
            out.append(_metric(1, "percentage", sg, b, group, col, period, tab, page, cell))
    for m in out:
        if m.numerator is None:
            m.numerator = counts.get((m.ethnic_group, m.period))
        if m.numerator is not None and m.denominator is None:
            m.denominator = counts.get(("All", m.period))
    return out


def _bare_percentages(tab: Tab, body: list[list[str]], row_sgs: list[str | None], cols) -> bool:
    """Bare numbers are percentages when the caption or the text above says the table
    is of percentages, no column is a count, and each column's groups add up to no more
    than 100 within a staff group (the rest being staff who did not state one), and
    they are printed as shares are, most with decimals (headcounts are whole)."""
    around = " ".join([tab.caption or "", *tab.context[-2:], *tab.lines_above[-3:]])
    if not re.search(r"percentage|per\s*cent|%|proportion", around, re.I):
        return False
    if any(is_count for _j, _h, _p, _pct, is_count, _b in cols):
        return False
    sums: dict[tuple, float] = {}
    decimals = whole = 0
    for row, row_sg in zip(body, row_sgs, strict=True):
        group = _col_group(row[0])
        if group in (None, "All"):
            return False  # a total row: counts, not shares
        for j, *_rest in cols:
            cell = parse_cell(row[j])
            if cell.kind == "num":
                key = (row_sg, j)
                sums[key] = sums.get(key, 0.0) + (cell.value or 0.0)
                decimals, whole = (decimals + 1, whole) if cell.decimals else (decimals, whole + 1)
    return bool(sums) and all(v <= 100.5 for v in sums.values()) and decimals >= whole
