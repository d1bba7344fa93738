"""Grouped pay bands: kept as the report prints them, compared in one spelling.

DESIGN.md names a grouped band "as printed" ("Bands 1-4", "Band 9 and VSM"), so a
figure's `band` is the report's own words. Trusts print one range many ways ("Bands
1-4", "Bands 1 to 4", "Band 1 – 4"), so wherever two readings of a figure are compared
(a figure's key: a figure read twice, the two readings of a table) the range is taken in
one spelling, "Bands 1 to 4"; single bands keep DESIGN.md's canonical names ("Band 8a",
"VSM"). The cross-trust views compare `band` as stored."""

from __future__ import annotations

import re
from functools import lru_cache

_DASHES = re.compile("[\u2010-\u2015\u2212]")
_LEADING_SCALE = re.compile(r"^(?:afc|agenda\s+for\s+change|pay)\s+", re.I)

_RANGE = re.compile(
    r"^bands?\s*(?P<a>\d[a-d]?)\s*(?:-|\u2013|\u2014|to|and|&)\s*(?:bands?\s*)?"
    r"(?P<b>\d[a-d]?|vsm|very senior managers?)(?P<vsm>\s*(?:and|&)\s*(?:vsm|very senior managers?))?$",
    re.I,
)
_AND_ABOVE = re.compile(r"^bands?\s*(?P<a>\d[a-d]?)\s*(?:(?:and|&)\s*(?:above|over)|\+)$", re.I)


def printed_band(span: str) -> str:
    """A grouped band as the report prints it, tidied only as a reader would copy it:
    spaces collapsed, every dash a hyphen (the readers see cleaned text, so one rule for
    all), the pay scale's name ("AfC") and trailing punctuation left out, the first
    letter a capital ("bands 5 to 7" in a sentence is "Bands 5 to 7")."""
    text = " ".join(_DASHES.sub("-", span).split())
    text = _LEADING_SCALE.sub("", text).rstrip(" .,;:")
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=1024)  # every figure's key() asks, a report prints few bands
def band_in_one_spelling(band: str | None) -> str | None:
    """The spelling every trust's range is compared in: "Bands 1-4", "Band 1 – 4" and
    "bands 1 to 4" are all "Bands 1 to 4"; "Band 9 and VSM" is "Bands 9 to VSM"; "Band 7+"
    is "Band 7 and above". Anything else is returned unchanged."""
    if not band:
        return band
    text = " ".join(band.split())
    m = _RANGE.match(text)
    if m:
        end = m.group("b").lower()
        if m.group("vsm") or end.startswith(("vsm", "very")):
            end = "VSM"
        return f"Bands {m.group('a').lower()} to {end}"
    m = _AND_ABOVE.match(text)
    if m:
        return f"Band {m.group('a').lower()} and above"
    return band
