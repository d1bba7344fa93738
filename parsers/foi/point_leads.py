"""Answers opened by a lead naming the number of the point they answer (since set T):
"Regarding item 1: The Trust …", "On point 2, the Trust …", or the lead alone on its
line. Read for questions enumerated in one sentence (parsers.foi.inline_enum), whose
answers below carry no label of their own but such a lead.

Read by structure, not by the leads' words: a lead is a few words, one number, then a
colon, comma or dash and the answer's first words (or nothing, the lead standing
alone). The leads of a letter are all the same words but for the number (one
template), and they name the enumeration's numbers each once, in its order; else
none is read. The lead is in no answer.
"""

from __future__ import annotations

import re

from parsers.foi.patterns import normalise
from parsers.foi.units import _Unit

_MAX_LEAD_WORDS = 6
# a few words, the number, then a colon, comma or spaced dash and the text run in
# after it, or nothing but a colon
_WORDS = rf"((?:[^\W\d_][\w'’]*\s+){{1,{_MAX_LEAD_WORDS}}}?)"
_RE_LEAD = re.compile(
    rf"^{_WORDS}(\d{{1,2}})(?:\s*[:,]\s+|\s+[–—-]\s+)(\S.*)$|^{_WORDS}(\d{{1,2}})\s*:?\s*$"
)


def _lead(u: _Unit) -> tuple[str, str, str] | None:
    """(the lead's words, its number, the text run in after it) of a unit, or None."""
    if u.table is not None:
        return None
    m = _RE_LEAD.match(u.text.strip())
    if m is None:
        return None
    if m.group(1) is not None:
        return normalise(m.group(1)).lower(), m.group(2), m.group(3).strip()
    return normalise(m.group(4)).lower(), m.group(5), ""


def lead_answers(units: list[_Unit], keys: list[str]) -> list[tuple[str, int, str]]:
    """(key, unit index, text after the lead) of each answer opened by a lead naming
    one of `keys`, when the leads of one template name the keys each once in their
    order; [] otherwise."""
    by_template: dict[str, list[tuple[str, int, str]]] = {}
    for k, u in enumerate(units):
        found = _lead(u)
        if found is not None:
            words, key, rest = found
            by_template.setdefault(words, []).append((key, k, rest))
    for run in by_template.values():
        if [key for key, _, _ in run] == keys:
            return run
    return []
