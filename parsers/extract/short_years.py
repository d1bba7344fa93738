"""A financial year printed as its two years' last digits: "23/24" is 2023/24.

Read alone, "23/24" is as much the count "23 out of 24" as a year: it is a year only
when the second number is the year after the first ("23/25" and "24/23" are counts).
The one rule for it, used by the PDF line reader (a year heads a column, it is not a
figure: parsers.extract.pdf_layout_lines) and the WRES table heads
(parsers.wres.short_years). Neutral: it knows nothing of either.

The century of a two-digit year is the project's one rule, parsers.wres.vocab.full_year
(the POSIX one, as Python's "%y": 69-99 are the 1900s, 00-68 the 2000s), so "99/00" is
1999/00, the range crossing the century, not 2099/00. It lives in the vocabulary
because that file is published alone (standard library only); this module re-exports it.
"""

from __future__ import annotations

import re

from parsers.wres.vocab import full_year

__all__ = ["full_year", "short_year"]

_SHORT = re.compile(r"(?P<a>\d\d)\s*/\s*(?P<b>\d\d)")


def short_year(text: str) -> str | None:
    """The financial year a text names in short ("23/24" -> "2023/24", "99/00" ->
    "1999/00"), or None when it is anything else or its two years do not follow each
    other."""
    m = _SHORT.fullmatch(text.strip())
    if m is None or int(m["b"]) != (int(m["a"]) + 1) % 100:
        return None
    return f"{full_year(int(m['a']))}/{m['b']}"
