"""Held-out set N, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to M (benchmarks/heldout_d .. heldout_m
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_n_figures.py).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to M apply them (benchmarks/heldout_m/wres_m.py, benchmarks/heldout_j/wres_j.py): a 31
March snapshot is the financial year it closes; a staff survey year is its own
financial year ("2023 survey" -> 2023/24); a year printed "2023/24" is that year; a WRES
report year is its data year ("WRES 2024" -> 2023/24); relative likelihoods take their
numerator group (White for 2 and 4, BME for 3); the board's share is indicator 9 with
the board's staff group (`board`, `board_voting`, `board_executive`), and the whole
workforce's share printed beside it is indicator 9's `overall` (as set J keys it).
"Global Majority" and "ethnic minority" are the BME group, "White (all)" is White and
"Not stated" is Unknown; a proportion printed as a decimal (0.273, with a note saying
so) is the percentage 27.3. Not in the truth: the White British and White other
sub-groups printed beside the White total, national, England and regional
comparators, 95% confidence limits, board member counts ("2 of 14"), RAG ratings and
suppressed cells ("*", "–").
"""

from __future__ import annotations

from benchmarks.heldout_e.wres_e import Layout, _rl, _t
from benchmarks.heldout_m.wres_m import _fig
from benchmarks.heldout_n import wres_n_figures as f
from benchmarks.heldout_n.render import B, Block, Grid, H, P, T

REPORT_YEAR = {"2024": "2023/24", "2023": "2022/23", "2022": "2021/22"}
SURVEY_YEAR = {"2021": "2021/22", "2022": "2022/23", "2023": "2023/24"}
SNAPSHOT = {"2021": "2020/21", "2022": "2021/22", "2023": "2022/23", "2024": "2023/24"}


def _ratio(ind: int, minority: str) -> str:
    return f.RATIOS[ind].format(m=minority)


# 1. "Global Majority" for BME, White British and White other apart, a White (all) total
def _global_majority() -> Layout:
    words = {1: "Workforce at 31 March (%)", 9: "Voting board members (%)"}
    words |= {i: f"Staff survey: {f.SURVEY[i]} (%)" for i in (5, 6, 7, 8)}
    blocks: list[Block] = [
        H("Wetwang Chalk NHS Trust"),
        H("Race equality in our workforce: WRES data"),
        P(
            "We use the term Global Majority for colleagues from Black, Asian, mixed and "
            "other minoritised ethnic backgrounds (BME in the national WRES guidance). White "
            "colleagues are shown as White British and White other, with the White (all) "
            "total used for the WRES comparison. * marks fewer than 11 responses."
        ),
    ]
    truth = []
    for year, rows in f.GLOBAL.items():
        head = ["Indicator", "Global Majority", "White British", "White other"]
        grid = [[*head, "White (all)", "Not stated"]]
        for ind, (gm, wb, wo, white, unknown) in rows.items():
            grid.append([words[ind], gm, wb, wo, white, unknown])
            truth += [_fig(ind, "BME", REPORT_YEAR[year], gm)]
            truth += [_fig(ind, "White", REPORT_YEAR[year], white)]
            if ind == 1:
                truth.append(_fig(1, "Unknown", REPORT_YEAR[year], unknown))
        blocks += [H(f"WRES {year}"), Grid(grid, header=True, widths=(7, 3, 3, 3, 3, 3))]
        for ind, x in f.GLOBAL_RATIOS[year].items():
            blocks.append(P(f"Relative likelihood of {_ratio(ind, 'Global Majority')}: {x}"))
            truth.append(_rl(ind, REPORT_YEAR[year], float(x)))
    return Layout(
        "'Global Majority' for BME; White British and White other printed apart beside a "
        "'White (all)' total",
        blocks[0].text,
        blocks,
        truth,
    )


# 2. proportions as decimals (0.273), a note saying so
def _decimals() -> Layout:
    words = {1: "Proportion of the workforce", 9: "Proportion of voting board members"}
    words |= {i: f"Proportion {f.SURVEY[i]}" for i in (5, 6, 7, 8)}
    blocks: list[Block] = [
        H("Huggate Heights NHS Trust"),
        H("Workforce Race Equality Standard: data tables"),
        P(
            "Note: figures in these tables are proportions between 0 and 1, not "
            "percentages; 0.250 means one in four staff. Relative likelihoods are ratios "
            "and 1.00 means both groups are equally likely."
        ),
    ]
    truth = []
    grid = [["Indicator", "Year", "Ethnic minority", "White", "England, ethnic minority"]]
    for year, rows in f.DECIMAL.items():
        for ind, (minority, white, england) in rows.items():
            grid.append([f"{ind}. {words[ind]}", year, minority, white, england])
            for group, x in (("BME", minority), ("White", white)):
                truth.append(_fig(ind, group, year, f"{float(x) * 100:.1f}"))
    blocks.append(Grid(grid, header=True, widths=(8, 2, 3, 3, 3)))
    ratios = [["Indicator", "Year", "Relative likelihood"]]
    for year, values in f.DECIMAL_RATIOS.items():
        for ind, x in values.items():
            ratios.append([f"{ind}. {_ratio(ind, 'ethnic minority')}", year, x])
            truth.append(_rl(ind, year, float(x)))
    blocks.append(T(ratios))
    return Layout(
        "proportions printed as decimals (0.273) rather than percentages, a note saying so",
        blocks[0].text,
        blocks,
        truth,
    )


