"""A financial year printed as its two years' last digits: "23/24" is 2023/24.

Read alone, "23/24" is as much the count "23 out of 24" as a year: it is a year only
when the second number is the year after the first ("23/25" and "24/23" are counts).
The one rule for it, used by the PDF line reader (a year heads a column, it is not a
figure: parsers.extract.pdf_layout_lines) and the WRES table heads
(parsers.wres.short_years). Neutral: it knows nothing of either.

The century of a two-digit year is the POSIX one (as Python's "%y"): 69-99 are the
1900s, 00-68 the 2000s, so "99/00" is 1999/00, the range crossing the century, not
2099/00.
"""

from __future__ import annotations

import re

_SHORT = re.compile(r"(?P<a>\d\d)\s*/\s*(?P<b>\d\d)")
_PIVOT = 69  # POSIX: a two-digit year from 69 on is of the 1900s


def full_year(yy: int) -> int:
    """The four-digit year of a two-digit one (POSIX pivot: 99 -> 1999, 24 -> 2024)."""
    return yy + (1900 if yy >= _PIVOT else 2000)


def short_year(text: str) -> str | None:
    """The financial year a text names in short ("23/24" -> "2023/24", "99/00" ->
    "1999/00"), or None when it is anything else or its two years do not follow each
    other."""
    m = _SHORT.fullmatch(text.strip())
    if m is None or int(m["b"]) != (int(m["a"]) + 1) % 100:
        return None
    return f"{full_year(int(m['a']))}/{m['b']}"
