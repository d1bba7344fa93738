"""A data file printed in the text: comma-separated lines are a table.

A report's appendix may print the data file behind it, one record a line, usually in a
fixed-width font:

    indicator,ethnic_group,wres_year,trust_value,national_value
    5,BME,2024,32.6,29.9
    5,White,2024,27.4,27.1

Read line by line as prose, such a block gives figures with no key (or wrong ones).
It is a table whose cells are split by commas, so `tables_in_text` turns each block
into a `Table` item in the document's reading order and the table readers read it as
they read any table. A block is: a header line of three or more field names (words,
no figures) then at least two lines parsed by the csv module (quotes honoured, so
"1,318" in quotes stays one cell) with the header's number of fields. Each line must
be a paragraph of its own (a sentence with commas is never one: it would not have the
header's field count on every line), and field names written as identifiers
("ethnic_group") are given back their spaces.
"""

from __future__ import annotations

import csv
import re
from dataclasses import replace

from parsers.extract.model import Extracted, Item, Table, TextBlock

_FIELD = re.compile(r"[A-Za-z][A-Za-z0-9_ ()%./-]{0,40}")
_MIN_RECORDS = 2


def _fields(line: str) -> list[str] | None:
    """A line's comma-separated fields, or None when it is not one record."""
    text = line.strip()
    if "," not in text or "\n" in text:
        return None
    try:
        rows = list(csv.reader([text], skipinitialspace=True))
    except csv.Error:
        return None
    if len(rows) != 1:
        return None
    return [c.strip() for c in rows[0]]


def _header(fields: list[str]) -> bool:
    """Three or more field names: words, none a figure, none repeated."""
    return (
        len(fields) >= 3
        and all(_FIELD.fullmatch(f) for f in fields)
        and len({f.lower() for f in fields}) == len(fields)
    )


def _name(field: str) -> str:
    return re.sub(r"\s+", " ", field.replace("_", " ")).strip()


def tables_in_text(doc: Extracted) -> Extracted:
    """The document with each block of comma-separated lines (see the module
    docstring) replaced by a `Table` of its records; the document itself when none."""
    items = list(doc.items)
    out: list[Item] = []
    found = False
    i = 0
    while i < len(items):
        item = items[i]
        head = _fields(item.text) if isinstance(item, TextBlock) else None
        if head is None or not _header(head):
            out.append(item)
            i += 1
            continue
        records: list[list[str]] = []
        j = i + 1
        while j < len(items):
            nxt = items[j]
            if not isinstance(nxt, TextBlock):
                break
            rec = _fields(nxt.text)
            if rec is None or len(rec) != len(head) or _header(rec):
                break
            records.append(rec)
            j += 1
        if len(records) < _MIN_RECORDS:
            out.append(item)
            i += 1
            continue
        rows = [[_name(f) for f in head], *records]
        out.append(Table(rows=rows, page=item.page))
        found = True
        i = j
    return replace(doc, items=out) if found else doc
