"""A table of each ethnic group's staff spread over the pay bands is not indicator 1.

Indicator 1 gives each band's ethnic mix: in one band, the groups' shares add up to
(nearly) 100%. Workforce profiles often print the other reading of the same headcount
beside it: each group's staff spread over the bands ("of our BME staff, 30.4% are in
Band 5"), whose columns add up to 100% down the bands. Its labels are the same (bands,
groups, a year), so a reader keying by labels takes it for indicator 1. Its arithmetic
tells them apart: when, in one table and year, every group's figures over three or more
bands add up to 100% and the bands' figures over the groups do not, the table is a
spread. Its figures are withdrawn and counted for review (they are real, but no WRES
indicator's).
"""

from __future__ import annotations

from collections import defaultdict

from parsers.records import WresMetric
from parsers.wres.skipped import Skipped

SPREAD = "each group's staff spread over the bands (its columns add to 100%): not indicator 1"
_MIN_BANDS = 3
_TOLERANCE = 1.0  # percentage points of rounding over a column


def _whole(total: float) -> bool:
    return abs(total - 100.0) <= _TOLERANCE


def _is_spread(figures: list[WresMetric]) -> bool:
    """One table's and one year's indicator 1 band figures add up to 100% by group
    (down the bands), and not by band (across the groups)."""
    by_group: dict[str, list[float]] = defaultdict(list)
    by_band: dict[str, list[float]] = defaultdict(list)
    for m in figures:
        by_group[m.ethnic_group].append(m.value)
        by_band[m.band].append(m.value)
    if len(by_band) < _MIN_BANDS or len(by_group) < 2:
        return False
    groups_whole = all(_whole(sum(v)) for v in by_group.values())
    bands_whole = all(_whole(sum(v)) for v in by_band.values())
    return groups_whole and not bands_whole


def withdraw_spreads(metrics: list[WresMetric]) -> tuple[list[WresMetric], list[Skipped]]:
    """The metrics without the band figures of spread tables, and those for review."""
    cells: dict[tuple, list[WresMetric]] = defaultdict(list)
    for m in metrics:
        if m.indicator == 1 and m.band and m.value is not None and m.measure == "percentage":
            cells[(m.source_table, m.staff_group, m.period)].append(m)
    gone: set[int] = set()
    for (table, _group, _period), figures in cells.items():
        if table is not None and _is_spread(figures):
            gone |= {id(m) for m in figures}
    if not gone:
        return metrics, []
    skipped = [
        Skipped(
            f"{m.source_table}: {m.band} {m.ethnic_group} {m.value}",
            m.source_page or 0,
            SPREAD,
            m.value,
        )
        for m in metrics
        if id(m) in gone
    ]
    return [m for m in metrics if id(m) not in gone], skipped


__all__ = ["SPREAD", "withdraw_spreads"]
