"""Held-out set AD scored: FOI letters (foi_ad.py), each rendering parsed as
`parse-file` would, by the shared held-out scorer (benchmarks/heldout_score.py) with
set P's renderer (benchmarks/heldout_p/render.py, imported): FOI question/answer
P/R/F1 with reference, dates and exemptions, rules only and with the shipped labeller,
per format and per style. The WRES half (wres_ad*.py, written by another helper in
another tree at the same commit) is the lead's to wire in after merging (`layouts`).

Set AD's FOI half was written on parsers unchanged since 5d63e5d (nothing under
parsers/, nor under tests/ but tests/heldout_checks.py and tests/test_heldout_*.py, was
read while writing it). `FIRST_SIGHT` keeps the numbers measured there, before anyone
saw set AD. Set AD stays sealed: nobody learns from it until the lead has recorded a
possible second sight.

    python benchmarks/heldout_ad/score.py   # first sight X, now Y
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_ad import foi_ad  # noqa: E402
from benchmarks.heldout_p.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

FIRST_SIGHT_COMMIT = "5d63e5d"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {}

SET = HeldoutSet(
    name="AD",
    letters=foi_ad.letters,
    styles=foi_ad.STYLES,
    layouts=[],
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]

if __name__ == "__main__":
    main()
