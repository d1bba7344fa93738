"""Held-out set K, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to J (benchmarks/heldout_d .. heldout_j
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_k_figures.py).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to J apply them (benchmarks/heldout_j/wres_j.py): a 31 March snapshot is the financial
year it closes; a staff survey year is its own financial year ("2023 survey" ->
2023/24); a year printed "2023/24" is that year; a WRES report year is its data year
("WRES 2024" -> 2023/24); relative likelihoods take their numerator group (White for 2
and 4, BME for 3); the board's share is indicator 9 with the board's staff group
(`board_voting`), the whole workforce's share printed beside it is indicator 9,
`percentage`, staff group `overall`, and the board's difference from the workforce in
percentage points is indicator 9's `difference` for `board_voting`. Not in the truth:
national, regional and England comparators, the gap in points between BME and White
staff on survey indicators, figures of one division (a part of the trust), board member
counts, and suppressed cells ("*", "<10 cases").
"""

from __future__ import annotations

from benchmarks.heldout_e.wres_e import Layout, _pc, _rl, _t
from benchmarks.heldout_k import wres_k_figures as f
from benchmarks.heldout_k.render import Block, Grid, H, P, T

SURVEY_PERIOD = {"2021": "2021/22", "2022": "2022/23", "2023": "2023/24"}
THIS, PREVIOUS = "2023/24", "2022/23"
TREND_YEARS = ("2021/22", "2022/23", "2023/24")


def _gap(bme: str, white: str) -> str:
    return f"{abs(float(bme) - float(white)):.1f}"


# 1. the gap in points first, the BME and White figures in brackets after it
def _gaps() -> Layout:
    w = f.GAP_WORKFORCE
    blocks: list[Block] = [
        H("Hinton Ampner Healthcare NHS Trust"),
        H("WRES 2024: how far apart are BME and White staff?"),
        P(
            f"Workforce at 31 March 2024: BME {w['BME']}% of staff, White {w['White']}%, "
            f"ethnicity not stated {w['Unknown']}%."
        ),
        P(
            "For each staff survey indicator we give the gap first, then the two figures. "
            "National figures are the average for acute trusts in England."
        ),
    ]
    truth = [_t(1, "percentage", "overall", None, g, THIS, float(x)) for g, x in w.items()]
    for ind, years in f.GAP_SURVEY.items():
        blocks.append(P(f"Indicator {ind}: {f.SURVEY_WORDS[ind]}", "bold"))
        for year, (bme, white) in years.items():
            blocks.append(
                P(f"{year} survey: gap {_gap(bme, white)} points (BME {bme}%, White {white}%)")
            )
            truth += [
                _pc(ind, "BME", SURVEY_PERIOD[year], float(bme)),
                _pc(ind, "White", SURVEY_PERIOD[year], float(white)),
            ]
        blocks.append(P(f"National BME figure, 2023 survey: {f.GAP_NATIONAL[ind]}%", "italic"))
        if ind == 5:
            b, wh = f.GAP_DIVISION
            blocks.append(
                P(f"Community Services division only, 2023 survey: BME {b}%, White {wh}%.")
            )
    blocks.append(P("Next steps will be agreed with the Race Equality Network in the spring."))
    return Layout(
        "the gap in points first, then 'BME x%, White y%' in brackets, a line a survey year",
        blocks[0].text,
        blocks,
        truth,
    )


