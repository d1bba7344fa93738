"""A figure printed large on a line of its own (a designed report's '1.31' or '29.1%'
set in a big type under its label) is a figure, not a heading: the PDF reader calls
any line in large type a heading, and a bare '1.31' heading would read as a section
number. Such a block keeps its weight (bold) and loses the heading's role."""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Item, TextBlock
from parsers.wres.rewrite_items import expand_items

_BARE_FIGURE = re.compile(r"\d{1,3}(?:\.\d+)?%?")


def _as_figure(item: Item) -> list[Item] | None:
    if not isinstance(item, TextBlock) or item.style != "heading":
        return None
    if not _BARE_FIGURE.fullmatch(item.text.strip()):
        return None
    return [replace(item, style="bold")]


def figures_not_headings(doc: Extracted) -> Extracted:
    """The document with each heading that is only a figure made a bold line."""
    return expand_items(doc, _as_figure)


__all__ = ["figures_not_headings"]
