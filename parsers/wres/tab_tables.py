"""Lines typed at tab stops are a table: a word-processed report may line its figures
up in columns with tabs instead of a table, each row a paragraph of its own:

    <TAB>BME<TAB><TAB>White<TAB>
    Indicator<TAB>2023/24<TAB>2022/23<TAB>2023/24<TAB>2022/23
    1. Workforce<TAB>26.1%<TAB>24.7%<TAB>70.8%<TAB>72.3%

The extractors keep such a line's fields (`TextBlock.fields`, parsers.extract.
tab_fields: DOCX tab characters, HTML inline-block spans); a PDF already reads the
aligned fields as a table. A run of three lines or more with the same number of fields,
its first line a head (no figure in it) and a figure in a line below, is turned into a
`Table` in the document's reading order, read as any table is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Item, Table, TextBlock

_MIN_LINES = 3
# a figure a head never holds: a percentage or a decimal ("26.1%", "1.56")
_FIGURE = re.compile(r"[<>]?\d[\d,]*(?:\.\d+\s*%?|\s*%)")


def _has_figure(fields: tuple[str, ...]) -> bool:
    return any(_FIGURE.fullmatch(f) for f in fields)


def _run_end(items: list[Item], start: int) -> int:
    """The index after the run of tab-stop lines of one shape starting at `start`."""
    width = len(items[start].fields or ())
    end = start
    while end < len(items):
        item = items[end]
        if not isinstance(item, TextBlock) or item.fields is None or len(item.fields) != width:
            break
        end += 1
    return end


def _is_table(lines: list[TextBlock]) -> bool:
    rows = [line.fields or () for line in lines]
    return (
        len(rows) >= _MIN_LINES
        and len(rows[0]) >= 3
        and not _has_figure(rows[0])
        and any(_has_figure(r) for r in rows[1:])
    )


def tab_stop_tables(doc: Extracted) -> Extracted:
    """The document with each run of tab-stop lines that makes a table (see the module
    docstring) replaced by that `Table`; the document itself when none."""
    items = list(doc.items)
    out: list[Item] = []
    found = False
    i = 0
    while i < len(items):
        item = items[i]
        if not isinstance(item, TextBlock) or item.fields is None:
            out.append(item)
            i += 1
            continue
        end = _run_end(items, i)
        lines = [x for x in items[i:end] if isinstance(x, TextBlock)]
        if _is_table(lines):
            out.append(Table(rows=[list(x.fields or ()) for x in lines], page=item.page))
            found = True
        else:
            out.extend(lines)
        i = end
    return replace(doc, items=out) if found else doc


__all__ = ["tab_stop_tables"]
