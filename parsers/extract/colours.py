"""A text's font colour as one comparable value, from each format's own notation:
PDF fill colours (grey, RGB or CMYK components from 0 to 1), DOCX run colours
("1F4E9C", "auto") and CSS (`color: #1f4e9c`, `#555`, `rgb(31, 78, 156)`, a few
names). Black, near-black and "auto" are the body text's colour and read as None,
so that a block carries a colour only where a letter marks something with one
(answers "shown in blue below")."""

from __future__ import annotations

import re
from collections import Counter

# channels at or below this (of 255) all round are black ink
DARKEST = 0x30
_NAMES = {
    "black": (0, 0, 0),
    "blue": (0, 0, 255),
    "navy": (0, 0, 128),
    "red": (255, 0, 0),
    "darkred": (139, 0, 0),
    "maroon": (128, 0, 0),
    "green": (0, 128, 0),
    "darkgreen": (0, 100, 0),
    "purple": (128, 0, 128),
    "teal": (0, 128, 128),
    "grey": (128, 128, 128),
    "gray": (128, 128, 128),
}
_RE_CSS_COLOUR = re.compile(r"(?:^|;|\s)color\s*:\s*([^;!]+)", re.I)


def _hex(rgb: tuple[int, int, int]) -> str | None:
    if all(c <= DARKEST for c in rgb):
        return None
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _hex6(digits: str) -> str | None:
    """Six hex digits ("1F4E9C") as a colour, black reading as None."""
    return _hex((int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)))


def pdf_colour(value) -> str | None:
    """A pdfplumber char's `non_stroking_color`: (g,), (r, g, b) or (c, m, y, k)."""
    if not isinstance(value, (tuple, list)) or not value:
        return None
    try:
        comps = [float(v) for v in value]
    except (TypeError, ValueError):
        return None  # a pattern or a named colour space
    if len(comps) == 1:
        rgb = (comps[0],) * 3
    elif len(comps) == 3:
        rgb = tuple(comps)
    elif len(comps) == 4:
        c, m, y, k = comps
        rgb = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    else:
        return None
    return _hex(tuple(max(0, min(255, round(v * 255))) for v in rgb))  # type: ignore[arg-type]


def docx_colour(value: str | None) -> str | None:
    """A w:color w:val: six hex digits, or "auto" (the body's colour)."""
    if not value or not re.fullmatch(r"[0-9A-Fa-f]{6}", value):
        return None
    return _hex6(value)


def css_colour(style: str | None) -> str | None:
    """The `color` of an inline style attribute."""
    if not style:
        return None
    m = _RE_CSS_COLOUR.search(style)
    if not m:
        return None
    v = m.group(1).strip().lower()
    if re.fullmatch(r"#[0-9a-f]{6}", v):
        return _hex6(v[1:])
    if re.fullmatch(r"#[0-9a-f]{3}", v):
        return _hex6("".join(c * 2 for c in v[1:]))
    m = re.fullmatch(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,[^)]*)?\)", v)
    if m:
        return _hex(tuple(min(255, int(c)) for c in m.groups()))  # type: ignore[arg-type]
    if v in _NAMES:
        return _hex(_NAMES[v])
    return None


def common_colour(colours: list[str | None], share: float = 0.6) -> str | None:
    """The colour most of a block's characters (or runs) are in, when one is; else
    None (black, or a mix such as one coloured link in a black paragraph)."""
    if not colours:
        return None
    colour, n = Counter(colours).most_common(1)[0]
    return colour if n >= share * len(colours) else None
