"""Indicators numbered down a column of their own, beside the indicators' words:

    | No. | Indicator                                       | BME   | White |
    | 1   | Percentage of staff in the overall workforce    | 21.3% | 75.9% |
    | 2   | Relative likelihood of White applicants ...     | ...   | ...   |

A column of bare numbers is as often a serial count of the table's rows as the
standard's numbering, so its heading alone ("No.", "#", "Ref") does not say which
(parsers/wres/table_frames.py reads a column headed "Indicator" as indicator numbers
without more). The numbers are read as indicator numbers only when the column is a
numbering of indicators: every label of the column below its heads (one row, or two:
a year merged over its groups, then the groups) is a number, they rise down the table
(a number may be printed again on each of its indicator's rows, "1 | … | BME" then
"1 | … | White", as a table without merged cells repeats it), none is above 9, and the
words beside them name the indicator of that number wherever they name one (at least
two rows, and no row naming another). A serial count of rows about indicators 5 to 8
(1, 2, 3, 4) fails that test and is left as it is.

`numbered_indicators` is that test for any way of writing the numbers (Arabic here,
Roman in parsers/wres/roman_numbers.py); each number is then written "Indicator N"
for the readers that know a row by its label.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from parsers.wres.cell_figures import holds_figures
from parsers.wres.cells import clean
from parsers.wres.tables import Tab
from parsers.wres.template_summary import row_indicator

# a number alone in its cell, perhaps with a full stop or bracket: "4", "4.", "4)"
_RE_ARABIC = re.compile(r"^(?P<n>[1-9])[.)]?$")

Code = Callable[[str], "tuple[int, str] | None"]


def arabic_code(cell: str) -> tuple[int, str] | None:
    """(number, "") for a cell holding a number from 1 to 9 alone, else None. A number
    opening the indicator's words ("4. Relative likelihood ...") is already read as
    the row's indicator by the summary reader; only a column of its own is read here."""
    m = _RE_ARABIC.match(clean(cell))
    return (int(m["n"]), "") if m else None


def _words(row: list[str], rest: str) -> str:
    """The words that describe a row: those after its number, else its next text cell."""
    if rest:
        return rest
    return next((clean(c) for c in row[1:] if re.search(r"[A-Za-z]{3}", clean(c))), "")


def _body_start(rows: list[list[str]]) -> int:
    """The first row below the column heads: a head may be two rows (a year merged over
    its groups, then the groups), so every leading row holding no figure is a head."""
    i = 1
    while i < len(rows) - 1 and not any(holds_figures(c) for c in rows[i][1:]):
        i += 1
    return i


def numbered_indicators(tab: Tab, code: Code) -> Tab:
    """The table with its first column's numbers written "Indicator N" when the column
    numbers the indicators (see the module docstring); otherwise the table unchanged.
    `code` reads one label cell: (number, the words after it) or None."""
    if len(tab.rows) < 3:
        return tab
    start = _body_start(tab.rows)
    labelled = [
        (i, r, code(r[0])) for i, r in enumerate(tab.rows[start:], start) if r and clean(r[0])
    ]
    codes = [(i, r, c) for i, r, c in labelled if c is not None]
    if len(codes) < 2 or len(codes) < len(labelled):
        return tab  # every label of the column is a number, or it is no numbering
    if any(b[2][0] < a[2][0] for a, b in itertools.pairwise(codes)):
        return tab  # a numbering of indicators runs down the table in order (a number
        # repeated on its indicator's rows for each group; a serial count never repeats)
    named = [row_indicator(_words(row, rest)) for _i, row, (_n, rest) in codes]
    if any(w is not None and w != c[0] for w, (_i, _r, c) in zip(named, codes, strict=True)):
        return tab  # the words name another indicator: a serial count, not WRES's
    if sum(w == c[0] for w, (_i, _r, c) in zip(named, codes, strict=True)) < 2:
        return tab  # too few words to say the numbers are the standard's
    rows = [list(r) for r in tab.rows]
    for i, row, (n, rest) in codes:
        rows[i] = [f"Indicator {n}: {rest}" if rest else f"Indicator {n}", *row[1:]]
    return replace(tab, rows=rows)


def arabic_indicators(tab: Tab) -> Tab:
    """A first column of bare numbers that numbers the indicators, written
    "Indicator N"; any other table unchanged."""
    return numbered_indicators(tab, arabic_code)


__all__ = ["arabic_code", "arabic_indicators", "numbered_indicators"]
