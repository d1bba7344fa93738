"""The numbering that opens a paragraph, by kind: a number ("1.", "2)", "(3)"), a
capital letter ("A.", "(B)", "[C]"), a small letter ("a.", "(b)"), a small roman numeral
("i.", "(ii)") or a decimal number of two or more places ("1.2", "1.2.3"), each with
its place in its run (1 for "1", "A", "a", "i" and "x.1"). Read for parsers.foi.part_tree,
which orders the kinds into levels.

A single "i", "v" or "x" is a letter or a numeral by the run it stands in: "i" after
"h" goes on the letters, else starts the numerals; "v" and "x" are numerals only
straight after "iv" and "ix".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.foi.segment_items import _ROMANS


@dataclass(frozen=True)
class Numbering:
    kind: str  # "number", "capital", "letter", "roman", "decimal2", "decimal3", …
    key: str  # as printed, without its punctuation: "1", "A", "b", "ii", "1.2"
    place: int  # its place in its run
    rest: str  # the paragraph's text after it


_RE_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$")
_RE_NUMBER = re.compile(r"^(?:\((\d{1,2})\)|(\d{1,2})(?:\.(?!\d)|\)))\s*(\S.*)$")
_RE_CAPITAL = re.compile(r"^(?:\(([A-Z])\)|\[([A-Z])\]|([A-Z])[.)])\s+(\S.*)$")
_RE_SMALL = re.compile(r"^(?:\(([a-z]{1,5})\)|([a-z]{1,5})[.)])\s+(\S.*)$")


def _small(token: str, last_letter: str | None, last_roman: str | None) -> tuple[str, int] | None:
    """A small letter or roman numeral as (kind, place), given the last of each seen."""
    if len(token) > 1:
        return ("roman", _ROMANS.index(token) + 1) if token in _ROMANS else None
    if token == "i" and last_letter != "h":
        return "roman", 1
    if token in ("v", "x") and last_roman == _ROMANS[_ROMANS.index(token) - 1]:
        return "roman", _ROMANS.index(token) + 1
    return "letter", ord(token) - ord("a") + 1


def numberings(texts: list[str | None]) -> list[Numbering | None]:
    """Each text's opening numbering (None for a text with none, or a table's None)."""
    out: list[Numbering | None] = []
    last: dict[str, str] = {}
    for text in texts:
        mark = _numbering(text or "", last.get("letter"), last.get("roman"))
        if mark is not None:
            last[mark.kind] = mark.key
        out.append(mark)
    return out


def _numbering(text: str, last_letter: str | None, last_roman: str | None) -> Numbering | None:
    m = _RE_DECIMAL.match(text)
    if m:
        places = m.group(1).split(".")
        return Numbering(f"decimal{len(places)}", m.group(1), int(places[-1]), m.group(2))
    m = _RE_NUMBER.match(text)
    if m:
        key = m.group(1) or m.group(2)
        return Numbering("number", str(int(key)), int(key), m.group(3))
    m = _RE_CAPITAL.match(text)
    if m:
        key = m.group(1) or m.group(2) or m.group(3)
        return Numbering("capital", key, ord(key) - ord("A") + 1, m.group(4))
    m = _RE_SMALL.match(text)
    if m:
        key = m.group(1) or m.group(2)
        read = _small(key, last_letter, last_roman)
        if read is not None:
            return Numbering(read[0], key, read[1], m.group(3))
    return None
