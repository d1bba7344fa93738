"""WRES tables with the indicators across the top and the periods down the side.

A trend table prints one column per indicator ("Year | Indicator 2 | Indicator 3" over
"2022/23 | 1.47 | 1.18"), or one column per indicator and ethnic group: a heading
merged over a White and a BME column ("Indicator 5" over "White | BME", which HTML
colspan, DOCX gridSpan and a PDF heading centred over two columns all extract as the
heading in the first column and blanks after it), or both in one heading ("5 White").
`indicators_across` turns such a table round so that each indicator (and group) is a
row with its periods across the top, as a summary table prints them, for
parsers/wres/template_summary.py to read row by row.

Only the trust's own rows are kept: a row labelled by a period alone, or by a period
and words naming the whole trust ("Trust overall, 2023 survey"). A comparator row
("National average 2023", "Regional benchmark") is not the trust's figure and is
dropped; any other row (a directorate, a site, a division) is one part of the trust,
not a trust-level figure: it is dropped and its figures are counted as unsettled
(review), never keyed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.wres.cell_figures import parse_cell
from parsers.wres.cells import clean, ethnic_groups, parse_period
from parsers.wres.skipped import Skipped, part_of_trust
from parsers.wres.tables import _RE_ROW_NUM, Tab
from parsers.wres.template_columns import _BENCH
from parsers.wres.vocab import RATIO_MEASURE

# a column heading naming an indicator, with the group it splits out or nothing after:
# "Indicator 5", "WRES metric 6", "7.", "8 - BME", "5 White"
_RE_HEAD = re.compile(
    r"^(?:wres\s+)?(?:indicator|metric)?\s*(?P<n>[1-9])(?![\d.,]\d)\s*[.:)\-\u2013]?\s*(?P<rest>.*)$",
    re.I,
)
# words a row label may add to its period and still be the whole trust's row
_RE_TRUST_WORDS = re.compile(
    r"\b(?:trust|overall|whole|organisation|organization|total|all\s+staff|our|the|nhs"
    r"|staff|survey|year|results?|wres|data|report)\b",
    re.I,
)


def _head_key(cell: str) -> tuple[int, str | None] | None:
    """(indicator, group or None) a column heading names, or None."""
    m = _RE_HEAD.match(clean(cell))
    if m is None:
        return None
    rest = m.group("rest").strip()
    if not rest:
        return int(m.group("n")), None
    groups = ethnic_groups(rest)
    if len(rest) <= 30 and len(groups) == 1 and groups[0] != "All":
        return int(m.group("n")), groups[0]
    # an indicator's own wording ("2. Relative likelihood of White staff being ...")
    m = _RE_ROW_NUM.match(clean(cell))
    return (int(m.group(1) or m.group(2) or m.group(3)), None) if m else None


def _group(cell: str) -> str | None:
    """The one ethnic group a short sub-heading names ("White", "BME staff")."""
    groups = ethnic_groups(cell)
    return groups[0] if len(cell) <= 30 and len(groups) == 1 and groups[0] != "All" else None


def column_keys(rows: list[list[str]]) -> tuple[int, list[tuple[int, str | None]]] | None:
    """(header rows, the (indicator, group) of each column after the first), when every
    such column names an indicator: in one heading row, or in a heading merged over the
    group sub-headings of a second row. None for any other table."""
    width = len(rows[0])
    one = [_head_key(c) for c in rows[0][1:]]
    if all(one):
        return 1, [k for k in one if k]
    if len(rows) < 3 or not one[0] or one[0][1] is not None:
        return None
    keys: list[tuple[int, str | None]] = []
    ind = one[0][0]
    for j in range(1, width):
        top, sub = rows[0][j], _group(rows[1][j])
        if top:
            k = _head_key(top)
            if k is None or k[1] is not None:
                return None
            ind = k[0]
        if sub is None:
            return None  # a merged heading is read only over named group columns
        keys.append((ind, sub))
    return 2, keys


def _beside_period(label: str) -> str | None:
    """The words a row label prints beside its period ("BME" of "BME 2023/24"), or None
    when the label is not a period's."""
    p = parse_period(label)
    if p is None or parse_cell(label).kind != "period":
        return None
    rest = clean(label).replace(p.label, " ")
    return re.sub(r"\b(?:19|20)\d\d(?:\s*[/\-\u2013]\s*\d{2,4})?\b", " ", rest)


def trust_row(label: str) -> bool:
    """A row label that is a period, alone or with words naming the whole trust."""
    rest = _beside_period(label)
    return rest is not None and not re.sub(r"[\W_]+", "", _RE_TRUST_WORDS.sub(" ", rest))


def keyed_row(label: str) -> bool:
    """A row label that is a period with the one group or the likelihood its figures are
    ("BME 2023/24", "Relative likelihood 2022/23"): a column heading of the turned table."""
    rest = _beside_period(label)
    if rest is None:
        return False
    words = " ".join(_RE_TRUST_WORDS.sub(" ", rest).split())
    return _group(words) is not None or bool(re.search(RATIO_MEASURE, words, re.I))


def indicators_across(tab: Tab, unsettled: list[Skipped] | None = None) -> Tab:
    """The table turned round (each indicator, and group, a row; the trust's periods
    across the top), or the table as it is when its columns are not indicators or no
    row is the trust's."""
    rows = [[clean(c) for c in r] for r in tab.rows if any(clean(c) for c in r)]
    if len(rows) < 2:
        return tab
    width = max(len(r) for r in rows)
    if width < 3:
        return tab
    rows = [r + [""] * (width - len(r)) for r in rows]
    found = column_keys(rows)
    if found is None:
        return tab
    n_head, keys = found
    if len({k[0] for k in keys}) < 2 or len(set(keys)) != len(keys):
        return tab  # one indicator, or two columns with one key: not this layout
    grouped = any(g for _i, g in keys)
    kept, parts = [], []
    for r in rows[n_head:]:
        # a row of one group's (or the likelihood's) figures keys its own column of the
        # turned table; where the columns split out groups already, it is not this layout
        if trust_row(r[0]) or (not grouped and keyed_row(r[0])):
            kept.append(r)
        elif not _BENCH.search(r[0]):  # a comparator's row is simply not read
            parts.append(r)
    if not kept:
        return tab
    if unsettled is not None:
        for r in parts:
            unsettled.extend(part_of_trust(r[0], r[1:], tab.page))
    lead = [rows[0][0], ""] if grouped else [rows[0][0]]
    turned = [lead + [r[0] for r in kept]]
    for j, (ind, group) in enumerate(keys, start=1):
        label = [f"Indicator {ind}", group or ""] if grouped else [rows[0][j]]
        turned.append(label + [r[j] for r in kept])
    return replace(tab, rows=turned, row_pages=[tab.page] * len(turned))
