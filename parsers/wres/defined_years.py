"""Years a report names by its own words, defined once: "In this report 'the current
period' means 2021/22 and 'the prior period' means 2020/21", then lines dated only by
those words ("• The current period: BME 12.4%, White 84.0%").

The structure read here: a definition is a quoted phrase (a few words in quotes, no
figure) followed, across a short bridge of words with no figure ("means", "is",
"refers to"), by one financial year. A line opened (after a bullet) by a defined
phrase and a colon is written with the year in its place, so that the readers of
year-first lines read it as any dated line. A phrase defined twice with different
years is not defined (never guessed); a report with no definition is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Item, TextBlock
from parsers.wres.cells import clean
from parsers.wres.line_parts import strip_bullet
from parsers.wres.narrative_terms import _times
from parsers.wres.rewrite_items import rewrite_items

_QUOTES = "'\"‘’“”"
_RE_DEFINITION = re.compile(
    rf"[{_QUOTES}](?P<term>[A-Za-z][A-Za-z ]{{1,40}}?)[{_QUOTES}]"
    r"\s+(?P<bridge>(?:[A-Za-z]+\s+){1,3})(?=(?P<after>\S.*))"
)


def definitions(text: str) -> dict[str, str]:
    """{phrase (lower case): year} of every definition in a text."""
    out: dict[str, str] = {}
    for m in _RE_DEFINITION.finditer(clean(text)):
        times = _times(m.group("after"))
        if times and times[0].start == 0 and times[0].kind == "fy":
            out[m.group("term").strip().lower()] = times[0].text
    return out


def _defined(doc: Extracted) -> dict[str, str]:
    seen: dict[str, set[str]] = {}
    for item in doc.items:
        if isinstance(item, TextBlock) and item.text:
            for term, year in definitions(item.text).items():
                seen.setdefault(term, set()).add(year)
    return {t: ys.pop() for t, ys in seen.items() if len(ys) == 1}


def _dated(line: str, defined: dict[str, str]) -> str:
    """The line with an opening defined phrase written as its year."""
    t = strip_bullet(line.strip())
    m = re.match(r"(?P<term>[A-Za-z][A-Za-z ]{1,40}?)\s*:", t)
    if m is None or m.group("term").lower() not in defined:
        return line
    return defined[m.group("term").lower()] + t[m.end("term") :]


def date_defined_lines(doc: Extracted) -> Extracted:
    """The document with lines opened by a defined phrase dated by its year."""
    defined = _defined(doc)
    if not defined:
        return doc

    def dated(item: Item) -> Item | None:
        if not isinstance(item, TextBlock) or not item.text:
            return None
        text = "\n".join(_dated(raw, defined) for raw in item.text.split("\n"))
        return replace(item, text=text) if text != item.text else None

    return rewrite_items(doc, dated)


__all__ = ["date_defined_lines", "definitions"]
