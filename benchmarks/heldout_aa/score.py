"""Held-out set AA scored: FOI letters (foi_aa.py) and WRES layouts (wres_aa.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set P's renderer (benchmarks/heldout_p/render.py,
imported): FOI question/answer P/R/F1 with reference, dates and exemptions, rules only
and with the shipped labeller, per format and per style; WRES figures found with the
right key, precision and misattributed, per format and per layout.

The two halves were written at once by two helpers in separate trees, neither reading
parsers/. Set AA's FOI half was written on parsers unchanged since a3009f5 (the branch's parsers/
are exactly those of a3009f5; nothing under parsers/, nor under tests/ but
tests/test_heldout_x.py, tests/test_heldout_w.py and tests/heldout_checks.py, was read
while writing it). `FIRST_SIGHT` keeps the numbers measured there, before anyone saw
set AA. Set AA stays sealed: nobody learns from it until the lead has recorded a
possible second sight.

    python benchmarks/heldout_aa/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_aa import foi_aa, wres_aa  # noqa: E402
from benchmarks.heldout_p.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

# Measured at a3009f5 (before anyone saw set AA), by this script, with nothing under
# parsers/ changed since that commit. No truth was changed after these numbers were
# first seen. Seen at first sight (from the scores only): the questions answered in
# prose paragraphs opening with ordinals and the response form score 0 (rules and
# labeller); the answers quoting an exemption's wording from the Act read every item
# by the rules (0.867 with the labeller) but the exemptions at 0.50 (the truth holds the
# sections the lead sentences name, '22' and '31(1)', as foi_aa.py's docstring states);
# the opening sentence naming the request's own date and the day it arrived reads the
# dates at 0.75 (the truth's received date is the day it arrived, as stated); the web
# addresses ending answers 0.941 with the labeller, 1.0 by the rules. None of this
# showed a truth to be wrong; none was changed. Every format scores alike.
# The WRES rows were measured the same way at a3009f5 by the WRES half's writer (the
# reader found 175 of 450, nothing misattributed; no truth changed after seeing them).
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "a3009f5"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.901, 0.741, 0.813, 1.0, 0.969, 0.938),
    "FOI rules only, DOCX": (0.901, 0.741, 0.813, 1.0, 0.969, 0.938),
    "FOI rules only, PDF": (0.901, 0.741, 0.813, 1.0, 0.969, 0.938),
    "FOI rules only, HTML": (0.901, 0.741, 0.813, 1.0, 0.969, 0.938),
    "FOI rules only, an ordinary letter of numbered questions with the answers beneath, one withheld answer quoting the exemption's wording from the Act, its subsections '(1)', '(a)', '(b)' on lines of their own": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        0.5,
    ),
    "FOI rules only, an ordinary letter of numbered questions with the answers beneath, its opening sentence naming both the date of the requester's e-mail and the day it was received": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI rules only, an ordinary letter of numbered questions with the answers beneath, several answers ending with a web address on a line of its own": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, an ordinary letter of numbered questions with the answers beneath, an apology for the late reply in a paragraph before the first question": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, an ordinary letter of numbered questions with the answers beneath, its head marked 'PRIVATE AND CONFIDENTIAL' and 'Sent by e-mail only' above the salutation": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, one letter answering two requests from the same requester, each under a heading with its own reference and subject, the questions numbered from 1 under each": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, the questions listed together up front, then answered in prose paragraphs in the same order, each opening with an ordinal lead-in ('In answer to your second question:') and no number": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, a response form: a two-column table of labelled rows (reference, dates), one cell holding every numbered question and the 'Response' cell every numbered answer": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, all": (0.815, 0.719, 0.764, 1.0, 0.969, 0.938),
    "FOI labeller, DOCX": (0.815, 0.719, 0.764, 1.0, 0.969, 0.938),
    "FOI labeller, PDF": (0.815, 0.719, 0.764, 1.0, 0.969, 0.938),
    "FOI labeller, HTML": (0.815, 0.719, 0.764, 1.0, 0.969, 0.938),
    "FOI labeller, an ordinary letter of numbered questions with the answers beneath, one withheld answer quoting the exemption's wording from the Act, its subsections '(1)', '(a)', '(b)' on lines of their own": (
        0.867,
        0.867,
        0.867,
        1.0,
        1.0,
        0.5,
    ),
    "FOI labeller, an ordinary letter of numbered questions with the answers beneath, its opening sentence naming both the date of the requester's e-mail and the day it was received": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, an ordinary letter of numbered questions with the answers beneath, several answers ending with a web address on a line of its own": (
        0.941,
        0.941,
        0.941,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, an ordinary letter of numbered questions with the answers beneath, an apology for the late reply in a paragraph before the first question": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, an ordinary letter of numbered questions with the answers beneath, its head marked 'PRIVATE AND CONFIDENTIAL' and 'Sent by e-mail only' above the salutation": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, one letter answering two requests from the same requester, each under a heading with its own reference and subject, the questions numbered from 1 under each": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, the questions listed together up front, then answered in prose paragraphs in the same order, each opening with an ordinal lead-in ('In answer to your second question:') and no number": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, a response form: a two-column table of labelled rows (reference, dates), one cell holding every numbered question and the 'Response' cell every numbered answer": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        1.0,
    ),
    "WRES, all": (0.389, 1.0, 0, 175, 450),
    "WRES, HTML": (0.38, 1.0, 0, 57, 150),
    "WRES, PDF": (0.407, 1.0, 0, 61, 150),
    "WRES, DOCX": (0.38, 1.0, 0, 57, 150),
    "WRES, a table per indicator with no heading outside it: the indicator's number and title in a merged row across the top of its own table, then 'Ethnicity | 2023/24 | 2022/23' and BME / White rows (a 'Relative likelihood' row for 2 to 4)": (
        0.867,
        1.0,
        0,
        78,
        90,
    ),
    "WRES, one summary table of all nine indicators, a merged year head over 'BME | White | All staff' for each year, the relative likelihoods of 2 to 4 printed in the 'All staff' column with '–' in the group columns": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, a narrative report, a heading and paragraph an indicator: this year's BME and White figures in one sentence, last year's in the next without the groups ('The figures a year earlier were 12.5% and 87.5% respectively')": (
        0.367,
        1.0,
        0,
        33,
        90,
    ),
    "WRES, a combined WRES and WDES report, a table a theme ('Standard | Measure | Group | 2023/24 | 2022/23'): the WRES indicator's BME / White rows beside the matching WDES metric's Disabled / Non-disabled rows ('WDES 4a(i)', 'WDES 10')": (
        0.244,
        1.0,
        0,
        22,
        90,
    ),
    "WRES, indicators 5 to 8 as the staff survey benchmark report's tables: rows 'White: Your org', 'White: Average', 'White: Responses' and the same for BME under survey-year columns '2022 | 2023'; 1 to 4 and 9 in a table of their own, oldest year first": (
        0.467,
        1.0,
        0,
        42,
        90,
    ),
}

SET = HeldoutSet(
    name="AA",
    letters=foi_aa.letters,
    styles=foi_aa.STYLES,
    layouts=wres_aa.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]

if __name__ == "__main__":
    main()
