"""The tables no shape reader read, read by the grid keyer (parsers/wres/grid_keys.py).

The shape readers of parsers/wres/parse.py each know one kind of table; a table of a
shape none of them knows gave nothing. `ReadLog` notes, as each table is read, how
many figures, rows and actions the readers had given before it, so that afterwards the
tables that gave nothing are known; `read_unread` reads those with the grid keyer. A
table set aside on purpose (one part of the workforce's) is never read again.
"""

from __future__ import annotations

from collections.abc import Sized
from dataclasses import dataclass, field

from parsers.records import WresMetric
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
        if not self.marks:
            return []
        ends = [counts for _tab, counts in self.marks[1:]]
        ends.append(tuple(len(o) for o in outputs))
        return [
            tab
            for i, ((tab, before), after) in enumerate(zip(self.marks, ends, strict=True))
            if before == after and i not in self.set_aside
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


__all__ = ["ReadLog", "read_unread"]
