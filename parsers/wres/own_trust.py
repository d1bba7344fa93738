"""A table whose value columns are organisations: the reporting trust beside a partner.

A report of one trust in a hospital group (or one that benchmarks itself against a
neighbour) may print its figures in a column headed by its own name, beside columns
headed by other trusts' names (and a national column):

    Indicator | Harbourside NHS Trust | Moorland NHS Foundation Trust | England

Only the reporting trust's column is the report's truth; the others are comparators.
The reporting trust is the one the document names as itself: its title (a web page's
title or site name) or a heading among its first blocks. `own_trust_names` reads
those names; `own_trust_columns` keeps, of the columns headed by an organisation's
name, only the one whose name is the document's own, and drops the others (as the
readers drop a national column). When no column, or more than one, is the document's
own the table is left as printed: its columns stay unsettled rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted
from parsers.wres.cells import clean
from parsers.wres.tables import Tab

# capitalised words (and their joining words) ending in an organisation's kind:
# "Harbourside NHS Trust", "Moorland and Vale NHS Foundation Trust", "Tarn Health Board"
_RE_ORG = re.compile(
    r"(?:\b(?:[A-Z][\w'’&.-]*|and|of|the|for|&)\s+)+"
    r"(?:(?:NHS\s+)?(?:Foundation\s+)?Trust|(?:University\s+)?Health\s+Board)\b"
)
# the words of any organisation's name: what is left names this one
_GENERIC = re.compile(
    r"\b(?:nhs|foundation|trust|university|health\s+board|the|and|of|for|our|this)\b|[&'’.]"
    r"|\bs\b",
    re.I,
)
# what a title or heading block is: short, not a sentence
_MAX_HEADING = 120
_FIRST_BLOCKS = 4


def org_names(text: str) -> list[str]:
    """The organisations `text` names ("Harbourside NHS Trust"), as printed."""
    out = []
    for m in _RE_ORG.finditer(clean(text)):
        name = m.group(0).strip()
        if core(name):
            out.append(name)
    return out


def core(name: str) -> str:
    """An organisation's own words, lower case: "The Harbourside NHS Trust" ->
    "harbourside" (what tells it from another trust's name)."""
    return " ".join(_GENERIC.sub(" ", clean(name)).lower().split())


def own_trust_names(doc: Extracted) -> set[str]:
    """The cores of the names the document gives itself: its title, and the headings
    (short blocks that are no sentence) among its first blocks."""
    texts = [doc.title or ""]
    for b in doc.blocks[:_FIRST_BLOCKS]:
        t = clean(b.text)
        if t and len(t) <= _MAX_HEADING and not t.endswith("."):
            texts.append(t)
    return {core(n) for t in texts for n in org_names(t)}


def _column_org(header: str) -> str | None:
    """The core of the one organisation a column heading names, or None."""
    names = {core(n) for n in org_names(header)}
    return names.pop() if len(names) == 1 else None


def _is_own(name: str, own: set[str]) -> bool:
    """A column's organisation is the document's: the same own words, or the last
    words of a longer name ("annual report harbourside" ends with "harbourside")."""
    return any(name == o or o.endswith(" " + name) or name.endswith(" " + o) for o in own)


def own_trust_columns(tab: Tab, own: set[str]) -> Tab:
    """The table without the columns headed by other organisations' names, when
    exactly one column is headed by the document's own name and at least one other by
    another organisation's."""
    if len(own) != 1 or len(tab.rows) < 3:
        return tab
    mine: list[int] = []
    others: list[int] = []
    for heads in tab.rows[:2]:  # the heading row, under a merged title row or not
        orgs = {j: _column_org(h) for j, h in enumerate(heads) if j > 0}
        mine = [j for j, o in orgs.items() if o is not None and _is_own(o, own)]
        others = [j for j, o in orgs.items() if o is not None and not _is_own(o, own)]
        if mine or others:
            break
    if len(mine) != 1 or not others:
        return tab
    drop = set(others)
    rows = [[c for j, c in enumerate(r) if j not in drop] for r in tab.rows]
    return replace(tab, rows=rows)
