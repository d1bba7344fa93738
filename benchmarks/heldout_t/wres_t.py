"""Held-out set T, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to S (benchmarks/heldout_d .. heldout_s
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_t_figures.py).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to S apply them: a year printed "2023/24" is that year; relative likelihoods take
their numerator group (White for 2 and 4, BME for 3); the board's share is indicator 9
with the board's staff group (`board_voting`), the workforce share indicator 1 with
`overall`. Not in the truth: national figures, targets, the change from last year a
table prints beside the figures, and shares written in words ("around one in five").
"""

from __future__ import annotations

from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_p.render import B as Bullet
from benchmarks.heldout_p.render import Block, Grid, H, P
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported
from benchmarks.heldout_t import wres_t_figures as f

YEARS = ("2023/24", "2022/23")
NUMERATOR = {2: "White", 3: "BME", 4: "White"}
SHORT_NAMES = {
    1: "Workforce",
    5: "Public H&B",
    6: "Staff H&B",
    7: "Equal opps",
    8: "Discrim.",
    9: "Board",
}


# 1. one wide table: the groups as rows, each indicator a column group of two years
def _wide() -> Layout:
    inds = list(f.WIDE)
    head = [""] + [x for i in inds for x in (f"Indicator {i} {SHORT_NAMES[i]}", "")]
    years = ["Group"] + [y for _ in inds for y in YEARS]
    rows = [head, years]
    for g in ("BME", "White"):
        rows.append([g, *(f"{x}%" for i in inds for x in f.WIDE[i][g])])
    rhead = [""] + [x for i in f.WIDE_RATIOS for x in (f"Indicator {i}", "")]
    ratios = [rhead, ["Numerator group"] + [y for _ in f.WIDE_RATIOS for y in YEARS]]
    for g in ("BME", "White"):
        ratios.append(
            [g, *(x if NUMERATOR[i] == g else "–" for i, v in f.WIDE_RATIOS.items() for x in v)]
        )
    blocks: list[Block] = [
        H("Wythburn Chapel NHS Trust"),
        H("Workforce Race Equality Standard: the nine indicators side by side"),
        P(
            "Each indicator is a pair of columns, this year first. Indicators 2 to 4 are "
            "relative likelihoods, shown in the row of the group that is more likely."
        ),
        Grid(rows, header=True, widths=(3, *([2] * 12))),
        P("Relative likelihoods (indicators 2, 3 and 4)", "bold"),
        Grid(ratios, header=True, widths=(4, *([2] * 6))),
    ]
    return Layout(
        "one wide table with the indicators as column groups of two years each "
        "(this year first) and the ethnic groups as its rows; the likelihood ratios "
        "in the row of the group more likely, '–' in the other",
        blocks[0].text,
        blocks,
        _truth(f.WIDE, f.WIDE_RATIOS),
    )


# 2. a slide deck: one indicator a page, a big figure and a 'vs 2022/23:' line
def _slides() -> Layout:
    blocks: list[Block] = [H("Thirlmere Dam NHS Trust"), H("WRES 2024 – board briefing slides")]
    slide = iter(range(2, 20))  # slide 1 is the title
    for ind, groups in f.SLIDES.items():
        (b, b0), (w, w0) = groups["BME"], groups["White"]
        blocks += [
            H(f"Slide {next(slide)}: Indicator {ind}"),
            P(f.WORDS[ind]),
            P(f"BME  {b}%", "bold"),
            P(f"White  {w}%", "bold"),
            P(f"vs 2022/23: BME {b0}%, White {w0}%"),
        ]
        if ind in f.SLIDE_TARGETS:
            blocks.append(P(f"Our 2025 ambition for BME staff: {f.SLIDE_TARGETS[ind]}%"))
    for ind, (now, before) in f.SLIDE_RATIOS.items():
        blocks += [
            H(f"Slide {next(slide)}: Indicator {ind}"),
            P(f.RATIO_WORDS[ind]),
            P(f"{now} times", "bold"),
            P(f"vs 2022/23: {before}"),
        ]
    return Layout(
        "a slide deck printed as pages, one indicator a slide: this year's figures large "
        "on lines of their own ('BME  27.9%'), last year's on a 'vs 2022/23:' line, "
        "an ambition figure on some slides",
        blocks[0].text,
        blocks,
        _truth(f.SLIDES, f.SLIDE_RATIOS),
    )


