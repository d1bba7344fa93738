"""Held-out set O, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to M (benchmarks/heldout_d .. heldout_m
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_o_figures.py).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to M apply them (benchmarks/heldout_m/wres_m.py): a 31 March snapshot is the financial
year it closes; a staff survey year is its own financial year ("2023 survey" ->
2023/24); a year printed "2023/24" is that year; a WRES report year is its data year
("WRES 2024" -> 2023/24, also when the tables say only "as at 31st March");
relative likelihoods take their numerator group (White for 2 and 4, BME for 3); the
board's share is indicator 9 with the board's staff group (`board_voting`). Not in the
truth: England, national and regional comparators, the medical and the non-medical
workforces' own figures (only the whole trust's are the indicators), the numbers of
survey responses, a 'not stated' (NS) column, and suppressed cells ("*").
"""

from __future__ import annotations

from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_m.wres_m import _fig
from benchmarks.heldout_o import wres_o_figures as f
from benchmarks.heldout_o.render import Block, Grid, H, P, T

THIS = "2023/24"


def _pct(x: str) -> str:
    return f"{x}%"


# 1. a long table split in two, a "(continued)" header row, the indicator named once
def _continued() -> Layout:
    head = ["Indicator", "Year", "BME", "White", "England BME"]
    title = "Table 1: Workforce Race Equality Standard indicators, last two years"
    parts: list[list[list[str]]] = [[head], [head]]
    truth = []
    for i, (ind, years) in enumerate(f.CONTINUED.items()):
        part = parts[0 if i < 3 else 1]
        for j, (year, (bme, white, england)) in enumerate(years.items()):
            name = f"{ind}. {f.SHORT[ind]}" if j == 0 else ""
            part.append([name, year, _pct(bme), _pct(white), _pct(england)])
            truth += [_fig(ind, "BME", year, bme), _fig(ind, "White", year, white)]
    ratios = [["Indicator", "Year", "Relative likelihood"]]
    for ind, years in f.CONTINUED_RATIOS.items():
        for j, (year, x) in enumerate(years.items()):
            ratios.append([f"{ind}. {f.RATIOS[ind]}" if j == 0 else "", year, x])
            truth.append(_fig(ind, None, year, x))
    blocks: list[Block] = [
        H("Wanborough Plain NHS Trust"),
        H("Workforce Race Equality Standard data tables"),
        P("Percentages are of staff in each group; England figures are for comparison only."),
        T(parts[0], spans=[(title, 5)]),
        P("Page 2 of 3"),
        T(parts[1], spans=[(f"{title} (continued)", 5)]),
        P("Page 3 of 3"),
        T(ratios, spans=[("Table 2: Relative likelihoods", 3)]),
    ]
    return Layout(
        "one long table split in two with a '(continued)' header row, each indicator named "
        "only on its first row",
        blocks[0].text,
        blocks,
        truth,
    )


# 2. medical, non-medical and whole-trust tables; only the whole trust's are indicators
def _workforces() -> Layout:
    blocks: list[Block] = [
        H("Liddington Castle NHS Foundation Trust"),
        H("WRES 2024: medical, non-medical and whole-Trust figures"),
        P(
            "We show the medical and dental workforce and the rest of our staff separately, "
            "then the whole Trust. The whole-Trust table is our WRES return."
        ),
    ]
    truth = []
    for name, rows in f.WORKFORCES.items():
        grid = [["Indicator", "BME staff", "White staff"]]
        for ind in (1, 5, 6, 7, 8):
            label = f"{ind}. {f.SHORT[ind]}"
            grid.append([label, _pct(rows[(ind, "BME")]), _pct(rows[(ind, "White")])])
            if name == "Whole Trust":
                truth += [_fig(ind, g, THIS, rows[(ind, g)]) for g in ("BME", "White")]
        if name == "Whole Trust":
            grid.append(["9. BME share of voting board members", _pct(f.WHOLE_BOARD), ""])
            truth.append(_fig(9, "BME", THIS, f.WHOLE_BOARD))
        blocks += [P(name, "bold"), Grid(grid, header=True, widths=(8, 4, 4))]
    blocks.append(P("Whole Trust relative likelihoods", "bold"))
    for ind, x in f.WHOLE_RATIOS.items():
        blocks.append(P(f"Indicator {ind}. {f.RATIOS[ind]}: {x}"))
        truth.append(_fig(ind, None, THIS, x))
    return Layout(
        "separate tables for the medical and the non-medical workforce and a whole-trust "
        "table; only the whole trust's figures are the indicators",
        blocks[0].text,
        blocks,
        truth,
    )


