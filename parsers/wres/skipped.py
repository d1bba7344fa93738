"""Figures whose key no WRES reader settled: each reader records them (`Skipped`, with
why), and `parse_wres` counts those no other reader read in one UNSETTLED warning,
which puts the document in review_queue. Nothing skipped is ever guessed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from parsers.records import WresMetric
from parsers.wres.cell_figures import is_figure, parse_cell

# the warning that counts them; parsers/__init__.py lowers the document's confidence
# when it is present, which puts the document in review_queue
UNSETTLED = "WRES figures skipped: key not settled"


@dataclass
class Skipped:
    """A figure (a line, a table row) no rule could key, and why."""

    text: str
    page: int
    why: str
    value: float | None = None  # the figure, when one (a line read twice counts once)


# a directorate's, a division's or a site's row beside the whole trust's: its figures
# are real but not the trust's, so they are counted for review and never keyed
PART_OF_TRUST = "one part of the trust"


def part_of_trust(label: str, cells: Iterable[str], page: int) -> list[Skipped]:
    """Each figure in a row that is one part of the trust, recorded as skipped."""
    out = []
    for text in cells:
        cell = parse_cell(text)
        if is_figure(cell):
            out.append(Skipped(f"{label}: {text}", page, PART_OF_TRUST, cell.value))
    return out


def count_unsettled(skipped: list[Skipped], values_read: set, warnings: list[str]) -> None:
    """One UNSETTLED warning counting the skipped figures that no other reader read
    (a line's figure may still be read from its sentence); nothing when none."""
    left: list[Skipped] = []
    seen: set[tuple] = set()
    for s in skipped:
        if any(str(v) in s.text for v in values_read if v is not None):
            continue
        if s.value is not None:
            if (s.page, s.value) in seen:
                continue  # the same figure, skipped by the line and the sentence readers
            seen.add((s.page, s.value))
        left.append(s)
    if not left:
        return
    examples = "; ".join(f"'{s.text[:50]}' ({s.why})" for s in left[:3])
    warnings.append(f"{UNSETTLED}: {len(left)} figure(s) skipped, e.g. {examples}")


def one_value_per_key(metrics: Iterable[WresMetric]) -> list[WresMetric]:
    """Each key's first figure, in order, where every figure read for that key has the
    same value; a key read with two values publishes neither."""
    values: dict[tuple, set] = {}
    first: dict[tuple, WresMetric] = {}
    for m in metrics:
        values.setdefault(m.key(), set()).add(m.value)
        first.setdefault(m.key(), m)
    return [m for key, m in first.items() if len(values[key]) == 1]
