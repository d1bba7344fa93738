"""Layout tables read as the page they set out (parsers.extract.docx_layout_tables): a
borderless table holding prose beside a sidebar box, or tiles two to a row, gives its
cells' paragraphs and nested tables in reading order, so a figure under its label and
a tile's table under its title are read as a section's would be."""

from __future__ import annotations

from parsers.extract.model import Extracted, Item, Table
from parsers.wres.rewrite_items import expand_items


def _flowed(item: Item) -> list[Item] | None:
    if not isinstance(item, Table) or item.flow is None:
        return None
    out: list[Item] = []
    for inner in item.flow:
        out.extend(_flowed(inner) or [inner])
    return out


def flow_layout_tables(doc: Extracted) -> Extracted:
    """The document with each layout table replaced by its cells' content."""
    return expand_items(doc, _flowed)


__all__ = ["flow_layout_tables"]
