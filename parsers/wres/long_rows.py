"""WRES tables with one figure a row: a data file's layout.

    | indicator | ethnic group | wres year | trust value | national value |
    | 5         | BME          | 2024      | 32.6        | 29.9           |
    | 2         | White        | 2024      | 1.27        | 1.59           |

Each row's key is in its own cells, named by the header: the indicator's number, the
ethnic group, the year, and one column of the trust's values (comparator columns,
"national", "England", "benchmark", "target", are never read: parsers.wres.
template_columns._BENCH; nor is a row whose year is a target's, "Target 2026/27"). A table is read here only when its header names all four
(`is_long_table`); the indicator cell must be a number alone ("5"): a data return's
sub-code ("1a", a staff group) is not keyed.

What each value is follows the WRES definitions, as the other readers apply them:
1 is each group's share of the whole workforce, 5-8 each group's percentage of
respondents, 9 each group's share of the board's voting members (the indicator's
own wording), 2-4 the relative likelihood of the group the row names, kept only when
that is the indicator's numerator group (White for 2 and 4, BME for 3). A year cell
such as "2023/24" is that year, "2023 staff survey" its survey's; a bare year is read by its column's heading: a WRES
(publication or report) year is its data year ("2024" -> 2023/24, whose staff survey
is the 2023 one), a survey year its own financial year, and a plain "year" as a
summary table reads one (a WRES year unless every row is a staff-survey indicator).

Nothing is guessed: a percentage printed bare must carry decimals (a count is a whole
number) and indicator 1's groups of one year must not add up to more than 100; a ratio
is a bare number under 20 with decimals, and two groups' values for one indicator and
year are per-group rates, not the ratio. Indicator 9's rows may be the board's share,
the workforce's or the difference between them: parsers.wres.long_board tells which
from a label column, the sign and the arithmetic. Rows not settled, and rows of one key
printed twice with different values, go to `unsettled` (review), never to the figures.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from parsers.records import WresMetric
from parsers.wres.cell_figures import Cell, is_figure, parse_cell
from parsers.wres.cells import Period, clean, ethnic_groups, fy, parse_period
from parsers.wres.long_board import NineRow, is_label_column, settle_board_rows
from parsers.wres.ratio_pairs import pair_numerator
from parsers.wres.skipped import Skipped
from parsers.wres.summary_rows import unit_stated
from parsers.wres.tables import Tab
from parsers.wres.template_columns import RL_DEFAULT, _metric, bench_head
from parsers.wres.vocab import TARGET

_IND_HEAD = re.compile(r"(?:wres\s+)?(?:indicator|metric)(?:\s+(?:no\.?|number|code|id))?", re.I)
_GROUP_HEAD = re.compile(r"ethnic(?:ity)?(?:\s+(?:group|category))?|group", re.I)
_YEAR_HEAD = re.compile(
    r"(?:(?P<kind>wres|publication|report(?:ing)?|survey|staff\s+survey|financial)\s+)?"
    r"(?:year|period)",
    re.I,
)
_VALUE_HEAD = re.compile(
    r"\b(?:value|figure|result|score|percentage|per\s*cent|%|ratio|trust|organisation)\b|%",
    re.I,
)
_COUNT_HEAD = re.compile(r"\b(?:count|number|headcount|numerator|denominator|n)\b", re.I)
_IND_CELL = re.compile(r"(?:indicator\s*|metric\s*)?([1-9])", re.I)


def _columns(header: list[str]) -> tuple[int, int, int, int, str] | None:
    """(indicator, group, year, value column, year kind) named by a header row."""
    heads = [re.sub(r"\s+", " ", clean(c).replace("_", " ")).strip() for c in header]  # "wres_year"
    ind = [j for j, h in enumerate(heads) if _IND_HEAD.fullmatch(h)]
    grp = [j for j, h in enumerate(heads) if _GROUP_HEAD.fullmatch(h)]
    yrs = [(j, m) for j, h in enumerate(heads) if (m := _YEAR_HEAD.fullmatch(h))]
    taken = set(ind + grp + [j for j, _m in yrs])
    val = [
        j
        for j, h in enumerate(heads)
        if j not in taken
        and _VALUE_HEAD.search(h)
        and not bench_head(h)
        and not _COUNT_HEAD.search(h)
    ]
    if len(ind) != 1 or len(grp) != 1 or len(yrs) != 1 or len(val) != 1:
        return None
    kind = (yrs[0][1].group("kind") or "").lower()
    return ind[0], grp[0], yrs[0][0], val[0], kind


def is_long_table(tab: Tab) -> bool:
    """A header naming an indicator, an ethnic group, a year and one value column."""
    return bool(tab.rows) and len(tab.rows) >= 3 and _columns(tab.rows[0]) is not None


def _period(text: str, kind: str, survey_only: bool, indicator: int) -> Period | None:
    t = clean(text)
    m = re.fullmatch(r"(20\d\d)", t)
    if m is None:
        p = parse_period(t)
        if p is not None and p.kind == "year" and re.search(r"\bsurvey\b", t, re.I):
            return p if indicator in (5, 6, 7, 8) else None  # "2023 staff survey"
        return p if p is not None and p.kind in ("fy", "month") else None
    y = int(m.group(1))
    if kind in ("wres", "publication", "report", "reporting"):
        start = y - 1  # a WRES year is its data year
    elif "survey" in kind:
        if indicator not in (5, 6, 7, 8):
            return None
        start = y
    elif kind == "":
        start = y if survey_only else y - 1
    else:
        return None  # "financial year 2024": which one is not said
    return Period(fy(start), t, "year", start)


def parse_long_rows(
    tab: Tab, warnings: list[str], unsettled: list[Skipped] | None = None
) -> list[WresMetric]:
    """The figures of a one-figure-a-row table (see the module docstring)."""
    cols = _columns(tab.rows[0])
    if cols is None:
        return []
    ci, cg, cy, cv, kind = cols
    header = clean(tab.rows[0][cv])
    labels = _label_columns(tab.rows[0], {ci, cg, cy, cv})
    stated = unit_stated(header)
    rows = [[clean(c) for c in r] for r in tab.rows[1:]]
    pages = (tab.row_pages[1:] + [tab.page] * len(rows))[: len(rows)]
    inds = [int(m.group(1)) if (m := _IND_CELL.fullmatch(r[ci])) else None for r in rows]
    survey_only = bool({i for i in inds if i}) and {i for i in inds if i} <= {5, 6, 7, 8}
    # the groups each indicator 2-4 year names: two are per-group rates, not the ratio
    named: dict[tuple, set] = defaultdict(set)
    for row, ind in zip(rows, inds, strict=True):
        if ind in (2, 3, 4):
            named[(ind, row[cy])].add(row[cg].lower())
    skipped: list[Skipped] = []
    found: list[tuple[WresMetric, str]] = []
    nine: list[NineRow] = []
    for row, page, ind in zip(rows, pages, inds, strict=True):
        cell = parse_cell(row[cv])
        if cell.kind == "empty":
            continue
        text = " | ".join(row)

        def skip(why: str, row_text: str = text, page_no: int = page, c: Cell = cell) -> None:
            skipped.append(Skipped(row_text, page_no, why, c.value))

        if ind is None:
            skip("no indicator")
            continue
        if re.search(TARGET, row[cy], re.I):
            continue  # "Target 2026/27": a level the trust aims for, never its own
        groups = [g for g in ethnic_groups(row[cg]) if g != "All"]
        group = groups[0] if len(groups) == 1 else None
        period = _period(row[cy], kind, survey_only, ind)
        if period is None:
            skip("period unclear")
            continue
        if ind in (2, 3, 4):
            measure, sg = "relative_likelihood", None
            if group is None and not row[cg].strip():
                group = RL_DEFAULT[ind]
            if group is None:  # "White to BME": the ratio of the first group to the second
                group = pair_numerator(row[cg])
            if len(named[(ind, row[cy])]) > 1:
                skip("two groups' values: per-group rates, not the ratio")
                continue
            if group != RL_DEFAULT[ind]:
                skip("not the ratio's numerator group")
                continue
            if cell.kind not in ("num", "ratio", "redacted"):
                skip("not a ratio")
                continue
            if cell.kind != "redacted" and ((cell.value or 0) > 20 or cell.decimals == 0):
                skip("not a ratio")
                continue
        else:
            measure = "percentage"
            sg = {1: "overall", 9: "board_voting"}.get(ind)
            if group is None:
                skip("no ethnic group")
                continue
            if cell.kind not in ("num", "pct", "redacted"):
                skip("not a percentage")
                continue
            if cell.kind == "num" and not stated and cell.decimals == 0:
                skip("a whole number: a count unless headed %")
                continue
            low = -100 if ind == 9 else 0  # indicator 9 may print a difference
            if cell.value is not None and not low <= cell.value <= 100:
                skip("not a percentage")
                continue
        m = _metric(ind, measure, sg, None, group, None, period, tab, page, cell, row[cy])
        if ind == 9:
            label = " ".join(row[j] for j in labels if not is_figure(parse_cell(row[j])))
            nine.append(NineRow(m, text, label, cell.decimals))
        else:
            found.append((m, text))
    board_rows, not_settled = settle_board_rows(nine, _workforce_shares(found))
    skipped.extend(not_settled)
    out = _settled(found + board_rows, skipped)
    if unsettled is not None:
        unsettled.extend(skipped)
    if out:
        warnings.append(
            f"{tab.label or 'table'}: one figure a row (indicator, group, year, value); "
            f"{len(out)} figure(s) read"
        )
    return out


def _label_columns(header: list[str], taken: set[int]) -> list[int]:
    """Text columns beside the key that may say what a row measures ("measure",
    "description"): not a comparator, a count or a note."""
    return [
        j
        for j, h in enumerate(clean(c) for c in header)
        if j not in taken and not bench_head(h) and not _COUNT_HEAD.search(h) and is_label_column(h)
    ]


def _workforce_shares(found: list[tuple[WresMetric, str]]) -> dict[tuple, tuple[float, int]]:
    """Each group's indicator 1 share of the whole workforce by year, when the table
    prints one (the workforce indicator 9's difference is taken from)."""
    seen: dict[tuple, set] = defaultdict(set)
    for m, _t in found:
        if m.indicator == 1 and m.band is None and m.value is not None:
            seen[(m.ethnic_group, m.period)].add((m.value, getattr(m, "_decimals", 1)))
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _settled(found: list[tuple[WresMetric, str]], skipped: list[Skipped]) -> list[WresMetric]:
    """The figures whose key the table settles once: no key printed twice, indicator 1's
    shares within 100."""
    keys = Counter(m.key() for m, _t in found)
    shares: dict[str, float] = defaultdict(float)
    for m, _t in found:
        if m.indicator == 1 and m.value is not None:
            shares[m.period or ""] += m.value
    out = []
    for m, text in found:
        why = None
        if keys[m.key()] > 1:
            why = "one key printed twice"
        elif m.indicator == 1 and shares[m.period or ""] > 100.5:
            why = "shares over 100: counts"
        if why is not None:
            skipped.append(Skipped(text, m.source_page or 1, why, m.value))
        else:
            out.append(m)
    return out
