"""Held-out set F scored: FOI letters (foi_f.py) and WRES layouts (wres_f.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set E's renderer (benchmarks/heldout_e/render.py):
FOI question/answer P/R/F1 with reference, dates and exemptions, rules only and with
the shipped labeller, per format and per style; WRES figures found with the right key,
precision and misattributed, per format and per layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit, after the parsers
had learned from sets D and E but before anyone saw set F; each run prints them beside
today's ("first sight X, now Y").

    python benchmarks/heldout_f/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_e.render import render  # noqa: E402
from benchmarks.heldout_f import foi_f, wres_f  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

# Measured at the set's base commit ddaa1d5 (main after the set-E retrain, before
# anyone saw set F), by this script, with nothing under parsers/ changed. FOI rows: (P,
# R, F1, reference, dates, exemptions); WRES rows: (found with the right key, precision,
# misattributed, found, truth), summed over each layout's formats.
FIRST_SIGHT_COMMIT = "ddaa1d5"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.723, 0.596, 0.654, 1.0, 0.75, 0.882),
    "FOI rules only, DOCX": (0.723, 0.619, 0.667, 1.0, 0.75, 0.906),
    "FOI rules only, PDF": (0.723, 0.619, 0.667, 1.0, 0.75, 0.906),
    "FOI rules only, HTML": (0.724, 0.477, 0.575, 1.0, 0.75, 0.75),
    "FOI rules only, roman numerals (i)/(ii)": (0.733, 0.733, 0.733, 1.0, 0.75, 1.0),
    "FOI rules only, lettered a)/b), Response: prefix": (0.714, 0.714, 0.714, 1.0, 0.75, 1.0),
    "FOI rules only, Question N / Response headings": (0.692, 0.692, 0.692, 1.0, 0.75, 1.0),
    "FOI rules only, plain question, bold answer": (0.733, 0.733, 0.733, 1.0, 0.75, 1.0),
    "FOI rules only, answers as bullet points": (0.75, 0.75, 0.75, 1.0, 0.75, 1.0),
    "FOI rules only, unnumbered Q. / A.": (0.0, 0.0, 0.0, 1.0, 0.75, 0.25),
    "FOI rules only, question as a heading": (0.714, 0.625, 0.667, 1.0, 0.75, 1.0),
    "FOI rules only, 1) question, 'Response from the Trust' line": (
        0.714,
        0.714,
        0.714,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, all": (0.829, 0.711, 0.765, 1.0, 0.75, 0.842),
    "FOI labeller, DOCX": (0.837, 0.737, 0.784, 1.0, 0.75, 0.875),
    "FOI labeller, PDF": (0.837, 0.737, 0.784, 1.0, 0.75, 0.875),
    "FOI labeller, HTML": (0.781, 0.568, 0.658, 1.0, 0.75, 0.667),
    "FOI labeller, roman numerals (i)/(ii)": (0.867, 0.867, 0.867, 1.0, 0.75, 1.0),
    "FOI labeller, lettered a)/b), Response: prefix": (0.929, 0.929, 0.929, 1.0, 0.75, 1.0),
    "FOI labeller, Question N / Response headings": (0.769, 0.769, 0.769, 1.0, 0.75, 0.5),
    "FOI labeller, plain question, bold answer": (0.867, 0.867, 0.867, 1.0, 0.75, 1.0),
    "FOI labeller, answers as bullet points": (0.938, 0.938, 0.938, 1.0, 0.75, 1.0),
    "FOI labeller, unnumbered Q. / A.": (0.0, 0.0, 0.0, 1.0, 0.75, 0.5),
    "FOI labeller, question as a heading": (0.786, 0.688, 0.733, 1.0, 0.75, 1.0),
    "FOI labeller, 1) question, 'Response from the Trust' line": (
        0.857,
        0.857,
        0.857,
        1.0,
        0.75,
        1.0,
    ),
    "WRES, all": (0.231, 0.429, 24, 18, 78),
    "WRES, HTML": (0.231, 0.429, 8, 6, 26),
    "WRES, PDF": (0.231, 0.429, 8, 6, 26),
    "WRES, DOCX": (0.231, 0.429, 8, 6, 26),
    "WRES, long table: indicator, group, year, figure": (0.0, 0.0, 24, 0, 24),
    "WRES, per cent spelled out in prose": (1.0, 1.0, 0, 18, 18),
    "WRES, relative likelihoods as n:1 ratios": (0.0, 1.0, 0, 0, 18),
    "WRES, indicator 1 by staff group, dates as 31/03/YYYY": (0.0, 1.0, 0, 0, 18),
}


SET = HeldoutSet(
    name="F",
    letters=foi_f.letters,
    styles=foi_f.STYLES,
    layouts=wres_f.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
