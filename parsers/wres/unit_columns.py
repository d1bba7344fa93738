"""Count and percentage sub-columns under one group heading of a summary table.

A summary table (rows from several indicators, parsers/wres/template_summary.py) may
print each ethnic group's count beside its percentage, the group named once over both
in a merged upper heading row and the unit in a lower row of its own:

    |              | BME         | White       | Not stated  |
    | Indicator    | n    | %    | n    | %    | n    | %    |
    | 1. Workforce | 1,12 | 21.3 | 4,02 | 75.6 | 160  | 3.1  |

Only the "%" sub-columns hold the figures (DESIGN measures are percentages, rates,
ratios and differences; headcounts are never figures). A count that happens to be
under 100 would otherwise be read as a second value for the group's key, and the two
values for one key leave both unsettled. `count_columns` tells the count sub-columns
by their own lowest heading ("n", "No.", "Number", "Count", "Headcount") when a
sibling under the same upper heading is headed as a percentage: the pair says what
each one is. A lone "Number" column with no percentage sibling is left as it is (the
readers' own rules apply to it).
"""

from __future__ import annotations

import re

from parsers.wres.cells import clean

_COUNT = re.compile(
    r"(?:n|no\.?|number(?:\s+of\s+staff)?|count|headcount|staff\s+in\s+post|respondents)",
    re.I,
)
_PERCENT = re.compile(r"%|\(%\)|per\s*cent|percentage|pct|%\s+of\s+.+|share", re.I)


def count_columns(heads: list[list[str]], width: int, first_value: int = 1) -> set[int]:
    """Indices of the columns (from `first_value` on) whose own heading, in the lowest
    of the header rows `heads` (upper rows' merged cells already filled rightwards),
    names a count and whose upper heading also heads a percentage column."""
    if len(heads) < 2:
        return set()
    low = [clean(c) for c in heads[-1]] + [""] * width
    upper = [
        " ".join(clean(r[j]) for r in heads[:-1] if j < len(r) and r[j]).strip()
        for j in range(width)
    ]
    counts, percents = {}, {}
    for j in range(first_value, width):
        if not upper[j]:
            continue
        if _COUNT.fullmatch(low[j]):
            counts[j] = upper[j]
        elif _PERCENT.fullmatch(low[j]):
            percents.setdefault(upper[j], j)
    return {j for j, over in counts.items() if over in percents}
