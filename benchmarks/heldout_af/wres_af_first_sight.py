"""Held-out set AF's WRES half (wres_af.py) at first sight: scored ONCE with
benchmarks/heldout_score.py (`wres_table(hs, wres_scores(hs))`) after the set and its
test were finished and committed, the parser that of main at d14c3f5 (this branch
never touches parsers/). For the lead to merge into score.py's FIRST_SIGHT.

Rows: (found with the right key, precision, misattributed, found, truth), rounded to 3
places as benchmarks/heldout_ab/score.py's WRES rows are.
"""

from __future__ import annotations

FIRST_SIGHT_COMMIT = "d14c3f5"
FIRST_SIGHT_WRES: dict[str, tuple[float, ...]] = {}
