"""A table of commentary: each row an indicator's label beside a cell of sentences that
state its figures.

    | Indicator                           | What the data shows                         |
    | 5. Harassment from patients ...     | In 2023/24 the figure was 32.5% for BME ... |
    | 2. Relative likelihood of White ... | The relative likelihood was 1.61 in ...     |

Its cells hold no figure of their own (the table readers find nothing to read), yet
every figure is the row's indicator's: the row is a section of text, its label the
section's heading and its commentary the section's paragraphs. `commentary_as_text`
writes such a table out that way for the sentence reader (parsers/wres/narrative.py):
an indicator heading ("Indicator 5"), the label's words under it as the heading's
title (they say whose figures they are: "Voting membership of the Board"), then each
commentary cell as a paragraph. The sentence reader then keys each figure by its
own words, its time and the heading, as it keys any section's sentences.

Only when the table is exactly this shape: a heading row of words, then at least two
rows whose first cell names one indicator (its number or its words) and whose other
cells are each sentences or empty, with a figure somewhere among them. A column whose
heading names a time is not written out (its cells' time would be lost); any other
table is left as it is.

An action plan (a header parsers/wres/actions.py knows) may carry the same commentary
in one column beside the indicator ("What the data shows"), among its actions, leads
and deadlines: only that column is written out (the plan's own fields are never the
indicator's figures: a deadline "2025/26" is no year of data). The plan's actions are
read from the table itself, which the other readers still see.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.wres.actions import action_columns
from parsers.wres.cell_figures import holds_figures
from parsers.wres.cells import clean
from parsers.wres.narrative_terms import _figures, _times
from parsers.wres.template_summary import row_indicator

# a label's number before its words: "5.", "Indicator 5:", "WRES 5 -"
_RE_NUMBER = re.compile(
    r"^\s*(?:wres\s+)?(?:indicator|metric)?\s*\d[a-e]?\s*[.:)\-\u2013]?\s+", re.I
)


def _is_prose(cell: str) -> bool:
    """Sentences: several words ending in a full stop (or another sentence's end)."""
    t = clean(cell)
    return len(t.split()) >= 5 and bool(re.search(r"[.!?]\s*$", t))


def _cell(row: list[str], j: int) -> str:
    return row[j] if j < len(row) else ""


def _columns(head: list[str], data: list[list[str]]) -> tuple[int, list[int]] | None:
    """(label column, commentary columns). In an action plan (parsers/wres/actions.py
    knows its header) the commentary is the column of sentences beside the indicator
    that is none of the plan's own fields: its actions, leads, progress and deadlines
    are never the indicator's figures, so they are left out; None when the plan has no
    indicator column or no such column of sentences."""
    cols = action_columns(head)
    if cols is None:
        return 0, list(range(1, max(len(r) for r in [head, *data])))
    if "metrics" not in cols:
        return None
    fields = set(cols.values())
    keep = [
        j
        for j in range(len(head))
        if j not in fields
        and any(_cell(r, j) for r in data)
        and all(_is_prose(_cell(r, j)) for r in data if _cell(r, j))
    ]
    return (cols["metrics"], keep) if keep else None


def _rows(table: Table) -> list[tuple[int, str, list[str]]] | None:
    """(indicator, label words, commentary cells) per row of a commentary table, or
    None when the table is not one."""
    rows = [[clean(c or "") for c in r] for r in table.rows if any(clean(c or "") for c in r)]
    if len(rows) < 3 or min(len(r) for r in rows) < 2:
        return None
    head, data = rows[0], rows[1:]
    shape = _columns(head, data)
    if shape is None:
        return None
    label, keep = shape
    if any(holds_figures(c) for c in head) or any(_times(_cell(head, j)) for j in keep):
        return None  # a heading row of figures, or columns dated by their heading
    out = []
    for row in data:
        ind = row_indicator(_cell(row, label)) if _cell(row, label) else None
        cells = [_cell(row, j) for j in keep if _cell(row, j)]
        if ind is None or not cells or not all(_is_prose(c) for c in cells):
            return None
        out.append((ind, _RE_NUMBER.sub("", _cell(row, label), count=1), cells))
    if not any(_figures(c) for _i, _w, cells in out for c in cells):
        return None  # words alone: nothing to read
    return out


def _as_blocks(table: Table, rows: list[tuple[int, str, list[str]]]) -> list[TextBlock]:
    """The table's rows as sections of text: heading, title, paragraphs."""
    out: list[TextBlock] = []
    for ind, words, cells in rows:
        out.append(TextBlock(f"Indicator {ind}", page=table.page, style="heading"))
        if words:
            out.append(TextBlock(words, page=table.page, style="heading"))
        out.extend(TextBlock(c, page=table.page) for c in cells)
    return out


def commentary_as_text(doc: Extracted) -> Extracted:
    """The document with each commentary table written out as sections of text (see
    the module docstring); a document without one is returned as it is."""
    items: list = []
    changed = False
    for item in doc.items:
        rows = _rows(item) if isinstance(item, Table) and item.rows else None
        if rows is None:
            items.append(item)
            continue
        items.extend(_as_blocks(item, rows))
        changed = True
    return replace(doc, items=items) if changed else doc


__all__ = ["commentary_as_text"]
