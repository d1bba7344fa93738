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
  own wording) are read row by row (parsers/wres/template.py): a row is attributed
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
  parsers/wres/template.py. Headcounts alone never give a figure (DESIGN measures are
  percentages, rates, ratios and differences; nothing is computed): a printed
  percentage takes its group's headcount as numerator and the printed Total as
  denominator. Bare numbers count as percentages only when each row's groups add up
  to 100. Bands: "Under Band 1", "Band 8 - Range A" (Band 8a), pay clusters (as
  printed: "Bands 8c - 9 & VSM"), "Consultants", "of which Senior medical manager", "Non-consultant career
  grade", "Trainee grades", "Other" in the medical section ("Medical other"); a staff
  group's total row has band null. With no year in the columns, one period named just
  above the table ("2023/24", "31 March 2024", "WRES 2024") is used; period_label is
  then that text.
- Rates (2-4) are in percent. A group's "likelihood"/"proportion" printed as 0-1
  (0.21) is recorded as 21.0 (unit %): in the template always; in other tables when
  every rate of the table is a bare number <= 1 (for indicator 3 only when headed
  likelihood/proportion, as rates under 1% are common there). period_label stays the
  heading as printed.
- Indicators across the top and periods down the side (an indicator's heading merged
  over its White and BME columns, or "5 White") are turned round and read as a
  summary (parsers/wres/across.py). Only the whole trust's rows are keyed: a row of
  a comparator is not read, and a row of one directorate, division or care group (in
  such a table, or under a label column headed "Directorate") is counted unsettled.
- A summary table printing a group's sub-groups beside its total ("White Irish | Any
  other White | White (all)") keys only the total; a "Year" column dates each row;
  0-1 figures are recorded in percent only when the table or its note calls them
  proportions (parsers/wres/summary_columns.py). A figure's bracketed 95% confidence
  interval is never a figure (parsers/wres/cell_figures.py).
- Benchmark, national, average (median), comparator and change columns are never
  read: they are not the trust's figures. A percentage outside 0-100 is never kept.
