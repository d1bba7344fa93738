"""Question labels printed as a single numeral glyph: circled (① ⑫ ㉑), negative
circled (❶ ➊ ⓫), parenthesised (⑴) and full-stop (⒈) numbers. Unicode gives
each its numeric value, so the label is read by that value (unicodedata), not
from a list of glyphs: "③ How many …" is question 3 whichever family of glyphs
a trust's template uses. Superscripts, subscripts and fractions are numbers too
but label nothing (a footnote mark, "½"), so only the enclosed and
punctuated forms count. Part of the FOI parser's labels (parsers.foi.units)."""

from __future__ import annotations

import unicodedata

# the glyph families that number a list, by a word of their Unicode names
_LIST_FORMS = ("CIRCLED", "PARENTHESIZED", "FULL STOP")
_NOT_LABELS = ("SUPERSCRIPT", "SUBSCRIPT", "FRACTION")


def glyph_number(ch: str) -> int | None:
    """The whole number a single enclosed or punctuated numeral glyph stands for
    ("③" → 3, "❸" → 3, "⑴" → 1, "⒈" → 1), else None (a digit, a letter, "²")."""
    if len(ch) != 1 or ch.isascii() or unicodedata.category(ch) != "No":
        return None
    name = unicodedata.name(ch, "")
    if not any(w in name for w in _LIST_FORMS) or any(w in name for w in _NOT_LABELS):
        return None
    value = unicodedata.numeric(ch, None)
    if value is None or value != int(value) or not 0 < value <= 50:
        return None
    return int(value)


def glyph_label(text: str) -> tuple[int, str] | None:
    """(number, the text after it) of a paragraph that opens with a numeral
    glyph ("② What was …" → (2, "What was …")), else None. The glyph may stand
    alone before its text or run into it; it must be followed by some text."""
    if not text:
        return None
    n = glyph_number(text[0])
    if n is None:
        return None
    rest = text[1:].lstrip(" \t.:)–-").strip()
    return (n, rest) if rest else None
