"""Held-out set H scored: FOI letters (foi_h.py) and WRES layouts (wres_h.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set H's renderer (render.py here, set G's plus
tables with a repeated header row or no borders, and accordion panels): FOI
question/answer P/R/F1 with reference, dates and exemptions, rules only and with the
shipped labeller, per format and per style; WRES figures found with the right key,
precision and misattributed, per format and per layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit (main when set H
was written, after sets D and E had been learned from and before the learning from
sets F and G under way landed), before anyone saw set H.
`FIRST_SIGHT_AFTER_FG` is a second first sight, measured where the learning from sets
F and G landed (still before anyone had learned from set H), printed as its own column
("first sight X, after F+G Z, now Y").

    python benchmarks/heldout_h/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_h import foi_h, wres_h  # noqa: E402
from benchmarks.heldout_h.render import render  # noqa: E402
from benchmarks.heldout_score import (  # noqa: E402
    HeldoutSet,
    measure,
    report,
    report_with_second_sight,
)

# Measured at the set's base commit 75c69db (main before the learning from sets F and G
# lands, before anyone saw set H), by this script, with nothing under parsers/ changed.
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "75c69db"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.436, 0.269, 0.333, 0.618, 0.757, 0.724),
    "FOI rules only, DOCX": (0.468, 0.266, 0.339, 0.607, 0.768, 0.643),
    "FOI rules only, PDF": (0.494, 0.311, 0.382, 0.656, 0.766, 0.781),
    "FOI rules only, HTML": (0.275, 0.186, 0.222, 0.562, 0.719, 0.75),
    "FOI rules only, table with an exemption column, header row repeated on each page": (
        0.4,
        0.4,
        0.4,
        0.75,
        0.75,
        1.0,
    ),
    "FOI rules only, e-mail thread, the request quoted below the reply": (
        0.0,
        0.0,
        0.0,
        0.0,
        0.5,
        1.0,
    ),
    "FOI rules only, accordion page, a question a panel": (0.385, 0.192, 0.256, 1.0, 0.75, 1.0),
    "FOI rules only, numbers hung in a borderless layout table, answer in the row below": (
        0.818,
        0.3,
        0.439,
        0.75,
        0.75,
        0.625,
    ),
    "FOI rules only, per-question form: held / exemption / response lines": (
        0.429,
        0.429,
        0.429,
        0.75,
        0.875,
        1.0,
    ),
    "FOI rules only, questions in quotation marks, no labels": (0.0, 0.0, 0.0, 0.5, 0.875, 0.0),
    "FOI rules only, requests as noun phrases, no question marks": (1.0, 1.0, 1.0, 0.75, 0.75, 1.0),
    "FOI rules only, numbers spelled out: Question One / Request number two": (
        0.0,
        0.0,
        0.0,
        0.75,
        0.875,
        0.25,
    ),
    "FOI labeller, all": (0.377, 0.297, 0.332, 0.618, 0.757, 0.803),
    "FOI labeller, DOCX": (0.367, 0.266, 0.309, 0.607, 0.768, 0.75),
    "FOI labeller, PDF": (0.362, 0.311, 0.335, 0.656, 0.766, 0.875),
    "FOI labeller, HTML": (0.432, 0.322, 0.369, 0.562, 0.719, 0.75),
    "FOI labeller, table with an exemption column, header row repeated on each page": (
        0.4,
        0.4,
        0.4,
        0.75,
        0.75,
        1.0,
    ),
    "FOI labeller, e-mail thread, the request quoted below the reply": (
        0.0,
        0.0,
        0.0,
        0.0,
        0.5,
        1.0,
    ),
    "FOI labeller, accordion page, a question a panel": (0.5, 0.5, 0.5, 1.0, 0.75, 1.0),
    "FOI labeller, numbers hung in a borderless layout table, answer in the row below": (
        0.692,
        0.3,
        0.419,
        0.75,
        0.75,
        0.625,
    ),
    "FOI labeller, per-question form: held / exemption / response lines": (
        0.429,
        0.429,
        0.429,
        0.75,
        0.875,
        1.0,
    ),
    "FOI labeller, questions in quotation marks, no labels": (0.0, 0.0, 0.0, 0.5, 0.875, 0.0),
    "FOI labeller, requests as noun phrases, no question marks": (1.0, 1.0, 1.0, 0.75, 0.75, 1.0),
    "FOI labeller, numbers spelled out: Question One / Request number two": (
        0.0,
        0.0,
        0.0,
        0.75,
        0.875,
        1.0,
    ),
    "WRES, all": (0.323, 1.0, 0, 123, 381),
    "WRES, HTML": (0.323, 1.0, 0, 41, 127),
    "WRES, PDF": (0.323, 1.0, 0, 41, 127),
    "WRES, DOCX": (0.323, 1.0, 0, 41, 127),
    "WRES, years as rows, groups as columns, a table an indicator": (1.0, 1.0, 0, 96, 96),
    "WRES, figures as 'x in every 100', a short line each": (0.0, 1.0, 0, 0, 54),
    "WRES, indicator sub-codes WRES 1a / 9b with a unit column": (0.0, 1.0, 0, 0, 96),
    "WRES, pay bands as columns, staff and ethnic group as rows": (0.0, 1.0, 0, 0, 108),
    "WRES, relative likelihoods beside the counts behind them": (1.0, 1.0, 0, 27, 27),
}

# Measured at 82c9ded, where the FOI and WRES readers' learning from sets F and G had
# landed (labeller retrained), before anyone had read set H's FOI half or learned from
# its WRES half.
FIRST_SIGHT_AFTER_FG_COMMIT = "82c9ded"
FIRST_SIGHT_AFTER_FG: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.4, 0.269, 0.322, 0.842, 0.895, 0.724),
    "FOI rules only, DOCX": (0.414, 0.266, 0.324, 0.857, 0.929, 0.643),
    "FOI rules only, PDF": (0.447, 0.311, 0.367, 0.875, 0.906, 0.781),
    "FOI rules only, HTML": (0.275, 0.186, 0.222, 0.75, 0.812, 0.75),
    "FOI rules only, table with an exemption column, header row repeated on each page": (
        0.4,
        0.4,
        0.4,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, e-mail thread, the request quoted below the reply": (
        0.0,
        0.0,
        0.0,
        0.0,
        0.5,
        1.0,
    ),
    "FOI rules only, accordion page, a question a panel": (0.385, 0.192, 0.256, 1.0, 0.75, 1.0),
    "FOI rules only, numbers hung in a borderless layout table, answer in the row below": (
        0.818,
        0.3,
        0.439,
        1.0,
        1.0,
        0.625,
    ),
    "FOI rules only, per-question form: held / exemption / response lines": (
        0.273,
        0.429,
        0.333,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, questions in quotation marks, no labels": (0.0, 0.0, 0.0, 1.0, 1.0, 0.0),
    "FOI rules only, requests as noun phrases, no question marks": (1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
    "FOI rules only, numbers spelled out: Question One / Request number two": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        0.25,
    ),
    "FOI labeller, all": (0.352, 0.297, 0.322, 0.842, 0.895, 0.803),
    "FOI labeller, DOCX": (0.333, 0.266, 0.296, 0.857, 0.929, 0.75),
    "FOI labeller, PDF": (0.336, 0.311, 0.323, 0.875, 0.906, 0.875),
    "FOI labeller, HTML": (0.432, 0.322, 0.369, 0.75, 0.812, 0.75),
    "FOI labeller, table with an exemption column, header row repeated on each page": (
        0.4,
        0.4,
        0.4,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, e-mail thread, the request quoted below the reply": (
        0.0,
        0.0,
        0.0,
        0.0,
        0.5,
        1.0,
    ),
    "FOI labeller, accordion page, a question a panel": (0.5, 0.5, 0.5, 1.0, 0.75, 1.0),
    "FOI labeller, numbers hung in a borderless layout table, answer in the row below": (
        0.692,
        0.3,
        0.419,
        1.0,
        1.0,
        0.625,
    ),
    "FOI labeller, per-question form: held / exemption / response lines": (
        0.273,
        0.429,
        0.333,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, questions in quotation marks, no labels": (0.0, 0.0, 0.0, 1.0, 1.0, 0.0),
    "FOI labeller, requests as noun phrases, no question marks": (1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
    "FOI labeller, numbers spelled out: Question One / Request number two": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        1.0,
    ),
    "WRES, all": (0.323, 1.0, 0, 123, 381),
    "WRES, HTML": (0.323, 1.0, 0, 41, 127),
    "WRES, PDF": (0.323, 1.0, 0, 41, 127),
    "WRES, DOCX": (0.323, 1.0, 0, 41, 127),
    "WRES, years as rows, groups as columns, a table an indicator": (1.0, 1.0, 0, 96, 96),
    "WRES, figures as 'x in every 100', a short line each": (0.0, 1.0, 0, 0, 54),
    "WRES, indicator sub-codes WRES 1a / 9b with a unit column": (0.0, 1.0, 0, 0, 96),
    "WRES, pay bands as columns, staff and ethnic group as rows": (0.0, 1.0, 0, 0, 108),
    "WRES, relative likelihoods beside the counts behind them": (1.0, 1.0, 0, 27, 27),
}

SET = HeldoutSet(
    name="H",
    letters=foi_h.letters,
    styles=foi_h.STYLES,
    layouts=wres_h.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    if FIRST_SIGHT_AFTER_FG:
        report_with_second_sight(SET, FIRST_SIGHT_AFTER_FG, FIRST_SIGHT_AFTER_FG_COMMIT, "F+G")
    else:
        report(SET)


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
