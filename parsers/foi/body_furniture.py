"""Page furniture printed as body text: a letter converted from PDF (or pasted from
one) keeps each page's running header and page number as ordinary paragraphs, between
answers and inside them. They are found by repetition, never by their words:

- a page counter: a short line that recurs with one number counting up from one
  occurrence to the next ("Sheet 2", "Sheet 3" …, a reference's digits staying the
  same), or a bare page number ("Page 2 of 5", "- 3 -");
- a running header (or footer): a short line printed again, word for word, beside a
  page counter every time it recurs.

A counting line that is a question's label ("Question 2") is no counter, and a line
repeated away from any counter (the same short answer given twice, the trust's name
at the top and in the signature) is left alone. The furniture is removed before the
letter is segmented, so it falls in no answer. Part of the FOI parser, called by
parsers.foi.units.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from parsers.foi.blocks import _RE_PAGE
from parsers.foi.line_kinds import _question_like
from parsers.foi.markers import answer_marker
from parsers.foi.units import _RE_BARE, _label_of, _Unit

# furniture is a line, not a paragraph
_MAX_WORDS = 14
_RE_DIGITS = re.compile(r"\d+")


def _short_line(u: _Unit) -> bool:
    t = u.text
    return (
        u.table is None
        and bool(t)
        and len(t.split()) <= _MAX_WORDS
        and len(u.lines) <= 1
        and not _question_like(t)
        and _label_of(t) is None
        and not _RE_BARE.match(t)
        and answer_marker(t) is None
    )


def _counting(numbers: list[tuple[int, ...]]) -> bool:
    """The occurrences' numbers count up by one, in one position, in turn."""
    if len(numbers) < 2 or len({len(n) for n in numbers}) != 1:
        return False
    for pos in range(len(numbers[0])):
        column = [n[pos] for n in numbers]
        if all(b == a + 1 for a, b in pairwise(column)):
            return True
    return False


def counter_lines(units: list[_Unit]) -> set[int]:
    """Indices of the page counters: bare page numbers, and short lines recurring
    with a number counting up."""
    found = {k for k, u in enumerate(units) if u.table is None and _RE_PAGE.match(u.text)}
    by_shape: dict[str, list[int]] = defaultdict(list)
    for k, u in enumerate(units):
        if _short_line(u) and _RE_DIGITS.search(u.text):
            by_shape[_RE_DIGITS.sub("#", u.text.lower())].append(k)
    for ks in by_shape.values():
        numbers = [tuple(int(d) for d in _RE_DIGITS.findall(units[k].text)) for k in ks]
        if _counting(numbers):
            found.update(ks)
    return found


def furniture_lines(units: list[_Unit]) -> set[int]:
    """Indices of the units that are page furniture: the counters, and the lines
    repeated word for word that stand beside a counter."""
    counters = counter_lines(units)
    seen: dict[str, list[int]] = defaultdict(list)
    for k, u in enumerate(units):
        if _short_line(u):
            seen[u.text.lower()].append(k)
    # (every time the line recurs it stands beside a counter: a short answer given
    # twice stands beside its questions, at least once)
    beside = {
        k
        for ks in seen.values()
        if len(ks) >= 2 and all({j - 1, j + 1} & counters for j in ks)
        for k in ks
    }
    # a counting line that is only a numbered title somewhere (no header beside it,
    # no "page" form) is kept: only a repeat beside it, or the bare form, makes it furniture
    bare = {k for k in counters if _RE_PAGE.match(units[k].text)}
    paired = {k for k in counters if {k - 1, k + 1} & beside}
    return beside | bare | paired


def without_page_furniture(units: list[_Unit]) -> list[_Unit]:
    """The units less the page furniture printed among them."""
    drop = furniture_lines(units)
    return [u for k, u in enumerate(units) if k not in drop] if drop else units
