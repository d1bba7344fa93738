"""How a WRES parse is scored against known figures: shared by the accuracy benchmark
(benchmarks/accuracy_wres.py) and the WRES tests (corpus pages, layouts, held-out
layouts, plain text).

A truth figure is found when a parsed figure has the same key (indicator, measure,
staff_group, band, ethnic_group, period) and the same value; each parsed figure is
used once. A parsed figure that matches nothing is extra, and misattributed when it
carries a truth figure's value for the same ethnic group under another key: the wrong
indicator, year, band or staff group.

A redaction (a suppressed cell, "<5" or "*", published as redacted with no value)
that the truth does not list is neither a figure nor an error: it publishes no
number, so it is counted apart ("redactions") and left out of the precision.
"""

from __future__ import annotations

import math
from typing import Any

KEY = ("indicator", "measure", "staff_group", "band", "ethnic_group", "period")


def field(figure: Any, name: str) -> Any:
    """A figure's field, whether it is a parsed WresMetric or a truth dict."""
    return figure[name] if isinstance(figure, dict) else getattr(figure, name)


def same_value(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), abs_tol=1e-6)


def score(parsed: list, truth: list[dict]) -> dict:
    """{"truth", "parsed", "matched": counts; "missing", "extra", "misattributed": lists}."""
    used: set[int] = set()
    matched, missing = 0, []
    for t in truth:
        hit = next(
            (
                i
                for i, m in enumerate(parsed)
                if i not in used
                and all(field(m, k) == t[k] for k in KEY)
                and same_value(field(m, "value"), t["value"])
            ),
            None,
        )
        if hit is None:
            missing.append(t)
        else:
            used.add(hit)
            matched += 1
    unmatched = [m for i, m in enumerate(parsed) if i not in used]
    redactions = [m for m in unmatched if _redaction(m)]
    extra = [m for m in unmatched if not _redaction(m)]
    misattributed = [
        m
        for m in extra
        if any(
            same_value(field(m, "value"), t["value"])
            and field(m, "ethnic_group") == t["ethnic_group"]
            for t in truth
        )
    ]
    return {
        "truth": len(truth),
        "parsed": len(parsed) - len(redactions),
        "matched": matched,
        "missing": missing,
        "extra": extra,
        "misattributed": misattributed,
        "redactions": redactions,
    }


def _redaction(figure: Any) -> bool:
    """A parsed record that publishes no number: a suppressed, redacted cell."""
    return bool(getattr(figure, "redacted", False)) and field(figure, "value") is None
