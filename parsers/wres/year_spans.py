"""A financial year however its two years are joined: "2023–24", "2023—24", "2023 – 2024",
"2023 to 2024" are all 2023/24.

A word processor's autocorrect turns the hyphen typed between two years into an en
dash; a style guide writes "2023 to 2024" (as GOV.UK does). The period readers know
the slash and the hyphen; table cells reach them cleaned of other dashes, but
headings, sentences and captions are read as printed, where "2023–24" was read as two
bare years or none. `years_hyphenated` writes every such year once, before any reader:
a dash of any kind between two years becomes a hyphen (what the readers know, as a
cell's cleaning already does), and "2023 to 2024" becomes "2023-2024" when the second
year is the one after the first (both printed in full). A span after "from" or
"between" ("rose from 2022 to 2023") is a change between two years, not one year, and
is left as printed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Item, Table, TextBlock
from parsers.wres.rewrite_items import rewrite_items

# two years joined by an en dash, em dash, figure dash or minus sign, spaced or not
_RE_DASHED = re.compile(
    r"(?<![\d.])(20\d\d)\s*[\u2012\u2013\u2014\u2212]\s*(20\d\d|\d\d)(?![\d%]|\.\d)"
)
# two years joined by "to", not after "from" / "between" (a change from one to the other)
_RE_TO = re.compile(
    r"(?<![\d./])(?<!\bfrom )(?<!\bbetween )(20\d\d)\s+to\s+(20\d\d)(?![\d/%]|\.\d)", re.I
)


def _to(m: re.Match) -> str:
    return f"{m[1]}-{m[2]}" if int(m[2]) == int(m[1]) + 1 else m[0]


def hyphenated(text: str) -> str:
    """The text with each year joined by a dash or "to" written with a hyphen."""
    if not re.search(r"20\d\d", text):
        return text
    return _RE_TO.sub(_to, _RE_DASHED.sub(r"\1-\2", text))


def _rewrite(item: Item) -> Item | None:
    if isinstance(item, TextBlock):
        text = hyphenated(item.text)
        if text == item.text:
            return None
        # the block's bold run and tab fields are pieces of its text: written alike
        bold = hyphenated(item.bold_run) if item.bold_run else item.bold_run
        fields = tuple(hyphenated(f) for f in item.fields) if item.fields else item.fields
        return replace(item, text=text, bold_run=bold, fields=fields)
    if isinstance(item, Table):
        rows = [[hyphenated(c) if c else c for c in row] for row in item.rows]
        caption = hyphenated(item.caption) if item.caption else item.caption
        if rows == item.rows and caption == item.caption:
            return None
        return replace(item, rows=rows, caption=caption)
    return None


def years_hyphenated(doc: Extracted) -> Extracted:
    """The document with every year joined by a dash or "to" written with a hyphen
    (see the module docstring), in text blocks, table cells and captions."""
    title = hyphenated(doc.title) if doc.title else doc.title
    doc = rewrite_items(doc, _rewrite)
    return replace(doc, title=title) if title != doc.title else doc


__all__ = ["hyphenated", "years_hyphenated"]
