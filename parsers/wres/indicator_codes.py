"""Column heads that name an indicator by a short code ("Ind. 1", "Ind 5", "I7",
"Indicator 9"), spelt out by a key printed above the table:

    Key: Ind. 2 = Likelihood of being shortlisted and appointed; Ind. 6 = ...
    Year    | Ind. 2 | Ind. 6
    2022/23 | 1.31   | 24.0%

A code carries the indicator's number; the key, where there is one, gives the code's
words. The head is read as that indicator when the words name no indicator or name
the same one; when they name another, the code is not settled and the head is left
as printed (a trust numbering its own columns, or a key of another table). A settled
head is written "Indicator N: <the key's words>" (or "Indicator N" with no words), so
that the readers of indicator columns (parsers/wres/across.py,
parsers/wres/period_group_rows.py) know it, and the words still say what only they
say (a board's voting members, a likelihood's numerator group).

The key is a text block holding at least two "code = words" pairs (":", "=" or a
spaced dash), each pair's words running to the next code, and nothing else: words
holding a figure ("Indicator 2: 1.42 this year") or running to a paragraph are prose
about the indicators, not a key; the one that applies is
the nearest above the table within its section (no heading between them). Only the
head row of a table with at least two code heads is rewritten.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Item, Table, TextBlock
from parsers.wres.cells import clean
from parsers.wres.template_summary import row_indicator

# a code: "Ind. 1", "Ind 1", "Ind.1", "Indicator 1", "Metric 1", "I1" (the number alone
# after "I" only when nothing stands between them)
_CODE = r"(?:(?:ind(?:icator)?|metric)\.?\s*|I(?=[1-9]))(?P<n>[1-9])(?![\d.,]\d)"
# a head cell that is a code alone, with a unit at most: "Ind. 1 (%)"
_RE_HEAD = re.compile(rf"^{_CODE}\s*(?:\(\s*%\s*\)|%)?$", re.I)
# a code opening one pair of a key, its separator after it
_RE_PAIR_CODE = re.compile(rf"(?<![A-Za-z\d]){_CODE}\s*(?:[:=]|\s[-–—])\s*", re.I)
_MIN_PAIRS = 2  # one "Indicator 2: ..." alone is a heading, not a key
_MAX_WORDS = 150  # a code's words are a title, not a paragraph
_RE_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*%|\b\d+\.\d+\b")  # "27.1%", "1.42"


def _spelling(code: str) -> str:
    """A code as a key and a head may both print it: lower case, no dots or spaces."""
    return re.sub(r"[\s.]", "", code.lower())


def head_number(cell: str) -> int | None:
    """The indicator number of a head cell that is a code alone ("Ind. 5"), or None."""
    m = _RE_HEAD.match(clean(cell))
    return int(m.group("n")) if m else None


def key_words(text: str) -> dict[str, str]:
    """{code as spelt (see `_spelling`): its words} of a key's pairs; empty when the text
    holds fewer than two pairs."""
    t = clean(text)
    found = list(_RE_PAIR_CODE.finditer(t))
    if len(found) < _MIN_PAIRS:
        return {}
    out: dict[str, str] = {}
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        words = t[m.end() : nxt.start() if nxt else len(t)].strip(" ;,.")
        code = _spelling(t[m.start() : m.start("n") + 1])
        if _RE_FIGURE.search(words) or len(words) > _MAX_WORDS:
            return {}  # a figure, or a paragraph: prose that names indicators, not a key
        if re.search(r"[A-Za-z]{3}", words):
            out.setdefault(code, words)
    return out if len(out) >= _MIN_PAIRS else {}


def settled_head(cell: str, key: dict[str, str]) -> str | None:
    """The head written "Indicator N[: words]" when its code is settled, else None."""
    n = head_number(cell)
    if n is None:
        return None
    m = _RE_HEAD.match(clean(cell))
    assert m is not None
    words = key.get(_spelling(clean(cell)[: m.end("n")]))
    if not words:
        return f"Indicator {n}"
    named = row_indicator(words)
    if named is not None and named != n:
        return None  # the key's words name another indicator: not settled
    return f"Indicator {n}: {words}"


def _key_above(items: list[Item], k: int) -> dict[str, str]:
    """The nearest key above item k within its section (no heading between)."""
    for i in range(k - 1, -1, -1):
        item = items[i]
        if not isinstance(item, TextBlock):
            continue
        pairs = key_words(item.text)
        if pairs:
            return pairs
        if item.style == "heading":
            return {}
    return {}


def settle_codes(doc: Extracted) -> Extracted:
    """The document with each code head of a table of code heads written as its
    indicator (see the module docstring); the document itself when none is."""
    items = list(doc.items)
    changed = False
    for k, item in enumerate(items):
        if not isinstance(item, Table) or not item.rows:
            continue
        head = item.rows[0]
        if sum(head_number(c or "") is not None for c in head) < _MIN_PAIRS:
            continue
        key = _key_above(items, k)
        cells = [settled_head(c or "", key) or c for c in head]
        if cells != head:
            items[k] = replace(item, rows=[cells, *item.rows[1:]])
            changed = True
    return replace(doc, items=items) if changed else doc


__all__ = ["head_number", "key_words", "settle_codes", "settled_head"]
