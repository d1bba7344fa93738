"""Underlined lines in a PDF (since set M): a PDF has no underline attribute; a writer
draws the underline as a thin rule (a filled rectangle a point or so high, or a
stroked line) just below the text's baseline, as long as the text. A line of text is
underlined when such a rule stands right under it, starting where it starts and
ending where it ends: a rule across the page (a separator, a table's border) or
under one word is no underline of the line. Part of parsers.extract.pdf."""

from __future__ import annotations

# a rule is thin: at most this high, in points
MAX_RULE_HEIGHT = 1.5
# where it may stand, from the line's bottom (descenders reach below the baseline)
BELOW_FROM, BELOW_TO = -3.0, 3.0
# its ends within this of the text's ends, in points
END_SLACK = 4.0
# and it covers this much of the line at least
MIN_COVER = 0.9

Rule = tuple[float, float, float]  # (x0, x1, top)


def underline_rules(page) -> list[Rule]:
    """The page's thin horizontal rules (rectangles and lines)."""
    rules: list[Rule] = []
    try:
        objs = list(page.rects) + list(page.lines)
    except Exception:  # a page whose graphics cannot be read has no rules to read
        return rules
    for o in objs:
        x0, x1, top, bottom = (float(o.get(k, 0.0)) for k in ("x0", "x1", "top", "bottom"))
        if bottom - top <= MAX_RULE_HEIGHT and x1 - x0 > 0:
            rules.append((x0, x1, top))
    return rules


def underlined(rules: list[Rule], x0: float, x1: float, bottom: float) -> bool:
    """Whether a rule underlines the text line spanning x0..x1 with this bottom."""
    width = x1 - x0
    if width <= 0:
        return False
    for rx0, rx1, rtop in rules:
        if not BELOW_FROM <= rtop - bottom <= BELOW_TO:
            continue
        if rx0 < x0 - END_SLACK or rx1 > x1 + END_SLACK:
            continue
        if (min(rx1, x1) - max(rx0, x0)) >= MIN_COVER * width:
            return True
    return False
