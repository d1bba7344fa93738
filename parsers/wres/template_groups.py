"""WRES tables whose columns are ethnic groups: the NHS England reporting template.

Part of the template reader (parsers.wres.template). `parse_group_columns` reads a
table with White / BME / Ethnicity unknown / Total columns (optionally "% White",
"% BME"), often under a year heading row ("31 March 2023" ... "31 March 2024"):
indicator 1 rows are pay bands, indicator 9 rows are board / workforce lines,
indicators 2-4 rows are "Number of shortlisted applicants", "Number appointed",
"Likelihood of ..." and "Relative likelihood ...". `parse_group_rows` reads the
transposed template (a row per ethnic group) by turning it round. A printed
percentage takes its group's headcount as numerator and the printed Total as
denominator; a 0-1 likelihood or proportion is a rate, recorded in percent (x100).
"""

from __future__ import annotations

import re

from parsers.records import WresMetric
from parsers.wres.cell_figures import is_figure, parse_cell
from parsers.wres.cells import band_and_group, clean, ethnic_groups, parse_period, staff_group_only
from parsers.wres.ratio_pairs import numerator_group
from parsers.wres.skipped import Skipped, part_of_trust
from parsers.wres.tables import Tab, normalise_rows
from parsers.wres.template_columns import (
    RL_DEFAULT,
    GCol,
    _context_period,
    _metric,
    _section,
    group_columns,
    squash,
)
from parsers.wres.vocab import is_whole_trust, medical_band, names_parts, staff_groups_named


def is_group_column_table(tab: Tab) -> bool:
    """Two or more ethnic-group columns (White, BME ...) under the headings."""
    rows, _pages, cols = group_columns(tab)
    if sum(1 for r in rows if parse_cell(r[0]).kind == "period" or parse_period(r[0])) >= 2:
        return False  # years down the side: the table reader turns it round
    named = {c.group for c in cols if c.group and c.group != "All"}
    return len(named) >= 2


def _cells_are_pct(rows: list[list[str]], cols: list[GCol]) -> set[int]:
    """Which columns hold percentages: a % heading or % in the cells; with neither
    anywhere, bare numbers are percentages only when each row's groups add up to 100."""
    pct = {c.idx for c in cols if c.pct}
    for c in cols:
        if any(parse_cell(r[c.idx]).kind == "pct" for r in rows if c.idx < len(r)):
            pct.add(c.idx)
    if pct:
        return pct
    by_period: dict[str | None, list[GCol]] = {}
    for c in cols:
        if c.group and c.group != "All":
            by_period.setdefault(c.period.period if c.period else None, []).append(c)
    sums_ok, seen = True, False
    for group_cols in by_period.values():
        for r in rows:
            vals = [parse_cell(r[c.idx]) for c in group_cols]
            nums = [v.value for v in vals if v.kind == "num"]
            if len(nums) >= 2:
                seen = True
                if abs(sum(nums) - 100) > 1.5:
                    sums_ok = False
    if seen and sums_ok:
        return {c.idx for c in cols if c.group and c.group != "All"}
    return set()


def _i1_row(
    label: str, section: str | None, whole: bool = False
) -> tuple[str | None, str | None] | None:
    """(staff group, band) of an indicator 1 row; `whole`: nothing above the table names
    a staff group, so a band under no section is a band of the whole workforce."""
    low = clean(label).lower()
    if re.fullmatch(r"(?:grand\s+)?total|all|overall", low):
        return None
    if section == "medical" and re.fullmatch(r"other(?:\s+medical)?(?:\s+grades?)?", low):
        return "medical", "Medical other"
    sg, band = band_and_group(label)
    if band is None:
        # a label a narrow PDF column broke ("Consul tants"): the grade's squashed words
        grade = medical_band(label)
        if grade is not None:
            sg, band = "medical", grade
    if band is None:
        # a staff group's own total ("Non-clinical workforce (total)") or the whole
        # workforce's ("Overall workforce", "Trust total"); a bare "Total" is not read
        if sg in ("non_clinical", "clinical", "medical"):
            return sg, None
        if re.search(
            r"overall workforce|whole workforce|all staff|trust total|grand total"
            r"|total workforce|substantive workforce",
            low,
        ):
            return "overall", None
        return None
    if sg is None or (sg == "overall" and section):
        sg = section or ("overall" if whole and band else None)
    if band and band.startswith("Medical"):
        sg = "medical"
    return sg, band


def _names_no_staff_group(texts: list[str]) -> bool:
    """No heading or paragraph above the table names a staff group (clinical,
    non-clinical, medical): the table's bands are the whole workforce's."""
    return not any(staff_groups_named(t) for t in texts)


