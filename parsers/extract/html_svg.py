"""An inline SVG chart's text, as a reader of the chart sees it.

A web page's bar chart drawn as inline <svg> carries its figures only as <text>
elements: data labels over the bars ("28.4%") and axis labels under them ("2022
White"), each placed by its x coordinate, plus perhaps a <title>. `chart_text` pairs
each data label with the axis label printed at the same x ("2022 White: 28.4%"), as
the chart's printed version or a screen reader gives it, so that the chart's figures
are text like any other. An SVG whose texts do not pair that way (an icon, a logo, a
diagram) gives nothing, as before: it is dropped with the page's other drawings.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

_FIGURE = re.compile(r"^[+\-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*%?$")
_SAME_X = 1.0  # labels this close (in SVG units) stand in the same column


def _x(el: Tag) -> float | None:
    raw = str(el.get("x") or "").split()
    try:
        return float(raw[0]) if raw else None
    except ValueError:
        return None


def chart_text(svg: Tag) -> str | None:
    """The chart's title and its "axis label: data label" pairs, one line; None when
    the SVG holds no figures or they do not each pair with one label."""
    texts = [(el, " ".join(el.get_text(" ", strip=True).split())) for el in svg.find_all("text")]
    texts = [(el, t) for el, t in texts if t]
    values = [(el, t) for el, t in texts if _FIGURE.match(t)]
    labels = [(el, t) for el, t in texts if not _FIGURE.match(t)]
    if not values or len(values) != len(labels):
        return None
    pairs: list[str] = []
    for el, value in values:
        x = _x(el)
        if x is None:
            return None
        column = [t for lab, t in labels if (lx := _x(lab)) is not None and abs(lx - x) < _SAME_X]
        if len(column) != 1:
            return None
        pairs.append(f"{column[0]}: {value}")
    title = svg.find("title")
    head = title.get_text(" ", strip=True) if title is not None else ""
    return "\n".join(t for t in (head, " ".join(pairs)) if t)


def charts_as_text(soup: BeautifulSoup) -> None:
    """Each chart SVG of the page replaced by a paragraph of its text (in place); other
    SVGs are left to be dropped with the page's drawings."""
    for svg in soup.find_all("svg"):
        chart = chart_text(svg)
        if chart is not None:
            para = soup.new_tag("p")
            para.string = chart
            svg.replace_with(para)
