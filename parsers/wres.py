"""WRES reports: Extracted (text blocks and tables) -> WresReport (metrics and actions).

Tables are found by their caption ("Table 1: Metric 1: ...", "Indicator 3") or, when
a caption names no indicator, by the words of their headings and row labels. Each
figure becomes one `WresMetric` (see DESIGN.md, wres_metrics). Rules:

- Periods: column headings give the period. "2021/22" -> 2021/22; "March 2022" (a
  snapshot) -> 2021/22; a staff-survey year "2021" -> 2021/22; a two-year window
  "2020/21 to 2021/22" -> period 2021/22 with both years in `period_label`. A heading
  that repeats the previous column's ("2019/20 to 2020/21" twice) is read as the next
  period in the sequence, with a warning. `period_label` is the value column's
  heading, e.g. "Percentage BAME colleagues March 2022" (DESIGN: the column header as
  printed, whitespace and line breaks collapsed); a repaired heading carries the
  repaired period.
- Redaction: `redacted` is 1 when the figure itself (percentage, rate, ratio or
  difference) is withheld ("R", "*", "<10", "-"); then `value` is null. A withheld
  count ("R out of 1409", or "R" in a count row) never hides a printed percentage: the
  row keeps its value with `redacted` 0, and only the withheld numerator (and
  denominator) are null. A count printed with no percentage at all gives a row only
  when the count is withheld (a redacted row) — percentages are never computed; a
  complete count with no percentage is left out, with a warning.
- Staff groups: indicator 1 rows give staff_group and band; indicators 2-8 have
  staff_group null (the whole substantive workforce); indicator 9 uses overall for the
  workforce share and board / board_voting / board_executive for board figures.
- Staff Survey question tables (14b, 14c) are not WRES indicators and are skipped.
- Summary tables (rows from several indicators: "1.", "Indicator 2", or each row's
  own wording) are read row by row (parsers/wres_template.py): a row is attributed
  only by its own label (a sub-row "BME" under "5. Harassment ..." inherits the row
  above), and a figure is kept only when its group is unambiguous: the sub-row's group
  cell, the column's group, a single group in the label, or for a relative likelihood
  the label's numerator group (default White for 2 and 4, BME for 3). Indicator 1 rows
  are read only for the overall workforce; per-group rates under a ratio row are not.
  Bare years head such a table as WRES years ("2024" -> 2023/24, whose staff survey
  is the 2023 one) unless every row is a staff-survey indicator (5-8).
- NHS England template shapes (ethnic groups as columns: White / BME / Ethnicity
  unknown/null / Total, optionally "% White", "% BME", under year headings such as
  "31 March 2023"; or White / BME rows with count and likelihood columns) are read by
  parsers/wres_template.py. Headcounts alone never give a figure (DESIGN measures are
  percentages, rates, ratios and differences; nothing is computed): a printed
  percentage takes its group's headcount as numerator and the printed Total as
  denominator. Bare numbers count as percentages only when each row's groups add up
  to 100. Bands: "Under Band 1", "Band 8 - Range A" (Band 8a), pay clusters ("Bands 8c
  to VSM"), "Consultants", "of which Senior medical manager", "Non-consultant career
  grade", "Trainee grades", "Other" in the medical section ("Medical other"); a staff
  group's total row has band null. With no year in the columns, one period named just
  above the table ("2023/24", "31 March 2024", "WRES 2024") is used; period_label is
  then that text.
- Rates (2-4) are in percent. A group's "likelihood"/"proportion" printed as 0-1
  (0.21) is recorded as 21.0 (unit %): in the template always; in other tables when
  every rate of the table is a bare number <= 1 (for indicator 3 only when headed
  likelihood/proportion, as rates under 1% are common there). period_label stays the
  heading as printed.
- Benchmark, national, average (median), comparator and change columns are never
  read: they are not the trust's figures. A percentage outside 0-100 is never kept.
- Workforce profile tables (rows White / BME / Not declared, columns "Number of
  colleagues" and "% of workforce", or years) give indicator 1 for the whole workforce
  (staff_group overall, or the one staff group the heading names), unless the caption,
  headings or text above name another population (applicants, board, survey, census).
- Headcounts printed with their share ("120 (23.5%)") keep the headcount as numerator.
- Validation never corrects: disagreements go to `validation` and to the warnings.
- A figure printed identically in two tables (Table 1 and the grouped Table 2) is kept
  once, from the first table.
- After the tables: label/value lines keyed by their heading path and own label
  (parsers/wres_lines.py, with parsers/wres_context.py), then sentences
  (parsers/wres_narrative.py); each adds only keys the readers before it did not give.
  Figures whose key no reader settled are counted in one UNSETTLED warning (review).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.extract.model import Extracted
from parsers.records import WresMetric, WresReport
from parsers.wres_actions import is_action_header, parse_actions
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
    shift_period,
    staff_group_only,
)
from parsers.wres_context import heading_above
from parsers.wres_lines import Skipped, read_lines
from parsers.wres_narrative import parse_narrative
from parsers.wres_tables import (
    MIXED,
    Tab,
    classify,
    collect_tables,
    label_from_heading,
    normalise_rows,
    transpose_if_needed,
)
from parsers.wres_template import (
    is_group_column_table,
    is_group_row_table,
    is_profile_table,
    parse_group_columns,
    parse_group_rows,
    parse_profile,
    parse_summary,
)
from parsers.wres_validate import validate

# the warning that counts figures whose key was not settled (see parsers/__init__.py)
UNSETTLED = "WRES figures skipped: key not settled"
_UNITS = {"percentage": "%", "rate": "%", "relative_likelihood": "ratio", "difference": "pp"}
_RL_DEFAULT = {2: "White", 3: "BME", 4: "White"}


@dataclass
class _Builder:
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


# ---------------------------------------------------------------------------
# entry point


def parse_wres(doc: Extracted) -> tuple[WresReport, list[str]]:
    """Read a WRES report's tables into metrics and actions. Returns (report, warnings)."""
    warnings: list[str] = []
    tabs = collect_tables(doc)
    builders: list[_Builder] = []
    unsettled: list[Skipped] = []  # figures of rows and tables no rule could key
    direct: list[WresMetric] = []  # template and summary tables, read whole
    report_period = _reporting_year(doc, [])  # for "Data for reporting year" columns
    actions = []
    for tab in tabs:
        if tab.rows and is_action_header(tab.rows[0]):
            actions.extend(parse_actions(tab.rows, tab.objective))
            continue
        tab = label_from_heading(tab)
        indicator = classify(tab)
        if indicator == MIXED:
            warnings.append(
                f"{tab.label or 'table'} on page {tab.page}: rows from several WRES indicators "
                "(a summary table); each row read by its own label"
            )
            direct.extend(parse_summary(tab, warnings, report_period))
            continue
        if indicator in (None, 1) and is_profile_table(tab):
            direct.extend(parse_profile(tab, warnings, heading_above(tab.lines_above)))
            continue
        if indicator is None:
            continue
        if indicator in (1, 2, 3, 4, 9) and is_group_column_table(tab):
            direct.extend(parse_group_columns(tab, indicator, warnings))
            continue
        if indicator in (2, 3, 4) and is_group_row_table(tab) and not _has_periods(tab):
            direct.extend(parse_group_rows(tab, indicator, warnings))
            continue
        builders.extend(_parse_metric_table(tab, indicator, warnings, unsettled))
    metrics = [m for m in _emit(builders, warnings) + direct if _plausible(m, warnings)]
    validate(metrics, warnings)
    metrics = _dedupe(metrics, warnings)
    # label/value lines under their headings: only keys the tables did not give
    lines = read_lines(doc)
    given = {m.key() for m in metrics}
    metrics.extend(m for m in lines.metrics if m.key() not in given)
    # figures stated in sentences: only keys the tables and lines did not give
    narrative, narrative_warnings = parse_narrative(doc, tables=metrics, claimed=lines.claimed)
    metrics.extend(narrative)
    warnings.extend(narrative_warnings)
    _count_unsettled(unsettled + lines.skipped, metrics, warnings)
    report = WresReport(
        reporting_year=_reporting_year(doc, metrics),
        title=_title(doc),
        metrics=metrics,
        actions=actions,
    )
    return report, warnings


