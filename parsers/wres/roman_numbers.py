"""Indicators numbered in Roman numerals: a label column of "(i)", "(ii)" … "(ix)" (or
"iv.", "iv)", or the numeral before the indicator's words in one cell, "(iv) Relative
likelihood …"). A board paper numbers the nine WRES indicators so as often as "1." to
"9.": the numbering kind is another way of writing the same numbers.

The numerals are read as indicator numbers only when the column is a numbering of
indicators, not a serial count of something else: every label of the column is a
numeral, they rise down the table, none is above ix, and the words beside them name
the indicator of that number wherever they name one (at least two rows, and no row
naming another). Then each numeral is written "Indicator N" for the readers that know
a row by its label; any other table is returned as it is.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from parsers.wres.cells import clean
from parsers.wres.tables import Tab
from parsers.wres.template_summary import row_indicator

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


def _words(row: list[str], rest: str) -> str:
    """The words that describe a row: those after its numeral, else its next text cell."""
    if rest:
        return rest
    return next((clean(c) for c in row[1:] if re.search(r"[A-Za-z]{3}", clean(c))), "")


def roman_indicators(tab: Tab) -> Tab:
    """The table with its Roman indicator numerals written "Indicator N" (see the module
    docstring for when a column of numerals is one); otherwise the table unchanged."""
    if len(tab.rows) < 3:
        return tab
    labelled = [(i, r, _code(r[0])) for i, r in enumerate(tab.rows[1:], 1) if r and clean(r[0])]
    codes = [(i, r, c) for i, r, c in labelled if c is not None]
    if len(codes) < 2 or len(codes) < len(labelled):
        return tab  # every label of the column is a numeral, or it is no numbering
    if any(b[2][0] <= a[2][0] for a, b in itertools.pairwise(codes)):
        return tab  # a numbering of indicators runs down the table in order
    named = [row_indicator(_words(row, rest)) for _i, row, (_n, rest) in codes]
    if any(w is not None and w != c[0] for w, (_i, _r, c) in zip(named, codes, strict=True)):
        return tab  # the words name another indicator: a serial count, not WRES's
    if sum(w == c[0] for w, (_i, _r, c) in zip(named, codes, strict=True)) < 2:
        return tab  # too few words to say the numerals are the standard's
    rows = [list(r) for r in tab.rows]
    for i, row, (n, rest) in codes:
        rows[i] = [f"Indicator {n}: {rest}" if rest else f"Indicator {n}", *row[1:]]
    return replace(tab, rows=rows)


__all__ = ["roman_indicators", "roman_value"]
