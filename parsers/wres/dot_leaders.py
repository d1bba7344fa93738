"""Label/value lines joined by a leader: "BME staff, 2023 staff survey ...... 28.3%",
"Relative likelihood, White relative to BME . . . . 1.33", "White staff<TAB>74.6%".

A key statistics page prints one figure a line, the label filled out to the figure by a
run of dots (a word processor's leader tab), spaced dots, an ellipsis or a tab. The
leader is written as ": " so the label/value line readers (parsers/wres/lines.py) read
the line as any "label: figure" line. Only a figure with a decimal point or a '%' is
taken: a bare whole number after a leader is a contents page's page number.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Item, TextBlock
from parsers.wres.rewrite_items import rewrite_items

# a run of three or more dots (spaced or not), ellipsis characters, or tabs
_LEADER = r"(?:\.\s*){3,}|(?:\u2026\s*)+|\t+"
_FIGURE = r"[<>]?\d[\d,]*(?:\.\d+%?|%)"
_RE_LEADER_LINE = re.compile(
    rf"(?P<label>.*?[^\s.:\u2026])\s*:?\s*(?:{_LEADER})\s*(?P<figure>{_FIGURE})"
)


def leader_as_colon(text: str) -> str | None:
    """ "label: figure" for a whole line "label <leader> figure"; None otherwise."""
    m = _RE_LEADER_LINE.fullmatch(text.strip())
    # one leader and one figure: a line of several tabbed fields is a table's row
    if (
        m is None
        or re.search(_LEADER, m.group("label"))
        or not re.search(r"[A-Za-z]", m.group("label"))
    ):
        return None
    return f"{m.group('label')}: {m.group('figure')}"


def _rewrite(item: Item) -> Item | None:
    if not isinstance(item, TextBlock) or not re.search(_LEADER, item.text):
        return None
    # a block may hold several lines (a PDF line group): each is a line of its own
    lines = item.text.split("\n")
    new = [leader_as_colon(line) or line for line in lines]
    return replace(item, text="\n".join(new)) if new != lines else None


def leaders_as_colons(doc: Extracted) -> Extracted:
    """The document with each dot-leader label/value line written "label: figure"."""
    return rewrite_items(doc, _rewrite)


__all__ = ["leader_as_colon", "leaders_as_colons"]
