"""A bulleted list that runs on inside an answer (since set V's learning): an answer
given as an introductory sentence and a short bulleted list completing it ("The
wards are: • Ward 2 • Ward 5 • Ward 8"). The list's last item, short and off the
questions' words and in another layout than the answer's first paragraph, looks to
a sure labeller like the letter's closing; but a list item straight after an item
of the same list that is already in the answer is the list running on, and a list
ends where its layout does, not midway.

Read by structure: both blocks list items (a bullet glyph, or a list paragraph with
no question label: parsers.foi.line_kinds), at one face and indent, both read as
answers by the rules, the one before kept in the answer. Used by parsers.foi.labeller.answer_stops: the labeller's confidence alone
does not stop the answers there (closing wording or boilerplate still does).
"""

from __future__ import annotations

from parsers.foi.blocks import Block
from parsers.foi.line_kinds import _bullet
from parsers.foi.list_end import SAME_INDENT


def _item(b: Block) -> bool:
    """A list item: a bullet glyph, or a list paragraph with no question label."""
    return not b.is_table and _bullet(b) is not None  # type: ignore[arg-type]


def _same_indent(a: Block, b: Block) -> bool:
    if a.indent is None or b.indent is None:
        return a.indent is b.indent
    return abs(a.indent - b.indent) <= SAME_INDENT


def list_runs_on(blocks: list[Block], i: int) -> bool:
    """Block i is an item of the bulleted list the answer before it is running (the
    caller has kept block i - 1 in the answer: it did not stop there)."""
    if i < 1:
        return False
    prev, b = blocks[i - 1], blocks[i]
    return (
        b.rule == "answer"
        and prev.rule == "answer"
        and _item(prev)
        and _item(b)
        and prev.style == b.style
        and _same_indent(prev, b)
    )
