"""Held-out set Q, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to P (benchmarks/heldout_d .. heldout_p
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_q_figures.py).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to P apply them (benchmarks/heldout_n/wres_n.py): a year printed "2023/24" is that
year; a "Current year" / "Previous year" column is the year the sentence above the
table names for it; relative likelihoods take their numerator group (White for 2 and
4, BME for 3); the board's share is indicator 9 with the board's staff group
(`board_voting`); an indicator named only by a short title ("Shortlisting") is the
indicator the table's key gives that title. Not in the truth: trajectory targets and
regional comparators.

A definition list's term is the indicator; its description gives each figure with the
year in brackets after it ("BME: 19.3% (2023/24), 18.1% (2022/23)").
"""

from __future__ import annotations

from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_m.wres_m import _fig
from benchmarks.heldout_p.render import DL, Block, Grid, H, P, T
from benchmarks.heldout_q import wres_q_figures as f

YEARS = ("2023/24", "2022/23")


def _pct(x: str) -> str:
    return f"{x}%"


def _truth(figures: dict, ratios: dict) -> list[dict]:
    truth = []
    for ind, groups in figures.items():
        for g, values in groups.items():
            truth += [_fig(ind, g, y, x) for y, x in zip(YEARS, values, strict=True)]
    for ind, values in ratios.items():
        truth += [_fig(ind, None, y, x) for y, x in zip(YEARS, values, strict=True)]
    return truth


# 1. 'Current year' / 'Previous year' heads, the years only in the sentence above
def _relative() -> Layout:
    rows = [["Indicator", "Group", "Current year", "Previous year"]]
    for ind, groups in f.RELATIVE.items():
        for j, (g, values) in enumerate(groups.items()):
            rows.append([f"{ind}. {f.WORDS[ind]}" if j == 0 else "", g, *map(_pct, values)])
    for ind, values in f.RELATIVE_RATIOS.items():
        rows.append([f"{ind}. {f.RATIO_WORDS[ind]}", "Ratio", *values])
    blocks: list[Block] = [
        H("Blencarn Edge NHS Trust"),
        H("Workforce Race Equality Standard report to the People Committee"),
        P(
            "In the table below the current year is 2023/24 (workforce data at 31 March 2024 "
            "and the 2023 staff survey) and the previous year is 2022/23."
        ),
        Grid(rows, header=True, widths=(9, 2, 3, 3)),
    ]
    return Layout(
        "'Current year' / 'Previous year' column heads, the years named only in a sentence "
        "above the table",
        blocks[0].text,
        blocks,
        _truth(f.RELATIVE, f.RELATIVE_RATIOS),
    )


# 2. a row per year and group, a column per indicator
def _transposed() -> Layout:
    inds = list(f.TRANSPOSED)
    rows = [["Year", "Group", *(f"Ind. {i}" for i in inds)]]
    for k, y in enumerate(YEARS):
        for g in ("BME", "White"):
            rows.append([y, g, *(_pct(f.TRANSPOSED[i][g][k]) for i in inds)])
    ratios = [["Year", *(f"Ind. {i}" for i in f.TRANSPOSED_RATIOS)]]
    for k, y in enumerate(YEARS):
        ratios.append([y, *(v[k] for v in f.TRANSPOSED_RATIOS.values())])
    key = "; ".join(f"Ind. {i}: {f.WORDS.get(i) or f.RATIO_WORDS[i]}" for i in range(1, 10))
    blocks: list[Block] = [
        H("Ousby Crossfell NHS Foundation Trust"),
        H("WRES indicators at a glance"),
        P(f"Key to the columns – {key}."),
        P("Percentages by year and ethnic group", "bold"),
        T(rows),
        P("Relative likelihoods by year", "bold"),
        T(ratios),
    ]
    return Layout(
        "a row per year and ethnic group ('2023/24' / 'BME'), a column per indicator headed "
        "'Ind. 1' … 'Ind. 9' with a key to the columns above",
        blocks[0].text,
        blocks,
        _truth(f.TRANSPOSED, f.TRANSPOSED_RATIOS),
    )


