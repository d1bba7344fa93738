"""The tables no shape reader read, read by the grid keyer (parsers/wres/grid_keys.py).

The shape readers of parsers/wres/parse.py each know one kind of table; a table of a
shape none of them knows gave nothing. `ReadLog` notes, as each table is read, how
many figures, rows and actions the readers had given before it, so that afterwards the
tables that gave nothing are known; `read_unread` reads those with the grid keyer. A
table set aside on purpose (one part of the workforce's) is never read again. In the
tables the shape readers did read, `read_gaps` reads the cells they left: a figure whose
value the table's readers already published keeps their key.

It is also a second reading of those tables. Where a shape reader published a cell's
figure under one key and the keyer, reading the same table by its labels alone, keys
that figure another way, the table's key is not settled: the figure is withdrawn and
counted for review (`disputed`), never published under either key. A shape reader that
mistakes a table of a layout it was not written for is caught this way, where its
reading differs from what the labels say.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sized
from dataclasses import dataclass, field

from parsers.records import WresMetric
from parsers.wres.cell_figures import is_figure, parse_cell
from parsers.wres.grid_keys import read_grid
from parsers.wres.other_standards import drop_other_standards
from parsers.wres.skipped import Skipped
from parsers.wres.tables import Tab


@dataclass
class ReadLog:
    """What the readers had given when each table's reading began."""

    marks: list[tuple[Tab, tuple[int, ...]]] = field(default_factory=list)
    set_aside: set[int] = field(default_factory=set)

    def begin(self, tab: Tab, *outputs: Sized) -> None:
        self.marks.append((tab, tuple(len(o) for o in outputs)))

    def set_aside_last(self) -> None:
        self.set_aside.add(len(self.marks) - 1)

    def unread(self, *outputs: Sized) -> list[Tab]:
        """The tables after whose reading the readers had given nothing more."""
        return [tab for tab, gave in self._gave(outputs) if not gave]

    def read(self, *outputs: Sized) -> list[Tab]:
        """The tables the readers gave something for."""
        return [tab for tab, gave in self._gave(outputs) if gave]

    def _gave(self, outputs: tuple[Sized, ...]) -> list[tuple[Tab, bool]]:
        if not self.marks:
            return []
        ends = [counts for _tab, counts in self.marks[1:]]
        ends.append(tuple(len(o) for o in outputs))
        return [
            (tab, before != after)
            for i, ((tab, before), after) in enumerate(zip(self.marks, ends, strict=True))
            if i not in self.set_aside
        ]


def read_unread(
    tabs: list[Tab], data_year: str | None, unsettled: list[Skipped]
) -> list[WresMetric]:
    """The figures the grid keyer settles in tables no shape reader read."""
    found: list[WresMetric] = []
    for tab in tabs:
        metrics, skipped = read_grid(drop_other_standards(tab), data_year)
        found.extend(metrics)
        unsettled.extend(skipped)
    return found


@dataclass
class SecondReading:
    """The grid keyer's reading of the tables the shape readers read."""

    found: list[WresMetric]  # figures in cells the shape readers left
    disputed: list[tuple[WresMetric, WresMetric]]  # (published, the keyer's) keyed apart


def read_gaps(tabs: list[Tab], data_year: str | None, published: list[WresMetric]) -> SecondReading:
    """The figures the grid keyer settles in tables a shape reader read, in the cells it
    left: a figure whose value that table's readers already published is theirs (their
    key wins; the keyer's reading of the same cell is not a second figure), unless the
    keyer keys it otherwise: then the two are `disputed`. A value printed in more cells
    than the readers published it from is free in the cells left, as far as they go,
    for a reading not of the same indicator, group and period as one published."""
    claimed = Counter((m.source_table, m.value) for m in published)
    published_keys = {m.key() for m in published}
    # the published figures' cores by cell value: a keyer reading sharing one is taken
    # to be of the same cell, read with another measure or band
    cores = {(m.source_table, m.value, _same_figure(m)) for m in published}
    found: list[WresMetric] = []
    keyed: dict[tuple, list[WresMetric]] = {}
    for tab in tabs:
        metrics, _skipped = read_grid(drop_other_standards(tab), data_year)
        printed = _printed(tab)
        for m in metrics:
            left = printed[m.value] - claimed[(m.source_table, m.value)]
            same_cell = (m.source_table, m.value, _same_figure(m)) in cores
            if left > 0 and m.key() not in published_keys and not same_cell:
                found.append(m)
                claimed[(m.source_table, m.value)] += 1
            if m.value is not None and printed[m.value] == 1:  # its cell known by its value
                keyed.setdefault((m.source_table, m.value), []).append(m)
    disputed = []
    for m in published:
        theirs = keyed.get((m.source_table, m.value), [])
        if theirs and all(_same_figure(o) != _same_figure(m) for o in theirs):
            disputed.append((m, theirs[0]))
    return SecondReading(found, disputed)


def _printed(tab: Tab) -> Counter:
    """How many cells of the table print each value (a withheld figure's under None):
    the readers name no cell, so two readings of a figure are known to be of one cell
    only by a value printed once."""
    return Counter(
        cell.value for row in tab.rows for text in row if is_figure(cell := parse_cell(text))
    )


def _same_figure(m: WresMetric) -> tuple:
    """What two readings of one cell must agree on: its indicator, ethnic group and
    period. Staff group, band and measure are left out: readers name them by conventions
    that differ (the board or its voting members, a band's name, a share or a gap) where
    neither reading is wrong; the whole workforce's share printed beside the board's
    (indicator 9's table) is the same figure as indicator 1's."""
    if m.indicator == 9 and m.staff_group == "overall":
        return (1, m.ethnic_group, m.period)
    return (m.indicator, m.ethnic_group, m.period)


def withdraw_disputed(
    metrics: list[WresMetric], disputed: list[tuple[WresMetric, WresMetric]]
) -> tuple[list[WresMetric], list[Skipped]]:
    """The metrics without the disputed ones, and each of those recorded for review."""
    gone = {id(m) for m, _ in disputed}
    skipped = [
        Skipped(
            f"{m.source_table}: {m.value}",
            m.source_page or 0,
            f"two readings of its table disagree: {_shown(m)} or {_shown(o)}",
            m.value,
        )
        for m, o in disputed
    ]
    return [m for m in metrics if id(m) not in gone], skipped


def _shown(m: WresMetric) -> str:
    return "/".join(str(x) for x in m.key() if x is not None)


__all__ = ["ReadLog", "SecondReading", "read_gaps", "read_unread", "withdraw_disputed"]