# 3. survey indicators 5-8, three survey years as sub-columns under each group
def _survey_years() -> Layout:
    years = f.SURVEY_YEARS
    rows = [["Indicator", *years, *years]]
    truth = []
    for ind, groups in f.SURVEY3.items():
        rows.append([f"{ind}. {f.SURVEY[ind]}", *groups["BME"], *groups["White"]])
        for g, values in groups.items():
            for y, x in zip(years, values, strict=True):
                truth.append(_fig(ind, g, f"{y}/{int(y[2:]) + 1}", x))
    rows.append(["Number of responses", *f.RESPONSES["BME"], *f.RESPONSES["White"]])
    national = ", ".join(f"indicator {i} {x}%" for i, x in f.SURVEY3_NATIONAL.items())
    blocks: list[Block] = [
        H("Chiseldon Camp Community NHS Trust"),
        H("NHS Staff Survey results by ethnic group (WRES indicators 5 to 8)"),
        P("Percentages of respondents in each group, by staff survey year."),
        T(rows, spans=[("", 1), ("BME staff", 3), ("White staff", 3)]),
        P(f"National average for BME staff, 2023 survey: {national}.", "italic"),
    ]
    return Layout(
        "survey indicators 5-8 with three survey years as sub-columns under each group, "
        "a 'Number of responses' row",
        blocks[0].text,
        blocks,
        truth,
    )


# 4. the reporting year only in the document's title, "as at 31st March" in the tables
def _title_year() -> Layout:
    grid = [["Indicator (as at 31st March)", "Group", "Trust", "Region"]]
    truth = []
    for (ind, group), (mine, region) in f.TITLE_ONLY.items():
        words = f.SHORT[ind] if ind in (1, 9) else f.SURVEY[ind]
        grid.append([f"{ind}. {words}", group, _pct(mine), _pct(region)])
        truth.append(_fig(ind, group, THIS, mine))
    ratios = [["Relative likelihood (as at 31st March)", "Trust", "Region"]]
    for ind, (mine, region) in f.TITLE_RATIOS.items():
        ratios.append([f"{ind}. {f.RATIOS[ind]}", mine, region])
        truth.append(_fig(ind, None, THIS, mine))
    blocks: list[Block] = [
        H("Broad Hinton NHS Trust"),
        H("WRES 2024"),
        P(
            "The tables give our workforce as at 31st March and the latest staff survey, "
            "with the regional figure beside ours."
        ),
        Grid(grid, header=True, widths=(9, 3, 2, 2)),
        Grid(ratios, header=True, widths=(10, 3, 3)),
    ]
    return Layout(
        "the reporting year only in the title ('WRES 2024'), the tables saying only "
        "'as at 31st March', a regional column",
        blocks[0].text,
        blocks,
        truth,
    )


# 5. column heads abbreviated "W", "BME", "NS" with a key below each table
def _abbreviated() -> Layout:
    blocks: list[Block] = [
        H("Ogbourne St George Partnership NHS Trust"),
        H("Race equality figures at a glance"),
    ]
    truth = []
    for year, rows in f.ABBREV.items():
        grid = [["Ind.", "Measure", "W", "BME", "NS"]]
        for ind, (w, bme, ns) in rows.items():
            grid.append([str(ind), f.SHORT[ind], w, bme, ns])
            truth += [_fig(ind, "White", year, w), _fig(ind, "BME", year, bme)]
        ratios = [["Ind.", "Relative likelihood"]]
        for ind, x in f.ABBREV_RATIOS[year].items():
            ratios.append([str(ind), x])
            truth.append(_fig(ind, None, year, x))
        blocks += [
            P(f"Year: {year}", "bold"),
            T(grid),
            T(ratios),
            P(
                "Key: W = White; BME = Black and minority ethnic; NS = ethnicity not stated. "
                "Figures are percentages. * = fewer than 10 "
                "responses.",
                "italic",
            ),
        ]
    return Layout(
        "column heads abbreviated 'W', 'BME', 'NS' with a key below each table, NS ignored",
        blocks[0].text,
        blocks,
        truth,
    )


LAYOUTS: list[Layout] = [
    _continued(),
    _workforces(),
    _survey_years(),
    _title_year(),
    _abbreviated(),
]
