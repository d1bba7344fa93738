"""A web page that opens one panel a question (an accordion: HTML `<details>` with
its `<summary>`, since 0.6.7), read as the units the segmenter knows. A panel's
title stands behind the disclosure triangle a browser draws before it ("▾ …"; the
HTML reader draws it too, parsers.extract.html, and a page printed to PDF keeps it):

- the triangle is no part of the title ("▾ Question 1: …" is question 1);
- in a letter with no question labels and no answer markers, panel titles that ask,
  each over the panel's text (or a table), are questions with their answers
  beneath: at least two, never two titles together (closed panels hold no answer).

Part of the FOI parser (parsers.foi.parse); called by parsers.foi.house_units.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from parsers.foi.markers import answer_marker
from parsers.foi.patterns import _RE_ASKING
from parsers.foi.units import _label_of, _Unit

# the triangles a browser or word processor draws before an opened (or closed) panel
_RE_DISCLOSURE = re.compile(r"^[\u25b6\u25b8\u25ba\u25bc\u25be\u25c2\u25c0\u23f5\u23f7]\s*")
MIN_PANELS = 2


def _without_triangle(u: _Unit) -> _Unit | None:
    """The panel title without its triangle, or None when the unit is no title."""
    m = _RE_DISCLOSURE.match(u.text) if u.table is None else None
    if m is None or len(u.text) == m.end():
        return None
    text = u.text[m.end() :]
    lines = [_RE_DISCLOSURE.sub("", u.lines[0], count=1), *u.lines[1:]] if u.lines else [text]
    return replace(u, text=text, lines=lines)


def _unlabelled(units: list[_Unit]) -> bool:
    return not any(
        u.table is None and (_label_of(u.text) is not None or answer_marker(u.text) is not None)
        for u in units
    )


def panel_units(units: list[_Unit]) -> list[_Unit]:
    """The units with panel titles read (see the module's docstring)."""
    out: list[_Unit] = []
    titles: list[int] = []
    for u in units:
        title = _without_triangle(u)
        if title is not None:
            titles.append(len(out))
        out.append(title or u)
    asking = [k for k in titles if _RE_ASKING.match(out[k].text)]
    if (
        len(asking) < MIN_PANELS
        or not _unlabelled(out)
        or any(b == a + 1 for a, b in pairwise(titles))
        or any(k + 1 >= len(out) for k in asking)
    ):
        return out
    read: list[_Unit] = []
    for k, u in enumerate(out):
        if k in asking:
            asked = f"Request: {u.text}"
            read += [
                replace(u, text=asked, lines=[asked]),
                replace(u, text="Answer:", lines=["Answer:"]),
            ]
        else:
            read.append(u)
    return read
