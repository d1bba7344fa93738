"""What one WRES table cell holds: a percentage, a bare number, a count ("N out of M"),
a relative likelihood printed as a ratio ("1.29:1"), a redaction mark, a period
heading, or text. Split from parsers/wres/cells.py (text, periods, groups), which the
published bundle vendors: nothing here is needed by the site's parameters."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.wres.cells import _fy_start, clean, ethnic_groups, parse_period
from parsers.wres.vocab import BME_PATTERN


@dataclass(frozen=True)
class Cell:
    """What one table cell holds.

    kind: empty | pct (a percentage) | num (a bare number) | count ("N out of M") |
    redacted (R, *, <10, -) | period (a column heading such as 2021/22) | ratio (a
    relative likelihood printed "1.29:1", value 1.29) | inverted_ratio ("1:1.29", the
    second group's likelihood over the first's: which group's is not said, so it has
    no value and is never read, only counted) | text.
    A count may carry a printed percentage too ("23.5% (1221/5203)").
    """

    kind: str
    value: float | None = None
    decimals: int = 0
    numerator: float | None = None
    denominator: float | None = None
    numerator_redacted: bool = False
    raw: str = ""


_REDACTION = r"(?:r|\*+|x|<\s*\d+|≤\s*\d+|fewer than \d+|less than \d+|suppressed|redacted)"
_RE_REDACTED = re.compile(rf"^(?:{_REDACTION}|-+)\s*%?$", re.I)
_INT = r"\d{1,3}(?:,\d{3})+|\d+"
# a headcount printed with its percentage in brackets, both withheld: "<5 (*)"
_RE_REDACTED_PAIR = re.compile(rf"^{_REDACTION}\s*\(\s*{_REDACTION}\s*%?\s*\)$", re.I)
_RE_COUNT = re.compile(
    rf"^\(?\s*(?P<n>{_INT}|{_REDACTION})\s*(?:out\s+of|of|/)\s*(?P<d>{_INT})\s*\)?$", re.I
)
_NUM = r"[+-]?\s*(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_RE_PCT = re.compile(rf"^(?P<v>{_NUM})\s*%$")
_RE_NUM = re.compile(rf"^(?P<v>{_NUM})$")
# a likelihood ratio to one: "1.29:1", "0.96 : 1"; turned round ("1:0.78") it is inverted
_RE_RATIO = re.compile(r"^(?P<v>\d{1,2}(?:\.\d+)?)\s*:\s*1(?:\.0+)?$")
_RE_INVERTED_RATIO = re.compile(r"^1(?:\.0+)?\s*:\s*\d{1,2}(?:\.\d+)?$")
_RE_PCT_COUNT = re.compile(rf"^(?P<v>{_NUM})\s*%?\s*[,;]?\s*\((?P<c>[^)]*)\)$")
# a percentage's base printed beside it: "n=120", "n = 1,874", "base: 402", "402 responses"
_RE_BASE = re.compile(
    rf"(?:n\s*=\s*|base\s*[:=]?\s*)(?P<n>{_INT})|(?P<n2>{_INT})\s+(?:respondents|responses)",
    re.I,
)
# a figure followed by its confidence interval in brackets: "27.1% (25.3-28.9)",
# "1.57 (1.22 to 2.02)", "(95% CI 1.22, 2.02)"; the limits bracket the figure
_RE_INTERVAL = re.compile(
    rf"^(?P<v>{_NUM})\s*(?P<pct>%)?\s*[\[(]\s*(?:95\s*%\s*)?(?:c\.?i\.?\s*[:=]?\s*)?"
    rf"(?P<lo>{_NUM})\s*%?\s*(?:-|–|to|,)\s*(?P<hi>{_NUM})\s*%?\s*[\])]$",
    re.I,
)
# a figure with its change since last year printed after it: an arrow and the change,
# or a bracket saying it ("(no change)", "(+1.2 pts)", "(down 0.4)")
_CHANGE_UNIT = r"(?:\s*(?:%|pts?\b|pp\b|percentage\s+points?))?"
_RE_WITH_CHANGE = re.compile(
    rf"^(?P<v>{_NUM})\s*(?P<pct>%)?\s*"
    rf"(?:[\u25b2\u25bc\u2191\u2193\u2b06\u2b07\u25b3\u25bd]\s*[+\u2212-]?\s*{_NUM}{_CHANGE_UNIT}"
    rf"|\(\s*(?:no\s+change|unchanged|[+\u2212-]\s*{_NUM}{_CHANGE_UNIT}"
    rf"|(?:up|down)\s+(?:by\s+)?{_NUM}{_CHANGE_UNIT})\s*\))$",
    re.I,
)
_EMPTY = {"", "n/a", "na", "n.a.", "not applicable", "no data", "not available", "nil return"}


def _num(text: str) -> float:
    return float(text.replace(",", "").replace(" ", ""))


def _decimals(text: str) -> int:
    text = text.strip().rstrip("%").strip()
    return len(text.split(".", 1)[1]) if "." in text else 0


def parse_cell(text: str | None) -> Cell:
    raw = clean(text)
    t = raw.strip()
    if t.lower() in _EMPTY:
        return Cell("empty", raw=raw)
    if _RE_REDACTED.match(t) or _RE_REDACTED_PAIR.match(t):
        return Cell("redacted", raw=raw)
    m = _RE_RATIO.match(t)
    if m:
        return Cell("ratio", value=_num(m.group("v")), decimals=_decimals(m.group("v")), raw=raw)
    if _RE_INVERTED_RATIO.match(t):
        return Cell("inverted_ratio", raw=raw)
    m = re.fullmatch(r"(20\d\d)\s*[/-]\s*(20\d\d|\d\d)", t)
    if m and _fy_start(m[1], m[2]) is not None:
        return Cell("period", raw=raw)
    m = _RE_COUNT.match(t)
    if m:
        n = m.group("n")
        if re.fullmatch(_INT, n):
            return Cell("count", numerator=_num(n), denominator=_num(m.group("d")), raw=raw)
        return Cell("count", denominator=_num(m.group("d")), numerator_redacted=True, raw=raw)
    m = _RE_PCT.match(t)
    if m:
        return Cell("pct", value=_num(m.group("v")), decimals=_decimals(m.group("v")), raw=raw)
    m = _RE_PCT_COUNT.match(t)
    if m:
        inner = parse_cell(m.group("c"))
        if inner.kind == "count":
            return Cell(
                "pct",
                value=_num(m.group("v")),
                decimals=_decimals(m.group("v")),
                numerator=inner.numerator,
                denominator=inner.denominator,
                numerator_redacted=inner.numerator_redacted,
                raw=raw,
            )
        base = _RE_BASE.fullmatch(m.group("c").strip())
        if base:  # "23.4% (n=120)": the percentage of a base of 120 respondents
            return Cell(
                "pct",
                value=_num(m.group("v")),
                decimals=_decimals(m.group("v")),
                denominator=_num(base.group("n") or base.group("n2")),
                raw=raw,
            )
    interval = _figure_with_interval(t, raw)
    if interval is not None:
        return interval
    m = _RE_WITH_CHANGE.match(t)
    if m:  # "28.7% ▼ 1.5", "24.6% (no change)": the figure; its change beside it is not
        kind = "pct" if m.group("pct") else "num"
        return Cell(kind, value=_num(m.group("v")), decimals=_decimals(m.group("v")), raw=raw)
    m = re.fullmatch(rf"(?P<n>{_INT})\s*\(\s*(?P<v>{_NUM})\s*%\s*\)", t)
    if m:  # "120 (23.5%)": a headcount with its percentage
        return Cell(
            "pct",
            value=_num(m.group("v")),
            decimals=_decimals(m.group("v")),
            numerator=_num(m.group("n")),
            raw=raw,
        )
    if len(t) <= 60 and parse_period(t) is not None:  # a heading, not a sentence
        return Cell("period", raw=raw)
    m = _RE_NUM.match(re.sub(r"\s*(?:times|x)$", "", t, flags=re.I))  # "1.79 times"
    if m:
        return Cell("num", value=_num(m.group("v")), decimals=_decimals(m.group("v")), raw=raw)
    return Cell("text", raw=raw)


def _figure_with_interval(t: str, raw: str) -> Cell | None:
    """The figure of "27.1% (25.3-28.9)": its interval's limits are never figures, and
    a bracket is read as an interval only when its limits lie either side of the figure
    (a count or a base in brackets does not)."""
    m = _RE_INTERVAL.match(t)
    if m is None:
        return None
    value, lo, hi = (_num(m.group(k)) for k in ("v", "lo", "hi"))
    if not lo <= value <= hi or lo == hi:
        return None
    kind = "pct" if m.group("pct") else "num"
    return Cell(kind, value=value, decimals=_decimals(m.group("v")), raw=raw)


_RE_TRAILING_INTERVAL = re.compile(
    rf"(?P<v>{_NUM})\s*(?P<pct>%)?\s*[\[(][^()\[\]]*\d[^()\[\]]*[\])]\s*$"
)


def drop_interval(text: str) -> str:
    """A line ending in a figure and its confidence interval ("Indicator 2: 1.57 (1.22
    to 2.02)") without the interval, so the figure ends the line; any other line as
    it is."""
    m = _RE_TRAILING_INTERVAL.search(text)
    if m is None or _figure_with_interval(text[m.start() :].strip(), text) is None:
        return text
    return text[: m.start("pct") if m.group("pct") else m.end("v")] + (m.group("pct") or "")


def is_figure(cell: Cell) -> bool:
    return cell.kind in ("pct", "num", "count", "redacted", "ratio", "inverted_ratio")


# one cell, two groups' figures: "White 25.1% BME 28.0%", "White 12% / BME 18%"
_RE_PAIR = re.compile(
    rf"(?P<g>white|{BME_PATTERN})"
    r"(?:\s+(?:staff|colleagues))?\s*[:=\-]?\s*(?P<v>[+-]?\d+(?:\.\d+)?)\s*%",
    re.I,
)


def group_pairs(text: str) -> list[tuple[str, float, int]]:
    """ "White 25.1% BME 28.0%" -> [(White, 25.1, 1), (BME, 28.0, 1)]; empty unless every
    percentage in the cell belongs to a named group."""
    t = clean(text)
    pairs = []
    for m in _RE_PAIR.finditer(t):
        g = ethnic_groups(m.group("g"))
        if len(g) != 1:
            return []
        v = m.group("v")
        pairs.append((g[0], float(v), len(v.split(".", 1)[1]) if "." in v else 0))
    if len(pairs) != t.count("%") or len({g for g, _v, _d in pairs}) != len(pairs):
        return []
    return pairs


def holds_figures(text: str) -> bool:
    """Whether a cell holds a figure: one of its own, or two groups' ("White 24.8% /
    BME 29.6%")."""
    return is_figure(parse_cell(text)) or bool(group_pairs(text))
