"""Held-out set M, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to K (benchmarks/heldout_d .. heldout_k
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_m_figures.py).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to K apply them (benchmarks/heldout_k/wres_k.py): a 31 March snapshot is the financial
year it closes; a staff survey year is its own financial year ("2023 survey" ->
2023/24); a year printed "2023/24" is that year; a WRES report year is its data year
("WRES 2024" -> 2023/24); relative likelihoods take their numerator group (White for 2
and 4, BME for 3); the board's share is indicator 9 with the board's staff group
(`board_voting`). The old "Metric N" numbering is indicator N. Not in the truth:
national, regional and England comparators, a partner trust's figures printed beside
the reporting trust's, the two likelihoods a relative likelihood is worked out from,
and suppressed cells ("*", "–", "fewer than 11 responses").
"""

from __future__ import annotations

from benchmarks.heldout_e.wres_e import Layout, _rl, _t
from benchmarks.heldout_m import wres_m_figures as f
from benchmarks.heldout_m.render import B, Block, Grid, H, P, T

REPORT_YEAR = {"2024": "2023/24", "2023": "2022/23"}
THIS, PREVIOUS = "2023/24", "2022/23"


def _fig(ind: int, group: str | None, period: str, value: str) -> dict:
    if group is None:
        return _rl(ind, period, float(value))
    sg = {1: "overall", 9: "board_voting"}.get(ind)
    return _t(ind, "percentage", sg, None, group, period, float(value))


def _move(now: str, before: str) -> str:
    return "up from" if float(now) > float(before) else "down from"


# 1. a sentence an indicator, this year's figure bolded mid-sentence, last year's after it
def _sentences() -> Layout:
    blocks: list[Block] = [
        H("Quantock Hills NHS Trust"),
        H("WRES 2024 at a glance"),
        P("Each sentence compares this year's report with last year's."),
    ]
    truth = []
    for (ind, group), (now, before) in f.SENTENCES.items():
        move = f"{_move(now, before)} {before}"
        if ind == 1:
            text = (
                f"{group} staff make up **{now}%** of our workforce at 31 March 2024, {move}% a "
                "year earlier."
            )
        elif group is None:
            text = f"The relative likelihood of {f.RATIOS[ind]} is **{now}**, {move}."
        elif ind == 9:
            text = f"BME members now hold **{now}%** of the board's voting seats, {move}%."
        else:
            text = (
                f"In the 2023 staff survey, **{now}%** of {group} staff reported "
                f"{f.SURVEY[ind]}, {move}% in 2022."
            )
        if ind in f.SENTENCE_NATIONAL and group != "White":
            unit = "" if group is None else "%"
            text += f" Nationally the figure is {f.SENTENCE_NATIONAL[ind]}{unit}."
        if group != "White":
            blocks.append(P(f"Indicator {ind}", "bold"))
        blocks.append(P(text))
        truth += [_fig(ind, group, THIS, now), _fig(ind, group, PREVIOUS, before)]
    return Layout(
        "a sentence an indicator, this year's figure bolded mid-sentence, 'down from' last year's",
        blocks[0].text,
        blocks,
        truth,
    )


def _row_label(ind: int, group: str | None) -> str:
    if group is None:
        return f"{ind}. Relative likelihood of {f.RATIOS[ind]}"
    if ind == 1:
        return f"1. {group} staff, % of workforce"
    if ind == 9:
        return "9. BME voting board members, %"
    return f"{ind}. {group} staff reporting {f.SURVEY[ind]}, %"


# 2. the nine indicators as rows, two trusts of a group as columns
def _pair() -> Layout:
    us, them = "Wivelscombe NHS Trust", "Brendon Hills NHS Trust"
    blocks: list[Block] = [
        H("Wivelscombe NHS Trust"),
        H("Exe and Tone Hospitals Group: Workforce Race Equality Standard"),
        P(
            f"This report is {us}'s. Our group partner {them} publishes its own report; its "
            "figures are shown alongside ours for comparison, with the England average."
        ),
    ]
    truth = []
    for year, rows in f.PAIR.items():
        grid = [["Indicator", us, them, "England"]]
        for (ind, group), (mine, theirs, england) in rows.items():
            unit = "" if group is None else "%"
            grid.append([_row_label(ind, group), mine + unit, theirs + unit, england + unit])
            truth.append(_fig(ind, group, REPORT_YEAR[year], mine))
        blocks += [P(f"WRES {year}", "bold"), Grid(grid, header=True, widths=(9, 4, 4, 3))]
    return Layout(
        "the nine indicators as rows, two trusts of one hospital group as columns, England last",
        blocks[0].text,
        blocks,
        truth,
    )


