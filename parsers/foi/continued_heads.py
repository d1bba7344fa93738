"""A question's heading printed again inside its answer with a continuation mark
(since set R): a long answer that runs over a page, or is broken for a table, may
repeat the heading of the question it answers ("Item 4" … "Item 4 (cont'd)") before
the rest of the answer.

Read by its structure, not by the words of the mark: the heading carries a label
that an earlier question already carried, and nothing else but a short bracketed
remark (a word or two in brackets, no question). Such a line asks nothing new, so it
opens no question: it is dropped, and the answer's paragraphs on both sides of it
join as one answer. A label seen for the first time, or followed by words of its
own, is a question as ever. Part of the FOI parser; called by
parsers.foi.house_units.
"""

from __future__ import annotations

import re

from parsers.foi.patterns import _RE_QWORD_ALONE
from parsers.foi.units import _label_of, _Unit

# the remark after the repeated label: one or two words in brackets, no asking
_RE_ROMAN_WORD = re.compile(r"^[ivxlc]+$", re.IGNORECASE)
_RE_BRACKETED_REMARK = re.compile(r"^[(\[]\s*[^\s()\[\]?]+(?:\s+[^\s()\[\]?]+)?\s*[)\]]\s*[:.]?$")


def _key(u: _Unit) -> str | None:
    """The question label a text unit carries, alone or with its text."""
    if u.table is not None:
        return None
    alone = _RE_QWORD_ALONE.match(u.text)
    if alone is not None:
        return alone.group(1).lower()
    lab = _label_of(u.text)
    return lab.key.lower().lstrip("q") if lab is not None else None


def continued_heading(u: _Unit, seen: set[str]) -> bool:
    """The unit repeats an earlier label with only a bracketed remark after it."""
    lab = _label_of(u.text) if u.table is None else None
    if lab is None or lab.key.lower().lstrip("q") not in seen:
        return False
    remark = lab.rest.strip()
    if _RE_BRACKETED_REMARK.match(remark) is None:
        return False
    # a sub-part's letter or roman numeral in brackets ("(b)", "(iii)") is a label
    words = re.sub(r"[^\w\s]", " ", remark).split()
    return not (len(words) == 1 and (len(words[0]) < 3 or _RE_ROMAN_WORD.match(words[0])))


def without_continued_headings(units: list[_Unit]) -> list[_Unit]:
    """The units less every heading that repeats an earlier question's label with a
    continuation mark (see the module's docstring)."""
    out: list[_Unit] = []
    seen: set[str] = set()
    for u in units:
        if continued_heading(u, seen):
            continue
        key = _key(u)
        if key is not None:
            seen.add(key)
        out.append(u)
    return out
