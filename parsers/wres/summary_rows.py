"""Indicator 1 rows of a summary table that name the whole workforce in other words.

A summary table (rows from several indicators, parsers/wres/template_summary.py) labels
indicator 1's headline row by what it counts rather than "share of the workforce":

    1. BME staff, % of workforce        (the group, the share, the base)
    1. Staff as a share of the workforce (the same, "as a" before the share)
    1. Workforce proportion             (the base, then the unit)
    1. Share of staff of each group in the workforce   (the unit, who, then the base)
    Metric 1 | Staff in post at 31 March (the old numbering; the unit in the columns)

`workforce_share` tells such a label: the base is the whole workforce ("workforce",
"staff in post", with an optional 31 March snapshot date), and nothing else is left
but ethnic-group words, "staff" and the unit. A label naming a staff group, a band, the
board or applicants is not the headline. "share" says the label gives the unit (a
percentage); "post" says it does not ("Staff in post"), so a bare number under it is a
percentage only where its column says so (`unit_stated`): staff in post are otherwise
a headcount.
"""

from __future__ import annotations

import re

from parsers.wres.cells import band_and_group, clean
from parsers.wres.vocab import BY_ETHNICITY, INDICATOR_WORD

_NUMBER = rf"^\s*(?:wres\s+)?{INDICATOR_WORD}?\s*\d(?:[a-e](?![a-z]))?\s*[.:)\-]?\s*"
_UNIT = r"(?:\(?%\)?|percentage|per\s*cent|share|proportion)"
_SNAPSHOT = r"(?:\s*,?\s*(?:at|on|as\s+at)\s+31(?:st)?\s+march(?:\s+20\d\d)?)?"
_BREAKDOWN = rf"{BY_ETHNICITY}?"  # "Workforce by ethnicity": each group's share of it
_RE_SHARE = re.compile(
    rf"(?P<who>.*?)\b(?:staff|colleagues|employees)?\s*,?\s*(?:as\s+an?\s+)?{_UNIT}\s+(?:of|in)\s+(?:the\s+)?"
    rf"(?:whole\s+|overall\s+|total\s+)?workforce{_SNAPSHOT}\s*(?:\(?%\)?)?",
    re.I,
)
_RE_POST = re.compile(
    rf"(?P<who>.*?)\b(?:staff|workforce|employees)\s+in\s+post{_BREAKDOWN}{_SNAPSHOT}\s*,?\s*(?P<unit>{_UNIT})?",
    re.I,
)
# "Share of colleagues of each background in the workforce": the unit, then who it
# counts, then the whole workforce they are counted in
_RE_SHARE_OF = re.compile(
    rf"{_UNIT}\s+of\s+(?P<who>.+?)\s+(?:in|across|within)\s+(?:the\s+)?"
    rf"(?:whole\s+|overall\s+|total\s+)?workforce{_SNAPSHOT}\s*(?:\(?%\)?)?",
    re.I,
)
# "1. Workforce share", "BME workforce (%)": the whole workforce, its unit after it
_RE_SHARE_AFTER = re.compile(
    rf"(?P<who>.*?)\b(?:the\s+)?(?:whole\s+|overall\s+|total\s+)?workforce{_SNAPSHOT}\s*,?\s*"
    rf"(?:{_UNIT}){_SNAPSHOT}",
    re.I,
)
# "1. Workforce", "BME workforce": the whole workforce named alone, no unit
_RE_ALONE = re.compile(
    rf"(?P<who>.*?)\b(?:the\s+)?(?:whole\s+|overall\s+|total\s+)?workforce{_BREAKDOWN}{_SNAPSHOT}"
    r"(?P<unit>\s*\(\s*%\s*\))?",  # "Workforce at 31 March (%)": the unit in brackets
    re.I,
)
# who a row may name besides an ethnic group: nobody but a population of its own
_RE_OTHER = re.compile(
    r"\d|board|band|vsm|consultant|applicant|shortlist|disciplin|training|survey|manager"
    r"|director|nurs|medic|clinical|doctor",
    re.I,
)


def workforce_share(label: str) -> str | None:
    """ "share" or "post" when an indicator 1 row's label names the whole workforce's
    share (see the module docstring), else None."""
    t = re.sub(_NUMBER, "", clean(label), count=1, flags=re.I).strip(" ,:;-")
    readings = ((_RE_SHARE, "share"), (_RE_SHARE_OF, "share"), (_RE_SHARE_AFTER, "share"))
    readings += ((_RE_POST, "post"),)
    for rx, kind in (*readings, (_RE_ALONE, "post")):
        m = rx.fullmatch(t)
        if m is None:
            continue
        who = m.group("who")
        if len(who.split()) > 5 or _RE_OTHER.search(who) or any(band_and_group(who)):
            return None
        if kind == "post" and m.groupdict().get("unit"):
            kind = "share"
        return kind
    return None


def unit_stated(header: str) -> bool:
    """A column heading saying its figures are percentages ("BME (%)")."""
    return bool(re.search(r"%|per\s*cent|percentage|proportion|\bshare\b", header, re.I))
