"""Held-out set N scored: FOI letters (foi_n.py) and WRES layouts (wres_n.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set N's renderer (render.py here, set M's as it
is): FOI question/answer P/R/F1 with reference, dates and exemptions, rules only and
with the shipped labeller, per format and per style; WRES figures found with the
right key, precision and misattributed, per format and per layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit (main after sets L
and M had been learned from), before anyone saw set N.

    python benchmarks/heldout_n/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_n import foi_n, wres_n  # noqa: E402
from benchmarks.heldout_n.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

# Measured at the set's base commit e88534e (main after the learning from sets L and M,
# before anyone saw set N), by this script, with nothing under parsers/ changed.
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "e88534e"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.339, 0.255, 0.291, 0.955, 0.835, 0.727),
    "FOI rules only, DOCX": (0.358, 0.277, 0.313, 0.938, 0.844, 0.75),
    "FOI rules only, PDF": (0.358, 0.277, 0.313, 0.938, 0.844, 0.75),
    "FOI rules only, HTML": (0.282, 0.196, 0.231, 1.0, 0.812, 0.667),
    "FOI rules only, questions across a horizontal table: a column per question, the question in the header row and its answer in the row below": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.5,
    ),
    "FOI rules only, a 'Summary of response' table up front (question number / held? / exemption), the full numbered answers below it": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI rules only, form-like letter: tick-box lines ('☒ Yes ☐ No') for held and exempt, then the details": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI rules only, 'Q1a' / 'R1a' labels: each response carries its question's label with R for Q": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI rules only, questions typed in ALL CAPITALS, unnumbered, the answers in sentence case beneath": (
        1.0,
        0.526,
        0.69,
        1.0,
        0.75,
        0.5,
    ),
    "FOI rules only, run-in answers on the question's own line after an en dash or ' - ', some continuing on further lines": (
        1.0,
        0.625,
        0.769,
        1.0,
        0.875,
        0.75,
    ),
    "FOI rules only, reference and received date only in a 'RE:' subject line under the salutation, no reference or date lines in the letter head": (
        1.0,
        1.0,
        1.0,
        0.5,
        1.0,
        1.0,
    ),
    "FOI rules only, questions listed above an answer table keyed by number only ('No. | Response'), the questions not repeated in it": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        0.25,
    ),
    "FOI labeller, all": (0.376, 0.311, 0.341, 0.955, 0.835, 0.761),
    "FOI labeller, DOCX": (0.391, 0.328, 0.357, 0.938, 0.844, 0.781),
    "FOI labeller, PDF": (0.388, 0.328, 0.356, 0.938, 0.844, 0.781),
    "FOI labeller, HTML": (0.338, 0.265, 0.297, 1.0, 0.812, 0.708),
    "FOI labeller, questions across a horizontal table: a column per question, the question in the header row and its answer in the row below": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.5,
    ),
    "FOI labeller, a 'Summary of response' table up front (question number / held? / exemption), the full numbered answers below it": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, form-like letter: tick-box lines ('☒ Yes ☐ No') for held and exempt, then the details": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.75,
    ),
    "FOI labeller, 'Q1a' / 'R1a' labels: each response carries its question's label with R for Q": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, questions typed in ALL CAPITALS, unnumbered, the answers in sentence case beneath": (
        0.944,
        0.895,
        0.919,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, run-in answers on the question's own line after an en dash or ' - ', some continuing on further lines": (
        1.0,
        0.625,
        0.769,
        1.0,
        0.875,
        0.75,
    ),
    "FOI labeller, reference and received date only in a 'RE:' subject line under the salutation, no reference or date lines in the letter head": (
        1.0,
        1.0,
        1.0,
        0.5,
        1.0,
        1.0,
    ),
    "FOI labeller, questions listed above an answer table keyed by number only ('No. | Response'), the questions not repeated in it": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        0.25,
    ),
    "WRES, all": (0.234, 1.0, 0, 96, 411),
    "WRES, HTML": (0.234, 1.0, 0, 32, 137),
    "WRES, PDF": (0.234, 1.0, 0, 32, 137),
    "WRES, DOCX": (0.234, 1.0, 0, 32, 137),
    "WRES, 'Global Majority' for BME; White British and White other printed apart beside a 'White (all)' total": (
        0.5,
        1.0,
        0,
        48,
        96,
    ),
    "WRES, proportions printed as decimals (0.273) rather than percentages, a note saying so": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, figures with 95% confidence intervals in brackets: '27.1% (25.3–28.9)'": (
        0.0,
        1.0,
        0,
        0,
        99,
    ),
    "WRES, board composition as lines: 'Voting members: 2 of 14 from ethnic minorities (14.3%)'": (
        1.0,
        1.0,
        0,
        48,
        48,
    ),
    "WRES, a compact scorecard: relative likelihoods written '1.23x', a RAG word column": (
        0.0,
        1.0,
        0,
        0,
        78,
    ),
}

SET = HeldoutSet(
    name="N",
    letters=foi_n.letters,
    styles=foi_n.STYLES,
    layouts=wres_n.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
