"""One WRES indicator table read column by column: period headings across the top,
rows naming what their figures measure (a group's rate or percentage, a relative
likelihood, a count behind a percentage, a band's share, a board figure).

Part of the WRES reader (parsers.wres.parse, whose docstring lists the rules): the column
headings (`_columns`: period, count or percentage, group; benchmark and change columns
dropped), repeated period headings (`_repair_periods`), what each row is
(`describe_row`, parsers/wres/metric_rows.py), the figures gathered per key
(`Builder`) and emitted as `WresMetric`s (`emit`). Rows no rule understands, and tables with no period headings,
are recorded as unsettled (parsers.wres.skipped.Skipped) for the review count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.records import WresMetric
from parsers.wres.board_staff_rows import board_of_staff_rows
from parsers.wres.cell_figures import Cell, group_pairs, holds_figures, is_figure, parse_cell
from parsers.wres.cells import (
    Period,
    ethnic_groups,
    parse_period,
    shift_period,
    staff_group_only,
)
from parsers.wres.metric_rows import RowDesc, describe_row
from parsers.wres.skipped import Skipped, part_of_trust
from parsers.wres.tables import Tab, normalise_rows, transpose_if_needed
from parsers.wres.vocab import TARGET, is_whole_trust, names_parts

_UNITS = {"percentage": "%", "rate": "%", "relative_likelihood": "ratio", "difference": "pp"}
# a column that is not the trust's figure: a benchmark group's, a change, or a level the
# trust aims for ("Target 2026/27": its year is the aim's, not the data's)
_NOT_OWN = re.compile(rf"benchmark|national|average|median|comparator|\bchange\b|{TARGET}", re.I)


@dataclass
class Builder:
    indicator: int
    measure: str
    staff_group: str | None
    band: str | None
    ethnic_group: str | None
    period: str
    period_label: str
    source_table: str | None
    source_page: int
    value: float | None = None
    decimals: int = 0
    value_redacted: bool = False
    numerator: float | None = None
    denominator: float | None = None
    count_seen: bool = False
    count_redacted: bool = False
    label_from_value: bool = False
    bare: bool = False  # the value was printed without a % sign
    wording: str = ""  # row label and column heading of the value
    notes: list[str] = field(default_factory=list)
    # other figures the table printed for the same key: which is the key's is not
    # settled, so none is published (parse_metric_table counts them for review)
    contested: list[float] = field(default_factory=list)


@dataclass
class _Col:
    idx: int
    header: str
    period: Period | None
    hint: str | None  # pct | count | None
    group: str | None


def _columns(header_rows: list[list[str]], width: int, first: int, survey: bool) -> list[_Col]:
    filled: list[list[str]] = []
    for k, row in enumerate(header_rows):
        row = list(row)
        if k < len(header_rows) - 1:  # merged cells of an upper heading row
            for j in range(first + 1, width):
                if not row[j]:
                    row[j] = row[j - 1] if j - 1 >= first else ""
        filled.append(row)
    cols = []
    for j in range(first, width):
        header = " ".join(r[j] for r in filled if r[j]).strip()
        low = header.lower()
        if _NOT_OWN.search(low):
            continue  # not the trust's figure (a benchmark group's, a change, a target)
        hint = None
        if re.search(r"\bnumber\b|\bn\.|\bno\.|headcount|\bcount\b|out of|\bn\b", low):
            hint = "count"
        elif re.search(r"%|percent|proportion|\brate\b", low):
            hint = "pct"
        groups = ethnic_groups(header)
        cols.append(
            _Col(
                j,
                header,
                parse_period(header, survey),
                hint,
                groups[0] if len(groups) == 1 else None,
            )
        )
    return cols


def _repair_periods(cols: list[_Col], tab: Tab, warnings: list[str]) -> None:
    """A heading that repeats the previous column's period is read as the next period
    in the sequence (warned, never silent)."""
    by_hint: dict[tuple, list[_Col]] = {}
    for c in cols:
        if c.period is not None:  # "White 2022" and "BME 2022" are not a repeat
            by_hint.setdefault((c.hint, c.group), []).append(c)
    caption = re.sub(r"\s+", " ", tab.caption or "")
    for group in by_hint.values():
        for k in range(1, len(group)):
            prev, cur = group[k - 1].period, group[k].period
            assert prev is not None and cur is not None
            if cur.period != prev.period:
                continue
            step = 1
            if k >= 2:
                before = group[k - 2].period
                assert before is not None
                step = prev.start - before.start or 1
            new = shift_period(prev, step)
            why = "the order of the columns"
            if new.label in caption:
                why += " and the caption"
            warnings.append(
                f"{tab.label or 'table'}: column heading '{cur.label}' repeats the previous "
                f"column's; read as '{new.label}' from {why}"
            )
            group[k].period = new
            group[k].header = group[k].header.replace(cur.label, new.label)


def parse_metric_table(
    tab: Tab, indicator: int, warnings: list[str], unsettled: list[Skipped]
) -> list[Builder]:
    survey = indicator in (5, 6, 7, 8)
    grid, pages = normalise_rows(tab.rows, tab.row_pages)
    grid, turned = transpose_if_needed(grid, survey)
    if turned:  # a turned table's rows are its columns: cite its first page
        pages = [pages[0] if pages else 1] * len(grid)
    if not grid:
        return []
    width = len(grid[0])
    # header rows: those before the first row holding a figure
    first_data = next(
        (i for i, r in enumerate(grid) if any(holds_figures(c) for c in r[1:])), len(grid)
    )
    header_rows, data_rows = grid[:first_data], grid[first_data:]
    data_pages = pages[first_data:]
    n_label = min(
        (next((j for j in range(1, width) if holds_figures(r[j])), width) for r in data_rows),
        default=1,
    )
    n_label = max(1, n_label)
    cols = _columns(header_rows, width, n_label, survey)
    if not header_rows or all(c.period is None for c in cols):
        warnings.append(
            f"{tab.label or 'table'} (indicator {indicator}): no period headings found; skipped"
        )
        unsettled.extend(
            Skipped(" ".join(r), tab.page, "no period headings")
            for r in data_rows
            if any(is_figure(parse_cell(c)) for c in r[1:])
        )
        return []
    _repair_periods(cols, tab, warnings)
    out: dict[tuple, Builder] = {}
    prev_kind: str | None = None
    section: str | None = None
    last0 = ""
    # rows that are the parts of the trust (a "Directorate" column): only the trust's own
    units = any(names_parts(r[0]) for r in header_rows)
    for row, page_of in zip(data_rows, data_pages, strict=True):
        if n_label > 1 and not row[0]:
            row = [last0, *row[1:]]
        last0 = row[0] or last0
        label = " ".join(c for c in row[:n_label] if c)
        if not any(row[n_label:]):
            section = staff_group_only(label) or section
            continue
        desc, prev_kind = describe_row(label, indicator, prev_kind, section)
        if units and not is_whole_trust(label):
            unsettled.extend(part_of_trust(label, row[n_label:], page_of))
            continue
        if desc is None:
            if any(is_figure(parse_cell(c)) for c in row[n_label:]):
                warnings.append(
                    f"{tab.label or 'table'} (indicator {indicator}): row '{label}' not understood"
                )
                unsettled.append(Skipped(" ".join(row), page_of, "row label not understood"))
            continue
        for col, group, cell in _row_figures(row, desc, cols, indicator):
            assert col.period is not None
            if cell.kind in ("ratio", "inverted_ratio") and (
                cell.kind == "inverted_ratio" or desc.measure != "relative_likelihood"
            ):  # "1:1.29" says not whose likelihood; "1.29:1" is no percentage
                unsettled.append(Skipped(f"{label} {row[col.idx]}", page_of, "ratio not read"))
                continue
            key = (
                desc.measure,
                desc.staff_group,
                desc.band,
                group,
                col.period.period,
                col.period.label,
            )
            b = out.get(key)
            if b is None:
                b = out[key] = Builder(
                    indicator,
                    desc.measure,
                    desc.staff_group,
                    desc.band,
                    group,
                    col.period.period,
                    col.period.label,
                    tab.label,
                    page_of,
                )
            role = "count" if desc.role == "count" or col.hint == "count" else "value"
            if role == "value" or not b.label_from_value:
                # period_label: the heading as printed, preferably the figure's own column
                b.period_label = col.header or col.period.label
                b.label_from_value = role == "value"
            if role == "value":
                b.wording = f"{label} {col.header}"
            _apply(b, cell, role, warnings, tab.label)
    builders = _without_contested(list(out.values()), tab.label, unsettled)
    if indicator in (2, 3, 4):
        _proportions_to_percent([b for b in builders if b.measure == "rate"], indicator)
    if indicator == 9:
        board_of_staff_rows(builders)
        _difference_of_the_board(builders)
    return builders


def _without_contested(
    builders: list[Builder], label: str | None, unsettled: list[Skipped]
) -> list[Builder]:
    """The builders whose key the table gave one figure; a key given two different
    figures (a table of several indicators taken for one, rows read alike) publishes
    neither, since keeping either would be a guess, and both are counted for review."""
    kept = []
    for b in builders:
        if not b.contested:
            kept.append(b)
            continue
        what = f"{label or 'table'}: {b.measure} {b.ethnic_group} {b.period}"
        unsettled.extend(
            Skipped(what, b.source_page, "two figures for one key", v)
            for v in (b.value, *b.contested)
        )
    return kept


def _difference_of_the_board(builders: list[Builder]) -> None:
    """A difference row that names no particular board ("Difference (percentage
    points)") is the difference of the one board the table's shares are of: "Board
    voting members, BME (%)" above it makes it the voting board's."""
    boards = {
        b.staff_group
        for b in builders
        if b.measure == "percentage" and b.staff_group in ("board_voting", "board_executive")
    }
    if len(boards) != 1 or any(
        b.measure == "percentage" and b.staff_group == "board" for b in builders
    ):
        return
    for b in builders:
        if b.measure == "difference" and b.staff_group == "board":
            b.staff_group = next(iter(boards))


