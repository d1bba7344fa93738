"""Two levels of column headings in a table drawn without rules (pdf_layout_tables).

A compact table heads pairs of columns with a name and each column of a pair with
its own:

                 BME               White
                 23/24    22/23    23/24    22/23

Both lines are headings, and without rules the table reader takes consecutive
heading lines for one row whose cells wrap ("Ethnicity" / "unknown/null"), so the
two levels would be joined into "BME 23/24" over one column and nothing over the
next. The lower level is told apart by its structure: it is the fullest heading
line, its headings repeat in the same order once per heading of the line above, and
that line's headings are all different, each standing over the start of one repeat.
A wrapped heading never has that shape (its second line repeats what its first line
repeats, or fills only some columns).
"""

from __future__ import annotations

from parsers.extract.pdf_layout_lines import Segment, _VLine


def _cycle(texts: list[str]) -> int | None:
    """The length of the run of different headings the line repeats (two or more
    headings, two or more times), or None."""
    n = len(texts)
    for k in range(2, n // 2 + 1):
        if n % k == 0 and len(set(texts[:k])) == k and texts == texts[:k] * (n // k):
            return k
    return None


def _over(upper: list[Segment], lower: list[Segment], k: int) -> bool:
    """Each upper heading stands over one repeat of the lower line: it ends after
    the repeat's first heading starts and starts before the next repeat does."""
    for i, seg in enumerate(upper):
        start = lower[i * k].x0
        nxt = lower[(i + 1) * k].x0 if (i + 1) * k < len(lower) else float("inf")
        if not (seg.x1 > start - 1 and seg.x0 < nxt - 1):
            return False
    return True


def is_lower_level(upper: _VLine, lower: _VLine, label_edge: float, widest: int) -> bool:
    """Whether `lower` is the lower level of a two-level head under `upper` (see the
    module docstring). `widest` counts the fullest heading line's headings."""
    top = [s for s in upper.segments if s.x1 > label_edge]
    low = [s for s in lower.segments if s.x1 > label_edge]
    k = _cycle([s.text for s in low])
    return (
        k is not None
        and len(low) == widest
        and len(top) * k == len(low)
        and len({s.text for s in top}) == len(top)
        and _over(top, low, k)
    )
