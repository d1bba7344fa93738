"""A key printed beside a table, read into the table's column heads.

A compact table heads its columns with abbreviations and spells them out in a line
under (or over) it:

    Measure | A | B | U         Key: A = White; B = Black and minority ethnic;
                                U – unknown. Figures are per cent.

Read alone, a column headed "A" has no group, so none of its figures is keyed. The
key is a run of "X = Y", "X: Y" or "X – Y" pairs (separated by semicolons, commas,
line or sentence breaks); `key_pairs` reads them whatever the abbreviations are.
`apply_keys` writes each expansion into the column heads (and row labels) of the
tables printed next to the key (the run of tables straight above it, and straight
below it, with nothing but page furniture between), where a cell is the abbreviation
alone (or with a unit: "A (%)"). A key whose abbreviations head no column of its
tables changes nothing, so a sentence that happens to read "Note: ..." is harmless.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TypeVar

from parsers.extract.model import Extracted, Item, Table, TextBlock
from parsers.wres.cell_figures import holds_figures
from parsers.wres.cells import clean

# an abbreviation: a short token with no spaces ("W", "BME", "NS", "*", "N/K")
_ABBR = r"[^\s=:;,–—]{1,6}"
K = TypeVar("K")  # what a key reads as: pairs, titles
_SEP = r"(?:\s*[=:]\s*|\s+[-–—]\s+)"  # "=", ":" or a spaced dash
# one pair at the end of a segment: the abbreviation just before its separator, so a
# label in front ("Key: W = White") is left out
_RE_PAIR = re.compile(rf"(?:^|\s)(?P<abbr>{_ABBR}){_SEP}(?P<exp>[^=;]+?)\s*$")
# where one pair ends and the next begins (a line break only before a pair: a PDF
# breaks a long key's lines anywhere)
_RE_SEGMENT = re.compile(rf";|\|\s|\.\s+(?=\S)|[,\n]\s*(?={_ABBR}{_SEP})")
_MAX_KEY = 400  # a key is a line or two, not a paragraph of prose


def key_pairs(text: str) -> dict[str, str]:
    """{abbreviation: expansion} of a key's pairs, in order; empty when the text pairs
    nothing (prose, a heading)."""
    if len(text) > _MAX_KEY:
        return {}
    out: dict[str, str] = {}
    for segment in _RE_SEGMENT.split(text):
        m = _RE_PAIR.search(clean(segment).rstrip("."))
        if m is None:
            continue
        abbr, exp = m.group("abbr"), m.group("exp").strip()
        if not re.search(r"[A-Za-z]", exp) or len(exp) <= len(abbr) or len(exp) > 60:
            continue
        if abbr.isdigit():
            continue  # "Table 2: ...", "Indicator 9: ...": a number's title, not a key
        out.setdefault(abbr, exp)
    return out


def _head_rows(rows: list[list[str]]) -> int:
    """How many rows head the table: those before the first row holding figures."""
    for i, row in enumerate(rows):
        if any(holds_figures(c) for c in row[1:]):
            return max(i, 1)
    return 1


def expand_heads(rows: list[list[str]], pairs: dict[str, str]) -> list[list[str]] | None:
    """The rows with each head cell (and each label cell below them) that is an
    abbreviation of `pairs` (alone, or with a unit after it: "A (%)") spelt out; None
    when none is."""
    if not pairs:
        return None
    alternatives = "|".join(re.escape(a) for a in sorted(pairs, key=len, reverse=True))
    rx = re.compile(rf"^(?P<abbr>{alternatives})(?P<unit>\s*\(?%\)?)?$")
    n = _head_rows(rows)
    out = [list(r) for r in rows]
    cells = [(i, j) for i in range(n) for j in range(len(out[i]))]
    # below the heads, a label cell spelt in letters ("W" in a Group column); never a
    # figure's mark ("*" in a key of suppressed cells stays a suppressed cell)
    cells += [
        (i, j)
        for i in range(n, len(out))
        for j, c in enumerate(out[i])
        if re.search(r"[A-Za-z]", c or "")
    ]
    changed = False
    for i, j in cells:
        m = rx.match(clean(out[i][j] or ""))
        if m is None:
            continue
        out[i][j] = pairs[m.group("abbr")] + (m.group("unit") or "")
        changed = True
    return out if changed else None


def _furniture(item: Item) -> bool:
    """Page furniture a key and its tables may have between them (a page number)."""
    return isinstance(item, TextBlock) and (
        not clean(item.text)
        or bool(re.fullmatch(r"(?:page\s+)?\d+(?:\s+of\s+\d+)?", clean(item.text), re.I))
    )


def _neighbours(items: list[Item], k: int) -> list[int]:
    """The indices of the tables printed straight above and straight below item k."""
    found: list[int] = []
    for step in (-1, 1):
        i = k + step
        while 0 <= i < len(items) and (isinstance(items[i], Table) or _furniture(items[i])):
            if isinstance(items[i], Table):
                found.append(i)
            i += step
    return found


def rewrite_keyed_tables(
    doc: Extracted,
    read_key: Callable[[str], K | None],
    tables_of: Callable[[list[Item], int], Iterable[int]],
    rewrite: Callable[[Table, K], Table | None],
) -> Extracted:
    """The document with every table a key governs rewritten by `rewrite` (None: left
    as it is): each text block `read_key` reads as a key governs the tables
    `tables_of` gives for its index. The document itself when nothing changed."""
    items = list(doc.items)
    changed = False
    for k, item in enumerate(items):
        if not isinstance(item, TextBlock):
            continue
        key = read_key(item.text)
        if not key:
            continue
        for i in tables_of(items, k):
            table = items[i]
            if not isinstance(table, Table):
                continue
            rewritten = rewrite(table, key)
            if rewritten is not None:
                items[i] = rewritten
                changed = True
    return replace(doc, items=items) if changed else doc


def _expanded(table: Table, pairs: dict[str, str]) -> Table | None:
    rows = expand_heads(table.rows, pairs)
    return None if rows is None else replace(table, rows=rows)


def apply_keys(doc: Extracted) -> Extracted:
    """The document with each key's expansions written into the column heads of the
    tables next to it (see the module docstring); the document itself when none."""
    return rewrite_keyed_tables(doc, key_pairs, _neighbours, _expanded)


__all__ = ["apply_keys", "expand_heads", "key_pairs"]