# 3. actuals beside trajectory targets
def _targets() -> Layout:
    head = ["Indicator", "Group", "2022/23 actual", "2023/24 actual"]
    rows = [[*head, "Target 2024/25", "Target 2025/26"]]
    for ind, groups in f.TARGETED.items():
        for g, (now, before) in groups.items():
            goal = f.TARGETS[ind] if g == "BME" else ("", "")
            name = f"{ind}. {f.WORDS[ind]}" if g == "BME" else ""
            rows.append([name, g, _pct(before), _pct(now), *(x and _pct(x) for x in goal)])
    for ind, (now, before) in f.TARGETED_RATIOS.items():
        rows.append([f"{ind}. {f.RATIO_WORDS[ind]}", "Ratio", before, now, *f.TARGETS[ind]])
    blocks: list[Block] = [
        H("Skirwith Abbey NHS Trust"),
        H("WRES: where we are and where we aim to be"),
        P(
            "The targets are the trajectory agreed by the Board in our race equality plan; "
            "they are set for BME colleagues and for the relative likelihoods."
        ),
        Grid(rows, header=True, widths=(8, 2, 3, 3, 3, 3)),
    ]
    return Layout(
        "actual figures for two years beside 'Target 2024/25' and 'Target 2025/26' "
        "trajectory columns, the oldest year first",
        blocks[0].text,
        blocks,
        _truth(f.TARGETED, f.TARGETED_RATIOS),
    )


# 4. indicators named only by short titles, their numbers in a key below
def _titled() -> Layout:
    rows = [["Measure", "BME 2023/24", "White 2023/24", "BME 2022/23", "White 2022/23"]]
    rows[0].append("Region BME 2023/24")
    for ind, groups in f.TITLED.items():
        (b_now, b_then), (w_now, w_then) = groups["BME"], groups["White"]
        cells = [b_now, w_now, b_then, w_then, f.TITLED_REGION[ind]]
        rows.append([f.TITLES[ind], *map(_pct, cells)])
    ratios = [["Measure", "2023/24", "2022/23"]]
    ratios += [[f.TITLES[i], *v] for i, v in f.TITLED_RATIOS.items()]
    key = ", ".join(f"{f.TITLES[i]} = indicator {i}" for i in range(1, 10))
    blocks: list[Block] = [
        H("Kirkland Grange Community NHS Trust"),
        H("Our race equality measures"),
        Grid(rows, header=True, widths=(5, 3, 3, 3, 3, 3)),
        P("Likelihood ratios", "bold"),
        Grid(ratios, header=True, widths=(5, 3, 3)),
        P(f"Key to the WRES indicators: {key}.", "italic"),
    ]
    return Layout(
        "indicators named only by short titles ('Shortlisting', 'Board'), their WRES "
        "numbers only in a key below the tables, a regional comparator column",
        blocks[0].text,
        blocks,
        _truth(f.TITLED, f.TITLED_RATIOS),
    )


# 5. a definition list: each indicator a term, each figure a description
def _definitions() -> Layout:
    pairs = []
    for ind, groups in f.LISTED.items():
        said = [
            f"{g}: " + ", ".join(f"{_pct(x)} ({y})" for y, x in zip(YEARS, values, strict=True))
            for g, values in groups.items()
        ]
        pairs.append((f"Indicator {ind} – {f.WORDS[ind]}", ". ".join(said) + "."))
    for ind, values in f.LISTED_RATIOS.items():
        said = ", ".join(f"{x} ({y})" for y, x in zip(YEARS, values, strict=True))
        pairs.append((f"Indicator {ind} – {f.RATIO_WORDS[ind]}", said))
    blocks: list[Block] = [
        H("Renwick Hartside NHS Trust"),
        H("Workforce Race Equality Standard: the figures"),
        P("Each indicator is followed by its figures for the last two years."),
        DL(pairs),
    ]
    return Layout(
        "a definition list: each indicator a term, its figures in one description with the "
        "year in brackets after each ('BME: 19.3% (2023/24), 18.1% (2022/23)')",
        blocks[0].text,
        blocks,
        _truth(f.LISTED, f.LISTED_RATIOS),
    )


LAYOUTS: list[Layout] = [_relative(), _transposed(), _targets(), _titled(), _definitions()]
