"""Held-out set F, WRES half: four layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py, set D (benchmarks/heldout_d/wres_d.py) or set E
(benchmarks/heldout_e/wres_e.py), written for issue #13 in words and figures of our own
(fictional trusts), truth typed by hand.

The truth follows the conventions of benchmarks/wres_heldout.py's docstring: a
31 March snapshot (however the date is written) is the financial year it closes; a
staff survey year is its own financial year ("2023 survey" -> 2023/24); relative
likelihoods take their numerator group (White for 2 and 4, BME for 3); national
figures, changes and headcounts are not in the truth.
"""

from __future__ import annotations

from benchmarks.heldout_d.render import Block, H, P, T
from benchmarks.heldout_e.wres_e import Layout, _pc, _rl, _t


# 1. a long ("tidy") table: one row per indicator, group and year
def _long_table() -> Layout:
    rows = [
        ["Indicator", "Ethnic group", "Year", "Trust figure"],
        ["Indicator 5", "BME", "2023 staff survey", "27.9%"],
        ["Indicator 5", "White", "2023 staff survey", "22.6%"],
        ["Indicator 6", "BME", "2023 staff survey", "25.1%"],
        ["Indicator 6", "White", "2023 staff survey", "21.8%"],
        ["Indicator 7", "BME", "2023 staff survey", "45.3%"],
        ["Indicator 7", "White", "2023 staff survey", "57.9%"],
        ["Indicator 8", "BME", "2023 staff survey", "14.7%"],
        ["Indicator 8", "White", "2023 staff survey", "6.4%"],
    ]
    blocks: list[Block] = [
        H("Gorsehill Teaching Hospitals NHS Trust"),
        H("WRES 2024: staff survey indicators 5 to 8"),
        P("One row per indicator and ethnic group, from the 2023 NHS Staff Survey."),
        T(rows),
    ]
    truth = [_pc(int(r[0][-1]), r[1], "2023/24", float(r[3].rstrip("%"))) for r in rows[1:]]
    return Layout(
        "long table: indicator, group, year, figure",
        "Gorsehill Teaching Hospitals NHS Trust",
        blocks,
        truth,
    )


# 2. prose with "per cent" spelled out instead of "%"
def _per_cent_prose() -> Layout:
    blocks: list[Block] = [
        H("Brockhurst Community Health NHS Trust: Workforce Race Equality Standard report 2024"),
        P(
            "At 31 March 2024, 13.6 per cent of our workforce were from Black, Asian and "
            "minority ethnic (BME) backgrounds."
        ),
        P(
            "In the 2023 NHS Staff Survey, 26.2 per cent of BME staff said they had "
            "experienced harassment, bullying or abuse from patients, relatives or the public "
            "in the last 12 months, compared with 23.5 per cent of White staff."
        ),
        P(
            "Asked whether the Trust provides equal opportunities for career progression or "
            "promotion, 49.8 per cent of BME staff agreed, against 59.1 per cent of White staff "
            "(2023 NHS Staff Survey)."
        ),
        P("Two of our eleven voting board members (18.2 per cent) are from BME backgrounds."),
    ]
    p = "2023/24"
    truth = [
        _t(1, "percentage", "overall", None, "BME", p, 13.6),
        _pc(5, "BME", p, 26.2),
        _pc(5, "White", p, 23.5),
        _pc(7, "BME", p, 49.8),
        _pc(7, "White", p, 59.1),
        _t(9, "percentage", "board_voting", None, "BME", p, 18.2),
    ]
    return Layout(
        "per cent spelled out in prose", "Brockhurst Community Health NHS Trust", blocks, truth
    )


# 3. relative likelihoods written as ratios "1.29:1"
def _colon_ratios() -> Layout:
    rows = [
        ["WRES indicator", "2022/23", "2023/24"],
        ["2. Appointment from shortlisting (White : BME)", "1.52:1", "1.29:1"],
        ["3. Entering the formal disciplinary process (BME : White)", "1.63:1", "1.41:1"],
        ["4. Accessing non-mandatory training and CPD (White : BME)", "1.07:1", "0.96:1"],
    ]
    blocks: list[Block] = [
        H("Mardale Lakes NHS Foundation Trust"),
        H("Relative likelihoods, WRES indicators 2 to 4"),
        P("Each ratio compares the first group's likelihood with the second's."),
        T(rows),
    ]
    truth = []
    for r in rows[1:]:
        for period, cell in zip(("2022/23", "2023/24"), r[1:], strict=True):
            truth.append(_rl(int(r[0][0]), period, float(cell.split(":")[0])))
    return Layout(
        "relative likelihoods as n:1 ratios", "Mardale Lakes NHS Foundation Trust", blocks, truth
    )


# 4. indicator 1 by staff group with snapshot dates written 31/03/2023 and 31/03/2024
def _numeric_snapshot_dates() -> Layout:
    rows = [
        ["Staff group", "BME % at 31/03/2023", "BME % at 31/03/2024"],
        ["Clinical", "22.4%", "24.0%"],
        ["Non-clinical", "11.8%", "12.9%"],
        ["All staff", "18.3%", "19.7%"],
    ]
    blocks: list[Block] = [
        H("Kingsdown Vale NHS Trust"),
        H("WRES indicator 1: BME share of each staff group"),
        P("Percentages of headcount; staff who did not state their ethnicity are included."),
        T(rows),
    ]
    groups = {"Clinical": "clinical", "Non-clinical": "non_clinical", "All staff": "overall"}
    truth = []
    for r in rows[1:]:
        for period, cell in zip(("2022/23", "2023/24"), r[1:], strict=True):
            truth.append(
                _t(1, "percentage", groups[r[0]], None, "BME", period, float(cell.rstrip("%")))
            )
    return Layout(
        "indicator 1 by staff group, dates as 31/03/YYYY", "Kingsdown Vale NHS Trust", blocks, truth
    )


LAYOUTS: list[Layout] = [
    _long_table(),
    _per_cent_prose(),
    _colon_ratios(),
    _numeric_snapshot_dates(),
]
