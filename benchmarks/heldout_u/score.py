"""Held-out set U scored: FOI letters (foi_u.py) and WRES layouts (wres_u.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set P's renderer (benchmarks/heldout_p/render.py,
imported): FOI question/answer P/R/F1 with reference, dates and exemptions, rules only
and with the shipped labeller, per format and per style; WRES figures found with the
right key, precision and misattributed, per format and per layout.

Set U was written after set T was learned from, on parsers unchanged since 060d822
(the branch's parsers/ are exactly those of 060d822; nothing under parsers/ or tests/
was read while writing it). `FIRST_SIGHT` keeps the numbers measured there, before
anyone saw set U.

    python benchmarks/heldout_u/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_p.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402
from benchmarks.heldout_u import foi_u, wres_u  # noqa: E402

# Measured at 060d822 (before anyone saw set U), by this script, with nothing under
# parsers/ changed since that commit. No truth was changed after these numbers were
# first seen.
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "060d822"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.877, 0.435, 0.582, 1.0, 1.0, 0.844),
    "FOI rules only, DOCX": (0.877, 0.435, 0.582, 1.0, 1.0, 0.844),
    "FOI rules only, PDF": (0.877, 0.435, 0.582, 1.0, 1.0, 0.844),
    "FOI rules only, HTML": (0.877, 0.435, 0.582, 1.0, 1.0, 0.844),
    "FOI rules only, one two-column table with no header row: a label cell on the left ('Request 1', 'Response 1'), the question and its answer each a row of their own": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        0.0,
    ),
    "FOI rules only, one table answering every question: the questions as rows and the financial years as columns ('2021/22 | 2022/23 | 2023/24'), each answer the question's row of figures": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, each question printed as the merged first row of its own small table of figures, the column heads and rows beneath it the answer": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, a list of requested items answered as unnumbered 'label: value' lines ('Number of neonatal cots: 24'), under one introductory sentence": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        0.75,
    ),
    "FOI rules only, each numbered question and its answer in one paragraph: the question in bold, then a line break, the answer beneath in the same paragraph": (
        0.882,
        0.882,
        0.882,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, a 'Decision' grid up front (reference, received, responded, decision, exemptions applied), then plain numbered questions with ordinary answer paragraphs beneath": (
        0.875,
        0.875,
        0.875,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, numbered questions each answered by un-bulleted lines 'Medicine – 64.2', a paragraph a line, no table and no column heads": (
        0.867,
        0.867,
        0.867,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, a disclosure-log page with a 'Request' paragraph whose questions are lines broken by <br> ('1. …<br>2. …') and a 'Response' paragraph whose answers are numbered lines likewise": (
        0.882,
        0.882,
        0.882,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, all": (0.938, 0.466, 0.622, 1.0, 1.0, 0.844),
    "FOI labeller, DOCX": (0.938, 0.466, 0.622, 1.0, 1.0, 0.844),
    "FOI labeller, PDF": (0.938, 0.466, 0.622, 1.0, 1.0, 0.844),
    "FOI labeller, HTML": (0.938, 0.466, 0.622, 1.0, 1.0, 0.844),
    "FOI labeller, one two-column table with no header row: a label cell on the left ('Request 1', 'Response 1'), the question and its answer each a row of their own": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        0.0,
    ),
    "FOI labeller, one table answering every question: the questions as rows and the financial years as columns ('2021/22 | 2022/23 | 2023/24'), each answer the question's row of figures": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, each question printed as the merged first row of its own small table of figures, the column heads and rows beneath it the answer": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, a list of requested items answered as unnumbered 'label: value' lines ('Number of neonatal cots: 24'), under one introductory sentence": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        0.75,
    ),
    "FOI labeller, each numbered question and its answer in one paragraph: the question in bold, then a line break, the answer beneath in the same paragraph": (
        0.882,
        0.882,
        0.882,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, a 'Decision' grid up front (reference, received, responded, decision, exemptions applied), then plain numbered questions with ordinary answer paragraphs beneath": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, numbered questions each answered by un-bulleted lines 'Medicine – 64.2', a paragraph a line, no table and no column heads": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, a disclosure-log page with a 'Request' paragraph whose questions are lines broken by <br> ('1. …<br>2. …') and a 'Response' paragraph whose answers are numbered lines likewise": (
        0.882,
        0.882,
        0.882,
        1.0,
        1.0,
        1.0,
    ),
    "WRES, all": (0.52, 0.987, 0, 234, 450),
    "WRES, HTML": (0.52, 0.987, 0, 78, 150),
    "WRES, PDF": (0.52, 0.987, 0, 78, 150),
    "WRES, DOCX": (0.52, 0.987, 0, 78, 150),
    "WRES, a table a year ('Table 1: 2023/24'), indicators 1 to 9 as rows in order, BME / White / 'Relative likelihood' columns with '—' where a column does not apply": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, a two-column 'Indicator | What the data shows' table, the figures inside the commentary cell's sentences with last year's in brackets ('(2022/23: 33.8%)')": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, one table with each indicator on two rows, named on the first only, a 'Period' column ('2023/24', '2022/23') and BME / White columns; each ratio in its numerator group's column, the other cell empty": (
        1.0,
        1.0,
        0,
        90,
        90,
    ),
    "WRES, figures grouped by their source, not by year label: sections headed 'Workforce record at 31 March 2024' and '2023 NHS Staff Survey', a bullet an indicator ('Indicator 6: BME 28.3% · White 22.6% · comparator 25.3%')": (
        0.6,
        1.0,
        0,
        54,
        90,
    ),
    "WRES, a board report whose executive summary quotes rounded figures ('around 27%'), the exact figures only in an appendix table after the actions": (
        1.0,
        0.968,
        0,
        90,
        90,
    ),
}

SET = HeldoutSet(
    name="U",
    letters=foi_u.letters,
    styles=foi_u.STYLES,
    layouts=wres_u.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
