"""Held-out set Q scored: FOI letters (foi_q.py) and WRES layouts (wres_q.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set P's renderer (benchmarks/heldout_p/render.py,
imported): FOI question/answer P/R/F1 with reference, dates and exemptions, rules only
and with the shipped labeller, per format and per style; WRES figures found with the
right key, precision and misattributed, per format and per layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit (main after set P),
before anyone saw set Q.

    python benchmarks/heldout_q/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_p.render import render  # noqa: E402
from benchmarks.heldout_q import foi_q, wres_q  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

# Measured at the set's base commit 5a15c55 (before anyone saw set Q), by this script,
# with nothing under parsers/ changed.
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "5a15c55"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.811, 0.579, 0.675, 1.0, 1.0, 0.781),
    "FOI rules only, DOCX": (0.811, 0.579, 0.675, 1.0, 1.0, 0.781),
    "FOI rules only, PDF": (0.811, 0.579, 0.675, 1.0, 1.0, 0.781),
    "FOI rules only, HTML": (0.811, 0.579, 0.675, 1.0, 1.0, 0.781),
    "FOI rules only, each answer opening by restating the question as 'The Trust can confirm that …' before the detail": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, the questions as one bulleted list, then the answers as a second bulleted list of the same length in the same order": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        0.25,
    ),
    "FOI rules only, follow-up questions answered only by a pointer back to an earlier answer ('Please see the answer to question 2.')": (
        0.913,
        0.913,
        0.913,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, an 'Additional information' / 'Further information' section after all the answers, belonging to none of them": (
        0.765,
        0.765,
        0.765,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, each answer typed after its question in the same paragraph inside '[Response: …]'": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        0.0,
    ),
    "FOI rules only, each answer in a bordered one-cell box (a one-cell table) under its question": (
        0.857,
        0.857,
        0.857,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, a short subject heading above each question ('Interpreting spend'), the question in italics and the answer plain beneath it": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, a 'Question | Yes/No | Further detail' table of closed questions, the Yes/No cell and its detail one answer": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, all": (0.771, 0.609, 0.681, 1.0, 1.0, 0.844),
    "FOI labeller, DOCX": (0.771, 0.609, 0.681, 1.0, 1.0, 0.844),
    "FOI labeller, PDF": (0.771, 0.609, 0.681, 1.0, 1.0, 0.844),
    "FOI labeller, HTML": (0.771, 0.609, 0.681, 1.0, 1.0, 0.844),
    "FOI labeller, each answer opening by restating the question as 'The Trust can confirm that …' before the detail": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, the questions as one bulleted list, then the answers as a second bulleted list of the same length in the same order": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        0.75,
    ),
    "FOI labeller, follow-up questions answered only by a pointer back to an earlier answer ('Please see the answer to question 2.')": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, an 'Additional information' / 'Further information' section after all the answers, belonging to none of them": (
        0.765,
        0.765,
        0.765,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, each answer typed after its question in the same paragraph inside '[Response: …]'": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        0.0,
    ),
    "FOI labeller, each answer in a bordered one-cell box (a one-cell table) under its question": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, a short subject heading above each question ('Interpreting spend'), the question in italics and the answer plain beneath it": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, a 'Question | Yes/No | Further detail' table of closed questions, the Yes/No cell and its detail one answer": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        1.0,
    ),
    "WRES, all": (0.52, 0.951, 12, 234, 450),
    "WRES, HTML": (0.52, 0.951, 4, 78, 150),
    "WRES, PDF": (0.52, 0.951, 4, 78, 150),
    "WRES, DOCX": (0.52, 0.951, 4, 78, 150),
    "WRES, 'Current year' / 'Previous year' column heads, the years named only in a sentence above the table": (
        0.867,
        1.0,
        0,
        78,
        90,
    ),
    "WRES, a row per year and ethnic group ('2023/24' / 'BME'), a column per indicator headed 'Ind. 1' … 'Ind. 9' with a key to the columns above": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, actual figures for two years beside 'Target 2024/25' and 'Target 2025/26' trajectory columns, the oldest year first": (
        0.867,
        1.0,
        0,
        78,
        90,
    ),
    "WRES, indicators named only by short titles ('Shortlisting', 'Board'), their WRES numbers only in a key below the tables, a regional comparator column": (
        0.867,
        0.867,
        12,
        78,
        90,
    ),
    "WRES, a definition list: each indicator a term, its figures in one description with the year in brackets after each ('BME: 19.3% (2023/24), 18.1% (2022/23)')": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
}

SET = HeldoutSet(
    name="Q",
    letters=foi_q.letters,
    styles=foi_q.STYLES,
    layouts=wres_q.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
