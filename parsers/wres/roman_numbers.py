"""Indicators numbered in Roman numerals: a label column of "(i)", "(ii)" … "(ix)" (or
"iv.", "iv)", or the numeral before the indicator's words in one cell, "(iv) Relative
likelihood …"). A board paper numbers the nine WRES indicators so as often as "1." to
"9.": the numbering kind is another way of writing the same numbers.

The numerals are read as indicator numbers only when the column is a numbering of
indicators, not a serial count of something else: every label of the column is a
numeral, they rise down the table, none is above ix, and the words beside them name
the indicator of that number wherever they name one (at least two rows, and no row
naming another; the test is parsers/wres/numbered_rows.py's, for numbers written any
way). Then each numeral is written "Indicator N" for the readers that know a row by
its label; any other table is returned as it is.
"""

from __future__ import annotations

import re

from parsers.wres.cells import clean
from parsers.wres.numbered_rows import numbered_indicators
from parsers.wres.tables import Tab

_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
# a numeral alone, bracketed or followed by a full stop or bracket: "(iv)", "iv.", "iv)"
_RE_ALONE = re.compile(r"^\(?(?P<n>[ivx]{1,4})\)?\.?$", re.I)
# a numeral that opens a label, marked off from the words after it: "(iv) Relative …",
# "iv. Relative …", "iv) Relative …" (a bare "I " could be the pronoun; it needs a mark)
_RE_OPENING = re.compile(
    r"^(?:\((?P<a>[ivx]{1,4})\)|(?P<b>[ivx]{1,4})[.)])\s+(?P<rest>\S.*)$", re.I
)


def roman_value(numeral: str) -> int | None:
    """i..ix -> 1..9 (lower or upper case); anything else (x, xi, "vv") -> None."""
    return _VALUES.get(numeral.lower())


def _code(cell: str) -> tuple[int, str] | None:
    """(number, the words after it) for a label cell opened by a numeral, or None."""
    t = clean(cell)
    m = _RE_ALONE.match(t)
    if m:
        n = roman_value(m["n"])
        return (n, "") if n is not None else None
    m = _RE_OPENING.match(t)
    if m:
        n = roman_value(m["a"] or m["b"])
        return (n, m["rest"]) if n is not None else None
    return None


def roman_indicators(tab: Tab) -> Tab:
    """The table with its Roman indicator numerals written "Indicator N" (see the module
    docstring for when a column of numerals is one); otherwise the table unchanged."""
    return numbered_indicators(tab, _code)


__all__ = ["roman_indicators", "roman_value"]
