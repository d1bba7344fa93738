"""Held-out set T scored: FOI letters (foi_t.py) and WRES layouts (wres_t.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set P's renderer (benchmarks/heldout_p/render.py,
imported): FOI question/answer P/R/F1 with reference, dates and exemptions, rules only
and with the shipped labeller, per format and per style; WRES figures found with the
right key, precision and misattributed, per format and per layout.

Set T was written after sets Q, R and S were learned from, on parsers unchanged since
20041fa (the branch's parsers/ are exactly those of 20041fa; nothing under parsers/ was
read while writing it). `FIRST_SIGHT` keeps the numbers measured there, before anyone
saw set T.

    python benchmarks/heldout_t/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_p.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402
from benchmarks.heldout_t import foi_t, wres_t  # noqa: E402

# Measured at 20041fa (before anyone saw set T), by this script, with nothing under
# parsers/ changed since that commit. No truth was changed after these numbers were
# first seen (one question's wording was changed before any scoring, because set P had
# asked it in the same words).
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "20041fa"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.373, 0.248, 0.298, 1.0, 0.844, 0.625),
    "FOI rules only, DOCX": (0.373, 0.248, 0.298, 1.0, 0.844, 0.625),
    "FOI rules only, PDF": (0.373, 0.248, 0.298, 1.0, 0.844, 0.625),
    "FOI rules only, HTML": (0.373, 0.248, 0.298, 1.0, 0.844, 0.625),
    "FOI rules only, each answer a small 'category | number' table with a Total row and a 'Note:' line under it, the next numbered question straight after the note": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI rules only, the requester's e-mail quoted as one long paragraph with the questions run together as '1) … 2) …', answered a paragraph each opening 'In response to point 1:'": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.0,
    ),
    "FOI rules only, a disclosure page whose questions are <h4> headings and answers <p> paragraphs with <br> line breaks, beside an <aside> sidebar listing related requests": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI rules only, a three-column 'Question | Status | Response' table, each status 'Provided', 'Withheld – s.43(2)' or 'Not held' beside the response": (
        1.0,
        0.533,
        0.696,
        1.0,
        0.875,
        0.5,
    ),
    "FOI rules only, each question under a 'Query 3 of 5' header line, the answer after a separate 'Trust response' line": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.5,
    ),
    "FOI rules only, a follow-up letter 'further to our response of …': each question repeated in italics with what the trust first said, the new answer after it": (
        0.471,
        0.471,
        0.471,
        1.0,
        0.75,
        1.0,
    ),
    "FOI rules only, each answer printed first under an 'Answer 3' heading, the question it answers quoted in italics after it ('Your question 3 was: …')": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.0,
    ),
    "FOI rules only, numbered bold questions, plain answers, each answer followed by a small italic 'Source: …' line naming the system the figures came from": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, all": (0.365, 0.243, 0.292, 1.0, 0.844, 0.604),
    "FOI labeller, DOCX": (0.361, 0.24, 0.288, 1.0, 0.844, 0.594),
    "FOI labeller, PDF": (0.361, 0.24, 0.288, 1.0, 0.844, 0.594),
    "FOI labeller, HTML": (0.373, 0.248, 0.298, 1.0, 0.844, 0.625),
    "FOI labeller, each answer a small 'category | number' table with a Total row and a 'Note:' line under it, the next numbered question straight after the note": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, the requester's e-mail quoted as one long paragraph with the questions run together as '1) … 2) …', answered a paragraph each opening 'In response to point 1:'": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.0,
    ),
    "FOI labeller, a disclosure page whose questions are <h4> headings and answers <p> paragraphs with <br> line breaks, beside an <aside> sidebar listing related requests": (
        0.956,
        0.956,
        0.956,
        1.0,
        0.75,
        0.833,
    ),
    "FOI labeller, a three-column 'Question | Status | Response' table, each status 'Provided', 'Withheld – s.43(2)' or 'Not held' beside the response": (
        1.0,
        0.533,
        0.696,
        1.0,
        0.875,
        0.5,
    ),
    "FOI labeller, each question under a 'Query 3 of 5' header line, the answer after a separate 'Trust response' line": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.5,
    ),
    "FOI labeller, a follow-up letter 'further to our response of …': each question repeated in italics with what the trust first said, the new answer after it": (
        0.471,
        0.471,
        0.471,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, each answer printed first under an 'Answer 3' heading, the question it answers quoted in italics after it ('Your question 3 was: …')": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.0,
    ),
    "FOI labeller, numbered bold questions, plain answers, each answer followed by a small italic 'Source: …' line naming the system the figures came from": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        1.0,
    ),
    "WRES, all": (0.253, 0.95, 0, 114, 450),
    "WRES, HTML": (0.253, 0.95, 0, 38, 150),
    "WRES, PDF": (0.253, 0.95, 0, 38, 150),
    "WRES, DOCX": (0.253, 0.95, 0, 38, 150),
    "WRES, one wide table with the indicators as column groups of two years each (this year first) and the ethnic groups as its rows; the likelihood ratios in the row of the group more likely, '–' in the other": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, a slide deck printed as pages, one indicator a slide: this year's figures large on lines of their own ('BME  27.9%'), last year's on a 'vs 2022/23:' line, an ambition figure on some slides": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, an appendix table in long format, one figure a row: 'Indicator | Year | Group | Value | Notes', some notes 'revised'": (
        0.8,
        1.0,
        0,
        72,
        90,
    ),
    "WRES, a bulleted list of one-line statements 'Indicator 5: BME 31.4%, White 26.2% (2023/24)', a line per indicator and year, the ratios 'Indicator 2: 1.44 (2023/24)'": (
        0.2,
        1.0,
        0,
        18,
        90,
    ),
    "WRES, a table per ethnic group headed only by a line 'BME staff' / 'White staff' above it, year columns and a signed 'Change' column, a summary in words above": (
        0.267,
        0.8,
        0,
        24,
        90,
    ),
}

SET = HeldoutSet(
    name="T",
    letters=foi_t.letters,
    styles=foi_t.STYLES,
    layouts=wres_t.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
