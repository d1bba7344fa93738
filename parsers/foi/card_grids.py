"""Question cards set two or three to a row (since set AG's learning): a bordered
table whose cells are not columns of one record but cards, each a question's title,
its question and its answer, read row by row, left to right:

    | Question 1               | Question 2               |
    | How many porters …?      | Does the Trust publish … |
    | The Trust employs 46 …   | Yes, on its website.     |
    |--------------------------|--------------------------|
    | Question 3               |                          |
    | …                        |                          |

Read by the table's shape, not its words: every filled cell opens with a title line
that is a question's label standing alone ("Question 2", "Q2", "2"), under it the
card's own lines; the titles count on by one in reading order (1, 2, 3 …); the table
has two columns or more and at least one row holds two cards; an empty cell is
nothing. Such a table becomes the blocks a page of cards prints one after another: the
title (a heading, as the card's own title is) and the card's paragraphs. A DOCX or web
page cell keeps its paragraphs as lines; a PDF cell's lines are wrapped text, so its
paragraphs are found where a line ends a sentence short of the cell's width, or asks
(parsers.foi.units reads a question and its answer from those). Part of the FOI parser;
called by parsers.foi.units._units on each extracted table.
"""

from __future__ import annotations

import re

from parsers.extract.model import Table, TextBlock
from parsers.foi.patterns import normalise

MIN_CARDS = 2
# a line ending a sentence this much shorter than the cell's longest ends a paragraph
_SHORT_LINE = 0.8
_RE_ENDS_SENTENCE = re.compile(r"[.?!:][\"'”’)]*$")
_RE_ASKS = re.compile(r"\?[\"'”’)]*$")
_RE_NUMBER = re.compile(r"\d{1,2}")


def _title_number(line: str) -> int | None:
    """The number of a card's title: a question's label standing alone."""
    from parsers.foi.units import _RE_BARE

    m = _RE_BARE.match(normalise(line))
    return int(_RE_NUMBER.search(m.group(1)).group(0)) if m else None


def _cell_lines(table: Table, r: int, c: int) -> list[str]:
    """A cell's lines: its paragraphs where the cell keeps them, else a PDF cell's
    printed lines."""
    text = table.rows[r][c] or ""
    if "\n" in text or not table.cell_lines:
        return [ln.strip() for ln in text.split("\n") if ln.strip()]
    try:
        printed = table.cell_lines[r][c]
    except IndexError:
        printed = []
    lines = [t.strip() for _, t in printed if t.strip()]
    if not lines and text.strip():
        return [text.strip()]
    return lines


def _paragraphs(lines: list[str], wrapped: bool) -> list[str]:
    """A card's body as paragraphs: its lines as they stand, or (`wrapped`, a PDF
    cell's printed lines) joined up to each line that ends a paragraph. The first
    paragraph, the question, ends at its first line that ends a sentence (a card asks
    one thing); a later one where a line ends a sentence short of the widest."""
    if not wrapped:
        return lines
    widest = max(len(ln) for ln in lines)
    out: list[str] = []
    run: list[str] = []
    for k, ln in enumerate(lines):
        run.append(ln)
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        sentence = bool(_RE_ENDS_SENTENCE.search(ln))
        ends = bool(_RE_ASKS.search(ln)) or (
            sentence and (not out or len(ln) < _SHORT_LINE * widest)
        )
        if not nxt or (ends and (nxt[:1].isupper() or nxt[:1].isdigit())):
            out.append(" ".join(run))
            run = []
    return out


def card_blocks(table: Table) -> list[TextBlock] | None:
    """The blocks a table of question cards reads as, card by card; None when the
    table is no such grid (see the module's docstring)."""
    if table.n_cols < 2:
        return None
    wrapped = not any("\n" in (c or "") for row in table.rows for c in row)
    cards: list[tuple[str, list[str]]] = []
    numbers: list[int] = []
    paired_row = False
    for r, row in enumerate(table.rows):
        filled = 0
        for c in range(len(row)):
            lines = _cell_lines(table, r, c)
            if not lines:
                continue
            number = _title_number(lines[0])
            if number is None or len(lines) < 2:
                return None
            filled += 1
            numbers.append(number)
            cards.append((lines[0], _paragraphs(lines[1:], wrapped)))
        paired_row = paired_row or filled >= 2
    if len(cards) < MIN_CARDS or not paired_row:
        return None
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    blocks: list[TextBlock] = []
    for title, paras in cards:
        blocks.append(TextBlock(text=title, page=table.page, style="heading"))
        blocks += [TextBlock(text=p, page=table.page) for p in paras]
    return blocks
