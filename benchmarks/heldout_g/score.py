"""Held-out set G scored: FOI letters (foi_g.py) and WRES layouts (wres_g.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set G's renderer (render.py here, set D's plus Word
list numbering and running headers and footers): FOI question/answer P/R/F1 with
reference, dates and exemptions, rules only and with the shipped labeller, per format
and per style; WRES figures found with the right key, precision and misattributed, per
format and per layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit, after the parsers
had learned from sets D and E (and set F's long tables) but before anyone saw set G.
`FIRST_SIGHT_AFTER_F` is a second first sight, measured where set F's learning landed
(still before anyone had seen set G), printed as its own column ("first sight X, after
F Z, now Y").

    python benchmarks/heldout_g/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_g import foi_g, wres_g  # noqa: E402
from benchmarks.heldout_g.render import render  # noqa: E402
from benchmarks.heldout_score import (  # noqa: E402
    HeldoutSet,
    measure,
    report,
    report_with_second_sight,
)

# Measured at the set's base commit 2d55024 (main after set F's first round of
# learning, before anyone saw set G), by this script, with nothing under parsers/
# changed. FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with
# the right key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "2d55024"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.387, 0.232, 0.29, 0.7, 1.0, 0.713),
    "FOI rules only, DOCX": (0.388, 0.258, 0.31, 0.688, 1.0, 0.75),
    "FOI rules only, PDF": (0.388, 0.258, 0.31, 0.688, 1.0, 0.75),
    "FOI rules only, HTML": (0.381, 0.129, 0.193, 0.75, 1.0, 0.562),
    "FOI rules only, auto-numbered questions (Word list numbering)": (
        0.938,
        0.625,
        0.75,
        0.75,
        1.0,
        0.75,
    ),
    "FOI rules only, decimal numbering under subject headings": (0.0, 0.0, 0.0, 0.75, 1.0, 1.0),
    "FOI rules only, one table per question, Question/Answer rows": (0.0, 0.0, 0.0, 0.5, 1.0, 0.5),
    "FOI rules only, Information requested / Information supplied": (0.0, 0.0, 0.0, 0.75, 1.0, 1.0),
    "FOI rules only, questions as bullet points, answers beneath": (0.0, 0.0, 0.0, 0.75, 1.0, 0.25),
    "FOI rules only, answer in a one-cell box": (1.0, 0.533, 0.696, 0.5, 1.0, 0.5),
    "FOI rules only, capital letters A./(B), 'Trust's answer' marker": (
        0.0,
        0.0,
        0.0,
        0.75,
        1.0,
        1.0,
    ),
    "FOI rules only, definition list, question as term": (0.889, 0.533, 0.667, 0.75, 1.0, 0.75),
    "FOI labeller, all": (0.494, 0.424, 0.456, 0.7, 1.0, 0.95),
    "FOI labeller, DOCX": (0.5, 0.425, 0.459, 0.688, 1.0, 0.938),
    "FOI labeller, PDF": (0.5, 0.425, 0.459, 0.688, 1.0, 0.938),
    "FOI labeller, HTML": (0.473, 0.419, 0.444, 0.75, 1.0, 1.0),
    "FOI labeller, auto-numbered questions (Word list numbering)": (
        0.681,
        0.667,
        0.674,
        0.75,
        1.0,
        1.0,
    ),
    "FOI labeller, decimal numbering under subject headings": (0.0, 0.0, 0.0, 0.75, 1.0, 1.0),
    "FOI labeller, one table per question, Question/Answer rows": (0.0, 0.0, 0.0, 0.5, 1.0, 0.5),
    "FOI labeller, Information requested / Information supplied": (0.0, 0.0, 0.0, 0.75, 1.0, 1.0),
    "FOI labeller, questions as bullet points, answers beneath": (
        0.854,
        0.729,
        0.787,
        0.75,
        1.0,
        1.0,
    ),
    "FOI labeller, answer in a one-cell box": (0.8, 0.533, 0.64, 0.5, 1.0, 1.0),
    "FOI labeller, capital letters A./(B), 'Trust's answer' marker": (
        0.0,
        0.0,
        0.0,
        0.75,
        1.0,
        1.0,
    ),
    "FOI labeller, definition list, question as term": (1.0, 1.0, 1.0, 0.75, 1.0, 1.0),
    "WRES, all": (0.299, 0.722, 24, 78, 261),
    "WRES, HTML": (0.299, 0.722, 8, 26, 87),
    "WRES, PDF": (0.299, 0.722, 8, 26, 87),
    "WRES, DOCX": (0.299, 0.722, 8, 26, 87),
    "WRES, section rows inside one table: clinical / non-clinical bands": (1.0, 1.0, 0, 72, 72),
    "WRES, board paper with numbered paragraphs 4.1, 4.2": (0.118, 0.167, 24, 6, 51),
    "WRES, White and BME figures together in one cell": (0.0, 1.0, 0, 0, 48),
    "WRES, detailed ethnic groups, dates as 31.03.YYYY": (0.0, 1.0, 0, 0, 42),
    "WRES, percentages with their bases (n=) in the cell": (0.0, 1.0, 0, 0, 48),
}

# Measured where set F's learning landed, before anyone saw set G: the FOI rows at
# 745bb6a (main with the FOI reader's learning from set F, labeller retrained), the WRES
# rows at 717f512 (the WRES reader's set F commits, before its set G work).
FIRST_SIGHT_AFTER_F_COMMIT = "745bb6a (FOI), 717f512 (WRES)"
FIRST_SIGHT_AFTER_F: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.414, 0.248, 0.311, 0.7, 1.0, 0.713),
    "FOI rules only, DOCX": (0.412, 0.275, 0.33, 0.688, 1.0, 0.75),
    "FOI rules only, PDF": (0.412, 0.275, 0.33, 0.688, 1.0, 0.75),
    "FOI rules only, HTML": (0.429, 0.145, 0.217, 0.75, 1.0, 0.562),
    "FOI rules only, auto-numbered questions (Word list numbering)": (
        1.0,
        0.667,
        0.8,
        0.75,
        1.0,
        0.75,
    ),
    "FOI rules only, decimal numbering under subject headings": (0.0, 0.0, 0.0, 0.75, 1.0, 1.0),
    "FOI rules only, one table per question, Question/Answer rows": (0.0, 0.0, 0.0, 0.5, 1.0, 0.5),
    "FOI rules only, Information requested / Information supplied": (0.0, 0.0, 0.0, 0.75, 1.0, 1.0),
    "FOI rules only, questions as bullet points, answers beneath": (0.0, 0.0, 0.0, 0.75, 1.0, 0.25),
    "FOI rules only, answer in a one-cell box": (1.0, 0.533, 0.696, 0.5, 1.0, 0.5),
    "FOI rules only, capital letters A./(B), 'Trust's answer' marker": (
        0.0,
        0.0,
        0.0,
        0.75,
        1.0,
        1.0,
    ),
    "FOI rules only, definition list, question as term": (1.0, 0.6, 0.75, 0.75, 1.0, 0.75),
    "FOI labeller, all": (0.494, 0.424, 0.456, 0.7, 1.0, 0.95),
    "FOI labeller, DOCX": (0.5, 0.425, 0.459, 0.688, 1.0, 0.938),
    "FOI labeller, PDF": (0.5, 0.425, 0.459, 0.688, 1.0, 0.938),
    "FOI labeller, HTML": (0.473, 0.419, 0.444, 0.75, 1.0, 1.0),
    "FOI labeller, auto-numbered questions (Word list numbering)": (
        0.681,
        0.667,
        0.674,
        0.75,
        1.0,
        1.0,
    ),
    "FOI labeller, decimal numbering under subject headings": (0.0, 0.0, 0.0, 0.75, 1.0, 1.0),
    "FOI labeller, one table per question, Question/Answer rows": (0.0, 0.0, 0.0, 0.5, 1.0, 0.5),
    "FOI labeller, Information requested / Information supplied": (0.0, 0.0, 0.0, 0.75, 1.0, 1.0),
    "FOI labeller, questions as bullet points, answers beneath": (
        0.854,
        0.729,
        0.787,
        0.75,
        1.0,
        1.0,
    ),
    "FOI labeller, answer in a one-cell box": (0.8, 0.533, 0.64, 0.5, 1.0, 1.0),
    "FOI labeller, capital letters A./(B), 'Trust's answer' marker": (
        0.0,
        0.0,
        0.0,
        0.75,
        1.0,
        1.0,
    ),
    "FOI labeller, definition list, question as term": (1.0, 1.0, 1.0, 0.75, 1.0, 1.0),
    "WRES, all": (0.437, 0.792, 24, 114, 261),
    "WRES, HTML": (0.437, 0.792, 8, 38, 87),
    "WRES, PDF": (0.437, 0.792, 8, 38, 87),
    "WRES, DOCX": (0.437, 0.792, 8, 38, 87),
    "WRES, section rows inside one table: clinical / non-clinical bands": (1.0, 1.0, 0, 72, 72),
    "WRES, board paper with numbered paragraphs 4.1, 4.2": (0.118, 0.167, 24, 6, 51),
    "WRES, White and BME figures together in one cell": (0.0, 1.0, 0, 0, 48),
    "WRES, detailed ethnic groups, dates as 31.03.YYYY": (0.857, 1.0, 0, 36, 42),
    "WRES, percentages with their bases (n=) in the cell": (0.0, 1.0, 0, 0, 48),
}

SET = HeldoutSet(
    name="G",
    letters=foi_g.letters,
    styles=foi_g.STYLES,
    layouts=wres_g.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    if FIRST_SIGHT_AFTER_F:
        report_with_second_sight(SET, FIRST_SIGHT_AFTER_F, FIRST_SIGHT_AFTER_F_COMMIT, "F")
    else:
        report(SET)


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
