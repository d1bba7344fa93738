"""Held-out set H, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to G (benchmarks/heldout_d .. heldout_g
wres_*.py), written for issue #13 in words and figures of our own (fictional trusts),
truth typed by hand.

The truth follows the conventions of benchmarks/wres_heldout.py's docstring: a
31 March snapshot is the financial year it closes; a staff survey year is its own
financial year ("2023 survey" -> 2023/24); a WRES report year is its data year ("WRES
2024" -> 2023/24, whose staff survey is the 2023 one); relative likelihoods take their
numerator group (White for 2 and 4, BME for 3); "global majority" and "ethnic minority"
staff are BME (DESIGN.md); "x in every 100" is the percentage x; the board's
difference from the workforce in percentage points is indicator 9's `difference`
(DESIGN.md's measure for it), with the board voting staff group; headcounts,
shortlisting and appointment counts, changes and national figures are not in the
truth.
"""

from __future__ import annotations

from benchmarks.heldout_d.render import H, P, T
from benchmarks.heldout_e.wres_e import Layout, _pc, _rl, _t
from benchmarks.heldout_h.render import Block, Grid
from benchmarks.heldout_h.wres_h_figures import (
    BY_YEAR,
    CODED,
    IN_100,
    WIDE,
    WIDE_BANDS,
    WIDE_ROWS,
    WORKED,
)


# 1. years as rows, the two groups as columns: a small table for each survey indicator
def _years_as_rows() -> Layout:
    blocks: list[Block] = [
        H("Quenby Hall Mental Health NHS Trust"),
        H("Staff survey indicators: four years of results"),
        P(
            "We use the term global majority for colleagues from Black, Asian and other "
            "minority ethnic backgrounds. Each table shows the percentage of respondents."
        ),
    ]
    truth = []
    for ind, (words, years) in BY_YEAR.items():
        rows = [["Survey year", "White", "Global majority"]]
        for year, (white, gm) in years.items():
            rows.append([year, f"{white}%", f"{gm}%"])
            period = f"{year}/{int(year[2:]) + 1}"
            truth += [_pc(ind, "White", period, float(white)), _pc(ind, "BME", period, float(gm))]
        blocks += [P(f"Indicator {ind}: {words}", "bold"), T(rows)]
    return Layout(
        "years as rows, groups as columns, a table an indicator", blocks[0].text, blocks, truth
    )


# 2. an infographic-like run of short lines, figures as "x in every 100"
def _in_every_100() -> Layout:
    blocks: list[Block] = [
        H("Rivington Pike Hospitals NHS Trust"),
        H("Race equality in numbers: what our people told us in the 2023 staff survey"),
    ]
    truth = []
    for ind, group, now, before, caption in IN_100:
        blocks += [
            P(f"{now} in every 100", "bold"),
            P(caption),
            P(f"(2022 survey: {before} in every 100)"),
        ]
        truth += [_pc(ind, group, "2023/24", float(now)), _pc(ind, group, "2022/23", float(before))]
    blocks += [
        H("Our workforce"),
        P("22 in every 100", "bold"),
        P("of our staff were from an ethnic minority background on 31 March 2024"),
        P("(31 March 2023: 20 in every 100)"),
    ]
    truth += [
        _t(1, "percentage", "overall", None, "BME", "2023/24", 22.0),
        _t(1, "percentage", "overall", None, "BME", "2022/23", 20.0),
    ]
    return Layout("figures as 'x in every 100', a short line each", blocks[0].text, blocks, truth)


# 3. the WRES template with sub-coded indicators (WRES 1a, 5b, 9b), unit column, two years
def _coded() -> Layout:
    rows = [["Code", "Measure", "Unit", "WRES 2023", "WRES 2024"]]
    truth = []
    for code, words, unit, before, after, (ind, measure, sg, group) in CODED:
        rows.append([f"WRES {code}", words, unit, before, after])
        truth.append(_t(ind, measure, sg, None, group, "2022/23", float(before)))
        truth.append(_t(ind, measure, sg, None, group, "2023/24", float(after)))
    blocks: list[Block] = [
        H("Stonebridge Park NHS Foundation Trust"),
        H("Workforce Race Equality Standard: data return summary"),
        P(
            "Indicators carry the sub-codes of our data return: a letter after the number "
            "marks the staff group (1a to 1c) or the group of respondents (a for BME, b for "
            "White). A WRES year reports the previous financial year's data."
        ),
        T(rows),
    ]
    return Layout(
        "indicator sub-codes WRES 1a / 9b with a unit column", blocks[0].text, blocks, truth
    )


# 4. a wide table: pay bands as columns, staff group and ethnic group as rows
def _bands_as_columns() -> Layout:
    rows = [["Staff group", "Ethnicity", *WIDE_BANDS]]
    truth = []
    for (sg, group), values in WIDE.items():
        rows.append([WIDE_ROWS[sg], group, *values])
        for band, value in zip(WIDE_BANDS, values, strict=True):
            truth.append(_t(1, "percentage", sg, band, group, "2023/24", float(value)))
    blocks: list[Block] = [
        H("Thornaby Vale NHS Trust"),
        H("Indicator 1: percentage of staff in each pay band by ethnicity, 31 March 2024"),
        P(
            "Percentages are of each band's headcount; staff who did not state an ethnicity make up the rest."
        ),
        Grid(rows, widths=(14, 10, *[7] * len(WIDE_BANDS))),  # a wide label column
    ]
    return Layout(
        "pay bands as columns, staff and ethnic group as rows", blocks[0].text, blocks, truth
    )


# 5. relative likelihoods shown with the counts they are worked out from, three years
def _worked_likelihoods() -> Layout:
    blocks: list[Block] = [
        H("Upperthorpe Ambulance Service NHS Trust"),
        H("How our relative likelihoods are worked out"),
        P(
            "Each ratio divides one group's rate by the other's; the counts behind it are "
            "shown so that the calculation can be checked."
        ),
    ]
    truth = []
    for ind, (heading, columns, years) in WORKED.items():
        rows = [["Financial year", *columns, "Relative likelihood"]]
        for year, (*counts, ratio) in years.items():
            rows.append([year, *counts, ratio])
            truth.append(_rl(ind, year, float(ratio)))
        blocks += [P(heading, "bold"), T(rows)]
    return Layout(
        "relative likelihoods beside the counts behind them", blocks[0].text, blocks, truth
    )


LAYOUTS: list[Layout] = [
    _years_as_rows(),
    _in_every_100(),
    _coded(),
    _bands_as_columns(),
    _worked_likelihoods(),
]
