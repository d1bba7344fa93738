"""A table whose rows are organisations: the reporting trust's row beside a partner
trust's, the region's and England's, its columns the indicators or the ethnic groups.

    Organisation              | Indicator 1: BME staff (%) | Indicator 2: likelihood
    Harbourside NHS Trust     | 14.2%                      | 1.31
    Moorland NHS Trust        | 19.8%                      | 1.64
    England                   | 26.4%                      | 1.59

It is `own_trust.own_trust_columns` transposed: each figure row's label names an
organisation or a comparator, and the document's own row is the one named as the
document, or the one row naming no organisation ("Our trust") beside rows naming other
organisations. The table is turned into the layout the readers know (the column
headings as rows, one column of figures: the trust's own row), and the other rows,
partners' and comparators' alike, are left out: none is the trust's figure. A table
in which no row, or more than one, is the trust's own is left as printed (its figures
unsettled rather than guessed).
"""

from __future__ import annotations

from dataclasses import replace

from parsers.wres.cell_figures import holds_figures
from parsers.wres.cells import clean, ethnic_groups
from parsers.wres.own_trust import (
    BLANK,
    OTHER,
    OWN,
    UNNAMED,
    heading_kind,
    org_names,
    own_position,
)
from parsers.wres.tables import Tab

# the one column left is the trust's own: headed as a measure / value table's figures
# are, so that a table naming no year takes the report's (parsers/wres/data_year.py)
_OWN_HEADING = "Trust"
_MIN_ORGS = 2  # the trust's row and at least one beside it
# "Our trust", "North East and Yorkshire region", "England average (all trusts)"
_MAX_OTHER_WORDS = 5


def _first_figure_row(rows: list[list[str]]) -> int | None:
    """The index of the first row holding a figure beside its label."""
    return next((i for i, r in enumerate(rows) if any(holds_figures(c) for c in r[1:])), None)


def _title_text(rows: list[list[str]]) -> list[str] | None:
    """The text of the rows above the heading row, when each is a merged title (one
    cell's text): it is a title over the table, read as a line above it. None when a
    row above is a second heading row (two-level headings are not this layout)."""
    out = []
    for r in rows:
        texts = [clean(c) for c in r if clean(c)]
        if len(set(texts)) > 1:
            return None
        out.extend(texts[:1])
    return out


def _only_a_name(label: str) -> bool:
    """A label that is an organisation's or comparator's name and little else: no
    ethnic group ("National average, BME staff" is an indicator's row, not England's)
    and a few words besides an organisation's name."""
    text = clean(label)
    if any(g != "All" for g in ethnic_groups(text)):
        return False
    for name in org_names(text):
        text = text.replace(name, " ")
    return len(text.split()) <= _MAX_OTHER_WORDS


def _row_kinds(body: list[list[str]], own: set[str]) -> dict[int, str] | None:
    """Whose figures each figure row is, by its label; None when a row is no
    organisation's (a blank label, or a row naming none beside the one that is the
    trust's own): then the rows are not organisations."""
    kinds = {}
    for i, row in enumerate(body):
        if not any(holds_figures(c) for c in row[1:]):
            continue  # a note or a blank row between the organisations
        label = row[0] if row else ""
        if not _only_a_name(label):
            return None
        kinds[i] = heading_kind(label, own)
    named = [k for k in kinds.values() if k in (OWN, OTHER)]
    unnamed = [k for k in kinds.values() if k == UNNAMED]
    if BLANK in kinds.values() or not named or len(unnamed) > (0 if OWN in named else 1):
        return None
    return kinds if len(kinds) >= _MIN_ORGS else None


def own_trust_rows(tab: Tab, own: set[str]) -> Tab:
    """The table turned to the trust's own column (its column headings as row labels)
    when its rows are organisations and one of them is the document's own; else the
    table as printed."""
    start = _first_figure_row(tab.rows)
    if start is None or start == 0:
        return tab
    titles = _title_text(tab.rows[: start - 1])
    if titles is None:
        return tab
    head, body = tab.rows[start - 1], tab.rows[start:]
    kinds = _row_kinds(body, own)
    mine = own_position(kinds) if kinds else None
    if mine is None:
        return tab
    row = body[mine]
    width = max(len(head), len(row))
    cells = [
        (head[j] if j < len(head) else "", row[j] if j < len(row) else "") for j in range(1, width)
    ]
    rows = [[clean(head[0]) if head else "", _OWN_HEADING]]
    rows += [[h, v] for h, v in cells if clean(h) or clean(v)]
    page = tab.row_pages[start + mine] if len(tab.row_pages) == len(tab.rows) else tab.page
    return replace(
        tab,
        rows=rows,
        row_pages=[page] * len(rows),
        lines_above=[*tab.lines_above, *titles],
    )
