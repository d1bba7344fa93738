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
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.473, 0.409, 0.439, 0.726, 0.667, 0.762),
    "FOI rules only, DOCX": (0.462, 0.381, 0.417, 0.75, 0.656, 0.719),
    "FOI rules only, PDF": (0.564, 0.524, 0.543, 0.75, 0.688, 0.812),
    "FOI rules only, HTML": (0.323, 0.263, 0.29, 0.65, 0.65, 0.75),
    "FOI rules only, answers typed in another typeface (Courier New) beneath each question, no markers": (
        1.0,
        0.5,
        0.667,
        0.5,
        0.75,
        0.5,
    ),
    "FOI rules only, letter inside a borderless layout table, contact details in a left sidebar": (
        1.0,
        0.333,
        0.5,
        0.5,
        0.583,
        0.5,
    ),
    "FOI rules only, scanned-style text: hard line breaks inside paragraphs, words hyphenated at line ends": (
        0.583,
        0.583,
        0.583,
        0.75,
        0.5,
        1.0,
    ),
    "FOI rules only, section 12 cost-limit refusal of some parts, section 16 advice after the answers": (
        0.75,
        0.75,
        0.75,
        1.0,
        0.75,
        1.0,
    ),
    "FOI rules only, answers as year-by-year sub-tables under each question": (
        1.0,
        1.0,
        1.0,
        0.75,
        0.75,
        1.0,
    ),
    "FOI rules only, answers split per hospital site, one line or sub-heading a site": (
        0.0,
        0.0,
        0.0,
        0.5,
        0.5,
        1.0,
    ),
    "FOI rules only, refusal notice up front, exemptions cited as 's.40(2)' / 'section 43, subsection (2)'": (
        1.0,
        0.5,
        0.667,
        1.0,
        0.75,
        0.0,
    ),
    "FOI rules only, requested items listed up front, all answered in one table row, a column per item": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, all": (0.47, 0.436, 0.453, 0.726, 0.667, 0.833),
    "FOI labeller, DOCX": (0.451, 0.405, 0.427, 0.75, 0.656, 0.781),
    "FOI labeller, PDF": (0.548, 0.548, 0.548, 0.75, 0.688, 0.875),
    "FOI labeller, HTML": (0.354, 0.303, 0.326, 0.65, 0.65, 0.85),
    "FOI labeller, answers typed in another typeface (Courier New) beneath each question, no markers": (
        1.0,
        0.714,
        0.833,
        0.5,
        0.75,
        1.0,
    ),
    "FOI labeller, letter inside a borderless layout table, contact details in a left sidebar": (
        1.0,
        0.333,
        0.5,
        0.5,
        0.583,
        0.5,
    ),
    "FOI labeller, scanned-style text: hard line breaks inside paragraphs, words hyphenated at line ends": (
        0.583,
        0.583,
        0.583,
        0.75,
        0.5,
        0.75,
    ),
    "FOI labeller, section 12 cost-limit refusal of some parts, section 16 advice after the answers": (
        0.75,
        0.75,
        0.75,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, answers as year-by-year sub-tables under each question": (
        1.0,
        1.0,
        1.0,
        0.75,
        0.75,
        1.0,
    ),
    "FOI labeller, answers split per hospital site, one line or sub-heading a site": (
        0.0,
        0.0,
        0.0,
        0.5,
        0.5,
        1.0,
    ),
    "FOI labeller, refusal notice up front, exemptions cited as 's.40(2)' / 'section 43, subsection (2)'": (
        0.571,
        0.5,
        0.533,
        1.0,
        0.75,
        0.25,
    ),
    "FOI labeller, requested items listed up front, all answered in one table row, a column per item": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        1.0,
    ),
    "WRES, all": (0.275, 1.0, 0, 90, 327),
    "WRES, HTML": (0.275, 1.0, 0, 30, 109),
    "WRES, PDF": (0.275, 1.0, 0, 30, 109),
    "WRES, DOCX": (0.275, 1.0, 0, 30, 109),
    "WRES, the gap in points first, then 'BME x%, White y%' in brackets, a line a survey year": (
        0.895,
        1.0,
        0,
        51,
        57,
    ),
    "WRES, three years in one cell joined by arrows ('15.2% → 16.8% → 18.1%'), the years in the column heading": (
        0.0,
        1.0,
        0,
        0,
        126,
    ),
    "WRES, a measure / value table per indicator, group and unit in the row label, no % signs": (
        0.176,
        1.0,
        0,
        9,
        51,
    ),
    "WRES, questions as headings ('What does indicator 5 tell us?'), figures in prose answers": (
        0.588,
        1.0,
        0,
        30,
        51,
    ),
    "WRES, one table with BME / White / gap / England columns, the period only in a merged first row": (
        0.0,
        1.0,
        0,
        0,
        42,
    ),
}

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
