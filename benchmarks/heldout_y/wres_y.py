"""Held-out set Y, WRES half: a factorial GRID. One ordinary base report, and for each
structural DIMENSION several realistic VALUES, each layout changing exactly ONE
dimension from the base and keeping everything else as the base prints it, so a
miss says which structural reading is missing. In words and figures of our own
(fictional trusts, wres_y_figures.py, typed by hand). Nothing under parsers/ or tests/
was read while writing it.

BASE: a heading with the trust, a heading "Workforce Race Equality Standard report
2023/24", a one-line introduction, one summary table (rows = indicators 1 to 9 as
"Indicator 1: <name>"; columns BME 2023/24, BME 2022/23, White 2023/24, White 2022/23,
then "Relative likelihood 2023/24" and "Relative likelihood 2022/23"; percentages
"25.0%", ratios "1.47", a dash where a row has no figure) and a short narrative
paragraph with no figures in it.

Layout names are "base" and "<dimension>: <value>". The dimensions (the trust whose
figures a dimension prints is named; a trust's change is not a structural one):
1. group labels (trust B), 2. year forms (C), 3. figure forms (A), 4. orientation (B),
5. splitting (C), 6. indicator naming (A), 7. column order and extra columns (B),
8. number of years (A). The base prints trust A's two latest years.

The truth follows the conventions of benchmarks/wres_heldout.py's docstring as sets H
to W apply them: relative likelihoods take their numerator group (White for 2 and 4,
BME for 3); indicator 1 is the `overall` staff group, indicator 9 the board's voting
membership (`board_voting`); national averages, targets, changes, RAG ratings and
notes are not the trust's figures and are not in the truth; a footnote mark is not
part of the figure ("17.4%*" is 17.4); cells printed "*", "<10" or "n/a" are not in
the truth; "Not stated" / "Unknown" is the Unknown group; "BAME", "Ethnic minority",
"Black, Asian and minority ethnic" and "Global majority" are BME; a "White British"
column printed beside the White total is not in the truth (set N). Year forms: every
form of the WRES year 2023/24 keys 2023/24 — "2023-24", "2023/2024", "FY 2023/24",
"23/24"; the bare year "2024" and "WRES 2024" are the WRES year ending in it (the data
year, set E / set G); "March 2024" is the 31 March snapshot closing 2023/24 — and the
staff survey indicators in the same column share the column's year (as in the base).
New in set Y (stated before scoring): a percentage printed without decimals ("25%")
is the figure as printed (25.0); a table with the unit only in its headings ("BME
2023/24 (%)") holds percentages; "1.47x" and "1.47 times" are the ratio 1.47.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_m.wres_m import _fig
from benchmarks.heldout_p.render import B as Bullet
from benchmarks.heldout_p.render import Block, H, P, T
from benchmarks.heldout_y import wres_y_figures as f

DASH = "—"
SUPPRESSED = ("*", "<10", "n/a")
TRUTH_GROUPS = ("BME", "White", "Unknown")
RL = "Relative likelihood"


def _same(x: str) -> str:
    return x


@dataclass(frozen=True)
class Spec:
    """How one layout prints: every field but one is the base's."""

    trust: str = "A"
    years: tuple[str, ...] = f.YEARS[:2]  # in printed order
    year: Callable[[str], str] = _same  # "2023/24" -> the printed form
    labels: dict = field(default_factory=lambda: {"BME": "BME", "White": "White"})
    groups: tuple[str, ...] = ("BME", "White")  # printed groups, in order
    value: Callable[[str], str] = _same  # the percentage's number as printed
    pct: Callable[[str], str] = lambda x: f"{x}%"
    ratio: Callable[[str], str] = _same
    unit: str = ""  # appended to a percentage column's heading
    name: Callable[[int], str] = lambda i: f"Indicator {i}: {f.NAMES[i]}"
    shape: str = "rows"
    extras: tuple[str, ...] = ()  # "change", "national", "target", "rag"
    cells: dict = field(default_factory=dict)  # (indicator, group|None, year) -> printed
    notes: tuple[str, ...] = ()  # paragraphs after the table

    def label(self, g: str) -> str:
        return self.labels.get(g, g)


def _series(s: Spec, i: int, g: str | None) -> dict[str, str]:
    """{year: the figure as typed} for one indicator and group (None: the ratio)."""
    values = f.RATIO[s.trust][i] if g is None else _group_values(s, i, g)
    return dict(zip(f.YEARS, values, strict=False))


