"""Held-out set W, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to V (benchmarks/heldout_d .. heldout_v
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_w_figures.py). Nothing under parsers/ was read while writing it.

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to V apply them: a year printed "2023/24" is that year; a 31 March snapshot is the
financial year it closes; a staff survey year is its own financial year; relative
likelihoods take their numerator group (White for 2 and 4, BME for 3); the board's
share is indicator 9 with `board_voting`, the workforce share indicator 1 with
`overall`. In set W besides: 'this year' and 'last year' are the years the report's
opening sentence names ('this year' 2023/24, 'last year' 2022/23); a figure in
brackets after another in a cell headed '2023/24 (2022/23)' is 2022/23's; 'Ethnic
minority staff' are the BME group.
"""

from __future__ import annotations

from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_p.render import B as Bullet
from benchmarks.heldout_p.render import Block, Grid, H, P
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported
from benchmarks.heldout_w import wres_w_figures as f

YEARS = ("2023/24", "2022/23")


def _pct(x: str) -> str:
    return f"{x}%"


def _ratio_words(i: int) -> str:
    return "White relative to BME" if i in (2, 4) else "BME relative to White"


# 1. a 'Measure | Value' table, each label packing indicator, group and year
def _packed() -> Layout:
    rows = [["Measure", "Value"]]
    both = {**f.PACKED, **f.PACKED_RATIOS}
    for i in sorted(both):
        for j, y in enumerate(YEARS):
            v = both[i]
            if isinstance(v, dict):
                rows += [[f"Indicator {i} – {g} – {y}", _pct(v[g][j])] for g in ("BME", "White")]
            else:
                rows.append(
                    [f"Indicator {i} – relative likelihood ({_ratio_words(i)}) – {y}", v[j]]
                )
    blocks: list[Block] = [
        H("Barugh Green NHS Trust"),
        H("WRES data submission 2024"),
        P("The values below are those submitted to NHS England, one value a row."),
        Grid(rows, header=True, widths=(8, 2)),
    ]
    return Layout(
        "a two-column 'Measure | Value' table, one figure a row, its label packing "
        "indicator, group and year into one cell ('Indicator 5 – BME – 2023/24')",
        blocks[0].text,
        blocks,
        _truth(f.PACKED, f.PACKED_RATIOS),
    )


# 2. a numbered list of the nine indicators, 'This year' / 'Last year' beneath each
def _this_last() -> Layout:
    blocks: list[Block] = [
        H("Cawthorne Moor NHS Trust"),
        H("Workforce Race Equality Standard report"),
        P(
            "In this report 'this year' means 2023/24 and 'last year' means 2022/23. "
            "Indicators 5 to 8 come from the NHS Staff Survey."
        ),
    ]
    both = {**f.THIS_LAST, **f.THIS_LAST_RATIOS}
    for i in sorted(both):
        blocks.append(P(f"{i}. {f.SHORT[i]}", "bold"))
        v = both[i]
        for j, when in enumerate(("This year", "Last year")):
            if isinstance(v, dict):
                blocks.append(Bullet(f"{when}: BME {v['BME'][j]}%, White {v['White'][j]}%"))
            else:
                blocks.append(Bullet(f"{when}: relative likelihood {v[j]}"))
    return Layout(
        "the nine indicators as a numbered list, each with 'This year:' and 'Last year:' "
        "bullets beneath, the years named only once in the opening sentence",
        blocks[0].text,
        blocks,
        _truth(f.THIS_LAST, f.THIS_LAST_RATIOS),
    )


# 3. indicators as rows, a cell per group 'this year (last year)'
def _bracketed() -> Layout:
    rows = [
        ["Indicator", "BME 2023/24 (2022/23)", "White 2023/24 (2022/23)", "Ratio 2023/24 (2022/23)"]
    ]
    both = {**f.BRACKETED, **f.BRACKETED_RATIOS}
    for i in sorted(both):
        v = both[i]
        if isinstance(v, dict):
            b, w = v["BME"], v["White"]
            rows.append([f"{i}. {f.SHORT[i]}", f"{b[0]}% ({b[1]}%)", f"{w[0]}% ({w[1]}%)", "—"])
        else:
            rows.append([f"{i}. {f.SHORT[i]}", "—", "—", f"{v[0]} ({v[1]})"])
    blocks: list[Block] = [
        H("Silkstone Common NHS Foundation Trust"),
        H("WRES summary table"),
        P("Last year's figure is shown in brackets after this year's."),
        Grid(rows, header=True, widths=(6, 3, 3, 3)),
    ]
    return Layout(
        "indicators as rows, a 'BME 2023/24 (2022/23)' and a 'White 2023/24 (2022/23)' "
        "column, each cell this year's figure with last year's in brackets ('30.7% "
        "(29.8%)'), the ratios in a column of their own",
        blocks[0].text,
        blocks,
        _truth(f.BRACKETED, f.BRACKETED_RATIOS),
    )


# 4. a paragraph a year with every indicator run together in it
def _run_on() -> Layout:
    blocks: list[Block] = [
        H("Penistone Dale NHS Trust"),
        H("Race equality in our workforce"),
        P("Our WRES figures for the last two years are summarised below, a paragraph a year."),
    ]
    both = {**f.RUN_ON, **f.RUN_ON_RATIOS}
    for j, y in enumerate(YEARS):
        parts = []
        for i in sorted(both):
            v = both[i]
            if isinstance(v, dict):
                parts.append(f"Indicator {i} – BME {v['BME'][j]}%, White {v['White'][j]}%")
            else:
                parts.append(f"Indicator {i} – {v[j]}")
        blocks += [P(f"{y} figures", "bold"), P("; ".join(parts) + ".")]
    return Layout(
        "a paragraph a year under a bold '2023/24 figures' line, all nine indicators run "
        "together in it ('Indicator 1 – BME 26.4%, White 70.9%; Indicator 2 – 1.26; …')",
        blocks[0].text,
        blocks,
        _truth(f.RUN_ON, f.RUN_ON_RATIOS),
    )


# 5. 'Indicator One' … headings, 'Ethnic minority staff' / 'White staff' lines
def _spelled() -> Layout:
    blocks: list[Block] = [
        H("Dodworth Grange NHS Trust"),
        H("Workforce Race Equality Standard 2023/24"),
        P("We use 'ethnic minority' for staff from Black, Asian and minority ethnic backgrounds."),
    ]
    for i in range(1, 10):
        blocks += [H(f"Indicator {f.WORDS[i]}"), P(f.SHORT[i])]
        if i in f.SPELLED:
            for g, word in (("BME", "Ethnic minority staff"), ("White", "White staff")):
                a, b = f.SPELLED[i][g]
                blocks.append(P(f"{word}: 2023/24 {a}%, 2022/23 {b}%"))
        else:
            a, b = f.SPELLED_RATIOS[i]
            blocks.append(P(f"Relative likelihood: 2023/24 {a}, 2022/23 {b}"))
    return Layout(
        "indicators under headings spelled out 'Indicator One' to 'Indicator Nine', each "
        "followed by 'Ethnic minority staff: 2023/24 x%, 2022/23 y%' and 'White staff: …' "
        "lines",
        blocks[0].text,
        blocks,
        _truth(f.SPELLED, f.SPELLED_RATIOS),
    )


LAYOUTS: list[Layout] = [_packed(), _this_last(), _bracketed(), _run_on(), _spelled()]
