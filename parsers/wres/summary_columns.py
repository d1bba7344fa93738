"""What a summary table's columns say about its figures, before its rows are read
(parsers/wres/template_summary.py):

- Sub-groups beside their total: "White British | White other | White (all)" are
  three columns of one group; only the column marked as the group's total is that
  group's figure (`part_columns`), the parts are not keyed.
- Another body's figures beside the trust's: "BME 2023/24 | North West BME 2023/24"
  are two columns of one group and year; the trust's own is headed by the words the
  other repeats and no more, the other is a comparator (a region, a peer) and is not
  keyed (`comparator_columns`). When no heading is the bare one, none is settled.
- A year column: "Indicator | Year | BME | White" dates each row in a cell of its own
  (`year_column`), so the row's period is that cell's, not a heading's.
- Proportions printed as 0-1: every percentage figure of the table a bare number
  between 0 and 1 with two or more decimals, and the table (its labels, headings or
  the lines above it) calling them proportions (`as_proportions`): each is recorded
  in percent (0.273 -> 27.3). Relative likelihoods are ratios and are never scaled.
"""

from __future__ import annotations

import re

from parsers.wres.cell_figures import is_figure, parse_cell
from parsers.wres.cells import clean, ethnic_groups, parse_period
from parsers.wres.skipped import Skipped

# a heading that marks its group's total: "White (all)", "All White", "White total"
_RE_TOTAL = re.compile(r"\(\s*all\s*\)|\ball\b|\btotal\b|\boverall\b|\bcombined\b", re.I)
# a column of row years: "Year", "Survey year", "Period", "Reporting year"
_RE_YEAR_HEAD = re.compile(r"(?:\w+\s+)?(?:year|period)s?", re.I)
# the table or its note calls its figures proportions (not percentages)
_RE_PROPORTIONS = re.compile(r"\bproportions?\b", re.I)


def part_columns(headers: dict[int, str]) -> set[int]:
    """The columns that print a part of a group whose total another column prints:
    several columns name the same one group, and exactly one is marked as the total."""
    by_group: dict[str, list[int]] = {}
    for j, header in headers.items():
        groups = [g for g in ethnic_groups(header) if g != "All"]
        if len(groups) == 1:
            by_group.setdefault(groups[0], []).append(j)
    parts: set[int] = set()
    for columns in by_group.values():
        totals = [j for j in columns if _RE_TOTAL.search(headers[j])]
        if len(columns) > 1 and len(totals) == 1:
            parts |= set(columns) - set(totals)
    return parts


def year_column(header: str, cells: list[str]) -> bool:
    """A column headed as years whose every filled cell is a period ("2023/24")."""
    filled = [c for c in cells if clean(c)]
    return (
        bool(_RE_YEAR_HEAD.fullmatch(clean(header)))
        and bool(filled)
        and all(parse_period(c) is not None for c in filled)
    )


def as_proportions(cells: list[str], wording: list[str]) -> bool:
    """Whether a table's percentage cells are proportions: every one a bare number from
    0 to 1 printed to two or more decimals, and the wording calling them proportions."""
    parsed = [parse_cell(c) for c in cells]
    figures = [c for c in parsed if c.kind in ("num", "pct")]
    if not figures or any(
        c.kind != "num" or c.value is None or not 0 <= c.value <= 1 or c.decimals < 2
        for c in figures
    ):
        return False
    return any(_RE_PROPORTIONS.search(w or "") for w in wording)


def in_percent(value: float, decimals: int) -> tuple[float, int]:
    """A proportion (0.273, three decimals) as the percentage it is (27.3, one)."""
    places = max(decimals - 2, 0)
    return round(value * 100, places), places


def _words(header: str) -> frozenset[str]:
    return frozenset(re.findall(r"[\w/]+", clean(header).casefold()))


def comparator_columns(keys: dict[int, tuple], headers: dict[int, str]) -> tuple[set, set]:
    """(comparators, unsettled): of the columns sharing one key (`keys`: column ->
    (period, group)), those whose heading repeats another's words and adds some (a
    comparator's), and those of a key where no heading is the bare one (none settled)."""
    by_key: dict[tuple, list[int]] = {}
    for j, key in keys.items():
        by_key.setdefault(key, []).append(j)
    comparators: set[int] = set()
    unsettled: set[int] = set()
    for columns in by_key.values():
        if len(columns) < 2:
            continue
        bare = [
            j
            for j in columns
            if all(_words(headers[j]) < _words(headers[k]) for k in columns if k != j)
        ]
        if len(bare) == 1:
            comparators |= set(columns) - set(bare)
        else:
            unsettled |= set(columns)
    return comparators, unsettled


def column_figures(rows: list[list[str]], pages: list[int], columns: set, why: str) -> list:
    """Each figure of `columns` in `rows`, as skipped (its key not settled)."""
    return [
        Skipped(f"{row[0]}: {row[j]}", page, why, cell.value)
        for row, page in zip(rows, pages, strict=True)
        for j in sorted(columns)
        if j < len(row) and is_figure(cell := parse_cell(row[j]))
    ]
