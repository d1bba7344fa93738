"""Question labels printed as upper-case roman numerals: "I." "II." "III." or "(I)"
"(II)", the top-level numbering of a letter as "1." or "A." is (the lower-case "i)"
"(ii)" stay parts, read by parsers.foi.units). The numeral is read by its value
(I = 1, IV = 4, IX = 9), so the label counts like any number. The pronoun "I" never
stands before a full stop or inside brackets followed by a sentence, so "I." opening
a sentence is the numeral. Capitals A to L are read as letters elsewhere
(parsers.foi.patterns._RE_CAPITAL leaves out "I"), so only I, V and X build these.
Part of the FOI parser's labels (parsers.foi.units)."""

from __future__ import annotations

import re

_VALUES = {"I": 1, "V": 5, "X": 10}
_NUMERAL = r"X{0,3}(?:IX|IV|V?I{1,3}|V)"
# the numeral with its punctuation, then a sentence (a capital or an opening quote)
_RE_UPPER_ROMAN = re.compile(
    r"^(?:\((" + _NUMERAL + r")\)|(" + _NUMERAL + r")[.)])\s+(?=[A-Z“\"‘'])(.*)$"
)


def roman_value(numeral: str) -> int:
    """The value of a well-formed upper-case roman numeral ("IV" → 4, "XII" → 12)."""
    total = 0
    for k, ch in enumerate(numeral):
        value = _VALUES[ch]
        following = _VALUES[numeral[k + 1]] if k + 1 < len(numeral) else 0
        # a smaller numeral before a larger one is taken away from it ("IX")
        total += -value if value < following else value
    return total


def upper_roman_label(text: str) -> tuple[str, int, str] | None:
    """(numeral, its value, the text after it) of a paragraph opening with an
    upper-case roman numeral label ("III. Which …" → ("III", 3, "Which …")), else None."""
    m = _RE_UPPER_ROMAN.match(text)
    if not m or not m.group(3):
        return None
    numeral = m.group(1) or m.group(2)
    value = roman_value(numeral)
    return (numeral, value, m.group(3)) if 0 < value <= 30 else None
