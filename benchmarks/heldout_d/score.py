"""Held-out set D scored: FOI letters (benchmarks/heldout_d/foi_d.py) and WRES layouts
(benchmarks/heldout_d/wres_d.py), each rendering parsed as `parse-file` would.

FOI: question/answer P/R/F1 with reference/dates/exemptions (benchmarks/foi_score.py),
rules only and with the shipped block labeller, per format and per style. WRES: figures
found with the right key, precision and misattributed (benchmarks/wres_score.py), per
layout over its formats. `FIRST_SIGHT` keeps the numbers measured at the commit the set
was written on, before anyone tuned the parsers to it; each run prints them beside
today's ("first sight X, now Y").

    python benchmarks/heldout_d/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_d import foi_d, wres_d  # noqa: E402
from benchmarks.heldout_d.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

# Measured at the set's base commit a3883a8 (main before any helper saw set D), by this
# script, before anything in parsers/ was changed for it. FOI rows: (P, R, F1, reference,
# dates, exemptions); WRES rows: (found with the right key, precision, misattributed,
# found, truth),
# summed over each layout's formats. (The parser of this worktree is a3883a8's: the
# numbers were re-measured there once after a truth fix — a table after an answer's text
# is the item's table, not its text, as DESIGN.md has it — and a ninth style added.)
FIRST_SIGHT_COMMIT = "a3883a8"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.415, 0.337, 0.372, 1.0, 0.966, 0.841),
    "FOI rules only, DOCX": (0.403, 0.319, 0.356, 1.0, 0.972, 0.833),
    "FOI rules only, PDF": (0.417, 0.319, 0.361, 1.0, 0.972, 0.833),
    "FOI rules only, HTML": (0.436, 0.42, 0.428, 1.0, 0.938, 0.875),
    "FOI rules only, request/reply table": (1.0, 0.455, 0.625, 1.0, 1.0, 0.333),
    "FOI rules only, you asked / we said": (0.0, 0.0, 0.0, 1.0, 1.0, 0.5),
    "FOI rules only, bold question, plain answer": (0.0, 0.0, 0.0, 1.0, 1.0, 0.667),
    "FOI rules only, bracketed numbers": (0.429, 0.429, 0.429, 1.0, 1.0, 1.0),
    "FOI rules only, Q1: / A1:": (0.714, 0.714, 0.714, 1.0, 1.0, 1.0),
    "FOI rules only, Question N - / shared reply": (0.091, 0.091, 0.091, 1.0, 1.0, 1.0),
    "FOI rules only, refined request quoted": (0.278, 0.278, 0.278, 1.0, 1.0, 1.0),
    "FOI rules only, shared-cell table": (0.621, 0.571, 0.595, 1.0, 1.0, 1.0),
    "FOI rules only, disclosure-log page": (0.583, 0.583, 0.583, 1.0, 0.75, 1.0),
    "FOI labeller, all": (0.472, 0.383, 0.423, 1.0, 0.966, 0.826),
    "FOI labeller, DOCX": (0.463, 0.367, 0.409, 1.0, 0.972, 0.815),
    "FOI labeller, PDF": (0.479, 0.367, 0.416, 1.0, 0.972, 0.815),
    "FOI labeller, HTML": (0.474, 0.457, 0.465, 1.0, 0.938, 0.875),
    "FOI labeller, request/reply table": (1.0, 0.455, 0.625, 1.0, 1.0, 0.333),
    "FOI labeller, you asked / we said": (0.0, 0.0, 0.0, 1.0, 1.0, 0.5),
    "FOI labeller, bold question, plain answer": (0.0, 0.0, 0.0, 1.0, 1.0, 0.667),
    "FOI labeller, bracketed numbers": (0.571, 0.571, 0.571, 1.0, 1.0, 0.833),
    "FOI labeller, Q1: / A1:": (0.762, 0.762, 0.762, 1.0, 1.0, 1.0),
    "FOI labeller, Question N - / shared reply": (0.227, 0.227, 0.227, 1.0, 1.0, 1.0),
    "FOI labeller, refined request quoted": (0.278, 0.278, 0.278, 1.0, 1.0, 1.0),
    "FOI labeller, shared-cell table": (0.621, 0.571, 0.595, 1.0, 1.0, 1.0),
    "FOI labeller, disclosure-log page": (0.75, 0.75, 0.75, 1.0, 0.75, 1.0),
    "WRES, all": (0.598, 0.897, 18, 156, 261),
    "WRES, HTML": (0.598, 0.897, 6, 52, 87),
    "WRES, PDF": (0.598, 0.897, 6, 52, 87),
    "WRES, DOCX": (0.598, 0.897, 6, 52, 87),
    "WRES, transposed: indicators as columns": (0.0, 0.0, 18, 0, 51),
    "WRES, infographic caption lines": (0.0, 1.0, 0, 0, 18),
    "WRES, two-year comparison with change column": (1.0, 1.0, 0, 18, 18),
    "WRES, board-paper prose, (last year) in brackets": (0.25, 1.0, 0, 9, 36),
    "WRES, appendix: band by band, groups as columns": (1.0, 1.0, 0, 72, 72),
    "WRES, definition lists": (0.5, 1.0, 0, 9, 18),
    "WRES, merged header cells over groups": (1.0, 1.0, 0, 48, 48),
}


SET = HeldoutSet(
    name="D",
    letters=foi_d.letters,
    styles=foi_d.STYLES,
    layouts=wres_d.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
