"""Held-out set AG scored: FOI letters (foi_ag.py), each rendering parsed as
`parse-file` would, by the shared held-out scorer (benchmarks/heldout_score.py) with
set AG's renderer (benchmarks/heldout_ag/render_ag.py: set AF's, plus the question
cards, the content-control form, the fixed-width listing, the letterhead text box and
the page footer set AG's FOI letters print): FOI question/answer P/R/F1 with
reference, dates and exemptions, rules only and with the shipped labeller, per format
and per style. The WRES half is written by another helper in another tree at the same
commit and is wired in by the lead after merging (`layouts=()` until then).

Set AG's FOI half was written on parsers unchanged since 83c2e84 (nothing under
parsers/, nor under tests/ but tests/heldout_checks.py and tests/test_heldout_*.py, was
read while writing it). `FIRST_SIGHT` keeps the numbers measured there, before anyone
saw set AG. Set AG stays sealed: nobody learns from it until the lead has recorded a
possible second sight.

    python benchmarks/heldout_ag/score.py   # first sight X, now Y
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_ag import foi_ag  # noqa: E402
from benchmarks.heldout_ag.render_ag import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

# FOI rows: (P, R, F1, reference, dates, exemptions), summed over formats; the WRES rows
# are the lead's to add with the WRES half.
FIRST_SIGHT_COMMIT = "83c2e84"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {}

SET = HeldoutSet(
    name="AG",
    letters=foi_ag.letters,
    styles=foi_ag.STYLES,
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
