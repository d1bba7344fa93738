"""Rows of another equality standard in a WRES table: a report of the race and the
disability standards together may print, in one table, each row tagged by the
standard it belongs to in a cell of its own:

    | Standard | Measure                           | Group    | 2023/24 | 2022/23 |
    | WRES 5   | Harassment from patients ...      | BME      | 32.5%   | 31.4%   |
    | WDES 4a  | Harassment from patients ...      | Disabled | 33.8%   | 35.1%   |

A row whose label cells name another standard (and not the WRES) reports that
standard's metric for its own groups, not a WRES indicator, though its words and its
numbering may look like one: it is left out before the table is read, and the
table's WRES rows are read as if printed alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.wres.cell_figures import holds_figures
from parsers.wres.cells import clean
from parsers.wres.tables import Tab
from parsers.wres.vocab import OTHER_STANDARD, WRES_STANDARD

_RE_OTHER = re.compile(OTHER_STANDARD, re.I)
_RE_WRES = re.compile(WRES_STANDARD, re.I)


def _label_cells(row: list[str]) -> list[str]:
    """The row's cells before its first figure: the words that say what it is."""
    out = []
    for c in row:
        if holds_figures(c):
            break
        out.append(clean(c))
    return out


def other_standard(row: list[str]) -> bool:
    """The row's label cells name another standard than the WRES, and not the WRES."""
    words = " ".join(_label_cells(row))
    return bool(_RE_OTHER.search(words)) and not _RE_WRES.search(words)


def drop_other_standards(tab: Tab) -> Tab:
    """The table without its rows of another standard (see the module docstring);
    a table with none unchanged."""
    keep = [i for i, r in enumerate(tab.rows) if not (r and other_standard(r))]
    if len(keep) == len(tab.rows):
        return tab
    pages = tab.row_pages if len(tab.row_pages) == len(tab.rows) else [tab.page] * len(tab.rows)
    return replace(tab, rows=[tab.rows[i] for i in keep], row_pages=[pages[i] for i in keep])


__all__ = ["drop_other_standards", "other_standard"]
