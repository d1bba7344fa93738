"""Parts nested three deep: numbers, then letters, then roman numerals ("1." → "(a)",
"(b)" → "(i)", "(ii)"), each lowest part answered beneath it. The segmenter
(parsers.foi.segment) reads a letter or a roman numeral as a sub-label of the number
above it alone ("1c", then "1i"); this pass, run on its items, reads the hierarchy of
the numbering kinds instead:

* a roman numeral is a roman part (not the letter "i", "v" or "x") when it starts a
  roman run ("i" not straight after "h") or continues one ("ii" after "i");
* a roman part under a lettered part of the same number belongs to that letter: its
  label joins its parents' ("1", "c", "ii" → "1cii"), as a letter joins its number;
* a lettered part whose roman parts follow it, and which has no answer of its own
  (the segmenter gave it, waiting beside its first roman part, that part's answer),
  is their stem: a heading, in no item, as a number over its letters is.

Items with no lettered parent (romans straight under a number, "1(ii)") keep their
labels. Part of the FOI parser, run by parsers.foi.passes.
"""

from __future__ import annotations

from parsers.foi.segment_items import _Q, _ROMANS


def _roman(letter: str | None, before: str | None) -> bool:
    """A sub-label read as a roman numeral, given the sub-label before it."""
    if letter is None or letter not in _ROMANS:
        return False
    if letter == "i":
        return before != "h"
    k = _ROMANS.index(letter)
    return before == _ROMANS[k - 1]


def nest_roman_parts(items: list[_Q]) -> list[_Q]:
    """The items with roman parts under lettered ones relabelled ("1ii" → "1cii") and
    a lettered stem with no answer of its own dropped (see the module's docstring)."""
    out: list[_Q] = []
    romans: list[_Q] = []  # the items read as roman parts
    stems: list[_Q] = []
    parent: _Q | None = None  # the lettered part the current roman run hangs under
    for q in items:
        last = out[-1] if out else None
        before = last.letter if last is not None and last.num == q.num else None
        roman = q.label is not None and _roman(q.letter, before)
        if roman and q.letter == "i":
            lettered = (
                last is not None
                and before is not None
                and len(before) == 1
                and not any(last is r for r in romans)
                and last.label is not None
            )
            parent = last if lettered else None
            if parent is not None and _is_stem(parent, q):
                stems.append(parent)
        elif not roman:
            parent = None
        if roman:
            romans.append(q)
            if parent is not None:
                q.label = f"{parent.label}{q.letter}"
        out.append(q)
    return [q for q in out if not any(q is s for s in stems)]


def _is_stem(parent: _Q, first: _Q) -> bool:
    """A lettered part with no answer of its own: none at all, or only the answer
    of the roman part it waited beside."""
    if not (parent.answer or parent.tables):
        return True
    return parent.group == first.group and parent.answer == first.answer
