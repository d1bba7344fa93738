"""Held-out set AJ scored: FOI letters (foi_aj.py), each rendering parsed as
`parse-file` would, by the shared held-out scorer (benchmarks/heldout_score.py) with
set AJ's renderer (render_aj.py: set AI's plus tracked-change insertions, boxes drawn
with paragraph borders titled on their top edge, and a table whose theme cell is merged
down over its questions' rows): FOI question/answer P/R/F1 with reference, dates and
exemptions, rules only and with the shipped labeller, per format and per style. The
WRES half (written by another helper in another tree at the same commit) is wired in by
the lead after merging.

Set AJ's FOI half was written on parsers unchanged since 70c5ce8 (nothing under
parsers/, nor under tests/ but tests/heldout_checks.py and tests/test_heldout_*.py, was
read while writing it). `FIRST_SIGHT` keeps the numbers measured there, before anyone
saw set AJ. Set AJ stays sealed: nobody learns from it until the lead has recorded a
possible second sight.

    python benchmarks/heldout_aj/score.py   # first sight X, now Y
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_aj import foi_aj  # noqa: E402
from benchmarks.heldout_aj.render_aj import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

FIRST_SIGHT_COMMIT = "70c5ce8"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {}

SET = HeldoutSet(
    name="AJ",
    letters=foi_aj.letters,
    styles=foi_aj.STYLES,
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
