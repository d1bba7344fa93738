"""Held-out set E scored: FOI letters (foi_e.py) and WRES layouts (wres_e.py), each
rendering parsed as `parse-file` would, by the same measures as set D
(benchmarks/heldout_d/score.py): FOI question/answer P/R/F1 with reference, dates and
exemptions (benchmarks/foi_score.py), rules only and with the shipped labeller, per
format and per style; WRES figures found with the right key, precision and
misattributed (benchmarks/wres_score.py), per format and per layout.

`FIRST_SIGHT` keeps the numbers measured at the set's base commit, before anyone
changed the parsers having seen set E; each run prints them beside today's ("first
sight X, now Y"), so a later run shows whether what was learned from set D carries
over to house styles nobody tuned for.

    python benchmarks/heldout_e/score.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_e import foi_e, wres_e  # noqa: E402
from benchmarks.heldout_e.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

# Measured at the set's base commit d181a16 (main before any helper saw set E), by this
# script, with nothing under parsers/ changed. FOI rows: (P, R, F1, reference, dates,
# exemptions); WRES rows: (found with the right key, precision, misattributed, found,
# truth), summed over each layout's formats.
FIRST_SIGHT_COMMIT = "d181a16"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.554, 0.237, 0.332, 0.85, 0.5, 0.533),
    "FOI rules only, DOCX": (0.547, 0.249, 0.342, 0.875, 0.5, 0.562),
    "FOI rules only, PDF": (0.54, 0.249, 0.341, 0.875, 0.5, 0.562),
    "FOI rules only, HTML": (0.613, 0.194, 0.295, 0.75, 0.5, 0.417),
    "FOI rules only, inline answer after the question": (0.786, 0.44, 0.564, 1.0, 0.5, 0.5),
    "FOI rules only, italic question, plain answer beneath": (0.727, 0.333, 0.457, 1.0, 0.5, 0.5),
    "FOI rules only, numbered answers, questions in appendix": (0.0, 0.0, 0.0, 1.0, 0.5, 0.667),
    "FOI rules only, multi-part questions 1a/1b": (0.739, 0.739, 0.739, 1.0, 0.5, 1.0),
    "FOI rules only, Part 1 / Part 2 sections": (0.55, 0.458, 0.5, 1.0, 0.5, 1.0),
    "FOI rules only, section 21 links, request headings": (0.0, 0.0, 0.0, 1.0, 0.5, 0.0),
    "FOI rules only, e-mail reply": (0.0, 0.0, 0.0, 0.0, 0.5, 0.167),
    "FOI rules only, boxed review notice, Query/Reply": (0.0, 0.0, 0.0, 1.0, 0.5, 0.667),
    "FOI labeller, all": (0.434, 0.305, 0.358, 0.85, 0.5, 0.8),
    "FOI labeller, DOCX": (0.439, 0.307, 0.361, 0.875, 0.5, 0.812),
    "FOI labeller, PDF": (0.429, 0.302, 0.354, 0.875, 0.5, 0.75),
    "FOI labeller, HTML": (0.435, 0.306, 0.359, 0.75, 0.5, 0.875),
    "FOI labeller, inline answer after the question": (0.833, 0.4, 0.541, 1.0, 0.5, 0.5),
    "FOI labeller, italic question, plain answer beneath": (0.826, 0.792, 0.809, 1.0, 0.5, 1.0),
    "FOI labeller, numbered answers, questions in appendix": (0.0, 0.0, 0.0, 1.0, 0.5, 0.667),
    "FOI labeller, multi-part questions 1a/1b": (0.761, 0.761, 0.761, 1.0, 0.5, 1.0),
    "FOI labeller, Part 1 / Part 2 sections": (0.55, 0.458, 0.5, 1.0, 0.5, 1.0),
    "FOI labeller, section 21 links, request headings": (0.0, 0.0, 0.0, 1.0, 0.5, 0.778),
    "FOI labeller, e-mail reply": (0.0, 0.0, 0.0, 0.0, 0.5, 0.556),
    "FOI labeller, boxed review notice, Query/Reply": (0.0, 0.0, 0.0, 1.0, 0.5, 0.833),
    "WRES, all": (0.554, 0.979, 1, 92, 166),
    "WRES, HTML": (0.547, 1.0, 0, 29, 53),
    "WRES, PDF": (0.567, 0.944, 1, 34, 60),
    "WRES, DOCX": (0.547, 1.0, 0, 29, 53),
    "WRES, nine indicators as rows, year/change/RAG columns": (1.0, 1.0, 0, 54, 54),
    "WRES, action plan, figures in a baseline column": (0.0, 1.0, 0, 0, 21),
    "WRES, bullet points mixing two years": (0.5, 1.0, 0, 15, 30),
    "WRES, indicator 1 headcounts by band, total row": (0.857, 1.0, 0, 18, 21),
    "WRES, slide deck, one indicator a page": (0.714, 0.714, 1, 5, 7),
    "WRES, footnote markers on figures": (0.0, 1.0, 0, 0, 33),
}


SET = HeldoutSet(
    name="E",
    letters=foi_e.letters,
    styles=foi_e.STYLES,
    layouts=wres_e.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]


if __name__ == "__main__":
    main()
