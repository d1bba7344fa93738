"""Indicators as a numbered list of short headings: "4. Access to non-mandatory
training", its figures in the lines below. A report numbers its nine indicators so as
often as it writes "Indicator 4"; the number is the indicator's only when the words
beside it name that indicator.

The structure read here: a block of one short line (no sentence: no closing full
stop, no figure) opened by a number and a full stop or bracket, whose words name the
indicator of that number and no other (vocab.indicators_named). It is written
"Indicator N: <words>" so that every reader that knows an indicator's heading reads
it; a line whose words name another indicator, or none, is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Item, TextBlock
from parsers.wres.cells import clean
from parsers.wres.rewrite_items import rewrite_items
from parsers.wres.vocab import indicators_named

_MAX_HEADING = 80  # a heading, not a paragraph
_RE_NUMBERED = re.compile(r"^(?P<n>[1-9])[.)]\s+(?P<words>[^\d]+?)$")


def numbered_heading(text: str) -> str | None:
    """ "Indicator N: <words>" for a numbered heading naming its indicator, or None."""
    t = clean(text)
    if "\n" in t or len(t) > _MAX_HEADING or t.endswith("."):
        return None
    m = _RE_NUMBERED.match(t)
    if m is None or indicators_named(m.group("words")) != {int(m.group("n"))}:
        return None
    return f"Indicator {m.group('n')}: {m.group('words')}"


def _named(item: Item) -> Item | None:
    if not isinstance(item, TextBlock) or not item.text or "\n" in item.text.strip():
        return None
    text = numbered_heading(item.text)
    return replace(item, text=text) if text is not None else None


def name_numbered_headings(doc: Extracted) -> Extracted:
    """The document with each numbered indicator heading written with its number."""
    return rewrite_items(doc, _named)


__all__ = ["name_numbered_headings", "numbered_heading"]
