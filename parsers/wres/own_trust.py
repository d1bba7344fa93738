"""A table whose value columns are organisations: the reporting trust beside a partner.

A report of one trust in a hospital group (or one that benchmarks itself against a
neighbour) may print its figures in a column headed by its own name, or by no name at
all ("Our trust", "This Trust", "Trust"), beside columns headed by other trusts' names
(and a national column):

    Indicator | Harbourside NHS Trust | Moorland NHS Foundation Trust | England
    Indicator | Our trust             | Moorland NHS Foundation Trust | England

Only the reporting trust's column is the report's truth; the others are comparators.
The reporting trust is the one the document names as itself: its title (a web page's
title or site name) or a heading among its first blocks (`own_trust_names`). Each
column heading says whose figures are under it (`heading_kind`): the document's own
name, another organisation's, a comparator's (the nation, a region, an average), or
no organisation's. The trust's own column (`own_position`) is the one headed by the
document's own name, or else the one column naming no organisation in a table whose
other columns all name other organisations or comparators, at least one of them another
organisation. `own_trust_columns` keeps it and drops the other organisations' columns
(the readers drop a national column themselves). When no column, or more than one, is
the document's own the table is left as printed: its columns stay unsettled rather
than guessed. parsers/wres/own_trust_rows.py applies the same rule to organisations
printed as rows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted
from parsers.wres.cell_figures import holds_figures
from parsers.wres.cells import clean
from parsers.wres.context import label_key
from parsers.wres.tables import Tab

# whose figures a heading says are under it (`heading_kind`)
OWN, OTHER, COMPARATOR, UNNAMED, BLANK = "own", "other", "comparator", "unnamed", "blank"

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


def heading_kind(heading: str, own: set[str]) -> str:
    """What a column (or row) heading says whose figures are under it: OWN (the
    document's own name), OTHER (another organisation's name), COMPARATOR (the nation,
    a region, an average), UNNAMED (no organisation: "Our trust", "Trust") or BLANK."""
    text = clean(heading)
    if not text:
        return BLANK
    names = {core(n) for n in org_names(text)}
    if len(names) > 1:
        return OTHER  # two organisations in one heading: not the trust's alone
    if names:
        name = names.pop()
        return OWN if len(own) == 1 and _is_own(name, own) else OTHER
    return COMPARATOR if label_key(text).comparator else UNNAMED


def own_position(kinds: dict[int, str]) -> int | None:
    """Of headings beside each other (each column's, or each row's), the one that is
    the document's own: the one named as the document, when exactly one is and another
    names another organisation or a comparator; else the one heading naming no
    organisation, when every other names another organisation or a comparator and at
    least one names another organisation (a trust printing itself as "Our trust"
    beside its partners)."""
    by_kind: dict[str, list[int]] = {}
    for j, kind in kinds.items():
        by_kind.setdefault(kind, []).append(j)
    mine, unnamed = by_kind.get(OWN, []), by_kind.get(UNNAMED, [])
    if mine:
        beside = by_kind.get(OTHER) or by_kind.get(COMPARATOR)
        return mine[0] if len(mine) == 1 and beside else None
    return unnamed[0] if len(unnamed) == 1 and by_kind.get(OTHER) else None


def own_trust_columns(tab: Tab, own: set[str]) -> Tab:
    """The table without the columns headed by other organisations' names, when one
    column is the document's own (`own_position`) beside at least one headed by another
    organisation's name. Comparators' columns stay: the readers know them."""
    if len(tab.rows) < 3:
        return tab
    for i, heads in enumerate(tab.rows[:2]):  # the heading row, under a merged title row or not
        kinds = {j: heading_kind(h, own) for j, h in enumerate(heads) if j > 0}
        kinds = {j: k for j, k in kinds.items() if k != BLANK and _holds_figures(tab, i, j)}
        if any(k in (OWN, OTHER) for k in kinds.values()):
            break
    else:
        return tab
    if own_position(kinds) is None:
        return tab
    drop = {j for j, k in kinds.items() if k == OTHER}
    rows = [[c for j, c in enumerate(r) if j not in drop] for r in tab.rows]
    return replace(tab, rows=rows)


def _holds_figures(tab: Tab, head: int, j: int) -> bool:
    """Whether column `j` holds a figure below its heading row `head` (a notes or RAG
    column beside the organisations' says nothing whose figure is whose)."""
    return any(j < len(r) and holds_figures(r[j]) for r in tab.rows[head + 1 :])
