"""Held-out set S, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to R (benchmarks/heldout_d .. heldout_r
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_s_figures.py).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to R apply them: a 31 March snapshot is the financial year it closes ("31 March 2024"
-> 2023/24); a year printed "2023/24" is that year, and so is one shortened "23/24";
relative likelihoods take their numerator group (White for 2 and 4, BME for 3); the
board's share is indicator 9 with the board's staff group (`board_voting`), the
workforce share indicator 1 with `overall`; a figure's group is the one the table's
key gives its place in a cell ("the upper figure is BME"). Not in the truth: national
figures, and the gaps (BME less White) a table prints beside the figures.
"""

from __future__ import annotations

from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_p.render import Block, Grid, H, P
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported
from benchmarks.heldout_s import wres_s_figures as f

YEARS = ("2023/24", "2022/23")
SHORT = {"2023/24": "23/24", "2022/23": "22/23"}
RATIO_WHO = {
    2: "White applicants were {x} times as likely as BME applicants to be appointed "
    "from shortlisting",
    3: "BME staff were {x} times as likely as White staff to enter the formal disciplinary process",
    4: "White staff were {x} times as likely as BME staff to access non-mandatory training and CPD",
}

SURVEY_SAID = {
    5: "reported harassment, bullying or abuse from patients or the public",
    6: "reported harassment, bullying or abuse from other staff",
    7: "believed the Trust offers equal opportunities for career progression",
    8: "experienced discrimination from a manager or colleague",
}


def _finding(ind: int, groups: dict) -> str:
    (b, b0), (w, w0) = groups["BME"], groups["White"]
    if ind == 1:
        return (
            f"Key finding: BME colleagues made up {b}% of the workforce at 31 March 2024 "
            f"and White colleagues {w}%, against {b0}% and {w0}% at 31 March 2023."
        )
    if ind == 9:
        return (
            f"Key finding: {b}% of the Board's voting members were BME in 2023/24 and "
            f"{w}% White; in 2022/23 the shares were {b0}% and {w0}%."
        )
    return (
        f"Key finding: {b}% of BME staff and {w}% of White staff {SURVEY_SAID[ind]} in "
        f"2023/24, compared with {b0}% and {w0}% in 2022/23."
    )


# 1. each indicator's figures stated in a 'Key finding:' callout box
def _callouts() -> Layout:
    blocks: list[Block] = [
        H("Arkengarthdale NHS Trust"),
        H("Our Workforce Race Equality Standard report 2024"),
        P(
            "Each section below explains one WRES indicator and what we are doing about "
            "it; the figures are gathered in the box at the end of the section."
        ),
    ]
    for ind, groups in f.CALLOUT.items():
        blocks.append(P(f"Indicator {ind}: {f.WORDS[ind]}", "bold"))
        blocks.append(
            P(
                "Our staff networks reviewed this indicator with the equality lead and "
                "agreed the actions in the plan at the end of this report."
            )
        )
        if ind in f.CALLOUT_NATIONAL:
            blocks.append(
                P(
                    f"For comparison, the average for trusts in England was "
                    f"{f.CALLOUT_NATIONAL[ind]}% for BME staff."
                )
            )
        blocks.append(Grid([[_finding(ind, groups)]]))
    for ind, (now, before) in f.CALLOUT_RATIOS.items():
        blocks.append(P(f"Indicator {ind}: {f.RATIO_WORDS[ind]}", "bold"))
        said = RATIO_WHO[ind].format(x=now)
        blocks.append(
            Grid([[f"Key finding: in 2023/24 {said}; in 2022/23 the figure was {before}."]])
        )
    return Layout(
        "a section an indicator, its figures stated only in a bordered 'Key finding:' "
        "callout box at the section's end, this year's and last year's in one sentence",
        blocks[0].text,
        blocks,
        _truth(f.CALLOUT, f.CALLOUT_RATIOS),
    )


def _bar(value: str, per: float) -> str:
    return "█" * max(1, round(float(value) / per))


# 2. a horizontal bar chart drawn in text: a bar per group and year, the figure at its end
def _text_bars() -> Layout:
    blocks: list[Block] = [
        H("Swaledale Upper NHS Foundation Trust"),
        H("WRES trends 2021/22 to 2023/24"),
        P(
            "The charts below are drawn as bars; the length of each bar shows the figure "
            "printed at its end."
        ),
    ]
    k = 0
    for ind, groups in f.BARS.items():
        k += 1
        blocks.append(P(f"Figure {k}. Indicator {ind} – {f.WORDS[ind]}", "bold"))
        for j, year in enumerate(f.BAR_YEARS):
            for g, values in groups.items():
                blocks.append(P(f"{year}  {g:<5}  {_bar(values[j], 4)} {values[j]}%"))
    for ind, values in f.BAR_RATIOS.items():
        k += 1
        blocks.append(P(f"Figure {k}. Indicator {ind} – {f.RATIO_WORDS[ind]} (ratio)", "bold"))
        blocks += [
            P(f"{year}  {_bar(x, 0.1)} {x}") for year, x in zip(f.BAR_YEARS, values, strict=True)
        ]
    return Layout(
        "horizontal bar charts drawn in text, a line per year and group: "
        "'2023/24  BME  ████████ 30.8%', the figure at the bar's end",
        blocks[0].text,
        blocks,
        _truth(f.BARS, f.BAR_RATIOS, years=f.BAR_YEARS),
    )


