"""Held-out set AI scored: FOI letters (foi_ai.py), each rendering parsed as
`parse-file` would, by the shared held-out scorer (benchmarks/heldout_score.py) with
set AI's renderer (render_ai.py: set AF's plus hanging-indent margin labels, two-level
bullets and a table whose number cell is merged down over two rows): FOI
question/answer P/R/F1 with reference, dates and exemptions, rules only and with the
shipped labeller, per format and per style. The WRES half (written by another helper in
another tree at the same commit) is wired in by the lead after merging.

Set AI's FOI half was written on parsers unchanged since 052c2ca (nothing under
parsers/, nor under tests/ but tests/heldout_checks.py and tests/test_heldout_*.py, was
read while writing it). `FIRST_SIGHT` keeps the numbers measured there, before anyone
saw set AI. Set AI stays sealed: nobody learns from it until the lead has recorded a
possible second sight.

    python benchmarks/heldout_ai/score.py   # first sight X, now Y
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_ai import foi_ai  # noqa: E402
from benchmarks.heldout_ai.render_ai import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

FIRST_SIGHT_COMMIT = "052c2ca"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {}

SET = HeldoutSet(
    name="AI",
    letters=foi_ai.letters,
    styles=foi_ai.STYLES,
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
