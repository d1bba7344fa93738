"""A part of the letter an answer points to by its title, after the answers (since set
AE's learning): a question the trust cannot answer yet is answered by a pointer
("please see ‘Information we need’ below"), and the part so titled, after the last
answer, holds the letter's own text: the trust's questions back to the requester,
numbered in a list of their own ("(i)", "a."), a note on the law that lets it wait.

    5. What are the waiting times …?
    We cannot answer this yet; see ‘Information we need’ below.
    Information we need                          (a heading, or a bold line)
    For question 5, please tell us:
    (i) which services …;

Read by structure, not by the title's words: a line shown as a heading (face, short,
no label, no sentence: parsers.foi.trailing_section reads a section heading so) whose
words an answer above it quotes in quotation marks, after a labelled question, with no
question numbered on from the last one after it, and no caption straight over a table.
The answers end there; the part is in no item. Part of the FOI parser
(parsers.foi.passes cuts the units there before segmenting).
"""

from __future__ import annotations

import re

from parsers.foi.patterns import normalise
from parsers.foi.trailing_section import _section_heading
from parsers.foi.units import _label_of, _Unit

_OPEN_QUOTES = "‘'“\""
_CLOSE_QUOTES = "’'”\""


def _quotes(text: str, title: str) -> bool:
    """`text` quotes `title` between quotation marks (any pair, any case)."""
    pattern = rf"[{_OPEN_QUOTES}]\s*{re.escape(title)}\s*[{_CLOSE_QUOTES}]"
    return bool(re.search(pattern, normalise(text), re.IGNORECASE))


def _numbered_on(units: list[_Unit], k: int) -> bool:
    """A question after unit k numbered on from the last one before it."""
    labels = [
        (j, lab) for j, u in enumerate(units) if u.table is None and (lab := _label_of(u.text))
    ]
    before = [lab for j, lab in labels if j < k and lab.num is not None]
    if not before:
        return True  # (no labelled question above: nothing to end)
    last = before[-1]
    return any(
        lab.kind == last.kind and lab.num is not None and lab.num > last.num
        for j, lab in labels
        if j > k
    )


def pointed_part_start(units: list[_Unit]) -> int | None:
    """The index of the heading of a part an answer points to by its title (see the
    module's docstring), or None."""
    for k, u in enumerate(units):
        if not _section_heading(u):
            continue
        title = normalise(u.text).rstrip(":")
        if not any(w.table is None and _quotes(w.text, title) for w in units[:k]):
            continue
        if k + 1 < len(units) and units[k + 1].table is not None:
            continue  # (a caption over a table the answer points to)
        if _numbered_on(units, k):
            continue
        return k
    return None
