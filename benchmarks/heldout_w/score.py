"""Held-out set W scored: FOI letters (foi_w.py) and WRES layouts (wres_w.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set P's renderer (benchmarks/heldout_p/render.py,
imported): FOI question/answer P/R/F1 with reference, dates and exemptions, rules only
and with the shipped labeller, per format and per style; WRES figures found with the
right key, precision and misattributed, per format and per layout.

Set W was written on parsers unchanged since 57132b8 (the branch's parsers/ are
exactly those of 57132b8; nothing under parsers/, nor under tests/ but
tests/test_heldout_u.py, tests/test_heldout_v.py and tests/heldout_checks.py, was read
while writing it). `FIRST_SIGHT` keeps the numbers measured there, before anyone saw
set W. Set W is scored once.

    python benchmarks/heldout_w/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_p.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402
from benchmarks.heldout_w import foi_w, wres_w  # noqa: E402

# Measured at 57132b8 (before anyone saw set W), by this script, with nothing under
# parsers/ changed since that commit. No truth was changed after these numbers were
# first seen. Seen at first sight (read from the parsed items, not from parsers/): the
# memo's '1.0' numbers and the topic tags stay inside the questions (labels None);
# site-by-site answer lines ('Kingsmead Hospital: <5') are left out of the answers; and
# the WRES reader returns no figure at all from any of the five layouts (0/450, in every
# format) although tests/test_heldout_w.py finds every truth figure printed in every
# rendering. None of this showed a truth to be wrong; none was changed.
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "57132b8"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.7, 0.603, 0.648, 1.0, 1.0, 1.0),
    "FOI rules only, DOCX": (0.717, 0.617, 0.664, 1.0, 1.0, 1.0),
    "FOI rules only, PDF": (0.717, 0.617, 0.664, 1.0, 1.0, 1.0),
    "FOI rules only, HTML": (0.667, 0.574, 0.617, 1.0, 1.0, 1.0),
    "FOI rules only, an ordinary letter of numbered questions with the answers beneath, each answer closed by a 'Please note …' caveat paragraph of its own": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, an ordinary letter of bold numbered questions with the answers beneath and a 'Re-use of information' heading and paragraph after the answers, before the review rights": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, an ordinary letter of numbered questions where parts not held are pointed to another public body, its name and address printed as lines beneath the answer": (
        0.643,
        0.643,
        0.643,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, numbered questions answered site by site in lines ('Kingsmead Hospital: <5'), small numbers shown as '<5' and a note beneath citing section 40(2)": (
        0.267,
        0.267,
        0.267,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, a memo-style reply with a 'To / From / Date / Subject' block for its head, questions numbered with decimals '1.0', '2.0' in bold and the answers beneath": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, a letter whose head carries no reference or date: they are printed in a block after the signature ('Our ref … Received … Responded …'), questions numbered '1)'": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, unnumbered questions each opened by a bold topic tag run into the same paragraph ('Estates: How many …'), the answer beneath": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, numbered questions that carry the requester's own bulleted list of items asked for, answered in one paragraph beneath the bullets": (
        0.744,
        0.744,
        0.744,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, all": (0.663, 0.594, 0.627, 1.0, 1.0, 1.0),
    "FOI labeller, DOCX": (0.68, 0.609, 0.642, 1.0, 1.0, 1.0),
    "FOI labeller, PDF": (0.68, 0.609, 0.642, 1.0, 1.0, 1.0),
    "FOI labeller, HTML": (0.631, 0.565, 0.596, 1.0, 1.0, 1.0),
    "FOI labeller, an ordinary letter of numbered questions with the answers beneath, each answer closed by a 'Please note …' caveat paragraph of its own": (
        0.938,
        0.938,
        0.938,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, an ordinary letter of bold numbered questions with the answers beneath and a 'Re-use of information' heading and paragraph after the answers, before the review rights": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, an ordinary letter of numbered questions where parts not held are pointed to another public body, its name and address printed as lines beneath the answer": (
        0.643,
        0.643,
        0.643,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, numbered questions answered site by site in lines ('Kingsmead Hospital: <5'), small numbers shown as '<5' and a note beneath citing section 40(2)": (
        0.267,
        0.267,
        0.267,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, a memo-style reply with a 'To / From / Date / Subject' block for its head, questions numbered with decimals '1.0', '2.0' in bold and the answers beneath": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, a letter whose head carries no reference or date: they are printed in a block after the signature ('Our ref … Received … Responded …'), questions numbered '1)'": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, unnumbered questions each opened by a bold topic tag run into the same paragraph ('Estates: How many …'), the answer beneath": (
        0.0,
        0.0,
        0.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, numbered questions that carry the requester's own bulleted list of items asked for, answered in one paragraph beneath the bullets": (
        0.744,
        0.744,
        0.744,
        1.0,
        1.0,
        1.0,
    ),
    "WRES, all": (0.0, 1.0, 0, 0, 450),
    "WRES, HTML": (0.0, 1.0, 0, 0, 150),
    "WRES, PDF": (0.0, 1.0, 0, 0, 150),
    "WRES, DOCX": (0.0, 1.0, 0, 0, 150),
    "WRES, a two-column 'Measure | Value' table, one figure a row, its label packing indicator, group and year into one cell ('Indicator 5 – BME – 2023/24')": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, the nine indicators as a numbered list, each with 'This year:' and 'Last year:' bullets beneath, the years named only once in the opening sentence": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, indicators as rows, a 'BME 2023/24 (2022/23)' and a 'White 2023/24 (2022/23)' column, each cell this year's figure with last year's in brackets ('30.7% (29.8%)'), the ratios in a column of their own": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, a paragraph a year under a bold '2023/24 figures' line, all nine indicators run together in it ('Indicator 1 – BME 26.4%, White 70.9%; Indicator 2 – 1.26; …')": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, indicators under headings spelled out 'Indicator One' to 'Indicator Nine', each followed by 'Ethnic minority staff: 2023/24 x%, 2022/23 y%' and 'White staff: …' lines": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
}

SET = HeldoutSet(
    name="W",
    letters=foi_w.letters,
    styles=foi_w.STYLES,
    layouts=wres_w.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
