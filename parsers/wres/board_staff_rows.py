"""Indicator 9's table whose rows name their group as staff ("BME staff", "White
staff") and no board at all: the rows are the board's own shares, not the workforce's.

A row naming the staff beside a board row ("Board voting members, BME" above
"BME staff") is the whole workforce's share, printed for comparison, and
parsers.wres.metric_rows keys it `overall`. When no row of the table names a board,
there is nothing to compare against: the table under the indicator 9 heading gives the
indicator itself, whose staff group as defined is the board's voting members. A row
that names the whole workforce in words of its own ("Overall workforce", "Trust") stays
the workforce's share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from parsers.wres.validate import BOARD_GROUPS
from parsers.wres.vocab import WHOLE_WORKFORCE_WORDS

# words that name the workforce as a whole, beyond the group's own noun ("staff",
# "employees")
_RE_WORKFORCE = re.compile(WHOLE_WORKFORCE_WORDS + r"|\btrust\b|organisation", re.I)


class _Keyed(Protocol):
    measure: str
    staff_group: str | None
    wording: str


def board_of_staff_rows(builders: Sequence[_Keyed]) -> None:
    """Re-key indicator 9's `overall` shares as the voting board's when the table names
    no board in any row and each such row names its group only as staff."""
    shares = [b for b in builders if b.measure == "percentage"]
    if not shares or any(b.staff_group in BOARD_GROUPS for b in shares):
        return
    if any(b.staff_group != "overall" or _RE_WORKFORCE.search(b.wording) for b in shares):
        return
    for b in shares:
        b.staff_group = "board_voting"
