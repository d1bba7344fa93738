"""A chart printed as text: its data labels and the caption that says what they are.

Part of the narrative reader (parsers.wres.narrative). A chart's figures reach the text
as one line of "label: value" pairs ("BME: 16.0% White: 8.4% England: 8.9%", an inline
SVG's data labels paired with its axis labels, or what a PDF or DOCX prints of the
chart), and its caption ("Chart 1 - Discrimination from a manager or colleague
(indicator 8), 2022 NHS Staff Survey") sits just below or above it, with the
indicator and the year the labels do not name. `captioned_charts` joins such a caption
that states no figures of its own to the chart line beside it, as one statement read
like any sentence: "Discrimination ... (indicator 8), 2022 NHS Staff Survey: BME:
16.0% White: 8.4% England: 8.9%". A caption that states figures is a sentence of its
own; a line of pairs with no caption beside it is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.wres.narrative_lines import _Line
from parsers.wres.narrative_terms import _figures

# "Figure 1.", "Chart 2 -", "Table 3:": a caption's label and number
RE_CAPTION_LABEL = re.compile(r"^(?:table|figure|graph|chart)\s+\d+[a-z]?\s*[.:\-\u2013]?\s*", re.I)
# a line of "label: value" pairs and nothing else
_RE_PAIRS = re.compile(r"(?:\s*[A-Za-z][^:%]{0,40}?:\s*[+\-]?\d+(?:\.\d+)?\s*%?)+\s*")


def _caption(line: _Line | None) -> str | None:
    """The words of a caption line that states no figure ("Chart 1 - ..." without its
    label), or None."""
    if line is None:
        return None
    m = RE_CAPTION_LABEL.match(line.text)
    if m is None or _figures(line.text):
        return None
    return line.text[m.end() :].strip(" .") or None


def _chart(line: _Line | None) -> bool:
    return line is not None and bool(_RE_PAIRS.fullmatch(line.text))


def captioned_charts(lines: list[_Line | None]) -> list[_Line | None]:
    """The lines with each chart line and the figure-less caption beside it (below it,
    else above it) joined into one statement (see the module docstring)."""
    out: list[_Line | None] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        below, above = _caption(nxt), _caption(line)
        if _chart(line) and below:
            assert line is not None
            out.append(replace(line, text=f"{below}: {line.text}", heading=False))
            i += 2
            continue
        if above and _chart(nxt) and _caption(lines[i + 2] if i + 2 < len(lines) else None) is None:
            assert nxt is not None
            out.append(replace(nxt, text=f"{above}: {nxt.text}", heading=False))
            i += 2
            continue
        out.append(line)
        i += 1
    return out
