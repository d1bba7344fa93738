"""Held-out set M scored: FOI letters (foi_m.py) and WRES layouts (wres_m.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set M's renderer (render.py here, set K's plus
underlined paragraphs and shaded boxes): FOI question/answer P/R/F1 with reference,
dates and exemptions, rules only and with the shipped labeller, per format and per
style; WRES figures found with the right key, precision and misattributed, per format
and per layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit (main after set K
had been learned from), before anyone saw set M.

    python benchmarks/heldout_m/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_m import foi_m, wres_m  # noqa: E402
from benchmarks.heldout_m.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

# Measured at the set's base commit 7cc699d (main after the learning from set K, before
# anyone saw set M), by this script, with nothing under parsers/ changed.
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "7cc699d"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.439, 0.292, 0.351, 0.852, 1.0, 0.795),
    "FOI rules only, DOCX": (0.427, 0.295, 0.349, 0.844, 1.0, 0.812),
    "FOI rules only, PDF": (0.427, 0.295, 0.349, 0.844, 1.0, 0.812),
    "FOI rules only, HTML": (0.475, 0.286, 0.357, 0.875, 1.0, 0.75),
    "FOI rules only, questions as a numbered contents list up front, answers in later sections under short titles": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        0.5,
    ),
    "FOI rules only, each question repeated in italics in a grey shaded box, the answer beneath": (
        0.895,
        0.895,
        0.895,
        0.75,
        1.0,
        1.0,
    ),
    "FOI rules only, questions listed with circled-number glyphs (① / ❶), each answer starting with the same glyph": (
        0.0,
        0.0,
        0.0,
        0.5,
        1.0,
        1.0,
    ),
    "FOI rules only, two-column table: a 'Ref' code (Q1.a / 2.1) beside one cell holding the question and its answer as separate paragraphs": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        0.25,
    ),
    "FOI rules only, reply split into 'What we hold' and 'What we do not hold' sections, questions regrouped": (
        0.5,
        0.375,
        0.429,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, questions underlined (not bold, not italic), answers plain beneath": (
        0.714,
        0.357,
        0.476,
        1.0,
        1.0,
        0.75,
    ),
    "FOI rules only, each answer credited to the department that supplied it, a line between question and answer": (
        0.0,
        0.0,
        0.0,
        0.75,
        1.0,
        1.0,
    ),
    "FOI rules only, original request and a later follow-up answered under dated sub-headings, numbering continued": (
        0.625,
        0.625,
        0.625,
        0.75,
        1.0,
        1.0,
    ),
    "FOI labeller, all": (0.49, 0.351, 0.409, 0.852, 1.0, 0.795),
    "FOI labeller, DOCX": (0.474, 0.349, 0.402, 0.844, 1.0, 0.812),
    "FOI labeller, PDF": (0.474, 0.349, 0.402, 0.844, 1.0, 0.812),
    "FOI labeller, HTML": (0.538, 0.357, 0.429, 0.875, 1.0, 0.75),
    "FOI labeller, questions as a numbered contents list up front, answers in later sections under short titles": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        0.5,
    ),
    "FOI labeller, each question repeated in italics in a grey shaded box, the answer beneath": (
        0.947,
        0.947,
        0.947,
        0.75,
        1.0,
        1.0,
    ),
    "FOI labeller, questions listed with circled-number glyphs (① / ❶), each answer starting with the same glyph": (
        0.0,
        0.0,
        0.0,
        0.5,
        1.0,
        1.0,
    ),
    "FOI labeller, two-column table: a 'Ref' code (Q1.a / 2.1) beside one cell holding the question and its answer as separate paragraphs": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        0.25,
    ),
    "FOI labeller, reply split into 'What we hold' and 'What we do not hold' sections, questions regrouped": (
        0.5,
        0.375,
        0.429,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, questions underlined (not bold, not italic), answers plain beneath": (
        0.846,
        0.786,
        0.815,
        1.0,
        1.0,
        0.75,
    ),
    "FOI labeller, each answer credited to the department that supplied it, a line between question and answer": (
        0.0,
        0.0,
        0.0,
        0.75,
        1.0,
        1.0,
    ),
    "FOI labeller, original request and a later follow-up answered under dated sub-headings, numbering continued": (
        0.625,
        0.625,
        0.625,
        0.75,
        1.0,
        1.0,
    ),
    "WRES, all": (0.25, 0.733, 6, 99, 396),
    "WRES, HTML": (0.242, 0.727, 2, 32, 132),
    "WRES, PDF": (0.265, 0.745, 2, 35, 132),
    "WRES, DOCX": (0.242, 0.727, 2, 32, 132),
    "WRES, a sentence an indicator, this year's figure bolded mid-sentence, 'down from' last year's": (
        0.429,
        1.0,
        0,
        36,
        84,
    ),
    "WRES, the nine indicators as rows, two trusts of one hospital group as columns, England last": (
        0.0,
        1.0,
        0,
        0,
        84,
    ),
    "WRES, the old 'Metric 1' to 'Metric 9' numbering, percentages without signs under '(%)' headings": (
        0.625,
        1.0,
        0,
        60,
        96,
    ),
    "WRES, each relative likelihood with its two likelihoods ('0.22 for White, 0.19 for BME, ratio 1.16'), a line a year": (
        0.0,
        0.0,
        6,
        0,
        36,
    ),
    "WRES, ethnic groups as headings ('BME staff', 'White staff'), the indicators as bullets beneath": (
        0.031,
        1.0,
        0,
        3,
        96,
    ),
}

SET = HeldoutSet(
    name="M",
    letters=foi_m.letters,
    styles=foi_m.STYLES,
    layouts=wres_m.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
