"""The tables no shape reader read, read by the grid keyer (parsers/wres/grid_keys.py).

The shape readers of parsers/wres/parse.py each know one kind of table; a table of a
shape none of them knows gave nothing. `ReadLog` notes, as each table is read, how
many figures, rows and actions the readers had given before it, so that afterwards the
tables that gave nothing are known; `read_unread` reads those with the grid keyer. A
table set aside on purpose (one part of the workforce's) is never read again. In the
tables the shape readers did read, `read_gaps` reads the cells they left: a figure whose
value the table's readers already published keeps their key.
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


def read_gaps(
    tabs: list[Tab], data_year: str | None, published: list[WresMetric]
) -> list[WresMetric]:
    """The figures the grid keyer settles in tables a shape reader read, in the cells it
    left: a figure whose value that table's readers already published is theirs (their
    key wins; the keyer's reading of the same cell is not a second figure)."""
    claimed = {(m.source_table, m.value) for m in published}
    found: list[WresMetric] = []
    for tab in tabs:
        metrics, _skipped = read_grid(drop_other_standards(tab), data_year)
        found.extend(m for m in metrics if (m.source_table, m.value) not in claimed)
    return found


__all__ = ["ReadLog", "read_gaps", "read_unread"]
