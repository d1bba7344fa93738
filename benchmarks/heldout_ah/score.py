"""Held-out set AH scored: FOI letters (foi_ah.py), each rendering parsed as
`parse-file` would, by the shared held-out scorer (benchmarks/heldout_score.py) with
set P's renderer (benchmarks/heldout_p/render.py, imported; every FOI letter's block is
one set P draws): FOI question/answer P/R/F1 with reference, dates and exemptions, rules
only and with the shipped labeller, per format and per style. The WRES half (written
by another helper in another tree at the same commit) is the lead's to wire in after
merging: until then `layouts` is empty and the WRES rows are printed without a first
sight.

Set AH's FOI half was written on parsers unchanged since 83c2e84 (nothing under
parsers/, nor under tests/ but tests/heldout_checks.py and tests/test_heldout_*.py, was
read while writing it). `FIRST_SIGHT` keeps the numbers measured there, before anyone
saw set AH. Set AH stays sealed: nobody learns from it until the lead has recorded a
possible second sight.

    python benchmarks/heldout_ah/score.py   # first sight X, now Y
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_ah import foi_ah  # noqa: E402
from benchmarks.heldout_p.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

# Not yet measured: the set's truth is committed first, then this script is run once.
FIRST_SIGHT_COMMIT = "83c2e84"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {}

SET = HeldoutSet(
    name="AH",
    letters=foi_ah.letters,
    styles=foi_ah.STYLES,
    layouts=(),
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]

if __name__ == "__main__":
    main()
