"""Held-out set Z, WRES half: a PAIRS grid. Set Y (benchmarks/heldout_y/wres_y.py)
changes one structural dimension of an ordinary base report at a time; set Z changes
exactly TWO dimensions at once, taking each value from Y's grid as Y defines it, so a
miss says which INTERACTION of two structural readings is missing. Every pair of Y's
dimensions is met at least once (but orientation x splitting, which set the same
field, `shape`), the commonly printed combinations more often. Nothing under parsers/
or tests/ was read while writing it; figures are Y's (wres_y_figures.py).

Layout names are "<dimension>: <value> + <dimension>: <value>", the dimensions and
values spelt as in Y. A layout is Y's base `Spec` with the fields of both values set;
two values that set the same field are never paired, and pairs that one shape cannot
print (an extra column or a unit in the heading outside the summary table, names of
indicators in the transposed table, which keys them "Indicator 1" to "Indicator 9")
are left out. The trust whose figures a layout prints is the one its values need
(trust A for three or five years; trust B for the Unknown / Not stated / White British
groups), otherwise the layouts take A, B and C in turn.

The truth is Y's `truth()` on the combined Spec: every convention of Y's docstring
holds unchanged. One new convention, stated before scoring: a footnote mark or a
suppressed cell is placed on the figure AS THE LAYOUT PRINTS IT (a "25%" layout prints
"17%*", a "1.47x" layout "1.47x*"), so a marked figure's truth is the printed figure
without its mark, exactly as in Y.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import cycle

from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_y import wres_y as y
from benchmarks.heldout_y import wres_y_figures as f
from benchmarks.heldout_y.wres_y import BASE, GRID, HOLES, MARKS, Spec, cell, layout

# the fields each Y value sets: the trust is not a structural field
_STRUCTURAL = [n for n in Spec.__dataclass_fields__ if n != "trust"]
_NEEDS_TRUST = {
    "group labels: White British beside White": "B",
    "group labels: Not stated column": "B",
    "group labels: Unknown column": "B",
    "years: three years": "A",
    "years: five years": "A",
}
# the marks and holes are re-printed from the combined layout's own figures
_MARKED = "columns: footnote marks"
_HOLED = "columns: n/a and suppressed cells"


def _fields(value: str) -> dict:
    """The Spec fields Y's value `value` changes from its base."""
    s = GRID[value]
    return {n: getattr(s, n) for n in _STRUCTURAL if getattr(s, n) != getattr(BASE, n)}


def _marks(s: Spec) -> dict:
    out = {k: cell(replace(s, cells={}), *k) + v[-1] for k, v in MARKS.items()}
    return {k: v for k, v in out.items() if k[2] in s.years}


def combine(a: str, b: str, trust: str) -> Spec:
    fa, fb = _fields(a), _fields(b)
    assert not set(fa) & set(fb), (a, b)
    s = replace(BASE, trust=trust, **fa, **fb)
    if _MARKED in (a, b):
        s = replace(s, cells=_marks(s))
    if _HOLED in (a, b):
        s = replace(s, cells=dict(HOLES))
    return s


