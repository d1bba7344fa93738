"""A table's caption printed as its own first row: one cell merged across the table
naming the indicator, the column heads and figures under it.

    | Indicator 1: Percentage of staff in the overall workforce by ethnicity |
    | Ethnicity         | 2023/24           | 2022/23                        |
    | BME               | 23.9%             | 22.4%                          |

With nothing outside the table naming it, that row is the table's caption: a title,
not a row of the table. It is moved to the caption (where `classify` and the readers
look for the indicator a table reports) when the table has no caption naming an
indicator, the row names exactly one indicator the way a heading does ("Indicator 1",
"Metric 5:") and no row below it names another (a table whose rows each open with an
indicator is a summary with section rows, parsers/wres/indicator_sections.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.wres.cells import clean
from parsers.wres.tables import Tab
from parsers.wres.vocab import INDICATOR_HEADING, INDICATOR_WORD

_RE_HEADING = re.compile(INDICATOR_HEADING, re.I)
_RE_NAMED = re.compile(rf"\b{INDICATOR_WORD}\s*\d", re.I)  # anywhere in a caption


def _spanning_text(row: list[str]) -> str | None:
    """The text of a row that is one cell across the table (a merged cell prints in
    its first column, the others empty, or repeats its text in each), else None."""
    cells = [clean(c) for c in row]
    if len(cells) < 2 or not cells[0]:
        return None
    if all(not c or c == cells[0] for c in cells[1:]):
        return cells[0]
    return None


def caption_from_first_row(tab: Tab) -> Tab:
    """The table with a merged first row naming its indicator made its caption (see
    the module docstring); any other table unchanged."""
    if len(tab.rows) < 3 or _RE_NAMED.search(tab.caption or ""):
        return tab
    text = _spanning_text(tab.rows[0])
    if text is None or not _RE_HEADING.match(text):
        return tab
    if any(r and _RE_HEADING.match(clean(r[0])) for r in tab.rows[1:]):
        return tab  # indicators down the side: section rows of a summary, not a title
    caption = f"{tab.caption} {text}" if tab.caption else text
    return replace(tab, rows=tab.rows[1:], row_pages=tab.row_pages[1:], caption=caption)


__all__ = ["caption_from_first_row"]
