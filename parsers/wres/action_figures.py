"""Figures in an action plan's baseline column.

An action plan may print, beside each indicator's actions, where the indicator stands
("Baseline (2023/24)": "BME 32.6%, White 27.4%", "White applicants 1.46 times as
likely ..."). Those are the trust's own figures. The indicator column and the baseline
column are read as a two-column summary table (parsers/wres/template_summary.py), so
every rule of the summary reader applies: the row's indicator from its own label, the
period from the column heading or the dated heading above, the ethnic group from each
figure's own words; a figure whose key is not settled is not read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.records import WresMetric
from parsers.wres.actions import action_columns
from parsers.wres.cells import clean
from parsers.wres.skipped import Skipped
from parsers.wres.tables import Tab
from parsers.wres.template_summary import parse_summary, row_indicator
from parsers.wres.vocab import ACTION_FIGURES

_RE_FIGURES = re.compile(ACTION_FIGURES, re.I)


def baseline_columns(header: list[str]) -> list[int]:
    """The columns of an action plan header that hold the indicators' figures."""
    return [j for j, c in enumerate(header) if len(clean(c)) <= 60 and _RE_FIGURES.search(c)]


_RE_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")
_RE_FIGURE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*%|(?<![\w.])\d\.\d{1,3}(?![\d/])")


def parse_action_figures(
    tab: Tab, warnings: list[str], unsettled: list[Skipped] | None = None
) -> list[WresMetric]:
    """The figures of an action table's baseline column(s), keyed by each row's
    indicator label; [] when the table has no such column or no indicator column. A
    baseline cell's figure that no key was settled for goes to `unsettled`."""
    if not tab.rows:
        return []
    cols = action_columns(tab.rows[0]) or {}
    label_col = cols.get("metrics", 0)
    out: list[WresMetric] = []
    for j in baseline_columns(tab.rows[0]):
        if j == label_col:
            continue
        rows = [
            [r[label_col] if label_col < len(r) else "", r[j] if j < len(r) else ""]
            for r in tab.rows
        ]
        if not any(row_indicator(r[0]) for r in rows[1:] if r[0]):
            continue
        sub = replace(tab, rows=rows)
        read = parse_summary(sub, warnings, first_value=1)
        out.extend(read)
        values = {m.value for m in read}
        for row in rows[1:]:
            figures = [float(_RE_NUMBER.search(f)[0]) for f in _RE_FIGURE.findall(row[1])]
            left = [v for v in figures if v not in values]
            if unsettled is not None and left:
                unsettled.append(Skipped(clean(row[1]), tab.page, "action plan baseline", left[0]))
    return out