# 3. an appendix table in long format: Indicator | Year | Group | Value | Notes
def _long() -> Layout:
    rows = [["Indicator", "Year", "Group", "Value", "Notes"]]
    for ind, groups in f.LONG.items():
        for g, values in groups.items():
            for y, x in zip(YEARS, values, strict=True):
                note = "revised" if (ind, g, y) in f.REVISED else ""
                rows.append([str(ind), y, g, f"{x}%", note])
    for ind, values in f.LONG_RATIOS.items():
        for y, x in zip(YEARS, values, strict=True):
            note = "revised" if (ind, None, y) in f.REVISED else ""
            rows.append([str(ind), y, f"{NUMERATOR[ind]} to {_other(ind)}", x, note])
    blocks: list[Block] = [
        H("Grasmere Vale NHS Trust"),
        H("Appendix B: WRES data table"),
        P(
            "One row per indicator, year and group. Values for indicators 2 to 4 are "
            "relative likelihoods; 'revised' marks a figure corrected since last year's "
            "report."
        ),
        Grid(rows, header=True, widths=(2, 2, 3, 2, 2)),
    ]
    return Layout(
        "an appendix table in long format, one figure a row: 'Indicator | Year | Group | "
        "Value | Notes', some notes 'revised'",
        blocks[0].text,
        blocks,
        _truth(f.LONG, f.LONG_RATIOS),
    )


def _other(ind: int) -> str:
    return "White" if NUMERATOR[ind] == "BME" else "BME"


# 4. a paragraph list: '• Indicator 5: BME 31.4%, White 26.2% (2023/24)'
def _bullets() -> Layout:
    blocks: list[Block] = [
        H("Rydal Mount NHS Foundation Trust"),
        H("Race equality in our workforce: the figures"),
        P("The WRES figures for the last two years are listed below."),
    ]
    for y in YEARS:
        j = YEARS.index(y)
        for ind, groups in f.BULLETS.items():
            line = f"Indicator {ind}: BME {groups['BME'][j]}%, White {groups['White'][j]}% ({y})"
            blocks.append(Bullet(line))
        for ind, values in f.BULLET_RATIOS.items():
            blocks.append(Bullet(f"Indicator {ind}: {values[j]} ({y})"))
    blocks.append(
        P(
            "National comparison (all trusts, 2023/24): indicator 5 "
            f"{f.BULLET_NATIONAL[5]}%, indicator 6 {f.BULLET_NATIONAL[6]}%, indicator 7 "
            f"{f.BULLET_NATIONAL[7]}% for BME staff."
        )
    )
    return Layout(
        "a bulleted list of one-line statements 'Indicator 5: BME 31.4%, White 26.2% "
        "(2023/24)', a line per indicator and year, the ratios 'Indicator 2: 1.44 (2023/24)'",
        blocks[0].text,
        blocks,
        _truth(f.BULLETS, f.BULLET_RATIOS),
    )


# 5. a table a group, year columns and a change column, a summary in words above
def _change() -> Layout:
    blocks: list[Block] = [
        H("Elterwater Common NHS Trust"),
        H("WRES report 2023/24"),
        P(
            "Around one in five of our staff are from a BME background, and nearly half "
            "of BME staff believe they have equal chances of promotion."
        ),
    ]
    for g in ("BME", "White"):
        rows = [["Indicator", "2023/24", "2022/23", "Change"]]
        for ind, groups in f.CHANGE.items():
            now, before = groups[g]
            change = f"{float(now) - float(before):+.1f}"
            rows.append([f"{ind}. {f.WORDS[ind]}", f"{now}%", f"{before}%", change])
        blocks += [P(f"{g} staff", "bold"), Grid(rows, header=True, widths=(8, 2, 2, 2))]
    rows = [["Indicator", "2023/24", "2022/23"]]
    rows += [[f"{i}. {f.RATIO_WORDS[i]}", *v] for i, v in f.CHANGE_RATIOS.items()]
    blocks += [P("Relative likelihoods", "bold"), Grid(rows, header=True, widths=(8, 2, 2))]
    return Layout(
        "a table per ethnic group headed only by a line 'BME staff' / 'White staff' above "
        "it, year columns and a signed 'Change' column, a summary in words above",
        blocks[0].text,
        blocks,
        _truth(f.CHANGE, f.CHANGE_RATIOS),
    )


LAYOUTS: list[Layout] = [_wide(), _slides(), _long(), _bullets(), _change()]