def _group_values(s: Spec, i: int, g: str) -> tuple[str, ...]:
    if g == "White British":
        return f.WHITE_BRITISH[i]
    return f.PCT[s.trust][i][g]


def cell(s: Spec, i: int, g: str | None, y: str) -> str:
    """One figure as the layout prints it."""
    if (i, g, y) in s.cells:
        return s.cells[(i, g, y)]
    x = _series(s, i, g)[y]
    return s.ratio(x) if g is None else s.pct(s.value(x))


def truth(s: Spec) -> list[dict]:
    out = []
    for i in range(1, 10):
        ratio = i in f.RATIO[s.trust]
        for g in [None] if ratio else [g for g in s.groups if g in TRUTH_GROUPS]:
            for y in s.years:
                if s.cells.get((i, g, y)) in SUPPRESSED:
                    continue
                x = _series(s, i, g)[y]
                out.append(_fig(i, g, y, x if g is None else s.value(x)))
    return out


def _is_ratio(s: Spec, i: int) -> bool:
    return i in f.RATIO[s.trust]


def _change(s: Spec, i: int, g: str | None) -> str:
    a, b = (float(_series(s, i, g)[y]) for y in ("2023/24", "2022/23"))
    return f"{a - b:+.2f}" if g is None else f"{a - b:+.1f}"


def _extra(s: Spec, i: int, what: str) -> str:
    if what == "national":
        x = f.NATIONAL[i]
        return s.ratio(x) if _is_ratio(s, i) else s.pct(x)
    if what == "target":
        x = f.TARGET[i]
        return s.ratio(x) if _is_ratio(s, i) else s.pct(x)
    return f"{f.RAG[i][0]}: {f.RAG[i][1]}"


EXTRA_HEAD = {"national": "National average 2023/24", "target": "Target 2024/25"}
EXTRA_HEAD["rag"] = "RAG rating and notes"


# --- the table shapes --------------------------------------------------------------


def _columns(s: Spec) -> list[tuple[str, tuple]]:
    """(heading, what the cell holds) for the base's columns after the first."""
    cols: list[tuple[str, tuple]] = []
    for g in s.groups:
        cols += [(f"{s.label(g)} {s.year(y)}{s.unit}", ("fig", g, y)) for y in s.years]
        if "change" in s.extras and g in ("BME", "White"):
            cols.append((f"{s.label(g)} change", ("change", g)))
    cols += [(f"{RL} {s.year(y)}", ("fig", None, y)) for y in s.years]
    if "change" in s.extras:
        cols.append((f"{RL} change", ("change", None)))
    cols += [(EXTRA_HEAD[e], ("extra", e)) for e in s.extras if e != "change"]
    return cols


def _fill(s: Spec, i: int, what: tuple) -> str:
    ratio = _is_ratio(s, i)
    if what[0] == "extra":
        return _extra(s, i, what[1])
    if (what[1] is None) != ratio:
        return DASH
    if what[0] == "change":
        return _change(s, i, what[1])
    return cell(s, i, what[1], what[2])


def _rows_table(s: Spec) -> list[Block]:
    cols = _columns(s)
    rows = [["Indicator", *(h for h, _ in cols)]]
    rows += [[s.name(i), *(_fill(s, i, w) for _, w in cols)] for i in range(1, 10)]
    return [T(rows)]


def _two_head(s: Spec) -> list[Block]:
    n = len(s.years)
    spans = [("", 1), *((s.label(g), n) for g in s.groups), (RL, n)]
    head = ["Indicator", *(s.year(y) for _ in (*s.groups, RL) for y in s.years)]
    rows = [head]
    for i in range(1, 10):
        keys = [(g, y) for g in (*s.groups, None) for y in s.years]
        rows.append([s.name(i), *(_fill(s, i, ("fig", g, y)) for g, y in keys)])
    return [T(rows, spans=spans)]


def _years_rows(s: Spec) -> list[Block]:
    rows = [["Indicator", "Year", *(s.label(g) for g in s.groups), RL]]
    for i in range(1, 10):
        for j, y in enumerate(s.years):
            cells = [_fill(s, i, ("fig", g, y)) for g in (*s.groups, None)]
            rows.append([s.name(i) if j == 0 else "", s.year(y), *cells])
    return [T(rows)]


def _transposed(s: Spec) -> list[Block]:
    rows = [["", *(f"Indicator {i}" for i in range(1, 10))]]
    for g in (*s.groups, None):
        for y in s.years:
            head = f"{s.label(g) if g else RL} {s.year(y)}"
            rows.append([head, *(_fill(s, i, ("fig", g, y)) for i in range(1, 10))])
    key = [Bullet(f"Indicator {i}: {f.NAMES[i]}") for i in range(1, 10)]
    return [T(rows), P("Key to the indicators:"), *key]


