"""Held-out set O scored: FOI letters (foi_o.py) and WRES layouts (wres_o.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set O's renderer (render.py here, set M's plus
horizontal rules and bold-italic paragraphs): FOI question/answer P/R/F1 with
reference, dates and exemptions, rules only and with the shipped labeller, per format
and per style; WRES figures found with the right key, precision and misattributed, per
format and per layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit (main after sets L
and M had been learned from), before anyone saw set O; `FIRST_SIGHT_AFTER_N` the numbers
at e8df361, where the gap fixes of the session and the learning from set N (written at
the same time as O) had landed and set O had still not been learned from.

    python benchmarks/heldout_o/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_o import foi_o, wres_o  # noqa: E402
from benchmarks.heldout_o.render import render  # noqa: E402
from benchmarks.heldout_score import (  # noqa: E402
    HeldoutSet,
    measure,
    report_with_second_sight,
)

# Measured at the set's base commit e88534e (main after the learning from sets L and M,
# before anyone saw set O), by this script, with nothing under parsers/ changed.
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "e88534e"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.655, 0.521, 0.58, 1.0, 0.797, 0.812),
    "FOI rules only, DOCX": (0.619, 0.493, 0.549, 1.0, 0.797, 0.812),
    "FOI rules only, PDF": (0.619, 0.493, 0.549, 1.0, 0.797, 0.812),
    "FOI rules only, HTML": (0.726, 0.577, 0.643, 1.0, 0.797, 0.812),
    "FOI rules only, each question restated in bold italics after a horizontal rule, answers separated by rules": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI rules only, a per-question 'Status:' line ('Withheld – section 43(2)', 'Released in full', 'Not held') before each answer": (
        0.562,
        0.562,
        0.562,
        1.0,
        0.875,
        1.0,
    ),
    "FOI rules only, bracketed capital labels '[A]', '[B]' for questions, answers introduced by '»' or '▶'": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        0.5,
    ),
    "FOI rules only, questions as <h4> headings inside <section>s, each answer's figures in a table with a caption, small numbers suppressed as '*'": (
        0.5,
        0.5,
        0.5,
        1.0,
        0.875,
        1.0,
    ),
    "FOI rules only, a clarification exchange first (what the trust asked, what the requester replied), then the clarified questions answered": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.5,
        1.0,
    ),
    "FOI rules only, questions numbered 1–6 and answers lettered (a)–(f) in the same order, with a line saying so": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI rules only, questions printed in capital letters, answers in sentence case beneath": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI rules only, questions in one numbered table, answers in a second table keyed by the same numbers": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.0,
    ),
    "FOI labeller, all": (0.638, 0.521, 0.574, 1.0, 0.797, 0.875),
    "FOI labeller, DOCX": (0.603, 0.493, 0.543, 1.0, 0.797, 0.875),
    "FOI labeller, PDF": (0.603, 0.493, 0.543, 1.0, 0.797, 0.875),
    "FOI labeller, HTML": (0.707, 0.577, 0.636, 1.0, 0.797, 0.875),
    "FOI labeller, each question restated in bold italics after a horizontal rule, answers separated by rules": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, a per-question 'Status:' line ('Withheld – section 43(2)', 'Released in full', 'Not held') before each answer": (
        0.562,
        0.562,
        0.562,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, bracketed capital labels '[A]', '[B]' for questions, answers introduced by '»' or '▶'": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, questions as <h4> headings inside <section>s, each answer's figures in a table with a caption, small numbers suppressed as '*'": (
        0.5,
        0.5,
        0.5,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, a clarification exchange first (what the trust asked, what the requester replied), then the clarified questions answered": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.5,
        1.0,
    ),
    "FOI labeller, questions numbered 1–6 and answers lettered (a)–(f) in the same order, with a line saying so": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, questions printed in capital letters, answers in sentence case beneath": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, questions in one numbered table, answers in a second table keyed by the same numbers": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.0,
    ),
    "WRES, all": (0.354, 0.833, 0, 120, 339),
    "WRES, HTML": (0.354, 0.833, 0, 40, 113),
    "WRES, PDF": (0.354, 0.833, 0, 40, 113),
    "WRES, DOCX": (0.354, 0.833, 0, 40, 113),
    "WRES, one long table split in two with a '(continued)' header row, each indicator named only on its first row": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, separate tables for the medical and the non-medical workforce and a whole-trust table; only the whole trust's figures are the indicators": (
        0.214,
        0.273,
        0,
        9,
        42,
    ),
    "WRES, survey indicators 5-8 with three survey years as sub-columns under each group, a 'Number of responses' row": (
        1.0,
        1.0,
        0,
        72,
        72,
    ),
    "WRES, the reporting year only in the title ('WRES 2024'), the tables saying only 'as at 31st March', a regional column": (
        0.867,
        1.0,
        0,
        39,
        45,
    ),
    "WRES, column heads abbreviated 'W', 'BME', 'NS' with a key below each table, NS ignored": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
}

# Measured at e8df361 (after set N's learning), before anyone looked at set O's misses.
FIRST_SIGHT_AFTER_N_COMMIT = "e8df361"
FIRST_SIGHT_AFTER_N: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.655, 0.521, 0.58, 1.0, 0.797, 0.812),
    "FOI rules only, DOCX": (0.619, 0.493, 0.549, 1.0, 0.797, 0.812),
    "FOI rules only, PDF": (0.619, 0.493, 0.549, 1.0, 0.797, 0.812),
    "FOI rules only, HTML": (0.726, 0.577, 0.643, 1.0, 0.797, 0.812),
    "FOI rules only, each question restated in bold italics after a horizontal rule, answers separated by rules": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI rules only, a per-question 'Status:' line ('Withheld – section 43(2)', 'Released in full', 'Not held') before each answer": (
        0.562,
        0.562,
        0.562,
        1.0,
        0.875,
        1.0,
    ),
    "FOI rules only, bracketed capital labels '[A]', '[B]' for questions, answers introduced by '»' or '▶'": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        0.5,
    ),
    "FOI rules only, questions as <h4> headings inside <section>s, each answer's figures in a table with a caption, small numbers suppressed as '*'": (
        0.5,
        0.5,
        0.5,
        1.0,
        0.875,
        1.0,
    ),
    "FOI rules only, a clarification exchange first (what the trust asked, what the requester replied), then the clarified questions answered": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.5,
        1.0,
    ),
    "FOI rules only, questions numbered 1–6 and answers lettered (a)–(f) in the same order, with a line saying so": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI rules only, questions printed in capital letters, answers in sentence case beneath": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI rules only, questions in one numbered table, answers in a second table keyed by the same numbers": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.0,
    ),
    "FOI labeller, all": (0.638, 0.521, 0.574, 1.0, 0.797, 0.875),
    "FOI labeller, DOCX": (0.603, 0.493, 0.543, 1.0, 0.797, 0.875),
    "FOI labeller, PDF": (0.603, 0.493, 0.543, 1.0, 0.797, 0.875),
    "FOI labeller, HTML": (0.707, 0.577, 0.636, 1.0, 0.797, 0.875),
    "FOI labeller, each question restated in bold italics after a horizontal rule, answers separated by rules": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, a per-question 'Status:' line ('Withheld – section 43(2)', 'Released in full', 'Not held') before each answer": (
        0.562,
        0.562,
        0.562,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, bracketed capital labels '[A]', '[B]' for questions, answers introduced by '»' or '▶'": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, questions as <h4> headings inside <section>s, each answer's figures in a table with a caption, small numbers suppressed as '*'": (
        0.5,
        0.5,
        0.5,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, a clarification exchange first (what the trust asked, what the requester replied), then the clarified questions answered": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.5,
        1.0,
    ),
    "FOI labeller, questions numbered 1–6 and answers lettered (a)–(f) in the same order, with a line saying so": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, questions printed in capital letters, answers in sentence case beneath": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, questions in one numbered table, answers in a second table keyed by the same numbers": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.0,
    ),
    "WRES, all": (0.584, 0.892, 0, 198, 339),
    "WRES, HTML": (0.584, 0.892, 0, 66, 113),
    "WRES, PDF": (0.584, 0.892, 0, 66, 113),
    "WRES, DOCX": (0.584, 0.892, 0, 66, 113),
    "WRES, one long table split in two with a '(continued)' header row, each indicator named only on its first row": (
        0.867,
        1.0,
        0,
        78,
        90,
    ),
    "WRES, separate tables for the medical and the non-medical workforce and a whole-trust table; only the whole trust's figures are the indicators": (
        0.214,
        0.273,
        0,
        9,
        42,
    ),
    "WRES, survey indicators 5-8 with three survey years as sub-columns under each group, a 'Number of responses' row": (
        1.0,
        1.0,
        0,
        72,
        72,
    ),
    "WRES, the reporting year only in the title ('WRES 2024'), the tables saying only 'as at 31st March', a regional column": (
        0.867,
        1.0,
        0,
        39,
        45,
    ),
    "WRES, column heads abbreviated 'W', 'BME', 'NS' with a key below each table, NS ignored": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
}

SET = HeldoutSet(
    name="O",
    letters=foi_o.letters,
    styles=foi_o.STYLES,
    layouts=wres_o.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report_with_second_sight(SET, FIRST_SIGHT_AFTER_N, FIRST_SIGHT_AFTER_N_COMMIT, "N")


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
