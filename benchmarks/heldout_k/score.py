"""Held-out set K scored: FOI letters (foi_k.py) and WRES layouts (wres_k.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set K's renderer (render.py here, set J's plus
paragraphs in another typeface): FOI question/answer P/R/F1 with reference, dates and
exemptions, rules only and with the shipped labeller, per format and per style; WRES
figures found with the right key, precision and misattributed, per format and per
layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit (main after set J
had been learned from), before anyone saw set K.

    python benchmarks/heldout_k/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_k import foi_k, wres_k  # noqa: E402
from benchmarks.heldout_k.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

# Measured at the set's base commit 6b547d5 (main after the learning from set J, before
# anyone saw set K), by this script, with nothing under parsers/ changed.
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "6b547d5"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {}

SET = HeldoutSet(
    name="K",
    letters=foi_k.letters,
    styles=foi_k.STYLES,
    layouts=wres_k.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