# (dimension value, dimension value): the pairs, grouped by dimension pair
PAIRS: list[tuple[str, str]] = [
    # group labels x year forms
    ("group labels: BAME", "year forms: 2023-24"),
    ("group labels: Ethnic minority", "year forms: FY 2023/24"),
    ("group labels: Unknown column", "year forms: 2023/2024"),
    # group labels x figure forms
    ("group labels: BAME", "figure forms: 25%"),
    ("group labels: Global majority", "figure forms: 25.0 per cent"),
    ("group labels: Not stated column", "figure forms: 25.0 with % in the heading"),
    # group labels x orientation
    ("group labels: BAME", "orientation: years as rows"),
    ("group labels: Black, Asian and minority ethnic", "orientation: groups as rows"),
    ("group labels: Unknown column", "orientation: groups over years, two header rows"),
    ("group labels: White British beside White", "orientation: indicators as columns"),
    # group labels x splitting
    ("group labels: BAME", "splitting: a table per indicator"),
    ("group labels: Ethnic minority", "splitting: label/value lines"),
    ("group labels: Global majority", "splitting: prose sentences"),
    ("group labels: Not stated column", "splitting: a table per year"),
    # group labels x indicator naming
    ("group labels: BAME", "indicator naming: 1"),
    ("group labels: BME staff / White staff", "indicator naming: name only"),
    # group labels x columns
    ("group labels: BAME", "columns: White before BME"),
    ("group labels: Ethnic minority", "columns: a national column"),
    ("group labels: White British beside White", "columns: footnote marks"),
    # group labels x years
    ("group labels: BAME", "years: three years"),
    ("group labels: Global majority", "years: five years"),
    # year forms x figure forms
    ("year forms: 2023-24", "figure forms: 25%"),
    ("year forms: FY 2023/24", "figure forms: 25.0 per cent"),
    ("year forms: 2024", "figure forms: 1.47x"),
    # year forms x orientation
    ("year forms: 2023-24", "orientation: years as rows"),
    ("year forms: 23/24", "orientation: groups over years, two header rows"),
    ("year forms: March 2024", "orientation: groups as rows"),
    # year forms x splitting
    ("year forms: 2023-24", "splitting: a table per indicator"),
    ("year forms: 2023/2024", "splitting: a table per year"),
    ("year forms: WRES 2024", "splitting: label/value lines"),
    ("year forms: FY 2023/24", "splitting: prose sentences"),
    # year forms x indicator naming
    ("year forms: 2023-24", "indicator naming: 1"),
    ("year forms: 2024", "indicator naming: Metric 1"),
    # year forms x columns
    ("year forms: 2023-24", "columns: a national column"),
    ("year forms: 23/24", "columns: n/a and suppressed cells"),
    # year forms x years
    ("year forms: 2023-24", "years: three years"),
    ("year forms: 2024", "years: five years"),
    # figure forms x orientation
    ("figure forms: 25%", "orientation: years as rows"),
    ("figure forms: 25.0 per cent", "orientation: groups as rows"),
    ("figure forms: 1.47x", "orientation: indicators as columns"),
    # figure forms x splitting
    ("figure forms: 25.0 per cent", "splitting: prose sentences"),
    ("figure forms: 25%", "splitting: a table per indicator"),
    ("figure forms: 1.47 times", "splitting: label/value lines"),
    # figure forms x indicator naming
    ("figure forms: 25.0 with % in the heading", "indicator naming: 1"),
    ("figure forms: 25%", "indicator naming: WRES 1"),
    # figure forms x columns
    ("figure forms: 25%", "columns: footnote marks"),
    ("figure forms: 25.0 with % in the heading", "columns: a target column"),
    ("figure forms: 1.47x", "columns: a change column"),
    # figure forms x years
    ("figure forms: 25%", "years: three years"),
    ("figure forms: 25.0 per cent", "years: one year"),
    # orientation x indicator naming
    ("orientation: years as rows", "indicator naming: 1"),
    ("orientation: groups as rows", "indicator naming: name only"),
    # orientation x columns
    ("orientation: years as rows", "columns: footnote marks"),
    ("orientation: groups over years, two header rows", "columns: White before BME"),
    ("orientation: indicators as columns", "columns: last year before this year"),
    # orientation x years
    ("orientation: indicators as columns", "years: three years"),
    ("orientation: years as rows", "years: three years"),
    # splitting x indicator naming
    ("splitting: a table per indicator", "indicator naming: name only"),
    ("splitting: label/value lines", "indicator naming: 1"),
    ("splitting: bullets per indicator", "indicator naming: Ind. 1"),
    # splitting x columns
    ("splitting: a table per year", "columns: footnote marks"),
    ("splitting: label/value lines", "columns: n/a and suppressed cells"),
    ("splitting: a table per indicator", "columns: last year before this year"),
    # splitting x years
    ("splitting: a table per indicator", "years: three years"),
    ("splitting: prose sentences", "years: one year"),
    # indicator naming x columns
    ("indicator naming: 1", "columns: a national column"),
    ("indicator naming: WRES 1", "columns: a rag column"),
    # indicator naming x years
    ("indicator naming: 1", "years: three years"),
    # columns x years
    ("columns: a national column", "years: three years"),
    ("columns: n/a and suppressed cells", "years: three years"),
]


def _dimension(value: str) -> str:
    return value.split(":")[0]


def _trusts(pairs: list[tuple[str, str]]) -> list[str]:
    turn = cycle("ABC")
    out = []
    for a, b in pairs:
        need = {_NEEDS_TRUST[v] for v in (a, b) if v in _NEEDS_TRUST}
        assert len(need) <= 1, (a, b)
        out.append(need.pop() if need else next(turn))
    return out


SPECS: dict[str, Spec] = {
    f"{a} + {b}": combine(a, b, t) for (a, b), t in zip(PAIRS, _trusts(PAIRS), strict=True)
}
LAYOUTS: list[Layout] = [layout(name, s) for name, s in SPECS.items()]
assert all(_dimension(a) != _dimension(b) for a, b in PAIRS)
assert y.SHAPES and f.YEARS  # Y's builders and figures, imported not copied
