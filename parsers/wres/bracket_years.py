"""A line of figures each dated by the time in brackets after it, under an indicator's
heading (a definition list's term and its description, or a heading and a paragraph):

    Indicator 6 – Bullying from colleagues                   <- indicator (the term)
    Asian: 21.0% (2022/23), 23.4% (2021/22). White: 17.5% (2022/23), 18.0% (2021/22).
    Indicator 3 – Likelihood of entering disciplinary action
    1.41 (2022/23), 1.19 (2021/22)                           <- bare ratios

The structure read here: the whole line is a run of entries split by commas,
semicolons or full stops, each a value (with % for a percentage) and straight after
it one time in brackets; a group label and a colon ("Asian:") may open an entry and
then stands for the entries after it until the next label. Each figure's period is
its own bracket's, its group the label in force. A line of any other shape (a
sentence, a value without its bracket, a bracket holding words) is not read here.

A label naming a comparator ("National: 24.0% (2022/23)") keeps its figures out: they
are not the trust's. A label naming no one ethnic group makes the line not this
layout. What each figure measures is settled as for year-first lines
(parsers/wres/year_lines.py), which reads these entries under the same headings.
"""

from __future__ import annotations

import re

from parsers.wres.cells import clean, ethnic_groups
from parsers.wres.context import is_dated_heading, label_key
from parsers.wres.narrative_terms import _Time, _times

# one entry: an optional label and colon, a value, an optional %, a bracketed time
_RE_ENTRY = re.compile(
    r"(?:(?P<label>[A-Za-z][A-Za-z ()'/&-]{0,40}?)\s*[:=]\s*)?"
    r"(?P<v>\d{1,3}(?:\.\d{1,3})?)\s*(?P<pct>%)?\s*\((?P<time>[^()]{2,30})\)"
)
_RE_GAP = re.compile(r"^\s*[,;.]?\s*(?:and\s+)?$")  # what may stand between two entries
_COMPARATOR = "comparator"  # a label's stand-in: its entries are not the trust's

# (time, ethnic group or None, value as printed, printed with %)
Entry = tuple[_Time, str | None, str, bool]


def _bracket_time(text: str) -> _Time | None:
    """The one time a bracket holds and nothing else ("2022/23", "March 2023")."""
    t = clean(text)
    times = [x for x in _times(t) if x.kind != "rel"]
    if len(times) != 1 or (times[0].start, times[0].end) != (0, len(t)):
        return None
    return times[0] if is_dated_heading(t, times[0]) else None


def _label_group(label: str) -> str | None:
    """The one ethnic group a label names, `_COMPARATOR` for a comparator's label, or
    None for a label that is neither (not this layout)."""
    if label_key(label).comparator:
        return _COMPARATOR
    groups = [g for g in ethnic_groups(label) if g != "All"]
    return groups[0] if len(groups) == 1 else None


def bracketed_entries(text: str) -> list[Entry] | None:
    """The trust's entries of a line made only of "value (time)" entries (at least two),
    or None when the line is of any other shape."""
    t = clean(text).rstrip(".")
    entries: list[Entry] = []
    group: str | None = None
    pos = 0
    found = 0
    for m in _RE_ENTRY.finditer(t):
        if not _RE_GAP.match(t[pos : m.start()]):
            return None  # words between two entries: a sentence
        pos = m.end()
        time = _bracket_time(m.group("time"))
        if time is None:
            return None
        if m.group("label"):
            group = _label_group(m.group("label"))
            if group is None:
                return None
        found += 1
        if group != _COMPARATOR:
            entries.append((time, group, m.group("v"), bool(m.group("pct"))))
    if found < 2 or t[pos:].strip():
        return None
    return entries


__all__ = ["Entry", "bracketed_entries"]