def _group_rows(s: Spec) -> list[Block]:
    rows = [["Indicator", "Group", *(s.year(y) for y in s.years)]]
    for i in range(1, 10):
        groups = [None] if _is_ratio(s, i) else list(s.groups)
        for j, g in enumerate(groups):
            label = s.label(g) if g else RL
            rows.append([s.name(i) if j == 0 else "", label, *(cell(s, i, g, y) for y in s.years)])
    return [T(rows)]


def _groups_of(s: Spec, i: int) -> list[str | None]:
    return [None] if _is_ratio(s, i) else list(s.groups)


def _per_indicator(s: Spec) -> list[Block]:
    out: list[Block] = []
    for i in range(1, 10):
        rows = [["", *(s.year(y) for y in s.years)]]
        for g in _groups_of(s, i):
            rows.append([s.label(g) if g else RL, *(cell(s, i, g, y) for y in s.years)])
        out += [H(s.name(i)), T(rows)]
    return out


def _per_year(s: Spec) -> list[Block]:
    out: list[Block] = []
    for y in s.years:
        rows = [["Indicator", *(s.label(g) for g in s.groups), RL]]
        for i in range(1, 10):
            rows.append([s.name(i), *(_fill(s, i, ("fig", g, y)) for g in (*s.groups, None))])
        out += [H(s.year(y)), T(rows)]
    return out


def _lines(s: Spec) -> list[Block]:
    out: list[Block] = []
    for i in range(1, 10):
        out.append(H(s.name(i)))
        for g in _groups_of(s, i):
            label = s.label(g) if g else RL
            out += [P(f"{label} {s.year(y)}: {cell(s, i, g, y)}") for y in s.years]
    return out


def _prose(s: Spec) -> list[Block]:
    out: list[Block] = []
    for i in range(1, 10):
        parts = []
        for y in s.years:
            if _is_ratio(s, i):
                parts.append(f"in {s.year(y)} the relative likelihood was {cell(s, i, None, y)}")
            else:
                b, w = (cell(s, i, g, y) for g in ("BME", "White"))
                parts.append(
                    f"in {s.year(y)} the figure was {b} for {s.label('BME')} staff and "
                    f"{w} for {s.label('White')} staff"
                )
        out.append(P(f"{s.name(i)} – {'; '.join(parts)}."))
    return out


def _bullets(s: Spec) -> list[Block]:
    out: list[Block] = []
    for i in range(1, 10):
        out.append(H(s.name(i)))
        for y in s.years:
            if _is_ratio(s, i):
                text = f"{RL.lower()} {cell(s, i, None, y)}"
            else:
                text = ", ".join(f"{s.label(g)} {cell(s, i, g, y)}" for g in s.groups)
            out.append(Bullet(f"{s.year(y)}: {text}"))
    return out


SHAPES: dict[str, Callable[[Spec], list[Block]]] = {
    "rows": _rows_table,
    "two_head": _two_head,
    "years_rows": _years_rows,
    "transposed": _transposed,
    "group_rows": _group_rows,
    "per_indicator": _per_indicator,
    "per_year": _per_year,
    "lines": _lines,
    "prose": _prose,
    "bullets": _bullets,
}


def layout(name: str, s: Spec) -> Layout:
    trust = f.TRUSTS[s.trust]
    blocks: list[Block] = [
        H(trust),
        H(f"Workforce Race Equality Standard report {s.year('2023/24')}"),
        P("This report sets out the Trust's figures for the nine WRES indicators."),
        *SHAPES[s.shape](s),
        *(P(n, "italic") for n in s.notes),
        P(
            f"The share of {s.label('BME')} staff in our workforce rose again this year and "
            "the gap in appointment from shortlisting narrowed. Our action plan, agreed by "
            "the Board, is published alongside this report."
        ),
    ]
    return Layout(name, trust, blocks, truth(s))


# --- the grid ----------------------------------------------------------------------


def _year_form(form: str) -> Callable[[str], str]:
    def show(y: str) -> str:
        start, end = y[:4], str(int(y[:4]) + 1)
        return form.format(start=start, end=end, e2=end[2:], s2=start[2:])

    return show