def _row_figures(
    row: list[str], desc: RowDesc, cols: list[_Col], indicator: int
) -> list[tuple[_Col, str, Cell]]:
    """(column, ethnic group, cell) of each figure a row gives under a period heading.
    A cell may give two groups' figures ("White 25.0% / BME 30.1%"): one cell, two keys,
    when the row names no group of its own."""
    out = []
    for col in cols:
        cell = parse_cell(row[col.idx])
        if col.period is None or cell.kind in ("empty", "period"):
            continue
        if cell.kind == "text":
            if desc.group is None and desc.measure in ("percentage", "rate"):
                out += [
                    (col, g, Cell("pct", value=v, decimals=d, raw=cell.raw))
                    for g, v, d in group_pairs(row[col.idx])
                    if col.group in (None, g)
                ]
            continue
        group = desc.group or col.group or ("BME" if indicator in (1, 9) else None)
        if desc.group is None and indicator in (5, 6, 7, 8) and col.group is None:
            continue
        if group is not None:
            out.append((col, group, cell))
    return out


def _proportions_to_percent(rates: list[Builder], indicator: int) -> None:
    """Rates printed as proportions (0.21, no % sign) are recorded in percent, like
    every other rate: only when every rate of the table is a bare number of at most 1,
    and for indicator 3 (where rates under 1% are common) only when the headings say
    likelihood or proportion."""
    if not rates or any(b.value is None or not b.bare or b.value > 1 for b in rates):
        return
    if indicator == 3 and not all(
        re.search(r"likelihood|proportion", b.wording, re.I) for b in rates
    ):
        return
    for b in rates:
        assert b.value is not None
        b.decimals = max(b.decimals - 2, 0)
        b.value = round(b.value * 100, b.decimals + 2)


