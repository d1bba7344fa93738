"""Held-out set S scored: FOI letters (foi_s.py) and WRES layouts (wres_s.py), each
rendering parsed as `parse-file` would, by the shared held-out scorer
(benchmarks/heldout_score.py) with set P's renderer (benchmarks/heldout_p/render.py,
imported): FOI question/answer P/R/F1 with reference, dates and exemptions, rules only
and with the shipped labeller, per format and per style; WRES figures found with the
right key, precision and misattributed, per format and per layout.

Set S was written after set R, beside it, on parsers unchanged since 31d0c6d (the
branch's parsers/ are exactly those of 31d0c6d). `FIRST_SIGHT` keeps the numbers
measured there, before anyone saw set S; `FIRST_SIGHT_AFTER_Q` the numbers at f1ab114,
where the learning from set Q had landed and set S had still not been learned from.

    python benchmarks/heldout_s/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_p.render import render  # noqa: E402
from benchmarks.heldout_s import foi_s, wres_s  # noqa: E402
from benchmarks.heldout_score import (  # noqa: E402
    HeldoutSet,
    measure,
    report_with_second_sight,
)

# Measured at 31d0c6d (before anyone saw set S), by this script, with nothing under
# parsers/ changed since that commit. No truth was changed after these numbers were
# first seen (one question's wording was changed before any scoring, because set L
# had asked it in the same words).
# FOI rows: (P, R, F1, reference, dates, exemptions); WRES rows: (found with the right
# key, precision, misattributed, found, truth), summed over formats.
FIRST_SIGHT_COMMIT = "31d0c6d"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.182, 0.179, 0.18, 1.0, 0.828, 0.417),
    "FOI rules only, DOCX": (0.186, 0.179, 0.183, 1.0, 0.828, 0.406),
    "FOI rules only, PDF": (0.173, 0.179, 0.176, 1.0, 0.828, 0.438),
    "FOI rules only, HTML": (0.186, 0.179, 0.183, 1.0, 0.828, 0.406),
    "FOI rules only, a disclosure-log page with the request and the response as two <section>s: the questions in one <ol>, the answers in a later <ol> whose items carry value= numbers in another order than asked": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI rules only, answers given in another order than asked, each under a 'Re: your question 4' heading with the question quoted in inverted commas beneath it": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        0.583,
    ),
    "FOI rules only, a long narrative on how the reply was put together, then a compact summary of one-line answers ('Q3 – Nil return') to the questions listed at the top": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.0,
    ),
    "FOI rules only, the whole request refused on cost under section 12, the original questions listed for reference, advice on narrowing it after the refusal": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.5,
    ),
    "FOI rules only, a 'Question | Response' table in which one response cell serves two consecutive questions, merged down over both their rows": (
        0.692,
        0.6,
        0.643,
        1.0,
        0.75,
        1.0,
    ),
    "FOI rules only, legal-style numbering: each question a numbered paragraph ('2.'), its answer's paragraphs numbered beneath it as '2.1', '2.2'": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.25,
    ),
    "FOI rules only, a 'No. | Request' table in which each answer is a grey shaded row merged across both columns beneath its request row": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.0,
    ),
    "FOI rules only, questions regrouped under department headings, each tagged with its number at its end ('… in 2023? (Q3)'), the answer beneath": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        0.0,
    ),
    "FOI labeller, all": (0.172, 0.179, 0.175, 1.0, 0.828, 0.573),
    "FOI labeller, DOCX": (0.176, 0.179, 0.177, 1.0, 0.828, 0.562),
    "FOI labeller, PDF": (0.164, 0.179, 0.171, 1.0, 0.828, 0.594),
    "FOI labeller, HTML": (0.176, 0.179, 0.177, 1.0, 0.828, 0.562),
    "FOI labeller, a disclosure-log page with the request and the response as two <section>s: the questions in one <ol>, the answers in a later <ol> whose items carry value= numbers in another order than asked": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, answers given in another order than asked, each under a 'Re: your question 4' heading with the question quoted in inverted commas beneath it": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        0.583,
    ),
    "FOI labeller, a long narrative on how the reply was put together, then a compact summary of one-line answers ('Q3 – Nil return') to the questions listed at the top": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.0,
    ),
    "FOI labeller, the whole request refused on cost under section 12, the original questions listed for reference, advice on narrowing it after the refusal": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        1.0,
    ),
    "FOI labeller, a 'Question | Response' table in which one response cell serves two consecutive questions, merged down over both their rows": (
        0.692,
        0.6,
        0.643,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, legal-style numbering: each question a numbered paragraph ('2.'), its answer's paragraphs numbered beneath it as '2.1', '2.2'": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.5,
    ),
    "FOI labeller, a 'No. | Request' table in which each answer is a grey shaded row merged across both columns beneath its request row": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.875,
        0.0,
    ),
    "FOI labeller, questions regrouped under department headings, each tagged with its number at its end ('… in 2023? (Q3)'), the answer beneath": (
        0.0,
        0.0,
        0.0,
        1.0,
        0.75,
        0.5,
    ),
    "WRES, all": (0.135, 1.0, 0, 67, 495),
    "WRES, HTML": (0.139, 1.0, 0, 23, 165),
    "WRES, PDF": (0.127, 1.0, 0, 21, 165),
    "WRES, DOCX": (0.139, 1.0, 0, 23, 165),
    "WRES, a section an indicator, its figures stated only in a bordered 'Key finding:' callout box at the section's end, this year's and last year's in one sentence": (
        0.544,
        1.0,
        0,
        49,
        90,
    ),
    "WRES, horizontal bar charts drawn in text, a line per year and group: '2023/24  BME  ████████ 30.8%', the figure at the bar's end": (
        0.0,
        1.0,
        0,
        0,
        135,
    ),
    "WRES, one table with each year as a section row ('Year 2023/24') above the indicator rows, BME / White / 'Gap (points)' columns": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, a borderless grid with the indicators named in a left gutter column, 'BME' and 'White' over pairs of year columns shortened '23/24' / '22/23'": (
        0.0,
        1.0,
        0,
        0,
        90,
    ),
    "WRES, two figures stacked in each cell, the BME figure above the White one, told apart only by a key above the table; the oldest year first": (
        0.2,
        1.0,
        0,
        18,
        90,
    ),
}

# Measured at f1ab114 (set Q learned from, set S not yet) by this script: every row the
# same as at first sight.
FIRST_SIGHT_AFTER_Q_COMMIT = "f1ab114"
FIRST_SIGHT_AFTER_Q: dict[str, tuple[float, ...]] = dict(FIRST_SIGHT)

SET = HeldoutSet(
    name="S",
    letters=foi_s.letters,
    styles=foi_s.STYLES,
    layouts=wres_s.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report_with_second_sight(SET, FIRST_SIGHT_AFTER_Q, FIRST_SIGHT_AFTER_Q_COMMIT, "Q")


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
