"""A financial year printed as its two years' last digits: "23/24" is 2023/24.

Read alone, "23/24" is as much the count "23 out of 24" as a year: it is a year only
when the second number is the year after the first ("23/25" and "24/23" are counts).
The one rule for it, used by the PDF line reader (a year heads a column, it is not a
figure: parsers.extract.pdf_layout_lines) and the WRES table heads
(parsers.wres.short_years). Neutral: it knows nothing of either.
"""

from __future__ import annotations

import re

_SHORT = re.compile(r"(?P<a>\d\d)\s*/\s*(?P<b>\d\d)")


def short_year(text: str) -> str | None:
    """The financial year a text names in short ("23/24" -> "2023/24"), or None when
    it is anything else or its two years do not follow each other."""
    m = _SHORT.fullmatch(text.strip())
    if m is None or int(m["b"]) != (int(m["a"]) + 1) % 100:
        return None
    return f"20{m['a']}/{m['b']}"