# ---------------------------------------------------------------------------
# one metric table


def _has_periods(tab: Tab) -> bool:
    """Period headings across the top (the column layout the table reader expects)."""
    return any(parse_period(c) for r in tab.rows[:3] for c in r[1:])


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
        if re.search(r"benchmark|national|average|median|comparator|\bchange\b", low):
            continue  # not the trust's figure (a benchmark group's, or a change)
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


@dataclass
class _RowDesc:
    role: str  # value | count
    measure: str
    group: str | None
    staff_group: str | None = None
    band: str | None = None


def _row_kind(label: str, prev: str | None) -> str | None:
    low = label.lower().strip()
    if re.search(r"likelihood|\bratio\b|\btimes\b", low):
        if not re.search(r"relative|\bratio\b|\btimes\b", low) and len(ethnic_groups(label)) == 1:
            return "value"  # "Likelihood of White applicants being appointed": a rate
        return "rl"
    if re.match(r"^(?:n\b|n\.|no\.|number|count|headcount|total number)", low) or "out of" in low:
        return "count"
    if re.match(r"^(?:%|percentage|percent|proportion|rate)", low) or "%" in low:
        return "value"
    if ethnic_groups(label):
        return prev or "value"
    return None


def _describe_row(
    label: str, indicator: int, prev_kind: str | None, section: str | None
) -> tuple[_RowDesc | None, str | None]:
    """What a row's figures are; returns (description, kind to inherit)."""
    if indicator == 1:
        sg, band = band_and_group(label)
        if sg is None and band is not None:
            sg = section
        if sg is None and band is None:
            return None, prev_kind
        groups = [g for g in ethnic_groups(label) if g != "All"]
        return _RowDesc("value", "percentage", groups[0] if groups else None, sg, band), prev_kind
    if indicator == 9:
        low = label.lower()
        board = None
        if re.search(r"\bboard\b", low):
            if re.search(r"non[\s-]*executive", low):
                return None, prev_kind
            if re.search(r"\bvoting\b", low) and not re.search(r"non[\s-]*voting", low):
                board = "board_voting"
            elif re.search(r"\bexecutive\b", low):
                board = "board_executive"
            else:
                board = "board"
        groups = ethnic_groups(label)
        group = groups[0] if groups else "BME"
        if re.search(r"difference|\bgap\b|\bvariance\b", low):
            if (
                board is None
                and re.search(r"\bvoting\b", low)
                and not re.search(r"non[\s-]*voting", low)
            ):
                board = "board_voting"
            elif board is None and re.search(r"(?<!non-)(?<!non )\bexecutive\b", low):
                board = "board_executive"
            return _RowDesc("value", "difference", group, board or "board"), prev_kind
        kind = _row_kind(label, None)
        role = "count" if kind == "count" else "value"
        return _RowDesc(role, "percentage", group, board or "overall"), prev_kind
    kind = _row_kind(label, prev_kind)
    if kind is None:
        return None, prev_kind
    if kind == "rl":
        group = numerator_group(label) or _RL_DEFAULT.get(indicator)
        return _RowDesc("value", "relative_likelihood", group), prev_kind
    groups = ethnic_groups(label)
    measure = "rate" if indicator in (2, 3, 4) else "percentage"
    if not groups:
        if kind == "value" and indicator in (5, 6, 7, 8):
            # "Percentage of staff experiencing ..." over White / BME columns: the
            # group comes from the column (a column without one gives nothing)
            return _RowDesc(kind, measure, None), kind
        return None, kind
    return _RowDesc(kind, measure, groups[0]), kind