# 3. one table with the years as section rows and a gap column
def _year_sections() -> Layout:
    rows = [["Indicator", "BME", "White", "Gap (points)"]]
    ratios = [["Indicator", "Relative likelihood"]]
    for j, year in enumerate(YEARS):
        rows.append([f"Year {year}", "", "", ""])
        ratios.append([f"Year {year}", ""])
        for ind, groups in f.SECTIONS.items():
            b, w = groups["BME"][j], groups["White"][j]
            gap = f"{float(b) - float(w):+.1f}" if ind in (5, 6, 7, 8) else ""
            rows.append([f"{ind}. {f.WORDS[ind]}", f"{b}%", f"{w}%", gap])
        for ind, values in f.SECTION_RATIOS.items():
            ratios.append([f"{ind}. {f.RATIO_WORDS[ind]}", values[j]])
    blocks: list[Block] = [
        H("Wensleydale Forest NHS Trust"),
        H("WRES metrics: two-year comparison"),
        P("Percentages of BME and White staff", "bold"),
        Grid(rows, header=True, widths=(7, 2, 2, 3)),
        P("Relative likelihoods (White to BME for 2 and 4, BME to White for 3)", "bold"),
        Grid(ratios, header=True, widths=(7, 3)),
        P("The gap is the BME figure less the White figure, in percentage points."),
    ]
    return Layout(
        "one table with each year as a section row ('Year 2023/24') above the indicator "
        "rows, BME / White / 'Gap (points)' columns",
        blocks[0].text,
        blocks,
        _truth(f.SECTIONS, f.SECTION_RATIOS),
    )


# 4. a borderless grid: indicator names in a left gutter, two-level heads, short years
def _gutter() -> Layout:
    rows = [
        ["", "BME", "", "White", ""],
        ["", *(SHORT[y] for y in YEARS), *(SHORT[y] for y in YEARS)],
    ]
    for ind, groups in f.GUTTER.items():
        rows.append(
            [f"WRES {ind}: {f.WORDS[ind]}", *(f"{x}%" for g in ("BME", "White") for x in groups[g])]
        )
    ratios = [["", *(SHORT[y] for y in YEARS)]]
    for ind, values in f.GUTTER_RATIOS.items():
        ratios.append([f"WRES {ind}: {f.RATIO_WORDS[ind]} (relative likelihood)", *values])
    blocks: list[Block] = [
        H("Littondale Tarn NHS Trust"),
        H("Race equality data at a glance"),
        P(
            "Figures for the WRES years 2023/24 (shown 23/24) and 2022/23 (shown 22/23). "
            "Indicator 1 is at 31 March; indicator 9 is the Board's voting membership."
        ),
        Grid(rows, borders=False, widths=(8, 2, 2, 2, 2)),
        P("Likelihood ratios", "bold"),
        Grid(ratios, borders=False, widths=(8, 2, 2)),
    ]
    return Layout(
        "a borderless grid with the indicators named in a left gutter column, 'BME' and "
        "'White' over pairs of year columns shortened '23/24' / '22/23'",
        blocks[0].text,
        blocks,
        _truth(f.GUTTER, f.GUTTER_RATIOS),
    )


# 5. the BME figure over the White figure in one cell, a key saying which is which
def _stacked() -> Layout:
    old_first = tuple(reversed(YEARS))
    rows = [["WRES indicator", *old_first]]
    for ind, groups in f.STACKED.items():
        cells = [
            f"{groups['BME'][YEARS.index(y)]}%\n{groups['White'][YEARS.index(y)]}%"
            for y in old_first
        ]
        rows.append([f"{ind}. {f.WORDS[ind]}", *cells])
    ratios = [["WRES indicator", *old_first]]
    for ind, values in f.STACKED_RATIOS.items():
        ratios.append(
            [f"{ind}. {f.RATIO_WORDS[ind]}", *(values[YEARS.index(y)] for y in old_first)]
        )
    blocks: list[Block] = [
        H("Coverhead Valley NHS Trust"),
        H("WRES summary 2024"),
        P(
            "Key: in each cell of the first table the upper figure is for BME staff and "
            "the lower figure for White staff."
        ),
        Grid(rows, header=True, widths=(7, 3, 3)),
        P("Relative likelihoods (White to BME for 2 and 4, BME to White for 3)", "bold"),
        Grid(ratios, header=True, widths=(7, 3, 3)),
    ]
    return Layout(
        "two figures stacked in each cell, the BME figure above the White one, told apart "
        "only by a key above the table; the oldest year first",
        blocks[0].text,
        blocks,
        _truth(f.STACKED, f.STACKED_RATIOS),
    )


LAYOUTS: list[Layout] = [_callouts(), _text_bars(), _year_sections(), _gutter(), _stacked()]