# 3. survey figures and ratios with 95% confidence intervals
def _intervals() -> Layout:
    blocks: list[Block] = [
        H("Fimber Springs NHS Trust"),
        H("Staff survey race equality indicators with confidence intervals"),
        P(
            "Each figure is followed by its 95% confidence interval in brackets. Where the "
            "intervals for BME and White staff overlap, the difference may be due to chance."
        ),
    ]
    truth = []
    for ind in (5, 6, 7, 8):
        blocks.append(P(f"Indicator {ind}: staff {f.SURVEY[ind]}", "bold"))
        grid = [["Survey year", "BME staff", "White staff"]]
        for year, values in f.CI.items():
            cells = []
            for group in ("BME", "White"):
                x, lo, hi = values[(ind, group)]
                cells.append(f"{x}% ({lo}–{hi})")
                truth.append(_fig(ind, group, SURVEY_YEAR[year], x))
            grid.append([year, *cells])
        blocks.append(Grid(grid, header=True, widths=(3, 5, 5)))
    blocks.append(P("Relative likelihoods (95% confidence interval)", "bold"))
    for year, values in f.CI_RATIOS.items():
        for ind, (x, lo, hi) in values.items():
            blocks.append(B(f"WRES {year}, indicator {ind}: {x} ({lo} to {hi})"))
            truth.append(_rl(ind, REPORT_YEAR[year], float(x)))
    return Layout(
        "figures with 95% confidence intervals in brackets: '27.1% (25.3–28.9)'",
        blocks[0].text,
        blocks,
        truth,
    )


# 4. board composition as lines: "Voting members: 2 of 14 from ethnic minorities (14.3%)"
def _board_lines() -> Layout:
    sg = {"Voting members": "board_voting", "Executive members": "board_executive"}
    sg |= {"All board members": "board"}
    blocks: list[Block] = [
        H("Kirby Underdale NHS Trust"),
        H("Indicator 9: the ethnicity of our board"),
        P("Board membership at 31 March each year, compared with the Trust's workforce."),
    ]
    truth = []
    for year, types in f.BOARD.items():
        period = SNAPSHOT[year]
        blocks.append(P(f"31 March {year}", "bold"))
        for kind, (some, members) in types.items():
            pct = f"{100 * some / members:.1f}"
            blocks.append(P(f"{kind}: {some} of {members} from ethnic minorities ({pct}%)"))
            truth.append(_t(9, "percentage", sg[kind], None, "BME", period, float(pct)))
        share = f.BOARD_WORKFORCE[year]
        blocks.append(P(f"Whole workforce: {share}% from ethnic minorities"))
        truth.append(_t(9, "percentage", "overall", None, "BME", period, float(share)))
    blocks.append(
        P(f"For comparison, the regional average for voting members was {f.BOARD_REGIONAL}%.")
    )
    return Layout(
        "board composition as lines: 'Voting members: 2 of 14 from ethnic minorities (14.3%)'",
        blocks[0].text,
        blocks,
        truth,
    )


# 5. a compact scorecard: ratios written "1.23x", a RAG word column
def _scorecard() -> Layout:
    short = {1: "share of workforce", 5: "abuse from public", 6: "abuse from staff"}
    short |= {7: "equal opportunities", 8: "discrimination", 9: "voting board"}
    short |= {2: "appointed from shortlist (W:BME)", 3: "formal disciplinary (BME:W)"}
    short |= {4: "non-mandatory training (W:BME)"}
    blocks: list[Block] = [
        H("Langtoft Moor NHS Foundation Trust"),
        H("WRES scorecard"),
        P("RAG: Green improving or at parity, Amber little change, Red worsening."),
    ]
    truth = []
    grid = [["WRES", "Measure", "2023/24", "2022/23", "RAG"]]
    for ind, group, now, before, rag in f.SCORECARD:
        if group is None:
            grid.append([f"I{ind}", short[ind], f"{now}x", f"{before}x", rag])
        else:
            grid.append([f"I{ind}", f"{group}: {short[ind]} %", now, before, rag])
        truth += [_fig(ind, group, "2023/24", now), _fig(ind, group, "2022/23", before)]
    blocks.append(Grid(grid, header=True, widths=(2, 8, 3, 3, 2)))
    national = "; ".join(f"I{i} {x}x" for i, x in f.SCORECARD_NATIONAL.items())
    blocks.append(P(f"National relative likelihoods 2023/24 for reference: {national}.", "italic"))
    return Layout(
        "a compact scorecard: relative likelihoods written '1.23x', a RAG word column",
        blocks[0].text,
        blocks,
        truth,
    )


LAYOUTS: list[Layout] = [
    _global_majority(),
    _decimals(),
    _intervals(),
    _board_lines(),
    _scorecard(),
]
