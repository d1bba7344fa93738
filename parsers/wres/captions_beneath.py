"""Tables captioned beneath: a numbered caption printed under the table it names.

Word puts a table's caption above or below it, as the author chooses, and a report
keeps to one choice throughout. The readers after this one take a "Table N: ..." line
as the caption of the table that FOLLOWS it; in a report captioned beneath, that is the
next table's caption, and every table would be read under its neighbour's indicator.

Which way a report runs is read from its own structure, never from the captions'
words: it is captioned beneath when every numbered "Table N" caption line is the first
text printed after a table (so the first table has none above it), the numbers rise
down the report, and at least one caption is not also the last text before a table
(else the captions between the tables fit both readings: left as they are). Then each
caption is moved to just above its own table, as a report captioned above prints it.
Any other report is left as it is: a caption attributed to the wrong table is worse
than one not read.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from parsers.extract.model import Extracted, Item, Table, TextBlock
from parsers.wres.cells import clean

# "Table 3", "Table 2.3", "Table 4b", "Table A.1" (an appendix's), then a separator or
# the caption's own words: a sentence that opens on a table's name ("Table 3 shows …")
# is no caption
_RE_TABLE_CAPTION = re.compile(
    r"^(?i:table)\s+(?P<part>[A-Z]\.?)?(?P<n>\d+(?:\.\d+)*)[a-z]?\b"
    r"(?:\s*[:.\-\u2013\u2014]\s*\S|\s+[A-Z])"
)


def _caption_number(item: Item) -> tuple[int, ...] | None:
    """The number of the numbered table caption this text block opens with, or None.
    Only its first line is read: a PDF may join the caption to the text under it."""
    if not isinstance(item, TextBlock):
        return None
    m = _RE_TABLE_CAPTION.match(clean(item.text.strip().split("\n")[0]))
    if m is None:
        return None
    part = ord(m["part"][0].upper()) - ord("A") + 1 if m["part"] else 0
    return (part, *(int(p) for p in m["n"].split(".")))


def _neighbours(items: list[Item], i: int) -> tuple[Item | None, Item | None]:
    """The items printed just before and just after item i, blank text skipped."""

    def printed(j: int) -> bool:
        item = items[j]
        return not isinstance(item, TextBlock) or bool(clean(item.text))

    before = next((items[j] for j in range(i - 1, -1, -1) if printed(j)), None)
    after = next((items[j] for j in range(i + 1, len(items)) if printed(j)), None)
    return before, after


def _is_bare_table(item: Item | None) -> bool:
    """A table with rows and no caption of its own (an HTML <caption>)."""
    return isinstance(item, Table) and bool(item.rows) and not item.caption


def captioned_beneath(doc: Extracted) -> bool:
    """Whether the report prints each numbered table caption beneath its table (see
    the module docstring)."""
    items = doc.items
    captions = [(i, n) for i, item in enumerate(items) if (n := _caption_number(item))]
    if len(captions) < 2:
        return False  # one caption says nothing of the report's habit
    if any(b <= a for (_, a), (_, b) in itertools.pairwise(captions)):
        return False  # not one numbering running down the report
    sides = [_neighbours(items, i) for i, _ in captions]
    if not all(_is_bare_table(before) for before, _ in sides):
        return False  # a caption after text: the report captions above, or mixes
    return not all(_is_bare_table(after) for _, after in sides)


def captions_above(doc: Extracted) -> Extracted:
    """The document with each numbered table caption printed beneath its table moved
    to just above it, when the report captions beneath throughout; else unchanged."""
    if not captioned_beneath(doc):
        return doc
    items: list[Item] = []
    table_at: int | None = None  # where the last table stands in `items`
    for item in doc.items:
        if isinstance(item, Table):
            table_at = len(items)
        elif table_at is not None and _caption_number(item) is not None:
            items.insert(table_at, item)  # above its table, which moves down one
            table_at = None
            continue
        items.append(item)
    return replace(doc, items=items)


__all__ = ["captioned_beneath", "captions_above"]