def _bare_total(label: str, section: str | None) -> bool:
    """A "Total" row of a table that is about one staff group (its heading or first
    cell names it): that staff group's figure, with no band."""
    return section in ("non_clinical", "clinical", "medical") and bool(
        re.fullmatch(r"(?:grand\s+)?total|all(?:\s+bands)?|overall", clean(label).lower())
    )


def _i9_row(label: str) -> tuple[str, str] | None:
    """(measure, staff_group) of an indicator 9 template row."""
    low = squash(label)  # words a narrow PDF column broke are whole again
    if re.search(r"non-?(?:executive|voting)", low):
        return None
    board = None
    if re.search(r"board|member|director|difference|gap", low):
        if "voting" in low:
            board = "board_voting"
        elif "executive" in low:
            board = "board_executive"
        elif "board" in low or "director" in low:
            board = "board"
    if re.search(r"difference|gap", low):
        return "difference", board or "board"
    if board:
        return "percentage", board
    if re.search(r"workforce|allstaff|overall|organisation", low):
        return "percentage", "overall"
    return None


def parse_group_columns(
    tab: Tab, indicator: int, warnings: list[str], unsettled: list[Skipped] | None = None
) -> list[WresMetric]:
    survey = indicator in (5, 6, 7, 8)
    rows, pages, cols = group_columns(tab, survey)
    # rows that are the parts of the trust (a "Directorate" column): only the trust's own
    # (the header is the first row with cells: an extractor may give an empty row first)
    header = next((r for r in tab.rows if r), [""])
    units = names_parts(header[0] or "")
    cols = [c for c in cols if c.group]
    if not rows or not cols:
        return []
    fallback = _context_period(tab)
    if any(c.period is not None for c in cols):
        cols = [c for c in cols if c.period is not None]  # years head the columns
    elif fallback is None:
        warnings.append(f"{tab.label or 'table'} (indicator {indicator}): no period; skipped")
        return []
    pct_cols = _cells_are_pct(rows, cols)
    section = _section(" ".join(tab.rows[0][:1]) if tab.rows else "") or _section(
        " ".join(tab.context[-2:])
    )
    # the staff group the whole table is about ("Indicator 1: clinical workforce by
    # band"): a bare "Total" row is its total, until a row opens another section
    table_section, one_section = section, True
    whole = _names_no_staff_group([*tab.paragraphs_above, tab.section_heading or ""])
    counts: dict[tuple, float] = {}
    out: list[WresMetric] = []
    rl_rows: list[tuple[str, list[str], int]] = []
    rate_rows: list[tuple[str, list[str], int]] = []
    for row, page in zip(rows, pages, strict=True):
        label = row[0]
        if not any(row[1:]):
            section = staff_group_only(label) or _section(label) or section
            one_section = one_section and section == table_section
            continue
        low = label.lower()
        if units and not is_whole_trust(label):
            if unsettled is not None:
                unsettled.extend(part_of_trust(label, (row[c.idx] for c in cols), page))
            continue
        if indicator == 1:
            desc = _i1_row(label, section, whole) if not units else ("overall", None)
            if desc is None and one_section and _bare_total(label, table_section):
                desc = (table_section, None)
            if desc is None:
                continue
            measure, (sg, band) = "percentage", desc
            if band is None and sg != "overall":
                one_section = one_section and sg == table_section
                section = sg  # a staff group's total row opens its section
        elif indicator == 9:
            d9 = _i9_row(label)
            if d9 is None:
                continue
            (measure, sg), band = d9, None
        elif indicator in (2, 3, 4):
            if "relative" in low or re.search(r"\btimes\b|\bratio\b", low):
                rl_rows.append((label, row, page))
                continue
            if re.search(r"likelihood|proportion|\brate\b|%|percent", low) or _all_pct(row, cols):
                # a row of each group's percentage is its rate, whatever its label says
                # ("Staff accessing training")
                rate_rows.append((label, row, page))
                continue
            if re.search(r"number|\bno\.|headcount|total", low):
                role = "den" if re.search(r"shortlist|workforce|headcount|staff in", low) else "num"
                if re.search(r"appointed|entering|accessing|disciplinary|training", low):
                    role = "num"
                for c in cols:
                    cell = parse_cell(row[c.idx])
                    if cell.kind == "num":
                        counts[(role, c.group, (c.period or fallback).period)] = cell.value
            continue
        else:
            continue
        for c in cols:
            cell = parse_cell(row[c.idx])
            period = c.period or fallback
            if cell.kind in ("empty", "text", "period") or period is None:
                continue
            if c.idx in pct_cols or cell.kind == "pct":
                if c.group == "All":
                    continue
                out.append(
                    _metric(indicator, measure, sg, band, c.group, c, period, tab, page, cell)
                )
            elif cell.kind == "num":
                counts[(sg, band, c.group, period.period)] = cell.value
            elif cell.kind == "redacted" and not pct_cols:
                continue
    for m in out:
        if m.measure != "percentage":
            continue
        if m.numerator is None:
            m.numerator = counts.get((m.staff_group, m.band, m.ethnic_group, m.period))
        if m.numerator is not None and m.denominator is None:
            m.denominator = counts.get((m.staff_group, m.band, "All", m.period))
    for label, row, page in rate_rows:
        proportion = bool(re.search(r"likelihood|proportion", label, re.I))
        for c in cols:
            cell = parse_cell(row[c.idx])
            period = c.period or fallback
            if cell.kind not in ("num", "pct") or c.group == "All" or period is None:
                continue
            if proportion and cell.kind == "num" and cell.value is not None and cell.value <= 1:
                cell = type(cell)(
                    "pct",
                    value=round(cell.value * 100, max(cell.decimals - 2, 0) + 2),
                    decimals=max(cell.decimals - 2, 0),
                    raw=cell.raw,
                )
            m = _metric(indicator, "rate", None, None, c.group, c, period, tab, page, cell)
            if m.numerator is None:
                m.numerator = counts.get(("num", c.group, period.period))
                m.denominator = counts.get(("den", c.group, period.period))
            out.append(m)
    for label, row, page in rl_rows:
        figs = [(c, parse_cell(row[c.idx])) for c in cols]
        figs = [(c, cell) for c, cell in figs if cell.kind in ("num", "redacted")]
        # one figure per period: the ratio spans the group columns
        per_period: dict[str, list] = {}
        for c, cell in figs:
            period = c.period or fallback
            if period is not None:
                per_period.setdefault(period.period, []).append((c, cell, period))
        group = numerator_group(label) or RL_DEFAULT[indicator]
        for items in per_period.values():
            if len(items) != 1:
                continue
            c, cell, period = items[0]
            out.append(
                _metric(
                    indicator, "relative_likelihood", None, None, group, c, period, tab, page, cell
                )
            )
    return out


