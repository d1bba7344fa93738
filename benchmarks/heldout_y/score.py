"""Held-out set Y scored: the FOI grid (foi_y.py: one base letter and cells that each
change one structural dimension) and the WRES layouts (wres_y.py, the other half),
each rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set P's renderer (benchmarks/heldout_p/render.py,
imported): FOI question/answer P/R/F1 with reference, dates and exemptions, rules only
and with the shipped labeller, per format and per cell; WRES figures found with the
right key, precision and misattributed, per format and per layout. After the rows, a
per-DIMENSION summary (F1 of every cell of a dimension together, both readers) says
which structural reading is missing.

Set Y's FOI half was written on parsers unchanged since 71d88a5 (nothing under
parsers/, nor under tests/ but tests/test_heldout_w.py and tests/heldout_checks.py, was
read while writing it). `FIRST_SIGHT` keeps the numbers measured there, before anyone
saw set Y.

    python benchmarks/heldout_y/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.foi_score import micro  # noqa: E402
from benchmarks.heldout_p.render import render  # noqa: E402
from benchmarks.heldout_score import (  # noqa: E402
    HeldoutSet,
    fmt,
    foi_scores,
    foi_table,
    measure,
    wres_scores,
    wres_table,
)
from benchmarks.heldout_y import foi_y, wres_y  # noqa: E402

# measured at 71d88a5 before anyone saw set Y; what was seen is said in first_sight.py's
# docstring (no truth was changed after the numbers were first seen, none found wrong)
from benchmarks.heldout_y.first_sight import FIRST_SIGHT, FIRST_SIGHT_COMMIT  # noqa: E402

SET = HeldoutSet(
    name="Y",
    letters=foi_y.letters,
    styles=foi_y.STYLES,
    layouts=wres_y.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def by_dimension(scores: list[dict]) -> dict[str, tuple[float, int]]:
    """{dimension: (F1 of all its cells' letters together, number of cells)}."""
    out = {}
    for dim in dict.fromkeys(foi_y.DIMENSION_OF.values()):
        cells = [s for s, d in foi_y.DIMENSION_OF.items() if d == dim]
        rows = [x for x in scores if x["style"] in cells]
        out[dim] = (micro(rows)["f1"], len(cells))
    return out


def report_with_dimensions(hs: HeldoutSet) -> None:
    """Every row as "first sight X, now Y" (as heldout_score.report prints it), then F1
    per dimension, rules only and with the shipped labeller; each letter is read once
    per reader (the grid is large)."""
    from parsers.foi.labeller import default_labeller

    rules, labelled = foi_scores(hs, None), foi_scores(hs, default_labeller())
    now = foi_table(hs, rules, "rules only") | foi_table(hs, labelled, "labeller")
    now |= wres_table(hs, wres_scores(hs))
    print(f"held-out {hs.name} (first sight at {hs.first_sight_commit}): first sight X, now Y")
    width = max(len(n) for n in now)
    for name, v in now.items():
        first = hs.first_sight.get(name)
        seen = f"first sight {fmt(first)}, " if first is not None else ""
        print(f"  {name:{width}s} {seen}now {fmt(v)}")
    dims, dims_labelled = by_dimension(rules), by_dimension(labelled)
    print("per dimension (F1 over its cells' letters): rules only, labeller")
    width = max(len(d) for d in dims)
    for dim, (f1, n) in dims.items():
        print(f"  {dim:{width}s} {n:2d} cells  {f1:.3f}  {dims_labelled[dim][0]:.3f}")


def main() -> None:
    report_with_dimensions(SET)


__all__ = ["SET", "by_dimension", "main", "measure", "report_with_dimensions"]


if __name__ == "__main__":
    main()
