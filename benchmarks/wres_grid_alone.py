"""The grid keyer alone (parsers/wres/grid_keys.py) on every held-out set's WRES
layouts: every table of every rendering read by that one rule, nothing else (no
template, summary, line or sentence reader). Prints, per set, the figures it found
with the right key, its precision and the misattributed ones, so the engine's
generality is measured apart from the shape readers that run before it.

    python benchmarks/wres_grid_alone.py [sets...]     # default: every held-out set
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_accuracy import HELDOUT_SETS  # noqa: E402
from benchmarks.wres_score import score  # noqa: E402


def grid_alone(data: bytes, name: str) -> list:
    from parsers.extract import extract

    return grid_alone_doc(extract(data, filename=name))


def grid_alone_doc(doc) -> list:
    """The grid keyer's figures in every table of one extracted document."""
    from parsers.wres.data_year import stated_data_year
    from parsers.wres.grid_keys import read_grid
    from parsers.wres.other_standards import drop_other_standards
    from parsers.wres.tables import collect_tables

    year = stated_data_year(doc)
    found = []
    for tab in collect_tables(doc):
        metrics, _skipped = read_grid(drop_other_standards(tab), year)
        found.extend(metrics)
    return found


def measure_set(letter: str) -> tuple[int, int, int, int]:
    """(found with the right key, parsed, misattributed, truth) over one set."""
    hs = importlib.import_module(f"benchmarks.heldout_{letter}.score").SET
    found = parsed = wrong = truth = 0
    for layout in hs.layouts:
        for fmt in layout.formats:
            render = hs.render_wres or hs.render
            data, name = render(layout.blocks, fmt, title=layout.title, site=layout.site)
            s = score(grid_alone(data, name), layout.truth)
            found, parsed = found + s["matched"], parsed + s["parsed"]
            wrong, truth = wrong + len(s["misattributed"]), truth + s["truth"]
    return found, parsed, wrong, truth


def main(sets: list[str]) -> None:
    totals = [0, 0, 0, 0]
    for letter in sets:
        found, parsed, wrong, truth = measure_set(letter)
        totals = [a + b for a, b in zip(totals, (found, parsed, wrong, truth), strict=True)]
        precision = found / parsed if parsed else 1.0
        print(
            f"{letter.upper():>2}: {found:5d} / {truth:5d} ({found / truth:6.1%}) found, "
            f"precision {precision:.3f}, {wrong} misattributed",
            flush=True,
        )
    found, parsed, wrong, truth = totals
    print(
        f"all: {found} / {truth} ({found / truth:.1%}), precision {found / max(parsed, 1):.3f}, {wrong} misattributed"
    )


if __name__ == "__main__":
    main(sys.argv[1:] or list(HELDOUT_SETS))
