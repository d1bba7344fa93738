"""A line typed at tab stops, its fields kept: a word-processed paragraph whose fields
are separated by tab characters (DOCX w:tab), or a web page's line of fixed-width
inline-block spans (the way a word processor saves tab stops as HTML). The text of the
block stays as it was (tabs read as spaces); `TextBlock.fields` keeps the fields for
the readers that line such lines up into a table (parsers.wres.tab_tables)."""

from __future__ import annotations

import re

from bs4 import Tag

# two tabs at least: "Name:<TAB>value" is a label and its value, not a row of a table
MIN_TABS = 2


def _clean(field: str) -> str:
    return re.sub(r"\s+", " ", field.replace("\u00a0", " ")).strip()


def tab_fields(raw: str) -> tuple[str, ...] | None:
    """A one-line paragraph's fields when it is typed with two tabs or more, else None."""
    raw = raw.strip("\n")
    if "\n" in raw or raw.count("\t") < MIN_TABS:
        return None
    fields = tuple(_clean(f) for f in raw.split("\t"))
    return fields if sum(1 for f in fields if f) >= 2 else None


def _inline_block(tag: Tag) -> bool:
    style = (tag.get("style") or "").replace(" ", "").lower()
    return "display:inline-block" in style


def inline_block_fields(el) -> tuple[str, ...] | None:
    """An HTML line's fields when it is laid out as spans at fixed widths: every child
    of the element a span (text between them only white space), two of them
    inline-block or more."""
    if not isinstance(el, Tag):
        return None
    spans = []
    for child in el.children:
        if isinstance(child, Tag):
            if child.name != "span":
                return None
            spans.append(child)
        elif str(child).strip():
            return None
    if sum(1 for s in spans if _inline_block(s)) < MIN_TABS:
        return None
    fields = tuple(_clean(s.get_text()) for s in spans)
    return fields if sum(1 for f in fields if f) >= 2 else None


__all__ = ["inline_block_fields", "tab_fields"]
