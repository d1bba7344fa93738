"""A heading that is a WRES report's year ("WRES 2024", "Workforce Race Equality
Standard 2023", "WRES report 2023"): the data year of everything below it.

Some reports print two or more years' figures one after the other, each year's under
a heading naming that year's WRES report. Such a heading is nothing but the standard's
name and a year (a short line, no figure, no other words than "report", "data",
"submission", "return", "figures", "results"); its year is the WRES report year, whose
data year is the financial year before ("WRES 2024" -> 2023/24, the 31 March 2024
snapshot and the 2023 staff survey). The narrative reader dates the undated sentences
below it with that year, until the next such heading, as it dates them with the
title's year when there is no such heading.
"""

from __future__ import annotations

import re

from parsers.wres.cells import clean, fy

_NAME = r"(?:WRES|Workforce\s+Race\s+Equality\s+Standard(?:\s*\(WRES\))?)"
_WORDS = r"(?:\s+(?:report|data|submission|return|figures|results))?"
_RE_HEAD = re.compile(
    rf"^(?:(?:the|our)\s+)?(?:{_NAME}{_WORDS}\s*[:\-\u2013]?\s*(?P<a>20\d\d)"
    rf"|(?P<b>20\d\d)\s+{_NAME}{_WORDS})\s*$",
    re.I,
)


def report_year_heading(text: str) -> str | None:
    """The data year ("2023/24") a WRES report-year heading names, else None."""
    m = _RE_HEAD.match(clean(text).strip(" .:"))
    if not m:
        return None
    return fy(int(m.group("a") or m.group("b")) - 1)


__all__ = ["report_year_heading"]
