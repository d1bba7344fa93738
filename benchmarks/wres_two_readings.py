"""Where the WRES reader and the grid keyer alone read one table's cell two ways: for
every held-out set's renderings, the figures the whole reader (parsers/wres/parse.py)
published that the grid keyer (parsers/wres/grid_keys.py), reading the same table by
its labels alone, keys differently — matched by table and value — and which of the two
keys the set's truth holds. It measures whether "the two readings disagree" would be a
useful signal for the review queue: disagreements on sets the reader reads correctly
are false alarms; on a set it misreads, the share it would catch.

    python benchmarks/wres_two_readings.py [sets...]     # default: every held-out set
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_accuracy import HELDOUT_SETS  # noqa: E402
from benchmarks.wres_score import KEY, field  # noqa: E402


def two_readings(data: bytes, name: str) -> tuple[list, list]:
    """(the reader's metrics, the grid keyer's alone) for one rendering."""
    from benchmarks.wres_grid_alone import grid_alone_doc
    from parsers.extract import extract
    from parsers.wres.parse import parse_wres

    doc = extract(data, filename=name)  # one extraction for both readings
    report, _warnings = parse_wres(doc)
    return report.metrics, grid_alone_doc(doc)


def disagreements(reader: list, keyer: list) -> list[tuple]:
    """(reader's metric, keyer's metric) pairs of one table and value keyed differently."""
    by_cell: dict[tuple, list] = {}
    for m in keyer:
        if m.value is not None:
            by_cell.setdefault((m.source_table, m.value), []).append(m)
    out = []
    for m in reader:
        others = by_cell.get((m.source_table, m.value), [])
        if others and all(o.key() != m.key() for o in others):
            out.append((m, others[0]))
    return out


def _key(m) -> tuple:
    return tuple(field(m, k) for k in KEY)


def measure_set(letter: str) -> dict[str, int]:
    hs = importlib.import_module(f"benchmarks.heldout_{letter}.score").SET
    counts = {"renderings": 0, "flagged": 0, "pairs": 0, "reader right": 0, "keyer right": 0}
    for layout in hs.layouts:
        truth = {(tuple(t[k] for k in KEY), t["value"]) for t in layout.truth}
        for fmt in layout.formats:
            render = hs.render_wres or hs.render
            data, name = render(layout.blocks, fmt, title=layout.title, site=layout.site)
            pairs = disagreements(*two_readings(data, name))
            counts["renderings"] += 1
            counts["flagged"] += bool(pairs)
            counts["pairs"] += len(pairs)
            counts["reader right"] += sum((_key(a), a.value) in truth for a, _ in pairs)
            counts["keyer right"] += sum((_key(b), b.value) in truth for _, b in pairs)
    return counts


def main(sets: list[str]) -> None:
    for letter in sets:
        c = measure_set(letter)
        print(
            f"{letter.upper():>2}: {c['flagged']:3d} of {c['renderings']:3d} renderings with "
            f"figures read two ways; {c['pairs']:4d} figures, the reader's key right for "
            f"{c['reader right']}, the keyer's for {c['keyer right']}",
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv[1:] or list(HELDOUT_SETS))
