"""A table per indicator under a heading that names the indicator by its description
alone ("Likelihood of entering the formal disciplinary process" over a small table of
"Relative likelihood | 1.57 | 1.31"). The table's rows name groups, not indicators,
so the heading is the only thing that says whose figures they are.

The structure read here: a heading (the format marks it a heading or bold) of one or
two short lines, no sentence (no closing full stop) and no figure, straight above a
table whose row labels name no indicator, and whose words name one indicator from 2 to
9 and no other (vocab.indicators_named). Indicator 1's words name parts of the
workforce ("Clinical staff - Band 8a"): a heading of them is a staff group's, read as
such, and "workforce" beside another indicator's words is that other's population.
It is written "Indicator N: <words>" so that every reader that keys a table by its
indicator heading reads it; a heading that names none, or several, or stands above a
table whose rows name indicators (a summary), is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from parsers.extract.model import Extracted, Item, Table, TextBlock
from parsers.wres.cells import clean
from parsers.wres.vocab import INDICATOR_HEADING, indicators_named

_MAX_HEADING = 120  # a heading, not a paragraph
_RE_NUMBERED = re.compile(INDICATOR_HEADING, re.I)


def described_indicator(text: str) -> int | None:
    """The one indicator a heading's words name, or None."""
    t = clean(text)
    if len(t) > _MAX_HEADING or t.endswith(".") or re.search(r"\d", t):
        return None
    # indicator 1's words ("workforce", "band 6", "consultants") name a part of the
    # workforce: such a heading is a staff group's (context.heading_key), not 1's own
    named = indicators_named(t) - {1}
    return next(iter(named)) if len(named) == 1 else None


def _is_heading(item: Item) -> bool:
    return (
        isinstance(item, TextBlock)
        and item.style in ("heading", "bold")
        and 0 < len(item.text.strip().split("\n")) <= 2
    )


def _rows_name_indicators(table: Table) -> bool:
    """Some row label names an indicator: the table keys its own rows."""
    labels = [clean(r[0] or "") for r in table.rows[1:] if r]
    return any(indicators_named(lb) or _RE_NUMBERED.match(lb) for lb in labels)


def name_described_headings(doc: Extracted) -> Extracted:
    """The document with each described indicator heading over a table of groups
    written with its indicator's number."""
    items = list(doc.items)
    changed = False
    for k, (item, after) in enumerate(pairwise(items)):
        if not _is_heading(item) or not isinstance(after, Table) or not after.rows:
            continue
        text = clean(item.text)
        ind = described_indicator(text)
        if ind is None or _RE_NUMBERED.match(text) or _rows_name_indicators(after):
            continue
        items[k] = replace(item, text=f"Indicator {ind}: {text}")
        changed = True
    return replace(doc, items=items) if changed else doc


__all__ = ["described_indicator", "name_described_headings"]
