"""Held-out set AF scored: FOI letters (foi_af.py), each rendering parsed as
`parse-file` would, by the shared held-out scorer (benchmarks/heldout_score.py) with
set P's renderer (benchmarks/heldout_p/render.py, imported): FOI question/answer
P/R/F1 with reference, dates and exemptions, rules only and with the shipped labeller,
per format and per style. The WRES half (written by another helper in another tree at
the same commit) is the lead's to wire in after merging: until then `LAYOUTS` is empty
and the WRES rows read nothing.

Set AF's FOI half was written on parsers unchanged since d14c3f5 (nothing under
parsers/, nor under tests/ but tests/heldout_checks.py and tests/test_heldout_*.py, was
read while writing it). `FIRST_SIGHT` keeps the numbers measured there, before anyone
saw set AF. Set AF stays sealed: nobody learns from it until the lead has recorded a
possible second sight.

    python benchmarks/heldout_af/score.py   # first sight X, now Y
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_af import foi_af  # noqa: E402
from benchmarks.heldout_p.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

LAYOUTS: list = []  # the WRES half's, wired in by the lead

FIRST_SIGHT_COMMIT = "d14c3f5"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {}

SET = HeldoutSet(
    name="AF",
    letters=foi_af.letters,
    styles=foi_af.STYLES,
    layouts=LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]

if __name__ == "__main__":
    main()
