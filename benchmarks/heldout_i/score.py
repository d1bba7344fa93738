"""Held-out set I scored: FOI letters (foi_i.py) and WRES layouts (wres_i.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set I's renderer (render.py here, set H's plus
pieces of web pages written as their own markup): FOI question/answer P/R/F1 with
reference, dates and exemptions, rules only and with the shipped labeller, per format
and per style; WRES figures found with the right key, precision and misattributed, per
format and per layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit (main after set H
had been learned from), before anyone saw set I.

    python benchmarks/heldout_i/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_i import foi_i, wres_i  # noqa: E402
from benchmarks.heldout_i.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

# Measured at the set's base commit d418038 (main after the learning from set H, before
# anyone saw set I), by this script, with nothing under parsers/ changed.
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "d418038"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.691, 0.532, 0.601, 0.722, 0.694, 0.792),
    "FOI rules only, DOCX": (0.766, 0.578, 0.659, 0.833, 0.667, 0.833),
    "FOI rules only, PDF": (0.68, 0.53, 0.596, 0.75, 0.75, 0.844),
    "FOI rules only, HTML": (0.6, 0.462, 0.522, 0.5, 0.625, 0.625),
    "FOI rules only, 'Item 1' / '#1' labels, the answer beneath": (
        1.0,
        0.526,
        0.69,
        1.0,
        0.875,
        0.75,
    ),
    "FOI rules only, FAQ page: contents links, questions as <h3>, 'Back to top' after each answer": (
        0.0,
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
    ),
    "FOI rules only, web page: questions in an <ol>, each answer in a <blockquote>": (
        0.5,
        0.5,
        0.5,
        1.0,
        1.0,
        0.5,
    ),
    "FOI rules only, answers with footnote markers, the notes gathered below the answers": (
        0.375,
        0.375,
        0.375,
        1.0,
        0.875,
        1.0,
    ),
    "FOI rules only, questions and answers in an annex after the signature": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI rules only, dates only in a table at the top, a Held / Not held status column": (
        1.0,
        1.0,
        1.0,
        0.0,
        0.0,
        1.0,
    ),
    "FOI rules only, plain-text e-mail: questions quoted with '>', answers typed between them": (
        1.0,
        0.526,
        0.69,
        1.0,
        0.5,
        0.5,
    ),
    "FOI rules only, all questions in one sentence (1) ... (2) ..., answers numbered below": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.625,
    ),
    "FOI labeller, all": (0.599, 0.579, 0.588, 0.722, 0.694, 0.792),
    "FOI labeller, DOCX": (0.66, 0.608, 0.633, 0.833, 0.667, 0.875),
    "FOI labeller, PDF": (0.579, 0.583, 0.581, 0.75, 0.75, 0.844),
    "FOI labeller, HTML": (0.548, 0.523, 0.535, 0.5, 0.625, 0.562),
    "FOI labeller, 'Item 1' / '#1' labels, the answer beneath": (
        0.625,
        0.526,
        0.571,
        1.0,
        0.875,
        0.75,
    ),
    "FOI labeller, FAQ page: contents links, questions as <h3>, 'Back to top' after each answer": (
        0.081,
        0.1,
        0.09,
        0.0,
        1.0,
        0.75,
    ),
    "FOI labeller, web page: questions in an <ol>, each answer in a <blockquote>": (
        0.567,
        0.567,
        0.567,
        1.0,
        1.0,
        0.5,
    ),
    "FOI labeller, answers with footnote markers, the notes gathered below the answers": (
        0.375,
        0.375,
        0.375,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, questions and answers in an annex after the signature": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, dates only in a table at the top, a Held / Not held status column": (
        1.0,
        1.0,
        1.0,
        0.0,
        0.0,
        1.0,
    ),
    "FOI labeller, plain-text e-mail: questions quoted with '>', answers typed between them": (
        0.812,
        0.684,
        0.743,
        1.0,
        0.5,
        0.5,
    ),
    "FOI labeller, all questions in one sentence (1) ... (2) ..., answers numbered below": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.875,
    ),
    "WRES, all": (0.484, 0.864, 30, 209, 432),
    "WRES, HTML": (0.479, 0.863, 10, 69, 144),
    "WRES, PDF": (0.493, 0.866, 10, 71, 144),
    "WRES, DOCX": (0.479, 0.863, 10, 69, 144),
    "WRES, groups as rows, survey years as columns, a national average column": (
        1.0,
        1.0,
        0,
        99,
        99,
    ),
    "WRES, headcounts with the percentage in brackets, small numbers suppressed": (
        0.488,
        1.0,
        0,
        60,
        123,
    ),
    "WRES, the period named only in each table's caption": (0.615, 0.727, 18, 48, 78),
    "WRES, 'White staff: x% / BME staff: y%' on one line, board counts and points": (
        0.03,
        0.118,
        12,
        2,
        66,
    ),
    "WRES, infographic: figures in chart data labels and figure captions": (0.0, 1.0, 0, 0, 66),
}

SET = HeldoutSet(
    name="I",
    letters=foi_i.letters,
    styles=foi_i.STYLES,
    layouts=wres_i.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
