"""Relative likelihoods listed after a run-in label, each by its indicator's number.

A report that tabulates the percentage indicators may give the three ratios beside the
table in one line of their own:

    Relative likelihoods: indicator 2 1.29; indicator 3 n/a; indicator 4 1.12.
    Likelihood ratios - metric 2: 1.52; metric 4: 0.97

The run-in label says what every figure is (a relative likelihood), each item names
its indicator by number, and the items are split by semicolons. Nothing else may be in
the line: every item is "indicator N <figure>", and there are at least two. A figure
is the relative likelihood of the indicator's numerator group (the label's when it
names one, else the WRES definition's: White for 2 and 4, BME for 3), dated by the
last dated heading above the line ("2023/24 (workforce at 31 March 2024 ...)"). An
item of another indicator than 2-4, a figure that is not a ratio (a whole number,
over 20) or a line with no dated heading above is counted unsettled, never guessed;
"n/a" and dashes publish nothing.
"""

from __future__ import annotations

import re

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.records import WresMetric
from parsers.wres.cell_figures import parse_cell
from parsers.wres.cells import clean
from parsers.wres.context import heading_key, settle
from parsers.wres.narrative_terms import _Time
from parsers.wres.ratio_pairs import numerator_group
from parsers.wres.skipped import Skipped
from parsers.wres.template_columns import RL_DEFAULT

SOURCE = "indexed list"
_RE_LINE = re.compile(r"^(?P<lead>[A-Za-z][^:;\d]{2,60}?)\s*[:\-–]\s*(?P<items>.+?)\.?$")
_RE_LEAD = re.compile(
    r"(?:relative\s+)?likelihoods?(?:\s+ratios?)?|relative\s+likelihood\s+ratios?"
    r"|ratios?",
    re.I,
)
_RE_ITEM = re.compile(
    r"(?:wres\s+)?(?:indicator|metric)\s*(?P<n>[1-9])\s*[:=\-–]?\s*(?P<v>[^\s;]+)", re.I
)


def _items(text: str) -> tuple[str, list[tuple[int, str]]] | None:
    """(run-in label, [(indicator, figure text)]) of a line of this shape, or None."""
    m = _RE_LINE.match(clean(text))
    if m is None or not _RE_LEAD.fullmatch(m.group("lead").strip()):
        return None
    items = []
    for part in m.group("items").split(";"):
        it = _RE_ITEM.fullmatch(part.strip().rstrip("."))
        if it is None:
            return None
        items.append((int(it.group("n")), it.group("v")))
    return (m.group("lead"), items) if len(items) >= 2 else None


def read_indexed_lists(doc: Extracted) -> tuple[list[WresMetric], list[Skipped]]:
    """The relative likelihoods of every such line (see the module docstring)."""
    out: list[WresMetric] = []
    skipped: list[Skipped] = []
    dated: _Time | None = None
    for item in doc.items:
        if isinstance(item, Table) or not isinstance(item, TextBlock):
            continue
        head = heading_key(item.text, styled=item.style in ("heading", "bold"))
        if head is not None:
            level, key = head
            if key.time is not None:
                dated = key.time
            elif level == 1:
                dated = None  # a new indicator's heading: the old date is not its
            continue
        found = _items(item.text)
        if found is None:
            continue
        lead, items = found
        for ind, raw in items:
            cell = parse_cell(raw)
            if cell.kind in ("empty", "redacted"):
                continue
            period = settle(dated, ind) if ind in (2, 3, 4) else None
            ratio = cell.kind in ("num", "ratio") and cell.decimals > 0 and (cell.value or 0) <= 20
            if period is None or not ratio:
                why = "no dated heading" if period is None else "not a ratio"
                text = f"{lead}: indicator {ind} {raw}"
                skipped.append(Skipped(text, item.page, why, cell.value))
                continue
            out.append(
                WresMetric(
                    indicator=ind,
                    measure="relative_likelihood",
                    ethnic_group=numerator_group(lead) or RL_DEFAULT[ind],
                    period=period,
                    value=cell.value,
                    period_label=dated.text if dated else None,
                    unit="ratio",
                    source_table=SOURCE,
                    source_page=item.page,
                )
            )
    return out, skipped