# 3. the old "Metric N" numbering, percentages without signs under "(%)" headings
def _metrics() -> Layout:
    words = {1: "Staff in post at 31 March", 9: "Voting board membership"}
    words |= {i: f"Staff reporting {f.SURVEY[i]}" for i in (5, 6, 7, 8)}
    blocks: list[Block] = [
        H("Stogursey Coast NHS Foundation Trust"),
        H("Race equality metrics"),
        P(
            "The Trust reports against the nine WRES metrics. Figures are percentages "
            "unless the heading says otherwise; * means too few responses to publish."
        ),
    ]
    truth = []
    for year, rows in f.METRIC.items():
        grid = [
            ["Metric", "Description", "BME (%)", "White (%)", "Not stated (%)", "National BME (%)"]
        ]
        for m, (bme, white, unknown, national) in rows.items():
            grid.append([f"Metric {m}", words[m], bme, white, unknown, national])
            truth += [_fig(m, "BME", year, bme), _fig(m, "White", year, white)]
            if m == 1:
                truth.append(_fig(1, "Unknown", year, unknown))
        ratios = [["Metric", "Description", "Relative likelihood"]]
        for m, x in f.METRIC_RATIOS[year].items():
            ratios.append([f"Metric {m}", f.RATIOS[m][0].upper() + f.RATIOS[m][1:], x])
            truth.append(_fig(m, None, year, x))
        blocks += [
            P(f"Reporting year {year}", "bold"),
            T(grid),
            T(ratios),
        ]
    return Layout(
        "the old 'Metric 1' to 'Metric 9' numbering, percentages without signs under '(%)' headings",
        blocks[0].text,
        blocks,
        truth,
    )


# 4. each relative likelihood with the two likelihoods it is worked out from
def _underlying() -> Layout:
    names = {2: ("White", "BME"), 3: ("BME", "White"), 4: ("White", "BME")}
    blocks: list[Block] = [
        H("Crowcombe Partnership NHS Trust"),
        H("How our relative likelihoods are worked out"),
        P(
            "A relative likelihood divides one group's likelihood by the other's. We show "
            "both likelihoods and the ratio for the last four years."
        ),
    ]
    truth = []
    for ind, years in f.UNDERLYING.items():
        first, second = names[ind]
        blocks.append(P(f"Indicator {ind}: {f.RATIOS[ind]}", "bold"))
        for year, (a, b, ratio) in years.items():
            blocks.append(B(f"{year}: {a} for {first}, {b} for {second}, ratio {ratio}"))
            truth.append(_rl(ind, year, float(ratio)))
        blocks.append(P(f"Regional ratio, 2023/24: {f.UNDERLYING_REGIONAL[ind]}", "italic"))
    return Layout(
        "each relative likelihood with its two likelihoods ('0.22 for White, 0.19 for BME, "
        "ratio 1.16'), a line a year",
        blocks[0].text,
        blocks,
        truth,
    )


# 5. ethnic groups as headings, the indicators as bullets beneath
def _grouped() -> Layout:
    heads = {
        "BME": "BME staff",
        "White": "White staff",
        "Unknown": "Staff whose ethnicity is not known",
    }
    blocks: list[Block] = [H("Holford Combe NHS Trust"), H("Our WRES figures, group by group")]
    truth = []
    for year, groups in f.GROUPED.items():
        blocks.append(H(f"WRES {year}"))
        for group, values in groups.items():
            blocks.append(P(heads[group], "bold"))
            for ind, x in values.items():
                if ind == 1:
                    words = "share of the workforce at 31 March"
                elif ind == 9:
                    words = "share of voting board members"
                else:
                    words = f"staff survey, {f.SURVEY[ind]}"
                blocks.append(B(f"Indicator {ind}, {words}: {x}%"))
                truth.append(_fig(ind, group, REPORT_YEAR[year], x))
            if group == "Unknown":
                blocks.append(B("Indicators 5 to 8: fewer than 11 responses, not published"))
        blocks.append(P("Relative likelihoods", "bold"))
        for ind, x in f.GROUPED_RATIOS[year].items():
            blocks.append(B(f"Indicator {ind}, {f.RATIOS[ind]}: {x}"))
            truth.append(_fig(ind, None, REPORT_YEAR[year], x))
    england = ", ".join(f"indicator {i} {x}%" for i, x in f.GROUPED_ENGLAND.items())
    blocks.append(P(f"England averages for BME staff, 2023 survey: {england}.", "italic"))
    return Layout(
        "ethnic groups as headings ('BME staff', 'White staff'), the indicators as bullets beneath",
        blocks[0].text,
        blocks,
        truth,
    )


LAYOUTS: list[Layout] = [_sentences(), _pair(), _metrics(), _underlying(), _grouped()]
