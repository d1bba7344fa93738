"""HTML block layout in the units the PDF reader gives (parsers.extract.model.
TextBlock), so a layout feature means the same thing whatever the format:

* size relative to body text: a heading's browser default (h1 2.0 … h6 0.67),
  <small>/<big> and inline `font-size` in em, % or the keywords smaller/larger,
  on the element, its ancestors, or wrapping nearly all of its text;
* indent in points: 30 pt (a browser's 40 px) per enclosing list, blockquote
  or definition, plus inline `margin-left`/`padding-left` in pt, px or em.
"""

from __future__ import annotations

import re

from bs4 import Tag

_HEADING_SIZE = {"h1": 2.0, "h2": 1.5, "h3": 1.17, "h4": 1.0, "h5": 0.83, "h6": 0.67}
_TAG_SIZE = {"small": 0.83, "big": 1.2}
_INDENT_TAGS = {"ul": 30.0, "ol": 30.0, "blockquote": 30.0, "dd": 30.0, "menu": 30.0}
_BODY_PT = 12.0  # 1em = 16 px = 12 pt in a browser
_RE_FONT_SIZE = re.compile(
    r"font-size\s*:\s*([\d.]+)\s*(em|rem|%)|font-size\s*:\s*(smaller|larger)"
)
_RE_MARGIN = re.compile(r"(?:margin|padding)-left\s*:\s*([\d.]+)\s*(pt|px|em|rem)")
_MAX_ANCESTORS = 300


def _style_size(el: Tag) -> float:
    m = _RE_FONT_SIZE.search(str(el.get("style") or "").lower())
    if m is None:
        return 1.0
    if m.group(3):
        return 0.83 if m.group(3) == "smaller" else 1.2
    try:
        value = float(m.group(1))
    except ValueError:
        return 1.0
    factor = value / 100 if m.group(2) == "%" else value
    return factor if 0.2 <= factor <= 5 else 1.0


def _style_indent(el: Tag) -> float:
    m = _RE_MARGIN.search(str(el.get("style") or "").lower())
    if m is None:
        return 0.0
    try:
        value = float(m.group(1))
    except ValueError:
        return 0.0
    pt = {"pt": value, "px": value * 0.75}.get(m.group(2), value * _BODY_PT)
    return min(pt, 500.0)


def _wrapped_size(el: Tag) -> float:
    """<small>/<big> wrapping nearly all of the element's text (a paragraph of
    small print written as <p><small>…</small></p>)."""
    text = el.get_text(strip=True)
    if not text:
        return 1.0
    for tag, size in _TAG_SIZE.items():
        inner = "".join(s.get_text(strip=True) for s in el.find_all(tag))
        if inner and len(inner) >= 0.9 * len(text):
            return size
    return 1.0


def html_layout(el: Tag | None) -> tuple[float | None, float | None]:
    """(size relative to body text, indent in points) of the block read from `el`."""
    if el is None or not isinstance(el, Tag):
        return None, None
    size = _wrapped_size(el)
    indent = 0.0
    heading = None
    node: Tag | None = el
    for _ in range(_MAX_ANCESTORS):
        if node is None or not isinstance(node, Tag) or node.name in ("[document]", "html"):
            break
        name = node.name
        if heading is None and name in _HEADING_SIZE:
            heading = _HEADING_SIZE[name]
        size *= _TAG_SIZE.get(name, 1.0) * _style_size(node)
        indent += _INDENT_TAGS.get(name, 0.0) + _style_indent(node)
        node = node.parent
    if heading is not None:
        size *= heading
    return round(size, 2), round(min(indent, 1000.0), 1)
