"""Survey-style question codes: a capital letter and a number ("A1", "B2.", "C3)")
before a question, the letter naming the section the question stands in and the
number counting the questions within it (as a decimal label "2.1" counts its
questions under a subject heading). Read by structure: the code is the label as
printed ("A1"), its number the question's count in the section, so a new letter
restarts the numbering as a part's heading does. Only before words of asking or a
question ending "?": a road name or a grid reference ("A1 road", "B2 sheet")
opening an answer is no code.

"A1." is also the mark of the answer to "Q1" in a Q/A letter. A letter whose codes
run under two section letters or more ("A1" … "B1" …) is a coded survey: there an
"A" code before a question is a code like the others, and its punctuation is
dropped ("A1. How …" → "A1 How …") so that the answer-marker reading does not take
it. Part of the FOI parser's labels (parsers.foi.units) and passes (parsers.foi.passes).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from parsers.foi.patterns import _RE_ANSWER_CUE, _RE_ASKING

if TYPE_CHECKING:
    from parsers.foi.units import _Unit

# "A1 How …", "B2. What …", "C3) Please …", "D4: …"
_RE_CODE = re.compile(r"^([A-Z])(\d{1,2})(?:[.):]|\s[–—-])?\s+(\S.*)$")


def section_code(text: str) -> tuple[str, int, str] | None:
    """(code as printed, its count within the section, the question) or None."""
    m = _RE_CODE.match(text)
    if m is None or not 0 < int(m.group(2)) <= 40:
        return None
    rest = m.group(3)
    if _RE_ANSWER_CUE.match(rest) or not (_RE_ASKING.match(rest) or rest.rstrip().endswith("?")):
        return None
    return f"{m.group(1)}{int(m.group(2))}", int(m.group(2)), rest


def coded_units(units: list[_Unit]) -> list[_Unit]:
    """The units with each code's punctuation dropped, in a letter coded under two
    section letters or more; else the units as they were."""
    codes = {k: c for k, u in enumerate(units) if u.table is None and (c := section_code(u.text))}
    if len({c[0][0] for c in codes.values()}) < 2:
        return units
    return [
        replace(u, text=f"{codes[k][0]} {codes[k][2]}") if k in codes else u
        for k, u in enumerate(units)
    ]
