"""Held-out set P scored: FOI letters (foi_p.py) and WRES layouts (wres_p.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set P's renderer (render.py here, set O's plus a
banded two-column table with shaded question rows): FOI question/answer P/R/F1 with
reference, dates and exemptions, rules only and with the shipped labeller, per format
and per style; WRES figures found with the right key, precision and misattributed, per
format and per layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit (main after set O had
been scored a second time), before anyone saw set P; `FIRST_SIGHT_AFTER_O` the numbers
at fe92b7e, where the learning from set O had landed and set P had still not been
learned from.

    python benchmarks/heldout_p/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_p import foi_p, wres_p  # noqa: E402
from benchmarks.heldout_p.render import render  # noqa: E402
from benchmarks.heldout_score import (  # noqa: E402
    HeldoutSet,
    measure,
    report_with_second_sight,
)

# Measured at the set's base commit 32dcdfe (main after set O's second sight, before
# anyone saw set P), by this script, with nothing under parsers/ changed.
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "32dcdfe"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.247, 0.279, 0.262, 1.0, 0.578, 0.75),
    "FOI rules only, DOCX": (0.247, 0.279, 0.262, 1.0, 0.578, 0.75),
    "FOI rules only, PDF": (0.247, 0.279, 0.262, 1.0, 0.578, 0.75),
    "FOI rules only, HTML": (0.247, 0.279, 0.262, 1.0, 0.578, 0.75),
    "FOI rules only, bilingual Welsh/English headings ('Cwestiwn 1 / Question 1', 'Ateb / Answer') around English questions and answers": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.0,
        0.25,
    ),
    "FOI rules only, one two-column table: each question in a grey shaded row merged across both columns, the answer in the row below beside a 'Response' cell": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.625,
        0.75,
    ),
    "FOI rules only, a letter converted from PDF: its running header line and 'Page n of m' printed as body text between and inside answers": (
        0.412,
        0.412,
        0.412,
        1.0,
        0.75,
        1.0,
    ),
    "FOI rules only, 'Your request' / 'Our response' as the terms of a definition list, the question and the answer as their descriptions": (
        0.105,
        0.105,
        0.105,
        1.0,
        0.625,
        1.0,
    ),
    "FOI rules only, answers that are typed numbered lists ('1. …', '2) …') under an introductory sentence": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.625,
        1.0,
    ),
    "FOI rules only, a 'Public interest test' sub-section (factors for and against, conclusion) after each answer withheld under a qualified exemption": (
        0.625,
        0.625,
        0.625,
        1.0,
        0.75,
        1.0,
    ),
    "FOI rules only, numbering copied from the requester's e-mail, different from question to question ('1.', '2)', '(3)', 'Q4', 'Question 6:')": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.625,
        1.0,
    ),
    "FOI rules only, every paragraph of the letter numbered in sequence, each question quoted in italics in its own numbered paragraph, the answer in the next": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.625,
        0.0,
    ),
    "FOI labeller, all": (0.247, 0.294, 0.268, 1.0, 0.578, 0.812),
    "FOI labeller, DOCX": (0.247, 0.294, 0.268, 1.0, 0.578, 0.812),
    "FOI labeller, PDF": (0.247, 0.294, 0.268, 1.0, 0.578, 0.812),
    "FOI labeller, HTML": (0.247, 0.294, 0.268, 1.0, 0.578, 0.812),
    "FOI labeller, bilingual Welsh/English headings ('Cwestiwn 1 / Question 1', 'Ateb / Answer') around English questions and answers": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.0,
        0.75,
    ),
    "FOI labeller, one two-column table: each question in a grey shaded row merged across both columns, the answer in the row below beside a 'Response' cell": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.625,
        0.75,
    ),
    "FOI labeller, a letter converted from PDF: its running header line and 'Page n of m' printed as body text between and inside answers": (
        0.412,
        0.412,
        0.412,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, 'Your request' / 'Our response' as the terms of a definition list, the question and the answer as their descriptions": (
        0.105,
        0.105,
        0.105,
        1.0,
        0.625,
        1.0,
    ),
    "FOI labeller, answers that are typed numbered lists ('1. …', '2) …') under an introductory sentence": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.625,
        1.0,
    ),
    "FOI labeller, a 'Public interest test' sub-section (factors for and against, conclusion) after each answer withheld under a qualified exemption": (
        0.75,
        0.75,
        0.75,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, numbering copied from the requester's e-mail, different from question to question ('1.', '2)', '(3)', 'Q4', 'Question 6:')": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.625,
        1.0,
    ),
    "FOI labeller, every paragraph of the letter numbered in sequence, each question quoted in italics in its own numbered paragraph, the answer in the next": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.625,
        0.0,
    ),
    "WRES, all": (0.583, 1.0, 0, 252, 432),
    "WRES, HTML": (0.583, 1.0, 0, 84, 144),
    "WRES, PDF": (0.583, 1.0, 0, 84, 144),
    "WRES, DOCX": (0.583, 1.0, 0, 84, 144),
    "WRES, financial years written 'FY24' / 'FY23' in the column heads, BME and White as row pairs under each indicator's row, a peer median column": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, survey indicators named only by staff survey question codes ('Q13a', 'Q16b') and wording, 'Autumn 2021' to 'Autumn 2023' fieldwork columns, a sector column": (
        1.0,
        1.0,
        0,
        72,
        72,
    ),
    "WRES, a 'Data period' column worded differently row by row ('Snapshot 31 March 2024', 'April 2023 – March 2024', 'Staff Survey 2023') beside a 'Source' column": (
        1.0,
        1.0,
        0,
        90,
        90,
    ),
    "WRES, one header row fusing group and year in each head ('BME 2023/24', 'White 2022/23'), a gap column after each pair": (
        1.0,
        1.0,
        0,
        90,
        90,
    ),
    "WRES, indicators numbered with Roman numerals '(i)' to '(ix)' in a 'No.' column, a table a year headed 'Year to 31 March', 'n/a' cells": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
}

# Measured again at fe92b7e, where the learning from set O had landed (set P was written
# at 32dcdfe, before it) and set P had still not been learned from, by this script:
# every row equal to its first sight, so nothing of set O's learning carried over.
FIRST_SIGHT_AFTER_O_COMMIT = "fe92b7e"
FIRST_SIGHT_AFTER_O: dict[str, tuple[float, ...]] = dict(FIRST_SIGHT)

SET = HeldoutSet(
    name="P",
    letters=foi_p.letters,
    styles=foi_p.STYLES,
    layouts=wres_p.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report_with_second_sight(SET, FIRST_SIGHT_AFTER_O, FIRST_SIGHT_AFTER_O_COMMIT, "O")


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