def _apply(b: Builder, cell: Cell, role: str, warnings: list[str], label: str | None) -> None:
    if cell.kind == "count" or (role == "count" and cell.kind in ("num", "redacted")):
        b.count_seen = True
        if cell.kind == "count":
            b.numerator = cell.numerator
            b.denominator = cell.denominator
            b.count_redacted = cell.numerator_redacted
        elif cell.kind == "num":
            b.numerator = cell.value
        else:
            b.count_redacted = True
        return
    if cell.kind == "redacted":
        b.value_redacted = b.value is None
        return
    if b.value is not None and b.value != cell.value:
        warnings.append(
            f"{label or 'table'}: two figures for {b.measure} {b.ethnic_group} {b.period}: "
            f"{b.value:g} and {cell.value:g}; neither published"
        )
        assert cell.value is not None
        b.contested.append(cell.value)
        return
    b.value, b.decimals = cell.value, cell.decimals
    b.bare = cell.kind == "num"
    if cell.numerator is not None or cell.denominator is not None:
        b.numerator, b.denominator, b.count_seen = cell.numerator, cell.denominator, True


def emit(builders: list[Builder], warnings: list[str]) -> list[WresMetric]:
    metrics: list[WresMetric] = []
    for b in builders:
        if b.value is not None:
            value, redacted = b.value, False
        elif b.value_redacted or (b.count_seen and b.count_redacted):
            value, redacted = None, True
        else:
            if b.numerator is not None and b.denominator:
                warnings.append(
                    f"{b.source_table or 'table'}: indicator {b.indicator} {b.ethnic_group} "
                    f"{b.period}: count {b.numerator:g}/{b.denominator:g} printed without its "
                    "percentage; not recorded"
                )
            continue
        m = WresMetric(
            indicator=b.indicator,
            measure=b.measure,
            ethnic_group=b.ethnic_group,
            period=b.period,
            value=value,
            staff_group=b.staff_group,
            band=b.band,
            period_label=b.period_label,
            numerator=b.numerator,
            denominator=b.denominator,
            redacted=redacted,
            unit=_UNITS[b.measure],
            source_table=b.source_table,
            source_page=b.source_page,
        )
        m._decimals = b.decimals  # type: ignore[attr-defined]  # printed precision, for validation
        metrics.append(m)
    return metrics