# 2. three years in one cell joined by arrows, the years in the column heading
def _arrows() -> Layout:
    rows = [["Indicator", "Staff", " → ".join(TREND_YEARS), "National 2023/24"]]
    truth = []
    for (ind, group), values in f.TREND.items():
        rl = ind in (2, 3, 4)
        unit = "" if rl else "%"
        label = "Board voting members" if ind == 9 else group
        cells = " → ".join(f"{x}{unit}" for x in values)
        national = f.TREND_NATIONAL[(ind, group)] + unit
        rows.append([str(ind), f"{group} (ratio)" if rl else label, cells, national])
        for period, x in zip(TREND_YEARS, values, strict=True):
            if rl:
                truth.append(_rl(ind, period, float(x)))
            elif ind == 9:
                truth.append(_t(9, "percentage", "board_voting", None, "BME", period, float(x)))
            elif ind == 1:
                truth.append(_t(1, "percentage", "overall", None, group, period, float(x)))
            else:
                truth.append(_pc(ind, group, period, float(x)))
    blocks: list[Block] = [
        H("Kimpton Hoo NHS Foundation Trust"),
        H("Three-year WRES trend"),
        P(
            "Indicator 1 is the workforce at 31 March of each year's end; indicators 5 to 8 "
            "come from the staff survey of the year (2021, 2022 and 2023); ratios above 1.00 "
            "favour the first group named in the indicator."
        ),
        Grid(rows, header=True, widths=(3, 6, 10, 4)),
        P("Indicator numbers follow the national WRES technical guidance.", "italic"),
    ]
    return Layout(
        "three years in one cell joined by arrows ('15.2% → 16.8% → 18.1%'), the years "
        "in the column heading",
        blocks[0].text,
        blocks,
        truth,
    )


# 3. a measure / value table per indicator, the group and unit in the row label
def _measure_value() -> Layout:
    blocks: list[Block] = [
        H("Lockeridge Dene NHS Trust"),
        H("Workforce Race Equality Standard 2024 (data year 2023/24)"),
        P("Each table gives a measure and its value; percentages are shown without a % sign."),
    ]
    truth = []
    rows = [["Measure", "Value"]]
    for group, x in f.MEASURE_WORKFORCE.items():
        label = "Ethnicity not stated" if group == "Unknown" else f"{group} staff"
        rows.append([f"{label} (% of workforce)", x])
        truth.append(_t(1, "percentage", "overall", None, group, THIS, float(x)))
    blocks += [P("Indicator 1: workforce", "bold"), Grid(rows, header=True, widths=(9, 3))]
    rows = [["Measure", "Value"]]
    for ind, x in f.MEASURE_LIKELIHOODS.items():
        rows.append([f"Relative likelihood: {f.LIKELIHOOD_WORDS[ind]}", x])
        truth.append(_rl(ind, THIS, float(x)))
    blocks += [P("Indicators 2 to 4", "bold"), Grid(rows, header=True, widths=(9, 3))]
    for ind, (bme, white) in f.MEASURE_SURVEY.items():
        rows = [
            ["Measure", "Value"],
            ["BME staff (%)", bme],
            ["White staff (%)", white],
            ["Ethnicity not stated (%)", "*"],
            ["National average, BME staff (%)", f.MEASURE_NATIONAL[ind]],
        ]
        truth += [_pc(ind, "BME", THIS, float(bme)), _pc(ind, "White", THIS, float(white))]
        blocks += [P(f"Indicator {ind}: {f.SURVEY_WORDS[ind]}", "bold"), Grid(rows, header=True)]
    board, workforce, diff = f.MEASURE_BOARD
    rows = [
        ["Measure", "Value"],
        ["Board voting members, BME (%)", board],
        ["Overall workforce, BME (%)", workforce],
        ["Difference (percentage points)", diff],
    ]
    truth += [
        _t(9, "percentage", "board_voting", None, "BME", THIS, float(board)),
        _t(9, "percentage", "overall", None, "BME", THIS, float(workforce)),
        _t(9, "difference", "board_voting", None, "BME", THIS, float(diff)),
    ]
    blocks += [P("Indicator 9: board membership", "bold"), Grid(rows, header=True)]
    blocks.append(P("* fewer than ten respondents: not published.", "italic"))
    return Layout(
        "a measure / value table per indicator, group and unit in the row label, no % signs",
        blocks[0].text,
        blocks,
        truth,
    )


