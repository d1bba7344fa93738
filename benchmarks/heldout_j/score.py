"""Held-out set J scored: FOI letters (foi_j.py) and WRES layouts (wres_j.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set J's renderer (render.py here, set I's plus
coloured paragraphs and two-column pages): FOI question/answer P/R/F1 with reference,
dates and exemptions, rules only and with the shipped labeller, per format and per
style; WRES figures found with the right key, precision and misattributed, per format
and per layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit (main after set I
had been learned from), before anyone saw set J.

    python benchmarks/heldout_j/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_j import foi_j, wres_j  # noqa: E402
from benchmarks.heldout_j.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

# Measured at the set's base commit acb2ba7 (main after the learning from set I, before
# anyone saw set J), by this script, with nothing under parsers/ changed.
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "acb2ba7"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {}

SET = HeldoutSet(
    name="J",
    letters=foi_j.letters,
    styles=foi_j.STYLES,
    layouts=wres_j.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
