"""Dashboard cards whose figure stands alone, large, with the words saying what it is
on the line below it rather than before a colon:

    Indicator 7 · Fair promotion      <- the card's title
    44.0%                             <- this year's figure, alone on its line
    of Asian staff                    <- what it is: the figure's label
    Previous year: 41.8%              <- last year's, as any card prints it

`labels_below` writes such a pair as the "label: value" entry the card reader
(parsers/wres/cards.py) reads ("of Asian staff: 44.0%"), so the card is read as any
other: the group from the label, a relative likelihood's numerator from the label's
"(A to B)" or the title. Only a line that is a figure alone (with a % or an arrow)
followed by a line of words with no figure and no colon is so joined; any other line
is left as printed.

A cell may hold a column of cards one under another (a PDF grid of cards whose rows
are set at the line pitch comes out a column a cell: parsers/extract/pdf_text_grid.py):
`split_cards` cuts it before each line that is an indicator's title.
"""

from __future__ import annotations

import re

from parsers.wres.context import indicator_heading

_ARROWS = "▲▼△▽↑↓⬆⬇↗↘➚➘"
_RE_ALONE = re.compile(rf"^\s*\d{{1,3}}(?:\.\d{{1,3}})?\s*%?\s*[{_ARROWS}]?\s*$")
_RE_CAPTION = re.compile(r"^[^\d:]*[A-Za-z][^\d:]*$")


def labels_below(text: str) -> str:
    """A card's text with each lone figure joined to the caption line under it."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        below = lines[k + 1] if k + 1 < len(lines) else ""
        if k > 0 and _RE_ALONE.match(line) and _RE_CAPTION.match(below.strip()):
            out.append(f"{below.strip()}: {line.strip()}")
            k += 2
            continue
        out.append(line)
        k += 1
    return "\n".join(out)


def split_cards(text: str) -> list[str]:
    """A cell's cards: its text cut before each line (after the first) that is an
    indicator's title, when the first line is one; else the cell as it is."""
    lines = text.split("\n")
    if indicator_heading(lines[0]) is None:
        return [text]
    cards: list[list[str]] = [[]]
    for k, line in enumerate(lines):
        if k and indicator_heading(line) is not None:
            cards.append([])
        cards[-1].append(line)
    return ["\n".join(c) for c in cards]
