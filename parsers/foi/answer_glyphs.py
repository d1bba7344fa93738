"""An answer opened by a glyph (since set O's learning): a house sets a symbol before
each reply, the question labelled above it,

    [B] How many beds were closed in May?
    ❯ Eleven beds were closed …

"» …", "▸ …", "⇨ …", "➤ …". The glyph is read as a class, not a list of characters:
a symbol (a mathematical sign, an arrow, a dingbat, a shape), an angle quotation mark or a
closing mark opening the paragraph, then its text. It is an answer marker when

- the same glyph opens paragraphs at least twice, never two together (a list's
  bullets stand together), and
- it takes turns with the questions: before each such paragraph, since the one
  before (or the letter's start), stands a question (a labelled paragraph, a request
  marker's, or one that asks), and the paragraph after the glyph is no question.

Each is rewritten as the answer marker the segmenter knows ("Answer: …"); the glyph
goes. Arrows that always mark an answer ("→", "=>") are read by the marker grammar
(parsers.foi.markers) already. Part of the FOI parser; called by
parsers.foi.house_units.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import replace
from itertools import pairwise

from parsers.foi.markers import answer_marker, request_marker
from parsers.foi.patterns import _RE_ASKING
from parsers.foi.units import _label_of, _Unit

MIN_TURNS = 2
MAX_GLYPH = 3
# the symbol categories: mathematical signs, other symbols (arrows, shapes, dingbats),
# modifier symbols; currency is a figure's, not a glyph
_SYMBOLS = ("Sm", "So", "Sk")
# quotation marks that are the quoted text's, not a glyph standing before it
_QUOTES = "\"'“”‘’„‟‚‛"
_RE_AFTER = re.compile(r"^\s*(.*)$", re.S)


def _glyph_class(ch: str) -> bool:
    """A symbol, an angle quotation mark ("»", "›") used as one, or a closing mark
    ("❯"): opening a paragraph, it closes nothing. (An opening bracket opens a label,
    "(a)", "[3]", and is none.)"""
    cat = unicodedata.category(ch)
    return cat in _SYMBOLS or (cat in ("Pi", "Pf", "Pe") and ch not in _QUOTES)


def lead_glyph(text: str) -> tuple[str, str] | None:
    """(glyph, the text after it) for a paragraph opening with a glyph, else None. A
    glyph may be typed as two or three signs together ("=>", "»»")."""
    n = 0
    while n < min(len(text), MAX_GLYPH) and _glyph_class(text[n]):
        n += 1
    if n == 0:
        return None
    return text[:n], _RE_AFTER.match(text[n:]).group(1).strip()


def _question(u: _Unit) -> bool:
    if u.table is not None:
        return False
    return (
        _label_of(u.text) is not None
        or request_marker(u.text) is not None
        or bool(_RE_ASKING.match(u.text))
    )


def _answers_by_glyph(units: list[_Unit]) -> set[int]:
    """The positions of the paragraphs a glyph marks as answers."""
    spots: dict[str, list[int]] = defaultdict(list)
    for k, u in enumerate(units):
        # (an arrow the marker grammar reads already, "=>", is its answer marker)
        marked = u.table is not None or answer_marker(u.text) is not None
        lead = lead_glyph(u.text) if not marked else None
        if lead is not None:
            spots[lead[0]].append(k)
    found: set[int] = set()
    for ks in spots.values():
        if len(ks) < MIN_TURNS or any(b == a + 1 for a, b in pairwise(ks)):
            continue
        starts = [0, *(k + 1 for k in ks[:-1])]
        turns = all(
            any(_question(units[j]) for j in range(s, k)) for s, k in zip(starts, ks, strict=True)
        )
        after = [lead_glyph(units[k].text)[1] for k in ks]
        if turns and not any(_label_of(a) or request_marker(a) is not None for a in after):
            found.update(ks)
    return found


def answer_glyph_units(units: list[_Unit]) -> list[_Unit]:
    """The units with each glyph-opened answer marked "Answer: …" (see the module's
    docstring); unchanged where no glyph takes turns with the questions."""
    found = _answers_by_glyph(units)
    if not found:
        return units
    out: list[_Unit] = []
    for k, u in enumerate(units):
        if k in found:
            rest = lead_glyph(u.text)[1]
            # (an answer marker after the glyph is the answer's own)
            text = rest if rest and answer_marker(rest) is not None else f"Answer: {rest}".strip()
            u = replace(u, text=text, lines=[text])
        out.append(u)
    return out
