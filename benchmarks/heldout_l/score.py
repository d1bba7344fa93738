"""Held-out set L scored: FOI letters (foi_l.py) and WRES layouts (wres_l.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set L's renderer (render.py here, set K's as it
is): FOI question/answer P/R/F1 with reference, dates and exemptions, rules only and
with the shipped labeller, per format and per style; WRES figures found with the right
key, precision and misattributed, per format and per layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit (main after set K
had been learned from), before anyone saw set L; `FIRST_SIGHT_AFTER_M` the numbers at
f473cc3, where the learning from set M (written at the same time as L) had landed and
set L had still not been learned from.

    python benchmarks/heldout_l/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_l import foi_l, wres_l  # noqa: E402
from benchmarks.heldout_l.render import render  # noqa: E402
from benchmarks.heldout_score import (  # noqa: E402
    HeldoutSet,
    measure,
    report_with_second_sight,
)

# Measured at the set's base commit 7cc699d (main after the learning from set K, before
# anyone saw set L), by this script, with nothing under parsers/ changed.
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats. Copied from the
# script's printout: P/R/F1 and WRES rates to 3 places, reference/dates/exemptions to 2.
FIRST_SIGHT_COMMIT = "7cc699d"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.451, 0.509, 0.478, 0.74, 0.38, 1.0),
    "FOI rules only, DOCX": (0.436, 0.492, 0.462, 0.75, 0.41, 1.0),
    "FOI rules only, PDF": (0.436, 0.492, 0.462, 0.75, 0.41, 1.0),
    "FOI rules only, HTML": (0.484, 0.546, 0.513, 0.71, 0.31, 1.0),
    "FOI rules only, numbered definitions or background points before the numbered questions": (
        0.75,
        1.0,
        0.857,
        1.0,
        0.5,
        1.0,
    ),
    "FOI rules only, CMS page: question and answer in one <p> split by <br>, 'Q:' / 'A:' in <strong>": (
        1.0,
        1.0,
        1.0,
        0.5,
        0.12,
        1.0,
    ),
    "FOI rules only, internal review outcome: each question, the first reply, the reviewer's decision": (
        0.2,
        0.25,
        0.222,
        0.5,
        0.38,
        1.0,
    ),
    "FOI rules only, answers pointing to enclosed appendices, a list of enclosures after the answers": (
        0.75,
        0.75,
        0.75,
        1.0,
        0.5,
        1.0,
    ),
    "FOI rules only, questions listed first, 'Response to question N' paragraphs after all of them": (
        0.0,
        0.0,
        0.0,
        0.5,
        0.12,
        1.0,
    ),
    "FOI rules only, nested parts 1 -> (a), (b) -> (i), (ii), each lowest part answered beneath": (
        0.314,
        0.407,
        0.355,
        0.25,
        0.5,
        1.0,
    ),
    "FOI rules only, a chronology table of the request's dates (received, clarified, extended, sent)": (
        1.0,
        0.875,
        0.933,
        1.0,
        0.75,
        1.0,
    ),
    "FOI rules only, each answer introduced by the department that supplied it ('Finance replied:')": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.12,
        1.0,
    ),
    "FOI labeller, all": (0.474, 0.535, 0.503, 0.74, 0.38, 1.0),
    "FOI labeller, DOCX": (0.459, 0.517, 0.486, 0.75, 0.41, 1.0),
    "FOI labeller, PDF": (0.459, 0.517, 0.486, 0.75, 0.41, 1.0),
    "FOI labeller, HTML": (0.508, 0.574, 0.539, 0.71, 0.31, 1.0),
    "FOI labeller, numbered definitions or background points before the numbered questions": (
        0.75,
        1.0,
        0.857,
        1.0,
        0.5,
        1.0,
    ),
    "FOI labeller, CMS page: question and answer in one <p> split by <br>, 'Q:' / 'A:' in <strong>": (
        1.0,
        1.0,
        1.0,
        0.5,
        0.12,
        1.0,
    ),
    "FOI labeller, internal review outcome: each question, the first reply, the reviewer's decision": (
        0.2,
        0.25,
        0.222,
        0.5,
        0.38,
        1.0,
    ),
    "FOI labeller, answers pointing to enclosed appendices, a list of enclosures after the answers": (
        0.938,
        0.938,
        0.938,
        1.0,
        0.5,
        1.0,
    ),
    "FOI labeller, questions listed first, 'Response to question N' paragraphs after all of them": (
        0.0,
        0.0,
        0.0,
        0.5,
        0.12,
        1.0,
    ),
    "FOI labeller, nested parts 1 -> (a), (b) -> (i), (ii), each lowest part answered beneath": (
        0.314,
        0.407,
        0.355,
        0.25,
        0.5,
        1.0,
    ),
    "FOI labeller, a chronology table of the request's dates (received, clarified, extended, sent)": (
        1.0,
        0.875,
        0.933,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, each answer introduced by the department that supplied it ('Finance replied:')": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.12,
        1.0,
    ),
    "WRES, all": (0.342, 0.94, 1, 156, 456),
    "WRES, HTML": (0.434, 0.943, 1, 66, 152),
    "WRES, PDF": (0.296, 0.938, 0, 45, 152),
    "WRES, DOCX": (0.296, 0.938, 0, 45, 152),
    "WRES, dashboard cards: one card an indicator, value with an arrow, last year's value, a target": (
        0.155,
        0.929,
        1,
        13,
        84,
    ),
    "WRES, counts and percentages in separate 'n' and '%' columns under a two-row group header": (
        0.529,
        1.0,
        0,
        54,
        102,
    ),
    "WRES, year-first lines under each indicator ('2023: BME 27.1%, White 22.2%'), dashes and daggers": (
        0.234,
        1.0,
        0,
        26,
        111,
    ),
    "WRES, 'x out of y' counts with the percentage in brackets, a bullet a year": (
        0.875,
        0.875,
        0,
        63,
        72,
    ),
    "WRES, a data appendix printed as comma-separated lines ('5,BME,2024,32.6,29.9') in a fixed font": (
        0.0,
        1.0,
        0,
        0,
        87,
    ),
}

# A second first sight, measured at f473cc3 (main after set M had been learned from,
# set L still unseen by anyone changing the parsers), by this script: what learning from
# set M carried over to set L. Rounded to 3 places.
FIRST_SIGHT_AFTER_M_COMMIT = "f473cc3"
FIRST_SIGHT_AFTER_M: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.513, 0.578, 0.544, 0.787, 0.381, 1.0),
    "FOI rules only, DOCX": (0.496, 0.559, 0.526, 0.786, 0.411, 1.0),
    "FOI rules only, PDF": (0.496, 0.559, 0.526, 0.786, 0.411, 1.0),
    "FOI rules only, HTML": (0.549, 0.62, 0.583, 0.792, 0.312, 1.0),
    "FOI rules only, numbered definitions or background points before the numbered questions": (
        0.75,
        1.0,
        0.857,
        1.0,
        0.5,
        1.0,
    ),
    "FOI rules only, CMS page: question and answer in one <p> split by <br>, 'Q:' / 'A:' in <strong>": (
        1.0,
        1.0,
        1.0,
        0.75,
        0.125,
        1.0,
    ),
    "FOI rules only, internal review outcome: each question, the first reply, the reviewer's decision": (
        0.2,
        0.25,
        0.222,
        0.5,
        0.375,
        1.0,
    ),
    "FOI rules only, answers pointing to enclosed appendices, a list of enclosures after the answers": (
        0.75,
        0.75,
        0.75,
        1.0,
        0.5,
        1.0,
    ),
    "FOI rules only, questions listed first, 'Response to question N' paragraphs after all of them": (
        0.0,
        0.0,
        0.0,
        0.5,
        0.125,
        1.0,
    ),
    "FOI rules only, nested parts 1 -> (a), (b) -> (i), (ii), each lowest part answered beneath": (
        0.314,
        0.407,
        0.355,
        0.5,
        0.5,
        1.0,
    ),
    "FOI rules only, a chronology table of the request's dates (received, clarified, extended, sent)": (
        1.0,
        0.875,
        0.933,
        1.0,
        0.75,
        1.0,
    ),
    "FOI rules only, each answer introduced by the department that supplied it ('Finance replied:')": (
        0.571,
        0.571,
        0.571,
        1.0,
        0.125,
        1.0,
    ),
    "FOI labeller, all": (0.536, 0.605, 0.568, 0.787, 0.381, 1.0),
    "FOI labeller, DOCX": (0.519, 0.585, 0.55, 0.786, 0.411, 1.0),
    "FOI labeller, PDF": (0.519, 0.585, 0.55, 0.786, 0.411, 1.0),
    "FOI labeller, HTML": (0.574, 0.648, 0.609, 0.792, 0.312, 1.0),
    "FOI labeller, numbered definitions or background points before the numbered questions": (
        0.75,
        1.0,
        0.857,
        1.0,
        0.5,
        1.0,
    ),
    "FOI labeller, CMS page: question and answer in one <p> split by <br>, 'Q:' / 'A:' in <strong>": (
        1.0,
        1.0,
        1.0,
        0.75,
        0.125,
        1.0,
    ),
    "FOI labeller, internal review outcome: each question, the first reply, the reviewer's decision": (
        0.2,
        0.25,
        0.222,
        0.5,
        0.375,
        1.0,
    ),
    "FOI labeller, answers pointing to enclosed appendices, a list of enclosures after the answers": (
        0.938,
        0.938,
        0.938,
        1.0,
        0.5,
        1.0,
    ),
    "FOI labeller, questions listed first, 'Response to question N' paragraphs after all of them": (
        0.0,
        0.0,
        0.0,
        0.5,
        0.125,
        1.0,
    ),
    "FOI labeller, nested parts 1 -> (a), (b) -> (i), (ii), each lowest part answered beneath": (
        0.314,
        0.407,
        0.355,
        0.5,
        0.5,
        1.0,
    ),
    "FOI labeller, a chronology table of the request's dates (received, clarified, extended, sent)": (
        1.0,
        0.875,
        0.933,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, each answer introduced by the department that supplied it ('Finance replied:')": (
        0.571,
        0.571,
        0.571,
        1.0,
        0.125,
        1.0,
    ),
    "WRES, all": (0.342, 0.94, 1, 156, 456),
    "WRES, HTML": (0.434, 0.943, 1, 66, 152),
    "WRES, PDF": (0.296, 0.938, 0, 45, 152),
    "WRES, DOCX": (0.296, 0.938, 0, 45, 152),
    "WRES, dashboard cards: one card an indicator, value with an arrow, last year's value, a target": (
        0.155,
        0.929,
        1,
        13,
        84,
    ),
    "WRES, counts and percentages in separate 'n' and '%' columns under a two-row group header": (
        0.529,
        1.0,
        0,
        54,
        102,
    ),
    "WRES, year-first lines under each indicator ('2023: BME 27.1%, White 22.2%'), dashes and daggers": (
        0.234,
        1.0,
        0,
        26,
        111,
    ),
    "WRES, 'x out of y' counts with the percentage in brackets, a bullet a year": (
        0.875,
        0.875,
        0,
        63,
        72,
    ),
    "WRES, a data appendix printed as comma-separated lines ('5,BME,2024,32.6,29.9') in a fixed font": (
        0.0,
        1.0,
        0,
        0,
        87,
    ),
}


SET = HeldoutSet(
    name="L",
    letters=foi_l.letters,
    styles=foi_l.STYLES,
    layouts=wres_l.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report_with_second_sight(SET, FIRST_SIGHT_AFTER_M, FIRST_SIGHT_AFTER_M_COMMIT, "M")


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
