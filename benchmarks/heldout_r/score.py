"""Held-out set R scored: FOI letters (foi_r.py) and WRES layouts (wres_r.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set P's renderer (benchmarks/heldout_p/render.py,
imported): FOI question/answer P/R/F1 with reference, dates and exemptions, rules only
and with the shipped labeller, per format and per style; WRES figures found with the
right key, precision and misattributed, per format and per layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit (main after set Q),
before anyone saw set R; `FIRST_SIGHT_AFTER_Q` the numbers at f1ab114, where the
learning from set Q had landed and set R had still not been learned from.

    python benchmarks/heldout_r/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_p.render import render  # noqa: E402
from benchmarks.heldout_r import foi_r, wres_r  # noqa: E402
from benchmarks.heldout_score import (  # noqa: E402
    HeldoutSet,
    measure,
    report_with_second_sight,
)

# Measured at the set's base commit 31d0c6d (before anyone saw set R), by this script,
# with nothing under parsers/ changed. One truth was corrected before these numbers
# were recorded: a question's lettered sub-parts were first typed as one item (stem and
# parts); they are now an item a part ("1a"), the stem in no item, as set L's truth has
# them, each with the shared paragraph as its answer, as set D's shared replies (on
# the first truth that style scored F1 0.333 and "FOI rules only, all" 0.523).
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "31d0c6d"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.651, 0.656, 0.653, 1.0, 1.0, 0.76),
    "FOI rules only, DOCX": (0.662, 0.662, 0.662, 1.0, 1.0, 0.75),
    "FOI rules only, PDF": (0.63, 0.642, 0.636, 1.0, 1.0, 0.781),
    "FOI rules only, HTML": (0.662, 0.662, 0.662, 1.0, 1.0, 0.75),
    "FOI rules only, a long answer broken by a repeated 'Question N (continued)' heading, as where it ran over a page, the rest of the answer beneath it": (
        0.529,
        0.529,
        0.529,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, a two-column question/answer table divided by grey merged theme rows ('Workforce', 'Finance') that are neither question nor answer": (
        0.455,
        0.294,
        0.357,
        1.0,
        1.0,
        0.5,
    ),
    "FOI rules only, a 'No. | Request | Response' table where a long response runs on into a second row whose number and request cells are empty": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, each question a bold run opening its paragraph, the answer carrying on in plain type in the same paragraph, with no label or separator": (
        0.3,
        0.2,
        0.24,
        1.0,
        1.0,
        0.083,
    ),
    "FOI rules only, questions with lettered sub-parts on lines of their own ('(a) …', '(b) …'), all the parts answered together in one paragraph": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, a question answered only by a pointer to an 'Annex A' / 'Appendix 1' table printed after the signature, the annex in no answer": (
        0.818,
        0.818,
        0.818,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, each question under a numbered subject heading ('3. Taxi spend'), then 'You asked:' / 'Our response:' lines, the heading's number its label": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        0.5,
    ),
    "FOI rules only, the request quoted in a bordered box at the top with its questions numbered inside it, the numbered answers below the box without the questions repeated": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, all": (0.581, 0.656, 0.616, 1.0, 1.0, 0.76),
    "FOI labeller, DOCX": (0.592, 0.662, 0.625, 1.0, 1.0, 0.75),
    "FOI labeller, PDF": (0.561, 0.642, 0.599, 1.0, 1.0, 0.781),
    "FOI labeller, HTML": (0.592, 0.662, 0.625, 1.0, 1.0, 0.75),
    "FOI labeller, a long answer broken by a repeated 'Question N (continued)' heading, as where it ran over a page, the rest of the answer beneath it": (
        0.529,
        0.529,
        0.529,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, a two-column question/answer table divided by grey merged theme rows ('Workforce', 'Finance') that are neither question nor answer": (
        0.455,
        0.294,
        0.357,
        1.0,
        1.0,
        0.5,
    ),
    "FOI labeller, a 'No. | Request | Response' table where a long response runs on into a second row whose number and request cells are empty": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, each question a bold run opening its paragraph, the answer carrying on in plain type in the same paragraph, with no label or separator": (
        0.29,
        0.2,
        0.237,
        1.0,
        1.0,
        0.083,
    ),
    "FOI labeller, questions with lettered sub-parts on lines of their own ('(a) …', '(b) …'), all the parts answered together in one paragraph": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, a question answered only by a pointer to an 'Annex A' / 'Appendix 1' table printed after the signature, the annex in no answer": (
        0.818,
        0.818,
        0.818,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, each question under a numbered subject heading ('3. Taxi spend'), then 'You asked:' / 'Our response:' lines, the heading's number its label": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        0.5,
    ),
    "FOI labeller, the request quoted in a bordered box at the top with its questions numbered inside it, the numbered answers below the box without the questions repeated": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "WRES, all": (0.3, 0.964, 0, 162, 540),
    "WRES, HTML": (0.3, 0.964, 0, 54, 180),
    "WRES, PDF": (0.3, 0.964, 0, 54, 180),
    "WRES, DOCX": (0.3, 0.964, 0, 54, 180),
    "WRES, indicator 1 as one table per staff group (clinical, non-clinical), pay bands as rows, White / BME under a merged '31 March' head for each year, a headcount column": (
        1.0,
        1.0,
        0,
        144,
        144,
    ),
    "WRES, infographic cards three to a borderless row, each an indicator and group with its figure large and a small 'Last year: x%' line beneath": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, each chart's data printed as text lines under its title: 'Series: White; 2021/22: 80.2%; 2022/23: 78.9%; 2023/24: 77.1%', a National series on some": (
        0.0,
        1.0,
        0,
        0,
        135,
    ),
    "WRES, a long narrative report with no tables, each figure inside a sentence ('set against', 'where twelve months earlier the share stood at', 'put these at')": (
        0.2,
        0.75,
        0,
        18,
        90,
    ),
    "WRES, indicators as rows, BME and White as columns, each cell a line a year ('2023/24: 31.9%' over '2022/23: 34.2%'), footnote marks on some figures, '*' and 'n/a' cells": (
        0.0,
        1.0,
        0,
        0,
        81,
    ),
}

# Measured at f1ab114 (set Q learned from, set R not yet) by this script: every row the
# same as at first sight.
FIRST_SIGHT_AFTER_Q_COMMIT = "f1ab114"
FIRST_SIGHT_AFTER_Q: dict[str, tuple[float, ...]] = dict(FIRST_SIGHT)

SET = HeldoutSet(
    name="R",
    letters=foi_r.letters,
    styles=foi_r.STYLES,
    layouts=wres_r.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report_with_second_sight(SET, FIRST_SIGHT_AFTER_Q, FIRST_SIGHT_AFTER_Q_COMMIT, "Q")


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
