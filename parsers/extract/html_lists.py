"""The number a browser draws before an ordered list's item (`<ol>`, `<ol start="4">`,
`type="a"`, `<li value="7">`), which the page's text lacks: a numbered list's items
carry their numbers as Word's list numbering does in DOCX (parsers.extract.docx), so
a letter's questions typed as an `<ol>` keep their labels; and which of an item's
children stand as blocks of their own (an answer quoted under its question item)."""

from __future__ import annotations

from bs4 import Tag

_MAX_NUMBER = 999
# an item's children that end its own text and stand as blocks of their own (since
# 0.6.9): a nested list or table, a quotation or preformatted text (the answer a page
# sets under a question item); after one, the item's paragraphs stand on their own too
LI_BREAKS = ["ul", "ol", "table", "blockquote", "pre", "dl"]
LI_AFTER_BREAK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "address"}


def _int(value: object) -> int | None:
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return n if 0 <= n <= _MAX_NUMBER else None


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _marker(n: int, kind: str) -> str:
    """`n` in the list's type: "1" figures, "a"/"A" letters, "i"/"I" roman."""
    if kind in ("a", "A") and 1 <= n <= 26:
        letter = chr(ord("a") + n - 1)
        return letter.upper() if kind == "A" else letter
    if kind in ("i", "I") and 1 <= n < 40:
        return _roman(n).upper() if kind == "I" else _roman(n)
    return str(n)


def list_number(li: Tag) -> str | None:
    """ "3. " for the third item of an `<ol>` (from its `start`, or an item's
    `value`), "b. " in a `type="a"` list; None for an item of any other list."""
    parent = li.parent
    if not isinstance(parent, Tag) or parent.name != "ol":
        return None
    n = _int(parent.get("start"))
    n = 1 if n is None else n
    if "reversed" in parent.attrs:
        return None  # counting down from the item count: rare, and not worth guessing
    for sib in parent.find_all("li", recursive=False):
        own = _int(sib.get("value"))
        if own is not None:
            n = own
        if sib is li:
            return f"{_marker(n, str(parent.get('type') or '1'))}. "
        n += 1
    return None
