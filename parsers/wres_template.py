"""WRES tables in the NHS England reporting-template shapes, and summary tables.

Two readers, both returning finished `WresMetric`s:

- `parse_group_columns`: a table whose columns are ethnic groups (White / BME /
  Ethnicity unknown / Total, optionally "% White", "% BME"), often under a year heading
  row ("31 March 2023" ... "31 March 2024"). Indicator 1 rows are pay bands, indicator
  9 rows are board / workforce lines, indicators 2-4 rows are "Number of shortlisted
  applicants", "Number appointed", "Likelihood of ..." and "Relative likelihood ...".
- `parse_summary`: a table whose rows are different indicators ("1.", "Indicator 2",
  or the indicator's wording), each row attributed by its own label only.

A figure is emitted only when printed: headcounts alone give no percentage; a printed
percentage takes its group's headcount as numerator and the printed Total as
denominator. A 0-1 "likelihood"/"proportion" of a group (indicators 2-4) is a rate,
recorded in percent (x100) like every other rate. Benchmark, national, average and
median columns are not the trust's figures and are never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.records import WresMetric
from parsers.wres_cells import (
    Cell,
    Period,
    band_and_group,
    clean,
    ethnic_groups,
    financial_year_in,
    is_figure,
    numerator_group,
    parse_cell,
    parse_period,
    staff_group_only,
)
from parsers.wres_tables import Tab, normalise_rows

UNITS = {"percentage": "%", "rate": "%", "relative_likelihood": "ratio", "difference": "pp"}
RL_DEFAULT = {2: "White", 3: "BME", 4: "White"}
_BENCH = re.compile(
    r"benchmark|national|average|median|comparator|\bregion|\bsector|\bicb\b|\bpeer"
    r"|change|\bdiff|variance|movement|trend|target|\brag\b|\bvs\b|versus|compared",
    re.I,
)


@dataclass
class GCol:
    idx: int
    header: str
    period: Period | None
    group: str | None
    pct: bool


def _header_rows(grid: list[list[str]]) -> int:
    first = next(
        (i for i, r in enumerate(grid) if any(is_figure(parse_cell(c)) for c in r[1:])), len(grid)
    )
    # a section row ("Non-clinical") just above the first figures belongs to the data
    while first > 1 and grid[first - 1][0] and not any(grid[first - 1][1:]):
        first -= 1
    return first


def _heading_like(text: str) -> bool:
    return bool(_col_group(text) or parse_period(text) or "%" in text)


def fix_spans(grid: list[list[str]]) -> list[list[str]]:
    """Undo the left shift a row-spanning first cell leaves in HTML rows: a heading row
    under a "Pay band" cell that spans two rows, or a "BME" row under an indicator cell
    that spans the White and BME rows. Only rows whose last cell is empty move."""
    out = [list(r) for r in grid]
    first = _header_rows(out)
    for i in range(1, len(out)):
        row, prev = out[i], out[i - 1]
        if row[-1] or not row[0] or len(row) < 3:
            continue
        if i < first:
            if prev[0] and _heading_like(row[0]) and not _heading_like(prev[0]):
                out[i] = ["", *row[:-1]]
        elif (
            len(row[0]) <= 40
            and ethnic_groups(row[0])
            and is_figure(parse_cell(row[1]))
            and ethnic_groups(prev[1])
            and not is_figure(parse_cell(prev[1]))
        ):
            out[i] = ["", *row[:-1]]
    return out


def _fill(header_rows: list[list[str]], width: int) -> list[list[str]]:
    out = []
    for k, row in enumerate(header_rows):
        row = list(row)
        if k < len(header_rows) - 1:  # merged cells of an upper heading row
            for j in range(2, width):
                if not row[j]:
                    row[j] = row[j - 1]
        out.append(row)
    return out


def squash(text: str) -> str:
    """Lower case without spaces: a narrow PDF column breaks words ("Unknow n")."""
    return re.sub(r"\s+", "", clean(text).lower())


def _col_group(header: str) -> str | None:
    low = header.lower()
    if re.search(r"\btotal\b|\ball\b", low):
        return "All"
    if re.search(
        r"\bnull\b|not\s+(?:recorded|declared|stated|known|given|disclosed)|unknown"
        r"|undeclared|prefer\s+not|not\s+specified",
        low,
    ):
        return "Unknown"
    groups = ethnic_groups(header)
    if len(groups) == 1:
        return groups[0]
    if groups:
        return None
    sq = squash(header)
    found = [
        g
        for g, rx in (
            ("All", r"total"),
            ("Unknown", r"unknown|null|notstated|notknown|notrecorded"),
            ("BME", r"bme|bame|blackasian|minorityethnic|ethnicminorit|globalmajority"),
            ("White", r"(?<!non)white"),
        )
        if re.search(rx, sq)
    ]
    return found[0] if len(found) == 1 else None


def group_columns(tab: Tab, survey: bool = False) -> tuple[list[list[str]], list[int], list[GCol]]:
    grid, pages = normalise_rows(tab.rows, tab.row_pages)
    if not grid:
        return grid, pages, []
    grid = fix_spans(grid)
    width = len(grid[0])
    first = _header_rows(grid)
    heads = _fill(grid[:first], width)
    cols = []
    for j in range(1, width):
        header = " ".join(r[j] for r in heads if r[j]).strip()
        if not header or _BENCH.search(header):
            continue
        pct = bool(re.search(r"%|percent|proportion", header, re.I))
        cols.append(GCol(j, header, parse_period(header, survey), _col_group(header), pct))
    return grid[first:], pages[first:], cols


def is_group_column_table(tab: Tab) -> bool:
    """Two or more ethnic-group columns (White, BME ...) under the headings."""
    rows, _pages, cols = group_columns(tab)
    if sum(1 for r in rows if parse_cell(r[0]).kind == "period" or parse_period(r[0])) >= 2:
        return False  # years down the side: the table reader turns it round
    named = {c.group for c in cols if c.group and c.group != "All"}
    return len(named) >= 2


def _context_period(tab: Tab) -> Period | None:
    """One period named by the caption or the text just above the table: a financial
    year ("2023/24"), a snapshot date ("31 March 2024") or "WRES 2024"."""
    for text in (tab.caption, *reversed(tab.context)):
        if not text or re.search(
            r"publi|prepared|date\s*:|report to|updated|deadline|submi|approved", text, re.I
        ):
            continue
        p = parse_period(text)
        if p is not None and p.kind in ("fy", "window", "month"):
            return p
        fy = financial_year_in(text)
        if fy:
            return Period(fy, fy, "fy", int(fy[:4]))
    return None


def _section(text: str) -> str | None:
    """The one staff group a heading names; None when it names several or none."""
    low = clean(text).lower()
    found = set()
    if re.search(r"non[\s-]*clinical", low):
        found.add("non_clinical")
    if re.search(r"medical|dental", low):
        found.add("medical")
    if re.search(r"(?<!non)(?<!non-)(?<!non )\bclinical", low):
        found.add("clinical")
    return found.pop() if len(found) == 1 else None


def _metric(indicator, measure, sg, band, group, col: GCol, period: Period, tab: Tab, page, cell):
    m = WresMetric(
        indicator=indicator,
        measure=measure,
        ethnic_group=group,
        period=period.period,
        value=cell.value if cell.kind != "redacted" else None,
        staff_group=sg,
        band=band,
        period_label=(col.header if col.period else period.label) or period.label,
        numerator=cell.numerator,
        denominator=cell.denominator,
        redacted=cell.kind == "redacted",
        unit=UNITS[measure],
        source_table=tab.label,
        source_page=page,
    )
    m._decimals = cell.decimals  # type: ignore[attr-defined]
    return m


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


def _i1_row(label: str, section: str | None) -> tuple[str | None, str | None] | None:
    low = clean(label).lower()
    if re.fullmatch(r"(?:grand\s+)?total|all|overall", low):
        return None
    if section == "medical" and re.fullmatch(r"other(?:\s+medical)?(?:\s+grades?)?", low):
        return "medical", "Medical other"
    sg, band = band_and_group(label)
    if band is None:
        sq = squash(label)  # a label a narrow PDF column broke ("Consul tants")
        for rx, name in (
            (r"non-?consultant|careergrade|specialty|staffgrade", "Medical non-consultant"),
            (r"senior(?:medical)?manager", "Medical senior manager"),
            (r"consultant", "Medical consultant"),
            (r"trainee|traininggrade", "Medical trainee"),
        ):
            if re.search(rx, sq):
                sg, band = "medical", name
                break
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
        sg = section
    if band and band.startswith("Medical"):
        sg = "medical"
    return sg, band


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


def parse_group_columns(tab: Tab, indicator: int, warnings: list[str]) -> list[WresMetric]:
    survey = indicator in (5, 6, 7, 8)
    rows, pages, cols = group_columns(tab, survey)
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
    counts: dict[tuple, float] = {}
    out: list[WresMetric] = []
    rl_rows: list[tuple[str, list[str], int]] = []
    rate_rows: list[tuple[str, list[str], int]] = []
    for row, page in zip(rows, pages, strict=True):
        label = row[0]
        if not any(row[1:]):
            section = staff_group_only(label) or _section(label) or section
            continue
        low = label.lower()
        if indicator == 1:
            desc = _i1_row(label, section)
            if desc is None:
                continue
            measure, (sg, band) = "percentage", desc
            if band is None and sg != "overall":
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
            if re.search(r"likelihood|proportion|\brate\b|%|percent", low):
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


def is_group_row_table(tab: Tab) -> bool:
    """Rows White / BME (/ Unknown) and measure columns (numbers, likelihoods)."""
    grid, _pages = normalise_rows(tab.rows, tab.row_pages)
    labels = [r[0] for r in grid[1:] if r]
    named = {g for lb in labels if len(lb) <= 40 for g in ethnic_groups(lb)[:1]}
    return len(named - {"All"}) >= 2


def parse_group_rows(tab: Tab, indicator: int, warnings: list[str]) -> list[WresMetric]:
    """Indicators 2-4 with one row per ethnic group and a column per count or likelihood
    (the transposed template), plus a "Relative likelihood ..." row: read as the
    template by turning the group rows round."""
    grid, _pages = normalise_rows(tab.rows, tab.row_pages)
    if len(grid) < 3:
        return []
    head, body = grid[0], grid[1:]
    group_rows = [r for r in body if len(r[0]) <= 40 and ethnic_groups(r[0])]
    other = [r for r in body if r not in group_rows]
    turned = [list(col) for col in zip(head, *group_rows, strict=False)]
    turned[0][0] = head[0]
    for r in other:  # the ratio row: one figure, placed under the first group's column
        figs = [c for c in r[1:] if is_figure(parse_cell(c))]
        if len(figs) == 1 and re.search(r"relative|\btimes\b|ratio", r[0], re.I):
            turned.append([r[0], figs[0]] + [""] * (len(group_rows) - 1))
    sub = Tab(
        rows=turned,
        row_pages=[tab.page] * len(turned),
        caption=tab.caption,
        label=tab.label,
        heading_indicator=tab.heading_indicator,
        objective=tab.objective,
        context=tab.context,
    )
    return parse_group_columns(sub, indicator, warnings)


# ---------------------------------------------------------------------------
# summary tables: one row per indicator

_RE_ROW_IND = re.compile(r"^\s*(?:wres\s+)?(?:indicator|metric)?\s*(\d)\s*(?:[.:)\-]|\s|$)", re.I)


def row_indicator(label: str) -> int | None:
    """The indicator a summary row reports, from its number or its wording."""
    t = clean(label)
    m = _RE_ROW_IND.match(t)
    if m and 1 <= int(m.group(1)) <= 9 and not re.match(r"^\s*\d\s*(?:%|\.\d)", t):
        return int(m.group(1))
    low = t.lower()
    found = set()
    if re.search(r"shortlist|appointed", low):
        found.add(2)
    if re.search(r"disciplinary", low):
        found.add(3)
    if re.search(r"non-mandatory|\bcpd\b|training", low):
        found.add(4)
    if re.search(r"harass|bully|abuse", low):
        if re.search(r"patient|relative|public|service user", low):
            found.add(5)
        elif re.search(r"staff|colleague|manager", low):
            found.add(6)
    if re.search(r"equal opportunit|career progression", low):
        found.add(7)
    if re.search(r"discriminat", low):
        found.add(8)
    if re.search(r"\bboard\b", low):
        found.add(9)
    return found.pop() if len(found) == 1 else None


_RE_PAIR = re.compile(
    r"(?P<g>white|bme|bame|b\.a\.m\.e\.?|ethnic minority|global majority)"
    r"(?:\s+(?:staff|colleagues))?\s*[:=\-]?\s*(?P<v>[+-]?\d+(?:\.\d+)?)\s*%",
    re.I,
)


def group_pairs(text: str) -> list[tuple[str, float, int]]:
    """ "White 25.1% BME 28.0%" -> [(White, 25.1, 1), (BME, 28.0, 1)]; empty unless every
    percentage in the cell belongs to a named group."""
    t = clean(text)
    pairs = []
    for m in _RE_PAIR.finditer(t):
        g = ethnic_groups(m.group("g"))
        if len(g) != 1:
            return []
        v = m.group("v")
        pairs.append((g[0], float(v), len(v.split(".", 1)[1]) if "." in v else 0))
    if len(pairs) != t.count("%") or len({g for g, _v, _d in pairs}) != len(pairs):
        return []
    return pairs


def _relative_period(header: str, report: Period | None) -> Period | None:
    """ "Data for reporting year" / "Data for previous year" (the template's columns)."""
    if report is None:
        return None
    low = header.lower()
    if re.search(r"reporting year|current year|this year|latest year", low):
        return Period(report.period, header, "fy", report.start)
    if re.search(r"previous year|last year|prior year|preceding year", low):
        start = report.start - 1
        return Period(f"{start}/{(start + 1) % 100:02d}", header, "fy", start)
    return None


def parse_summary(
    tab: Tab, warnings: list[str], report_period: str | None = None
) -> list[WresMetric]:
    grid, pages = normalise_rows(tab.rows, tab.row_pages)
    if not grid:
        return []
    grid = fix_spans(grid)
    width = len(grid[0])
    first = _header_rows(grid)
    heads = _fill(grid[:first], width)
    data, dpages = grid[first:], pages[first:]
    n_label = min(
        (next((j for j in range(1, width) if is_figure(parse_cell(r[j]))), width) for r in data),
        default=1,
    )
    n_label = max(1, n_label)
    # bare years are WRES years ("2024" -> 2023/24) unless every row is a staff-survey
    # indicator (5-8), when they are survey years ("2023" -> 2023/24)
    inds = {row_indicator(r[0]) for r in data if r[0]} - {None}
    survey = bool(inds) and inds <= {5, 6, 7, 8}
    cols = []
    for j in range(n_label, width):
        header = " ".join(r[j] for r in heads if r[j]).strip()
        if not header or _BENCH.search(header):
            continue
        groups = ethnic_groups(header)
        report = (
            Period(report_period, report_period, "fy", int(report_period[:4]))
            if report_period
            else None
        )
        period = parse_period(header, survey) or _relative_period(header, report)
        cols.append((j, header, period, groups[0] if len(groups) == 1 else None))
    if not any(p for _j, _h, p, _g in cols):
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
        group_cells = [c for c in cells if len(c) <= 30 and ethnic_groups(c)]
        text_cells = [c for c in cells if c not in group_cells]
        own = ""
        if head or text_cells:
            full = " ".join([head, *text_cells]).strip()
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
        if measure == "relative_likelihood":
            per_period: dict[str, int] = {}
            for j, _h, period, _g in cols:
                if period is not None and parse_cell(row[j]).kind in ("num", "redacted"):
                    per_period[period.period] = per_period.get(period.period, 0) + 1
            if any(n > 1 for n in per_period.values()):
                continue  # several figures for one year: per-group rates, not the ratio
        for j, header, period, col_group in cols:
            if period is None:
                continue
            cell = parse_cell(row[j])
            if cell.kind == "text" and measure in ("percentage", "difference") and not sub:
                for g, v, d in group_pairs(row[j]):
                    if col_group and col_group != g:
                        continue
                    pc = Cell("pct", value=v, decimals=d, raw=row[j])
                    col = GCol(j, header, period, g, True)
                    out.append(_metric(current, measure, sg, band, g, col, period, tab, page, pc))
                continue
            if cell.kind not in ("pct", "num", "redacted"):
                continue
            if measure == "relative_likelihood" and (
                cell.kind not in ("num", "redacted") or (cell.value or 0) > 20
            ):
                continue  # a ratio is a bare number of modest size
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
            m = WresMetric(
                indicator=current,
                measure=measure,
                ethnic_group=group,
                period=period.period,
                value=cell.value if cell.kind != "redacted" else None,
                staff_group=sg,
                band=band,
                period_label=header,
                numerator=cell.numerator,
                denominator=cell.denominator,
                redacted=cell.kind == "redacted",
                unit=UNITS[measure],
                source_table=tab.label,
                source_page=page,
            )
            m._decimals = cell.decimals  # type: ignore[attr-defined]
            out.append(m)
    return out


def _summary_desc(ind: int, label: str, sub: str, own: str = ""):
    """(measure, staff_group, band, default ethnic group) of a summary row, or None
    when the row does not say unambiguously what its figures are."""
    low = clean(label).lower()
    if ind in (2, 3, 4):
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
        if re.search(
            r"overall workforce|whole workforce|all staff|workforce overall", low
        ) and not re.search(r"\bband|\bvsm\b|consultant|senior", low):
            return "percentage", "overall", None, groups[0] if len(groups) == 1 else None
        return None
    if ind == 9:
        d = _i9_row(label)
        if d is None:
            return None
        measure, sg = d
        groups = ethnic_groups(label)
        return measure, sg, None, groups[0] if len(groups) == 1 else "BME"
    return None


# ---------------------------------------------------------------------------
# workforce profile tables: one row per ethnic group, the whole workforce

_NOT_PROFILE = re.compile(
    r"shortlist|appoint|disciplinary|training|\bcpd\b|harass|bully|abuse|discriminat"
    r"|equal opportunit|career progression|\bboard\b|survey|applicant|leaver|starter"
    r"|promot|bank\b|turnover|sickness|patients?\b|population|census|communit|student",
    re.I,
)


def _profile_grid(tab: Tab) -> tuple[list[list[str]], list[int]] | None:
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
    return grid, pages


def is_profile_table(tab: Tab) -> bool:
    """Rows White / BME / Unknown (the whole workforce by ethnicity), nothing naming
    another indicator or another population in the caption, headings or text above."""
    got = _profile_grid(tab)
    if got is None:
        return False
    grid, _pages = got
    labels = [r[0] for r in grid[1:]]
    groups = [_col_group(lb) for lb in labels if len(lb) <= 40]
    named = {g for g in groups if g and g != "All"}
    if len(named) < 2 or any(not _col_group(lb) for lb in labels if lb):
        return False
    around = " ".join([tab.caption or "", " ".join(grid[0]), *tab.context[-2:]])
    if _NOT_PROFILE.search(around):
        return False
    if tab.heading_indicator not in (None, 1):
        return False
    return bool(
        re.search(r"workforce|colleagues|\bstaff\b|employ|headcount|indicator\s*1\b", around, re.I)
    )


def parse_profile(tab: Tab, warnings: list[str]) -> list[WresMetric]:
    got = _profile_grid(tab)
    if got is None:
        return []
    grid, pages = got
    head, body, bpages = grid[0], grid[1:], pages[1:]
    fallback = _context_period(tab)
    section = _section(" ".join([tab.caption or "", *tab.context[-2:], head[0]])) or "overall"
    cols = []
    for j in range(1, len(head)):
        h = head[j]
        if _BENCH.search(h):
            continue
        p = parse_period(h)
        pct = bool(re.search(r"%|percent|proportion", h, re.I))
        count = bool(re.search(r"number|headcount|\bno\.?\b|\bcount\b|colleagues|staff", h, re.I))
        cols.append((j, h, p, pct, count and not pct))
    if any(p for _j, _h, p, _pc, _c in cols):
        cols = [c for c in cols if c[2] is not None]
    elif fallback is None:
        return []
    out: list[WresMetric] = []
    counts: dict[tuple, float] = {}
    for row, page in zip(body, bpages, strict=True):
        group = _col_group(row[0])
        if group is None:
            continue
        for j, h, p, _pct, is_count in cols:
            period = p or fallback
            assert period is not None
            cell = parse_cell(row[j])
            if cell.kind == "num" and is_count:
                counts[(group, period.period)] = cell.value
                continue
            if cell.kind != "pct" and not (cell.kind == "num" and _pct):
                continue
            if group == "All":
                continue
            col = GCol(j, h, p, group, True)
            out.append(_metric(1, "percentage", section, None, group, col, period, tab, page, cell))
    for m in out:
        if m.numerator is None:
            m.numerator = counts.get((m.ethnic_group, m.period))
        if m.numerator is not None and m.denominator is None:
            m.denominator = counts.get(("All", m.period))
    return out
