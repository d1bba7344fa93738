"""Indicator headings numbered in words: "Indicator Four", "Metric nine". A report may
spell its indicators' numbers as another writes "Indicator 4"; the number is the same.

The structure read here: a heading (a block styled as one, or a bold line) that opens
with the indicator word and a number word (vocab.NUMBER_WORDS) standing alone, not
part of a longer word or phrase ("Indicator one-off costs" is not read). The number
word is written as its digits so that every reader that knows a heading by its number
reads it; any other block is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Item, TextBlock
from parsers.wres.rewrite_items import rewrite_items
from parsers.wres.vocab import NUMBER_WORDS

_HEADING_STYLES = ("heading", "bold")
_INDICATORS = 9  # "Indicator Ten" names none of the nine
_RE_SPELLED = re.compile(
    r"^(?P<word>\s*(?:wres\s+)?(?:indicator|metric)\s+)(?P<n>"
    + "|".join(w for w, n in NUMBER_WORDS.items() if n <= _INDICATORS)
    + r")(?![\w-])",
    re.I,
)


def number_spelled(text: str) -> str:
    """The text with an opening "Indicator <number word>" written in digits."""
    m = _RE_SPELLED.match(text)
    if m is None:
        return text
    return m.group("word") + str(NUMBER_WORDS[m.group("n").lower()]) + text[m.end() :]


def _spelled(item: Item) -> Item | None:
    if not isinstance(item, TextBlock) or item.style not in _HEADING_STYLES or not item.text:
        return None
    text = number_spelled(item.text)
    return replace(item, text=text) if text != item.text else None


def spelled_headings(doc: Extracted) -> Extracted:
    """The document with its indicator headings numbered in words written in digits."""
    return rewrite_items(doc, _spelled)


__all__ = ["number_spelled", "spelled_headings"]
