"""A document with some of its items written anew: what the readers that write a
layout out in a form other readers know (a packed label a cell a part, a heading in
words numbered in digits, a folded or nested table as several) share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from parsers.extract.model import Extracted, Item


def rewrite_items(doc: Extracted, rewrite: Callable[[Item], Item | None]) -> Extracted:
    """The document with each item `rewrite` returns anew for replaced; the same
    document when it rewrites none."""
    items = []
    changed = False
    for item in doc.items:
        new = rewrite(item)
        if new is not None:
            item, changed = new, True
        items.append(item)
    return replace(doc, items=items) if changed else doc


def expand_items(doc: Extracted, expand: Callable[[Item], list[Item] | None]) -> Extracted:
    """The document with each item `expand` returns items for replaced by them (a table
    printed as several, say); the same document when it expands none."""
    items: list[Item] = []
    changed = False
    for item in doc.items:
        new = expand(item)
        if new is None:
            items.append(item)
            continue
        items.extend(new)
        changed = True
    return replace(doc, items=items) if changed else doc


__all__ = ["expand_items", "rewrite_items"]
