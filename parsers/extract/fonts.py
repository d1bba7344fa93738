"""The typeface (font family) a block of text is set in, read as layout as its
colour is (parsers.extract.colours): a letter whose answers were typed beneath each
question in another typeface (Courier New under Arial) tells them apart by it
alone. One name per family, whatever the format calls it: a PDF's embedded
"ABCDEF+Arial-BoldMT" and a DOCX run's "Arial" are both "arial"; a web page's
<pre>, <code>, <tt> are "monospace" as their font-family is."""

from __future__ import annotations

import re
from collections import Counter

from parsers.extract.colours import common_colour

# an embedded subset's tag ("ABCDEF+"), then the weight / slant after the family
_RE_SUBSET = re.compile(r"^[A-Z]{6}\+")
_RE_STYLE = re.compile(r"[-,].*$")
_RE_VENDOR = re.compile(r"(mt|ps|psmt)$")
# a weight or slant glued to the family with no separator, as PDF writers name the
# faces they embed ("DejaVuSansBold", "DejaVuSansBook", "HelveticaBoldOblique"): the
# same family as its regular face, as "Arial-BoldMT" is "arial"
_RE_GLUED_STYLE = re.compile(
    r"(?<=...)(?:semi|demi)?(?:bold|book|regular|italic|oblique|medium|light)"
    r"(?:(?:semi|demi)?(?:bold|italic|oblique))*$"
)
_MONO_TAGS = {"pre", "code", "tt", "kbd", "samp"}
_RE_CSS_FAMILY = re.compile(r"font-family\s*:\s*([^;]+)", re.I)


def font_family(name: str | None) -> str | None:
    """A font name as its family, lower case and without spaces, weight or slant."""
    if not name:
        return None
    family = _RE_STYLE.sub("", _RE_SUBSET.sub("", name.strip()))
    family = re.sub(r"[\s\"']+", "", family).lower()
    return _RE_GLUED_STYLE.sub("", _RE_VENDOR.sub("", family)) or None


# families whose every character takes the same width (typed text lines up in them)
_RE_FIXED_PITCH = re.compile(r"mono|courier|consol|menlo|monaco|typewriter|code|fixed|terminal")


def fixed_pitch(family: str | None) -> bool:
    """A family (as font_family names it) of fixed pitch: "couriernew", "consolas",
    "dejavusansmono", a web page's "monospace"."""
    return bool(family and _RE_FIXED_PITCH.search(family))


def common_font(names: list[str | None]) -> str | None:
    """The family most of a block's characters (or runs) are set in, when one is."""
    return common_colour([font_family(n) for n in names])


def css_font(style: str | None, tag: str | None = None) -> str | None:
    """An HTML element's family: its inline font-family's first name, else
    "monospace" for an element that is typed text by definition."""
    m = _RE_CSS_FAMILY.search(style or "")
    if m:
        return font_family(m.group(1).split(",")[0])
    return "monospace" if (tag or "").lower() in _MONO_TAGS else None


def body_font(pairs: list[tuple[str | None, int]]) -> str | None:
    """The letter's own typeface: the family (or None, the default) of most of its
    text, from (family, characters) of each block."""
    counts: Counter[str | None] = Counter()
    for family, n in pairs:
        counts[family] += n
    return max(counts, key=lambda f: counts[f]) if counts else None