BASE = Spec()
_B, _C = replace(BASE, trust="B"), replace(BASE, trust="C")
LABELS = {
    "BAME": {"BME": "BAME"},
    "Ethnic minority": {"BME": "Ethnic minority"},
    "Black, Asian and minority ethnic": {"BME": "Black, Asian and minority ethnic"},
    "Global majority": {"BME": "Global majority"},
}
YEAR_FORMS = {
    "2023-24": "{start}-{e2}",
    "2023/2024": "{start}/{end}",
    "2024": "{end}",
    "March 2024": "March {end}",
    "WRES 2024": "WRES {end}",
    "FY 2023/24": "FY {start}/{e2}",
    "23/24": "{s2}/{e2}",
}
MARKS = {(1, "BME", "2023/24"): "17.4%*", (5, "BME", "2023/24"): "31.6%†"}
MARKS[(2, None, "2023/24")] = "1.47*"
HOLES = {(3, None, "2022/23"): "<10", (4, None, "2022/23"): "n/a"}
HOLES |= {(8, "White", "2022/23"): "*", (9, "BME", "2022/23"): "n/a"}

GRID: dict[str, Spec] = {"base": BASE}
for value, lab in LABELS.items():
    GRID[f"group labels: {value}"] = replace(_B, labels={**BASE.labels, **lab})
GRID["group labels: BME staff / White staff"] = replace(
    _B, labels={"BME": "BME staff", "White": "White staff"}
)
GRID["group labels: White British beside White"] = replace(
    _B, groups=("BME", "White", "White British")
)
GRID["group labels: Not stated column"] = replace(
    _B, groups=("BME", "White", "Unknown"), labels={**BASE.labels, "Unknown": "Not stated"}
)
GRID["group labels: Unknown column"] = replace(_B, groups=("BME", "White", "Unknown"))
for value, form in YEAR_FORMS.items():
    GRID[f"year forms: {value}"] = replace(_C, year=_year_form(form))
GRID["figure forms: 25%"] = replace(BASE, value=lambda x: str(round(float(x))))
GRID["figure forms: 25.0 with % in the heading"] = replace(BASE, pct=_same, unit=" (%)")
GRID["figure forms: 25.0 per cent"] = replace(BASE, pct=lambda x: f"{x} per cent")
GRID["figure forms: 1.47x"] = replace(BASE, ratio=lambda x: f"{x}x")
GRID["figure forms: 1.47 times"] = replace(BASE, ratio=lambda x: f"{x} times")
for value, shape in (
    ("years as rows", "years_rows"),
    ("indicators as columns", "transposed"),
    ("groups over years, two header rows", "two_head"),
    ("groups as rows", "group_rows"),
):
    GRID[f"orientation: {value}"] = replace(_B, shape=shape)
for value, shape in (
    ("a table per indicator", "per_indicator"),
    ("a table per year", "per_year"),
    ("label/value lines", "lines"),
    ("prose sentences", "prose"),
    ("bullets per indicator", "bullets"),
):
    GRID[f"splitting: {value}"] = replace(_C, shape=shape)
for value, name in (
    ("1", lambda i: f"{i}. {f.NAMES[i]}"),
    ("WRES 1", lambda i: f"WRES {i}: {f.NAMES[i]}"),
    ("Metric 1", lambda i: f"Metric {i}: {f.NAMES[i]}"),
    ("name only", lambda i: f.NAMES[i]),
    ("Ind. 1", lambda i: f"Ind. {i}: {f.NAMES[i]}"),
    ("roman numerals", lambda i: f"{f.ROMAN[i]}. {f.NAMES[i]}"),
):
    GRID[f"indicator naming: {value}"] = replace(BASE, name=name)
GRID["columns: White before BME"] = replace(_B, groups=("White", "BME"))
GRID["columns: last year before this year"] = replace(_B, years=("2022/23", "2023/24"))
for extra in ("change", "national", "target", "rag"):
    GRID[f"columns: a {extra} column"] = replace(_B, extras=(extra,))
GRID["columns: footnote marks"] = replace(
    _B, cells=MARKS, notes=("* Includes bank staff.", "† Fewer respondents than last year.")
)
GRID["columns: n/a and suppressed cells"] = replace(
    _B, cells=HOLES, notes=("* or <10: fewer than ten people, not shown. n/a: not available.",)
)
GRID["years: one year"] = replace(BASE, years=f.YEARS[:1])
GRID["years: three years"] = replace(BASE, years=f.YEARS[:3])
GRID["years: five years"] = replace(BASE, years=f.YEARS)

LAYOUTS: list[Layout] = [layout(name, s) for name, s in GRID.items()]