- Workforce profile tables (rows White / BME / Not declared, columns "Number of
  colleagues" and "% of workforce", or years) give indicator 1 for the whole workforce
  (staff_group overall, or the one staff group the heading names), unless the caption,
  headings or text above name another population (applicants, board, survey, census).
- Headcounts printed with their share ("120 (23.5%)") keep the headcount as numerator.
- What a table says once for all its rows is put where the readers look before they
  read it (parsers/wres/table_frames.py): a period only in a merged first row, or only
  in the report's title for a measure / value table (parsers/wres/data_year.py);
  indicator numbers alone under an "Indicator" column; several years in one cell
  joined by arrows, split by the years its heading names (parsers/wres/series.py).
- A key beside a table spelling out its column heads ("W = White; BME = Black and
  minority ethnic", "A – White", "U: not stated") is written into the heads of the
  tables printed next to it before they are read (parsers/wres/table_keys.py).
- A key giving short titles their WRES numbers ("Top team = indicator 9") writes the
  number into the rows those titles label, in the tables of its section; a title it
  gives two numbers is not read (parsers/wres/indicator_key.py).
- Column heads naming an indicator by a code ("Ind. 1", "I5") are that indicator when
  a key above the table gives words that agree or name none, written "Indicator N:
  <words>" (parsers/wres/indicator_codes.py). A table with a row per period and ethnic
  group and a column per indicator is turned round and read as a summary
  (parsers/wres/period_group_rows.py).
- A table printed once per part of the workforce (medical, non-medical, a site) and
  once for the whole trust: only the whole trust's figures are the indicators; the
  parts' are counted unsettled (parsers/wres/workforce_scope.py). A table under a
  heading naming one part of the workforce is not read for indicators 2-9.
- Validation never corrects: disagreements go to `validation` and to the warnings.
- A figure printed identically in two tables (Table 1 and the grouped Table 2) is kept
  once, from the first table.
- Dashes a row prints outside its own columns (a percentage row's "—" under the
  likelihood, a ratio row's under the groups) are blanks, not withheld figures
  (parsers/wres/inapplicable_cells.py); a first column of bare numbers ("No.") beside
  words that agree is the indicators' numbering (parsers/wres/numbered_rows.py).
- A table of commentary (each row an indicator's label beside its sentences; or an
  action plan's column of sentences beside the indicator, its actions, leads and
  deadlines left out) is read by the sentence reader as sections of text
  (parsers/wres/commentary_tables.py).
- Layouts written out in a form the readers know, before any is read: a label cell
  packing indicator, group and year (parsers/wres/packed_labels.py); columns of two
  years a cell, the earlier in brackets (parsers/wres/bracketed_columns.py); numbered
  headings whose words name their indicator (parsers/wres/numbered_headings.py);
  lines dated by phrases the report defines as years (parsers/wres/defined_years.py);
  headings numbered in words (parsers/wres/spelled_numbers.py); in a report of a
  section a year restating the indicators, each indicator heading dated by its
  section's heading (parsers/wres/year_sections.py); a table folded into parts side
  by side, each part a table (parsers/wres/folded_tables.py); a small table in each
  results cell, under its row's indicator (parsers/wres/nested_tables.py).
- Before anything is read: a year joined by an en or em dash, or "2024 to 2025", is
  written with a hyphen, in headings and sentences as in cells (parsers/wres/
  year_spans.py); in a report that prints each table's numbered caption beneath it
  (every caption the first text after a table), each caption is moved above its table
  (parsers/wres/captions_beneath.py).
- Before a table is read: rows of another equality standard printed beside the WRES
  rows ("WDES 4a") are left out (parsers/wres/other_standards.py); row labels
  "<group>: <whose figure>" keep only each group's own row, not a comparator's nor a
  count of responses (parsers/wres/group_measure_labels.py); an indicator named only
  in a merged first row is the table's caption (parsers/wres/caption_rows.py).
- Tables none of the readers above read (a shape none of them knows): each figure keyed
  by the labels that frame it — its row's labels, the sub-heading row above it, its
  column's heads, the caption and headings above the table — and published only when
  they settle its whole key (parsers/wres/grid_keys.py, parsers/wres/unread_tables.py).
- After the tables: label/value lines keyed by their heading path and own label
  (parsers/wres/lines.py, with parsers/wres/context.py); lines of a figure and last
  year's after "was" (parsers/wres/previous_value_lines.py); a line a group of years
  and figures (parsers/wres/group_dated_lines.py); a paragraph a year of every
  indicator run together (parsers/wres/indicator_runs.py); charts printed as their
  captions and legends (parsers/wres/chart_legends.py); then sentences
  (parsers/wres/narrative.py); each adds only keys the readers before it did not give.
  Figures whose key no reader settled are counted in one UNSETTLED warning (review).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from parsers.extract.model import Extracted
from parsers.records import WresMetric, WresReport
from parsers.wres.across import indicators_across
from parsers.wres.action_figures import parse_action_figures
from parsers.wres.actions import is_action_header, parse_actions
from parsers.wres.band_spread import withdraw_spreads
from parsers.wres.bracketed_columns import split_bracketed_columns
from parsers.wres.captions_beneath import captions_above
from parsers.wres.cards import read_cards
from parsers.wres.cells import (
    clean,
    financial_year_in,
    parse_period,
)
from parsers.wres.chart_legends import read_chart_legends
from parsers.wres.commentary_tables import commentary_as_text
from parsers.wres.context import heading_above
from parsers.wres.data_year import stated_data_year
from parsers.wres.defined_years import date_defined_lines
from parsers.wres.described_headings import name_described_headings
from parsers.wres.dot_leaders import leaders_as_colons
from parsers.wres.figure_blocks import figures_not_headings
from parsers.wres.folded_tables import unfold_tables
from parsers.wres.group_dated_lines import read_group_dated_lines
from parsers.wres.group_line_tables import group_from_line_above
from parsers.wres.group_measure_labels import group_measure_rows
from parsers.wres.inapplicable_cells import blank_inapplicable
from parsers.wres.indexed_list import read_indexed_lists
from parsers.wres.indicator_codes import settle_codes
from parsers.wres.indicator_key import apply_indicator_keys
from parsers.wres.indicator_lines import read_indicator_lines
from parsers.wres.indicator_runs import read_indicator_runs
from parsers.wres.indicator_year_groups import indicator_year_groups
from parsers.wres.layout_tables import flow_layout_tables
from parsers.wres.lines import read_lines
from parsers.wres.long_rows import is_long_table, parse_long_rows
from parsers.wres.metric_table import Builder, emit, parse_metric_table
from parsers.wres.narrative import parse_narrative
from parsers.wres.nested_tables import unnest_tables
from parsers.wres.numbered_headings import name_numbered_headings
from parsers.wres.other_standards import drop_other_standards
from parsers.wres.own_trust import own_trust_columns, own_trust_names
from parsers.wres.own_trust_rows import own_trust_rows
from parsers.wres.packed_labels import unpack_labels
from parsers.wres.period_group_rows import period_group_rows
from parsers.wres.previous_value_lines import read_previous_value_lines
from parsers.wres.series_lines import read_series_lines
from parsers.wres.short_years import expand_short_years
from parsers.wres.skipped import UNSETTLED, Skipped, count_unsettled
from parsers.wres.slide_lines import read_slides
from parsers.wres.spelled_numbers import spelled_headings
from parsers.wres.stacked_cells import split_stacked
from parsers.wres.tab_tables import tab_stop_tables
from parsers.wres.table_frames import frame_table
from parsers.wres.table_keys import apply_keys
from parsers.wres.tables import (
    MIXED,
    Tab,
    classify,
    collect_tables,
    label_from_heading,
)
from parsers.wres.template import (
    is_group_column_table,
    is_group_row_table,
    is_profile_table,
    parse_group_columns,
    parse_group_rows,
    parse_profile,
    parse_summary,
)
from parsers.wres.text_tables import tables_in_text
from parsers.wres.unread_tables import ReadLog, read_gaps, read_unread, withdraw_disputed
from parsers.wres.validate import validate
from parsers.wres.workforce_scope import scope_tables, skip_part
from parsers.wres.wrapped_words import rejoin_wrapped_words
from parsers.wres.year_lines import read_year_lines
from parsers.wres.year_sections import date_year_sections
from parsers.wres.year_spans import years_hyphenated

# ---------------------------------------------------------------------------
# entry point


# Line readers that claim the lines they read, in order of precedence: year-first lines
# ("2023: BME 27.1%, White 22.2%"), indicator-first lines dated last ("Indicator 5: BME
# 31%, White 26% (2023/24)"), "Short name (N): BME 19.6%, was 18.2%", one group's dated
# figures under an indicator's heading, a paragraph a year of indicators run together,
# charts printed as their captions and legends.
_CLAIMING_LINE_READERS: tuple[Callable[[Extracted], tuple[list[WresMetric], set[str]]], ...] = (
    read_year_lines,
    read_indicator_lines,
    read_previous_value_lines,
    read_group_dated_lines,
    read_indicator_runs,
    read_chart_legends,
)


def parse_wres(doc: Extracted) -> tuple[WresReport, list[str]]:
    """Read a WRES report's tables into metrics and actions. Returns (report, warnings)."""
    warnings: list[str] = []
    doc = flow_layout_tables(doc)  # a borderless table setting the page out: its cells' content
    doc = figures_not_headings(doc)  # '1.31' in large type under its label: a figure
    doc = years_hyphenated(doc)  # "2023–24", "2023 to 2024": the hyphen the readers know
    doc = tables_in_text(doc)  # a data file printed as comma-separated lines is a table
    doc = tab_stop_tables(doc)  # lines whose fields are lined up at tab stops: a table
    doc = rejoin_wrapped_words(doc)  # "workf orce": a word a narrow PDF column broke
    doc = captions_above(doc)  # a report captioning beneath: each caption above its table
    doc = unfold_tables(doc)  # a table folded into parts side by side: each part a table
    doc = unnest_tables(doc)  # a small table in each results cell: under its row's label
    doc = leaders_as_colons(doc)  # "BME staff ...... 28.3%": a label/value line
    doc = unpack_labels(doc)  # "Indicator 5 – BME – 2023/24" labels a cell a part
    doc = split_bracketed_columns(doc)  # "BME 2023/24 (2022/23)": two columns
    doc = expand_short_years(doc)  # "23/24" over a year column: 2023/24
    doc = split_stacked(doc)  # two figures in a cell, keyed by the key above the table
    doc = apply_keys(doc)  # a key's "W = White" written into the column heads it names
    unsettled: list[Skipped] = []  # figures of rows and tables no rule could key
    doc = apply_indicator_keys(doc, unsettled)  # "Board = indicator 9" into its rows
    doc = name_numbered_headings(doc)  # "4. Access to training": indicator 4's heading
    doc = name_described_headings(doc)  # a table of groups under an indicator's words
    doc = date_defined_lines(doc)  # "This year: …" where 'this year' is defined
    doc = date_year_sections(doc)  # a section a year: its indicators' headings dated
    doc = spelled_headings(doc)  # "Indicator Four" headings numbered in digits
    doc = settle_codes(doc)  # "Ind. 5" heads written "Indicator 5: <the key's words>"
    tabs = collect_tables(doc)
    builders: list[Builder] = []
    direct: list[WresMetric] = []  # template and summary tables, read whole
    report_period = _reporting_year(doc, [])  # for "Data for reporting year" columns
    data_year = stated_data_year(doc)  # the title's, for tables that name no year
    own = own_trust_names(doc)  # the trust the report is of, for organisations' columns
    actions = []
    above_summary: Tab | None = None  # the summary table just read, for its lines above
    tabs, scopes = scope_tables(tabs, own)  # a table per part of the workforce
    log = ReadLog()  # which tables gave nothing, for the grid keyer after them
    for i, tab in enumerate(tabs):
        log.begin(tab, direct, builders, actions)
        if tab.rows and is_action_header(tab.rows[0]):
            actions.extend(parse_actions(tab.rows, tab.objective))
            direct.extend(parse_action_figures(tab, warnings, unsettled))  # a baseline column's
            continue
        tab = drop_other_standards(tab)  # "WDES 4a(i)" rows beside the WRES rows
        tab = group_measure_rows(tab)  # "White: Your org" beside "White: Average"
        if is_long_table(tab):  # one figure a row: its key in its own cells
            direct.extend(parse_long_rows(tab, warnings, unsettled))
            continue
        tab = group_from_line_above(tab)  # "BME staff" over the table: its columns' group
        tab = indicator_year_groups(tab)  # indicators as column groups of years
        tab = own_trust_columns(own_trust_rows(tab, own), own)  # organisations beside it
        tab = blank_inapplicable(tab)  # "—" where a row's kind has no figure: no cell
        tab = label_from_heading(frame_table(tab, unsettled, data_year))
        tab = indicators_across(period_group_rows(tab, unsettled), unsettled)
        indicator = classify(tab)
        if scopes.skips(i, indicator):  # one part of the workforce's: not the indicators
            warnings.append(f"{tab.label or 'table'}: one part of the workforce's; not read")
            skip_part(tab, unsettled)
            log.set_aside_last()
            continue
        if indicator == MIXED and not tab.lines_above and above_summary is not None:
            # printed straight under another summary table: under the same heading
            above = above_summary
            tab = replace(
                tab, lines_above=above.lines_above, paragraphs_above=above.paragraphs_above
            )
        above_summary = tab if indicator == MIXED else None
        if indicator == MIXED:
            warnings.append(
                f"{tab.label or 'table'} on page {tab.page}: rows from several WRES indicators "
                "(a summary table); each row read by its own label"
            )
            direct.extend(parse_summary(tab, warnings, report_period, unsettled=unsettled))
            continue
        if indicator in (None, 1) and is_profile_table(tab):
            direct.extend(parse_profile(tab, warnings, heading_above(tab.lines_above)))
            continue
        if indicator is None:
            continue
        if indicator in (1, 2, 3, 4, 9) and is_group_column_table(tab):
            direct.extend(parse_group_columns(tab, indicator, warnings, unsettled))
            continue
        if indicator in (2, 3, 4, 9) and is_group_row_table(tab) and not _has_periods(tab):
            direct.extend(parse_group_rows(tab, indicator, warnings))
            continue
        builders.extend(parse_metric_table(tab, indicator, warnings, unsettled))
    metrics = [m for m in emit(builders, warnings) + direct if _plausible(m, warnings)]
    validate(metrics, warnings)
    metrics = _dedupe(metrics, warnings, unsettled)
    # tables of a shape no reader above knows: each figure keyed by the labels framing it
    unread = log.unread(direct, builders, actions)
    _add_unseen(metrics, _dedupe(read_unread(unread, data_year, unsettled), warnings, unsettled))
    # the keyer's second reading of the tables read: the cells they left, and the figures
    # it keys otherwise (withdrawn for review: the table's key is not settled)
    second = read_gaps(log.read(direct, builders, actions), data_year, metrics)
    metrics, disputed = withdraw_disputed(metrics, second.disputed)
    unsettled.extend(disputed)
    _add_unseen(metrics, _dedupe(second.found, warnings))
    # a group's staff spread over the bands reads like indicator 1 by its labels only
    metrics, spreads = withdraw_spreads(metrics)
    unsettled.extend(spreads)
    # label/value lines under their headings: only keys the tables did not give; each
    # reader after it adds only keys not given before it
    lines = read_lines(doc)
    _add_unseen(metrics, lines.metrics)
    # ratios listed by indicator number after a run-in label
    listed, listed_skipped = read_indexed_lists(doc)
    _add_unseen(metrics, listed)
    line_claimed: set[str] = set()
    for reader in _CLAIMING_LINE_READERS:
        found, claimed = reader(doc)
        _add_unseen(metrics, found)
        line_claimed |= claimed
    # a chart's data as series lines ("Series: BME; 2022/23: 18.3%; ...")
    series, series_claimed = read_series_lines(doc)
    _add_unseen(metrics, series)
    # dashboard cards (a value, last year's under it)
    cards, card_lines, cards_skipped = read_cards(doc)
    _add_unseen(metrics, cards)
    # slides: figures alone on their lines, then a line dated earlier ("vs 2022/23: ...")
    slides, slide_lines = read_slides(doc)
    _add_unseen(metrics, slides)
    card_lines |= slide_lines
    # figures stated in sentences: only keys the tables and lines did not give
    narrative, narrative_warnings = parse_narrative(
        commentary_as_text(doc),  # a table of sentences: each row a section of text
        tables=metrics,
        claimed=lines.claimed | line_claimed | card_lines | series_claimed,
        skipped=unsettled,
    )
    metrics.extend(narrative)
    warnings.extend(narrative_warnings)
    count_unsettled(
        unsettled + lines.skipped + listed_skipped + cards_skipped,
        {m.value for m in metrics},
        warnings,
    )
    report = WresReport(
        reporting_year=_reporting_year(doc, metrics),
        title=_title(doc),
        metrics=metrics,
        actions=actions,
    )
    return report, warnings


# ---------------------------------------------------------------------------
# one metric table


def _add_unseen(metrics: list[WresMetric], found: list[WresMetric]) -> None:
    """Add the found metrics whose keys are not given yet: an earlier reader wins."""
    given = {m.key() for m in metrics}
    metrics.extend(m for m in found if m.key() not in given)


def _has_periods(tab: Tab) -> bool:
    """Period headings across the top (the column layout the table reader expects)."""
    return any(parse_period(c) for r in tab.rows[:3] for c in r[1:])


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


def _dedupe(
    metrics: list[WresMetric], warnings: list[str], unsettled: list[Skipped] | None = None
) -> list[WresMetric]:
    """One figure per key and period label. Two tables that disagree are both kept,
    with a warning (the report contradicts itself); one table that gives a key two
    values has not settled it (a column whose key the rules did not read): neither is
    kept, and they are counted as unsettled."""
    seen: dict[tuple, WresMetric] = {}
    out: list[WresMetric] = []
    unsure: set[tuple] = set()
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
        if (m.source_table, m.source_page) == (first.source_table, first.source_page):
            unsure.add(k)
            if unsettled is not None:
                unsettled.append(
                    Skipped(
                        m.source_table or "table",
                        m.source_page or 1,
                        "two values for one key in one table",
                        m.value,
                    )
                )
            continue
        warnings.append(
            f"{m.source_table} and {first.source_table} disagree on indicator {m.indicator} "
            f"{m.measure} {m.staff_group or ''} {m.band or ''} {m.ethnic_group} {m.period}: "
            f"{first.value} vs {m.value}"
        )
        out.append(m)
    return [m for m in out if (*m.key(), m.period_label) not in unsure]


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


__all__ = ["UNSETTLED", "parse_wres"]
