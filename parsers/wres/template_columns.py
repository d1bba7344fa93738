"""Headings and columns of template-shaped WRES tables, shared by their readers.

Part of the template reader (parsers.wres.template): the heading rows of a table and
the columns under them (`group_columns`: one `GCol` per ethnic-group column, with its
period), undoing HTML row spans (`fix_spans`), recognising a column's ethnic group
from a heading a narrow PDF column broke ("Unknow n"), the period and staff group the
text around a table names, and the `WresMetric` a template cell gives. Benchmark,
national, average and median columns are never read (`_BENCH`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.records import WresMetric
from parsers.wres.cell_figures import holds_figures, is_figure, parse_cell
from parsers.wres.cells import Period, clean, ethnic_groups, financial_year_in, parse_period
from parsers.wres.tables import Tab, normalise_rows
from parsers.wres.vocab import BME_SQUASHED, TARGET

UNITS = {"percentage": "%", "rate": "%", "relative_likelihood": "ratio", "difference": "pp"}
RL_DEFAULT = {2: "White", 3: "BME", 4: "White"}
# columns (and rows) that are not the trust's own figure for one group: comparators,
# England's figure ("England (BME)"), changes, and the gap between two groups
_BENCH = re.compile(
    r"benchmark|national|average|median|comparator|\bregion|\bsector|\bicb\b|\bpeer"
    r"|change|\bdiff|variance|movement|trend|\brag\b|\bvs\b|versus|compared"
    rf"|\bengland\b|\bgap\b|{TARGET}",
    re.I,
)


def bench_head(header: str) -> bool:
    """A column head naming a comparator, a change, a gap or a target. A head naming a
    year with a remark in brackets ("2023/24 (change on 2022/23)": the year's figure,
    its change printed beside it in the cell) is that year's column: its own words, not
    the bracket's, decide."""
    own = re.sub(r"\([^()]*\)", " ", header).strip()
    if own != header.strip() and re.search(r"\b20\d\d\b|\b\d\d/\d\d\b", own):
        return bool(_BENCH.search(own))
    return bool(_BENCH.search(header))


@dataclass
class GCol:
    idx: int
    header: str
    period: Period | None
    group: str | None
    pct: bool


def _header_rows(grid: list[list[str]]) -> int:
    first = next((i for i, r in enumerate(grid) if any(holds_figures(c) for c in r[1:])), len(grid))
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
        # "BME total", "All BME staff": one group's total (its subgroups' sum) is that
        # group; a total naming no group, or several, is everyone's
        named = [g for g in ethnic_groups(header) if g != "All"]
        return named[0] if len(named) == 1 else "All"
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
            ("BME", BME_SQUASHED),
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
        if not header or bench_head(header):
            continue
        pct = bool(re.search(r"%|percent|proportion", header, re.I))
        cols.append(GCol(j, header, parse_period(header, survey), _col_group(header), pct))
    return grid[first:], pages[first:], cols


def _context_period(tab: Tab) -> Period | None:
    """One period named by the caption or the text just above the table: a financial
    year ("2023/24"), a snapshot date ("31 March 2024") or "WRES 2024"; else by the
    indicator heading the table is under, which dates every table of its section
    ("Indicator 1: our workforce by band on 31 March 2024" / "Non-clinical" / table /
    "Clinical" / table)."""
    for text in (tab.caption, *reversed(tab.context), tab.section_heading):
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


def _metric(
    indicator,
    measure,
    sg,
    band,
    group,
    col: GCol | None,
    period: Period,
    tab: Tab,
    page,
    cell,
    label: str | None = None,
):
    """The `WresMetric` one cell of a template-shaped table gives; `label` is the
    printed period when it is not the column's own heading."""
    m = WresMetric(
        indicator=indicator,
        measure=measure,
        ethnic_group=group,
        period=period.period,
        value=cell.value if cell.kind != "redacted" else None,
        staff_group=sg,
        band=band,
        period_label=label
        if label is not None
        else (col.header if col and col.period else period.label) or period.label,
        numerator=cell.numerator,
        denominator=cell.denominator,
        redacted=cell.kind == "redacted",
        unit=UNITS[measure],
        source_table=tab.label,
        source_page=page,
    )
    m._decimals = cell.decimals  # type: ignore[attr-defined]
    return m
