"""A web address closing an answer on a line of its own (since set AA's learning): an
answer points to the page where its figures are published, the address alone on the
answer's last line. A web address is contact detail, so the block labeller may take
the last answer's address line for the start of the letter's closing; but a closing
gives its addresses inside sentences (or among other contact details), while an
address standing alone straight after an answer's paragraph is that answer's pointer.

Read by layout: where the labeller's stop falls on a line that is one web address and
nothing else, which the rules read in the last answer, after a line of that answer,
the stop moves past it (and past any further such lines: a list of links). Used by
parsers.foi.passes.segment_labelled.
"""

from __future__ import annotations

import re

from parsers.foi.patterns import normalise
from parsers.foi.segment import _Q
from parsers.foi.units import _Unit

# one web address, the whole line: a scheme or 'www.', or a host with a path
_RE_ADDRESS_LINE = re.compile(
    r"^(?:https?://|www\.)\S+$|^[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/\S*$", re.IGNORECASE
)


def address_line(text: str) -> bool:
    """The line is one web address and nothing else (a full stop after it allowed)."""
    return bool(_RE_ADDRESS_LINE.match(normalise(text).rstrip(".")))


def past_link_lines(units: list[_Unit], qs: list[_Q], stop: int | None) -> int | None:
    """The labeller's stop, moved past the last answer's address lines it falls on
    (see the docstring)."""
    if stop is None or stop < 1 or not qs:
        return stop
    last = normalise(" ".join(qs[-1].answer))

    def in_last(k: int) -> bool:
        text = normalise(units[k].text) if units[k].table is None else ""
        return bool(text) and text in last

    if not in_last(stop - 1):
        return stop  # (the line before must be the answer's own)
    while stop < len(units) and address_line(units[stop].text) and in_last(stop):
        stop += 1
    return stop