def _parse_metric_table(
    tab: Tab, indicator: int, warnings: list[str], unsettled: list[Skipped]
) -> list[_Builder]:
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
        (i for i, r in enumerate(grid) if any(is_figure(parse_cell(c)) for c in r[1:])), len(grid)
    )
    header_rows, data_rows = grid[:first_data], grid[first_data:]
    data_pages = pages[first_data:]
    n_label = min(
        (
            next((j for j in range(1, width) if is_figure(parse_cell(r[j]))), width)
            for r in data_rows
        ),
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
    out: dict[tuple, _Builder] = {}
    prev_kind: str | None = None
    section: str | None = None
    last0 = ""
    for row, page_of in zip(data_rows, data_pages, strict=True):
        if n_label > 1 and not row[0]:
            row = [last0, *row[1:]]
        last0 = row[0] or last0
        label = " ".join(c for c in row[:n_label] if c)
        if not any(row[n_label:]):
            section = staff_group_only(label) or section
            continue
        desc, prev_kind = _describe_row(label, indicator, prev_kind, section)
        if desc is None:
            if any(is_figure(parse_cell(c)) for c in row[n_label:]):
                warnings.append(
                    f"{tab.label or 'table'} (indicator {indicator}): row '{label}' not understood"
                )
                unsettled.append(Skipped(" ".join(row), page_of, "row label not understood"))
            continue
        for col in cols:
            cell = parse_cell(row[col.idx])
            if cell.kind in ("empty", "text", "period") or col.period is None:
                continue
            group = desc.group or col.group or ("BME" if indicator in (1, 9) else None)
            if desc.group is None and indicator in (5, 6, 7, 8) and col.group is None:
                continue
            if group is None:
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
                b = out[key] = _Builder(
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
    if indicator in (2, 3, 4):
        _proportions_to_percent([b for b in out.values() if b.measure == "rate"], indicator)
    return list(out.values())


def _proportions_to_percent(rates: list[_Builder], indicator: int) -> None:
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


def _apply(b: _Builder, cell: Cell, role: str, warnings: list[str], label: str | None) -> None:
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
            f"{b.value:g} and {cell.value:g}; kept the first"
        )
        return
    b.value, b.decimals = cell.value, cell.decimals
    b.bare = cell.kind == "num"
    if cell.numerator is not None or cell.denominator is not None:
        b.numerator, b.denominator, b.count_seen = cell.numerator, cell.denominator, True


def _emit(builders: list[_Builder], warnings: list[str]) -> list[WresMetric]:
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


def _plausible(m: WresMetric, warnings: list[str]) -> bool:
    """A percentage or rate outside 0-100 is a count or a misread cell, not a share."""
    if m.value is None or m.measure not in ("percentage", "rate"):
        return True
    if 0 <= m.value <= 100:
        return True
    warnings.append(
        f"{m.source_table or 'table'}: indicator {m.indicator} {m.ethnic_group} {m.period}: "
        f"{m.value:g} is not a percentage; not recorded"
    )
    return False


def _dedupe(metrics: list[WresMetric], warnings: list[str]) -> list[WresMetric]:
    seen: dict[tuple, WresMetric] = {}
    out: list[WresMetric] = []
    for m in metrics:
        k = (*m.key(), m.period_label)
        first = seen.get(k)
        if first is None:
            seen[k] = m
            out.append(m)
            continue
        same = (first.value, first.numerator, first.denominator, first.redacted) == (
            m.value,
            m.numerator,
            m.denominator,
            m.redacted,
        )
        if same:
            continue
        warnings.append(
            f"{m.source_table} and {first.source_table} disagree on indicator {m.indicator} "
            f"{m.measure} {m.staff_group or ''} {m.band or ''} {m.ethnic_group} {m.period}: "
            f"{first.value} vs {m.value}"
        )
        out.append(m)
    return out


def _count_unsettled(skipped: list[Skipped], metrics: list[WresMetric], warnings: list[str]):
    """Figures no reader could key (a label/value line under an indicator whose period
    or group is not stated, and that no sentence rule read either): counted in one
    warning that starts with UNSETTLED, which routes the document to review."""
    read = {m.value for m in metrics}
    left = [s for s in skipped if not any(str(v) in s.text for v in read if v is not None)]
    if not left:
        return
    examples = "; ".join(f"'{s.text[:50]}' ({s.why})" for s in left[:3])
    warnings.append(f"{UNSETTLED}: {len(left)} figure(s) skipped, e.g. {examples}")


# ---------------------------------------------------------------------------
# report-level facts


def _title(doc: Extracted) -> str | None:
    if doc.title and clean(doc.title):
        return clean(doc.title)
    for b in doc.blocks[:30]:  # a heading naming the standard and a year
        t = clean(b.text)
        if (
            re.search(r"workforce race equality standard|\bWRES\b", t, re.I)
            and re.search(r"\b20\d\d\b", t)
            and len(t) <= 120
            and not t.endswith(".")
        ):
            return t
    return None


def _reporting_year(doc: Extracted, metrics: list[WresMetric]) -> str | None:
    year = financial_year_in(doc.title)
    if year:
        return year
    for b in doc.blocks[:40]:
        year = financial_year_in(b.text)
        if year:
            return year
    periods = sorted({m.period for m in metrics if m.period and m.indicator in (1, 9)})
    return periods[-1] if periods else None