# 4. questions as headings, the figures in the prose answers
def _questions() -> Layout:
    (b24, w24), (b23, w23) = f.QA_WORKFORCE["2024"], f.QA_WORKFORCE["2023"]
    blocks: list[Block] = [
        H("Manningford Bohune Community NHS Trust"),
        H("Our WRES 2024: your questions answered"),
        H("What does indicator 1 tell us?"),
        P(
            f"At 31 March 2024, {b24}% of our staff were from BME backgrounds and {w24}% were "
            f"White. A year earlier, at 31 March 2023, the figures were {b23}% and {w23}%."
        ),
    ]
    truth = [
        _t(1, "percentage", "overall", None, "BME", THIS, float(b24)),
        _t(1, "percentage", "overall", None, "White", THIS, float(w24)),
        _t(1, "percentage", "overall", None, "BME", PREVIOUS, float(b23)),
        _t(1, "percentage", "overall", None, "White", PREVIOUS, float(w23)),
    ]
    for ind, (now, before) in f.QA_LIKELIHOODS.items():
        words = f.LIKELIHOOD_WORDS[ind].split(", relative to ")
        text = f"In 2023/24 the likelihood of {words[0]} was {now} times that of {words[1]}."
        if before:
            text += f" In 2022/23 it was {before}."
            truth.append(_rl(ind, PREVIOUS, float(before)))
        truth.append(_rl(ind, THIS, float(now)))
        blocks += [H(f"What does indicator {ind} tell us?"), P(text)]
    for ind, (bme, white) in f.QA_SURVEY.items():
        blocks += [
            H(f"What does indicator {ind} tell us?"),
            P(
                f"In the 2023 NHS Staff Survey, {bme}% of BME staff and {white}% of White staff "
                f"were {f.SURVEY_WORDS[ind].replace('staff ', '', 1)}. The average for "
                f"community trusts in our region was {f.QA_REGIONAL[ind]}% for BME staff."
            ),
        ]
        truth += [_pc(ind, "BME", THIS, float(bme)), _pc(ind, "White", THIS, float(white))]
    members, of, share = f.QA_BOARD
    blocks += [
        H("What does indicator 9 tell us?"),
        P(
            f"On 31 March 2024, {members} of our {of} voting board members ({share}%) were "
            "from BME backgrounds."
        ),
    ]
    truth.append(_t(9, "percentage", "board_voting", None, "BME", THIS, float(share)))
    return Layout(
        "questions as headings ('What does indicator 5 tell us?'), figures in prose answers",
        blocks[0].text,
        blocks,
        truth,
    )


# 5. one table with BME / White / gap / England columns, the period in a merged first row
def _comparators() -> Layout:
    names = {1: "Share of the workforce", 9: "Board voting members"}
    names |= {i: f"{f.SURVEY_WORDS[i][0].upper()}{f.SURVEY_WORDS[i][1:]}" for i in (5, 6, 7, 8)}
    rows = [["Indicator", "BME", "White", "Gap (points)", "England (BME)"]]
    truth = []
    for ind, (bme, white, england) in f.COMPARE_ROWS.items():
        rows.append(
            [f"{ind}. {names[ind]}", f"{bme}%", f"{white}%", _gap(bme, white), f"{england}%"]
        )
        sg = {1: "overall", 9: "board_voting"}.get(ind)
        for group, x in (("BME", bme), ("White", white)):
            truth.append(_t(ind, "percentage", sg, None, group, THIS, float(x)))
    ratios = [["Indicator", "Trust", "England"]]
    for ind, (trust, england) in f.COMPARE_LIKELIHOODS.items():
        ratios.append([f"{ind}. {f.LIKELIHOOD_WORDS[ind]}", trust, england])
        if not trust.startswith("<"):
            truth.append(_rl(ind, THIS, float(trust)))
    blocks: list[Block] = [
        H("Netheravon Coast NHS Trust"),
        H("Race equality in our workforce"),
        T(rows, spans=[("Staff survey 2023 and workforce at 31 March 2024", 5)]),
        T(ratios, spans=[("Relative likelihoods, 2023/24", 3)]),
        P("England figures are the national WRES averages published for the same year."),
    ]
    return Layout(
        "one table with BME / White / gap / England columns, the period only in a merged first row",
        blocks[0].text,
        blocks,
        truth,
    )


LAYOUTS: list[Layout] = [_gaps(), _arrows(), _measure_value(), _questions(), _comparators()]
