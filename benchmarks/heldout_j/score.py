"""Held-out set J scored: FOI letters (foi_j.py) and WRES layouts (wres_j.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set J's renderer (render.py here, set I's plus
coloured paragraphs and two-column pages): FOI question/answer P/R/F1 with reference,
dates and exemptions, rules only and with the shipped labeller, per format and per
style; WRES figures found with the right key, precision and misattributed, per format
and per layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit (main after set I
had been learned from), before anyone saw set J.

    python benchmarks/heldout_j/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_j import foi_j, wres_j  # noqa: E402
from benchmarks.heldout_j.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

# Measured at the set's base commit acb2ba7 (main after the learning from set I, before
# anyone saw set J), by this script, with nothing under parsers/ changed.
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "acb2ba7"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.681, 0.336, 0.45, 0.947, 0.849, 0.434),
    "FOI rules only, DOCX": (0.729, 0.415, 0.528, 1.0, 0.857, 0.571),
    "FOI rules only, PDF": (0.531, 0.246, 0.337, 0.938, 0.844, 0.406),
    "FOI rules only, HTML": (0.923, 0.381, 0.539, 0.875, 0.844, 0.25),
    "FOI rules only, answers marked only by colour ('our responses are in blue'), no labels": (
        1.0,
        0.588,
        0.741,
        1.0,
        0.875,
        0.5,
    ),
    "FOI rules only, letter set in two text columns": (0.643, 0.25, 0.36, 1.0, 0.875, 0.25),
    "FOI rules only, web page of <div class=...> blocks: question and answer told apart only by class": (
        0.0,
        0.0,
        0.0,
        0.5,
        0.75,
        0.0,
    ),
    "FOI rules only, 'Q.1' / 'Request 1 of 5' labels, answers after '→' or 'Ans:'": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.75,
    ),
    "FOI rules only, questions numbered afresh in each lettered section, so labels repeat": (
        1.0,
        0.818,
        0.9,
        1.0,
        0.875,
        0.75,
    ),
    "FOI rules only, dotted leaders: 'question ........ Yes', one-word answers on the same line": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI rules only, exemptions gathered in a final 'Exemptions applied' table": (
        0.75,
        0.353,
        0.48,
        1.0,
        0.875,
        0.0,
    ),
    "FOI rules only, request in a left margin column, answer on the right, no table borders": (
        0.727,
        0.381,
        0.5,
        1.0,
        0.875,
        0.417,
    ),
    "FOI labeller, all": (0.598, 0.46, 0.52, 0.947, 0.849, 0.671),
    "FOI labeller, DOCX": (0.694, 0.553, 0.615, 1.0, 0.857, 0.786),
    "FOI labeller, PDF": (0.451, 0.333, 0.383, 0.938, 0.844, 0.625),
    "FOI labeller, HTML": (0.714, 0.556, 0.625, 0.875, 0.844, 0.562),
    "FOI labeller, answers marked only by colour ('our responses are in blue'), no labels": (
        1.0,
        0.882,
        0.938,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, letter set in two text columns": (0.643, 0.5, 0.563, 1.0, 0.875, 0.5),
    "FOI labeller, web page of <div class=...> blocks: question and answer told apart only by class": (
        0.417,
        0.333,
        0.37,
        0.5,
        0.75,
        0.625,
    ),
    "FOI labeller, 'Q.1' / 'Request 1 of 5' labels, answers after '→' or 'Ans:'": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, questions numbered afresh in each lettered section, so labels repeat": (
        1.0,
        0.818,
        0.9,
        1.0,
        0.875,
        0.75,
    ),
    "FOI labeller, dotted leaders: 'question ........ Yes', one-word answers on the same line": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, exemptions gathered in a final 'Exemptions applied' table": (
        0.429,
        0.353,
        0.387,
        1.0,
        0.875,
        0.0,
    ),
    "FOI labeller, request in a left margin column, answer on the right, no table borders": (
        0.733,
        0.524,
        0.611,
        1.0,
        0.875,
        0.667,
    ),
    "WRES, all": (0.489, 0.985, 0, 198, 405),
    "WRES, HTML": (0.489, 0.985, 0, 66, 135),
    "WRES, PDF": (0.489, 0.985, 0, 66, 135),
    "WRES, DOCX": (0.489, 0.985, 0, 66, 135),
    "WRES, national data-return template: White / BME rows, 'Data for reporting year' / 'Data for previous year' / narrative columns": (
        0.714,
        1.0,
        0,
        75,
        105,
    ),
    "WRES, key findings as arrow bullets, each figure with its change on last year": (
        0.786,
        1.0,
        0,
        33,
        42,
    ),
    "WRES, five-year trend: survey years as rows, each indicator merged over White / BME columns": (
        0.0,
        1.0,
        0,
        0,
        120,
    ),
    "WRES, trust-level figures with a breakdown by directorate and a regional benchmark row": (
        0.2,
        0.8,
        0,
        12,
        60,
    ),
    "WRES, indicator 9 as a board composition table: member types as rows, a workforce row and a difference row": (
        1.0,
        1.0,
        0,
        78,
        78,
    ),
}

SET = HeldoutSet(
    name="J",
    letters=foi_j.letters,
    styles=foi_j.STYLES,
    layouts=wres_j.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