_RE_RATIO = re.compile(r"relative|\btimes\b|ratio", re.I)


def _all_pct(row: list[str], cols: list) -> bool:
    cells = [parse_cell(row[c.idx]) for c in cols if c.group != "All"]
    return bool(cells) and all(cell.kind == "pct" for cell in cells)


def is_group_row_table(tab: Tab) -> bool:
    """Rows White / BME (/ Unknown) and measure columns (numbers, likelihoods)."""
    grid, _pages = normalise_rows(tab.rows, tab.row_pages)
    labels = [r[0] for r in grid[1:] if r]
    named = {g for lb in labels if len(lb) <= 40 for g in ethnic_groups(lb)[:1]}
    return len(named - {"All"}) >= 2


def parse_group_rows(tab: Tab, indicator: int, warnings: list[str]) -> list[WresMetric]:
    """Indicators 2-4 with one row per ethnic group and a column per count or likelihood
    (the transposed template), plus a "Relative likelihood ..." row, and indicator 9
    with a column each for the board, the workforce and the difference: read as the
    template by turning the group rows round."""
    grid, _pages = normalise_rows(tab.rows, tab.row_pages)
    if len(grid) < 3:
        return []
    head, body = grid[0], grid[1:]
    # "Relative likelihood (White:BME)" names groups but is the ratio row
    group_rows = [
        r for r in body if len(r[0]) <= 40 and ethnic_groups(r[0]) and not _RE_RATIO.search(r[0])
    ]
    other = [r for r in body if r not in group_rows]
    turned = [list(col) for col in zip(head, *group_rows, strict=False)]
    turned[0][0] = head[0]
    for r in other:  # the ratio row: one figure, placed under the first group's column
        figs = [c for c in r[1:] if is_figure(parse_cell(c))]
        if len(figs) == 1 and _RE_RATIO.search(r[0]):
            turned.append([r[0], figs[0]] + [""] * (len(group_rows) - 1))
    sub = Tab(
        rows=turned,
        row_pages=[tab.page] * len(turned),
        caption=tab.caption,
        label=tab.label,
        heading_indicator=tab.heading_indicator,
        objective=tab.objective,
        context=tab.context,
        section_heading=tab.section_heading,
    )
    return parse_group_columns(sub, indicator, warnings)
