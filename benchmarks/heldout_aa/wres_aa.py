"""Held-out set AA, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to Z (benchmarks/heldout_d .. heldout_z
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_aa_figures.py). Nothing under parsers/ was read while writing it. Three are the
kinds trusts print most, each with one ordinary variation: a table per indicator (the
indicator named only in a merged title row at the top of its own table), one summary
table of all nine (an 'All staff' column beside BME and White under each year, the
relative likelihoods printed in it), a narrative report (last year's figures given
'respectively' after this year's named ones). Two are harder things trusts publish: a
combined WRES and WDES report (a table a theme, WRES rows beside the WDES metrics'
rows for disabled and non-disabled staff) and the NHS Staff Survey benchmark report's
WRES tables pasted in for indicators 5 to 8 ('BME: Your org', 'BME: Average',
'BME: Responses' rows under survey-year columns, the earlier year first).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to Z apply them: a year printed "2023/24" is that year; a 31 March snapshot is the
financial year it closes; a staff survey year is its own financial year (a '2023'
column of the staff survey benchmark tables, indicators 5 to 8, is 2023/24); relative
likelihoods take their numerator group (White for 2 and 4, BME for 3); the board's
share is indicator 9 with `board_voting`, the workforce share indicator 1 with
`overall`. Only the BME and White percentages and the relative likelihoods are in the
truth; no layout prints a 'Not stated' row nor the per-group likelihoods behind 2 to 4.
Conventions new in set AA, stated before scoring: an 'All staff' (whole-trust) figure
is no ethnic group's and is in no truth; the WDES figures (disabled and non-disabled
staff, WDES metrics) are not WRES figures and are in no truth, though a WDES metric's
number may equal a WRES indicator's; the survey benchmark group's 'Average' and the
'Responses' counts are not the trust's figures and are in no truth (like national and
benchmark figures in the earlier sets).
"""

from __future__ import annotations

from benchmarks.heldout_aa import wres_aa_figures as f
from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_p.render import Block, Grid, H, P, T
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported

YEARS = ("2023/24", "2022/23")
RATIO_WORDS = {
    2: "White applicants being appointed from shortlisting compared to BME applicants",
    3: "BME staff entering the formal disciplinary process compared to White staff",
    4: "White staff accessing non-mandatory training and CPD compared to BME staff",
}


def _pct(x: str) -> str:
    return f"{x}%"


# 1. a table per indicator, named only in a merged row across the top of its table
def _merged_title() -> Layout:
    blocks: list[Block] = [
        H("Fenwick Moor NHS Trust"),
        H("Workforce Race Equality Standard report 2023/24"),
        P(
            "The tables below set out our data for the nine WRES indicators for 2023/24 "
            "and 2022/23. Indicator 1 is taken from the Electronic Staff Record at 31 March, "
            "indicators 5 to 8 from the NHS Staff Survey."
        ),
    ]
    for i in range(1, 10):
        title = [(f"Indicator {i}: {f.TITLES[i]}", 3)]
        if i in f.MERGED_TITLE_RATIOS:
            a, b = f.MERGED_TITLE_RATIOS[i]
            rows = [["", "2023/24", "2022/23"], ["Relative likelihood", a, b]]
        else:
            v = f.MERGED_TITLE[i]
            rows = [["Ethnicity", "2023/24", "2022/23"]]
            rows += [[g, _pct(v[g][0]), _pct(v[g][1])] for g in ("BME", "White")]
        blocks.append(T(rows, title))
    return Layout(
        "a table per indicator with no heading outside it: the indicator's number and "
        "title in a merged row across the top of its own table, then 'Ethnicity | "
        "2023/24 | 2022/23' and BME / White rows (a 'Relative likelihood' row for 2 to 4)",
        blocks[0].text,
        blocks,
        _truth(f.MERGED_TITLE, f.MERGED_TITLE_RATIOS),
    )


def _summary_row(i: int) -> list[str]:
    if i in f.SUMMARY_RATIOS:
        a, b = f.SUMMARY_RATIOS[i]
        return [str(i), f.TITLES[i], "–", "–", a, "–", "–", b]
    v = f.SUMMARY[i]
    every = f.ALL_STAFF.get(i, ("–", "–"))
    cells = [str(i), f.TITLES[i]]
    for j in (0, 1):
        trust = _pct(every[j]) if every[j] != "–" else "–"
        cells += [_pct(v["BME"][j]), _pct(v["White"][j]), trust]
    return cells


# 2. one summary table, BME / White / All staff under each year's merged head
def _summary() -> Layout:
    spans = [("", 2), ("2023/24", 3), ("2022/23", 3)]
    rows = [["No.", "WRES indicator", "BME", "White", "All staff", "BME", "White", "All staff"]]
    rows += [_summary_row(i) for i in range(1, 10)]
    blocks: list[Block] = [
        H("Ormsby Fields NHS Foundation Trust"),
        H("WRES summary of results"),
        P(
            "The table compares the experience of BME and White staff with the Trust as a "
            "whole. For indicators 2 to 4 the 'All staff' column gives the relative "
            "likelihood; a figure above 1.00 means the first-named group is more likely."
        ),
        T(rows, spans),
    ]
    return Layout(
        "one summary table of all nine indicators, a merged year head over 'BME | White | "
        "All staff' for each year, the relative likelihoods of 2 to 4 printed in the "
        "'All staff' column with '–' in the group columns",
        blocks[0].text,
        blocks,
        _truth(f.SUMMARY, f.SUMMARY_RATIOS),
    )


NARRATIVE_WORDS = {
    1: ("made up", "of our workforce at 31 March 2024"),
    5: ("reported", "harassment, bullying or abuse from patients, relatives or the public"),
    6: ("reported", "harassment, bullying or abuse from other staff"),
    7: ("believed", "the Trust provides equal opportunities for career progression"),
    8: ("said", "they had experienced discrimination from a manager or colleague"),
    9: ("made up", "of the Board's voting members at 31 March 2024"),
}
LAST = {1: "at 31 March 2023", 9: "a year earlier"}


def _narrative_pct(i: int) -> str:
    b, w = f.NARRATIVE[i]["BME"], f.NARRATIVE[i]["White"]
    verb, what = NARRATIVE_WORDS[i]
    if i in (1, 9):
        who = "members" if i == 9 else "staff"
        first = f"BME {who} {verb} {b[0]}% and White {who} {w[0]}% {what}."
    else:
        first = (
            f"In the 2023 staff survey {b[0]}% of BME staff and {w[0]}% of White staff "
            f"{verb} {what}."
        )
    when = LAST.get(i, "in the 2022 survey")
    return f"{first} The figures {when} were {b[1]}% and {w[1]}% respectively."


def _narrative_ratio(i: int) -> str:
    a, b = f.NARRATIVE_RATIOS[i]
    return (
        f"The relative likelihood of {RATIO_WORDS[i]} in 2023/24 and 2022/23 was {a} and "
        f"{b} respectively."
    )


# 3. a narrative report: this year's figures by group, last year's 'respectively'
def _narrative() -> Layout:
    blocks: list[Block] = [
        H("Keldholme Vale NHS Trust"),
        H("Our Workforce Race Equality Standard report"),
        P(
            "This report describes how the experience of our Black and minority ethnic "
            "(BME) colleagues compares with that of White colleagues, using the nine WRES "
            "indicators for 2023/24 and the year before."
        ),
    ]
    for i in range(1, 10):
        text = _narrative_ratio(i) if i in f.NARRATIVE_RATIOS else _narrative_pct(i)
        blocks += [H(f"Indicator {i}"), P(text)]
    return Layout(
        "a narrative report, a heading and paragraph an indicator: this year's BME and "
        "White figures in one sentence, last year's in the next without the groups "
        "('The figures a year earlier were 12.5% and 87.5% respectively')",
        blocks[0].text,
        blocks,
        _truth(f.NARRATIVE, f.NARRATIVE_RATIOS),
    )


THEMES = {
    1: "Representation in the workforce",
    2: "Recruitment",
    3: "Formal employment processes",
    4: "Training and development",
    5: "Harassment from patients and the public",
    6: "Harassment from colleagues",
    7: "Career progression",
    8: "Discrimination at work",
    9: "Board membership",
}
WDES_WORDS = {
    "1": "Disabled staff in the workforce",
    "2": "Relative likelihood of non-disabled applicants being appointed from shortlisting",
    "3": "Relative likelihood of disabled staff entering the formal capability process",
    "4a(i)": "Harassment, bullying or abuse from patients, relatives or the public",
    "4a(iii)": "Harassment, bullying or abuse from other colleagues",
    "5": "Belief in equal opportunities for career progression",
    "10": "Board voting membership",
}


def _combined_rows(i: int) -> list[list[str]]:
    rows = [["Standard", "Measure", "Group", "2023/24", "2022/23"]]
    if i in f.COMBINED_RATIOS:
        a, b = f.COMBINED_RATIOS[i]
        rows.append([f"WRES {i}", f.TITLES[i], "–", a, b])
    else:
        v = f.COMBINED[i]
        rows += [[f"WRES {i}", f.TITLES[i], g, _pct(v[g][0]), _pct(v[g][1])] for g in v]
    for (metric, ind), values in f.WDES_RATIOS.items():
        if ind == i:
            rows.append([f"WDES {metric}", WDES_WORDS[metric], "–", *values])
    for (metric, ind), groups in f.WDES.items():
        if ind == i:
            rows += [
                [f"WDES {metric}", WDES_WORDS[metric], g, _pct(x), _pct(y)]
                for g, (x, y) in groups.items()
            ]
    return rows


# 4. a combined WRES and WDES report: a table a theme, WRES and WDES rows together
def _combined() -> Layout:
    blocks: list[Block] = [
        H("Harden Cross NHS Foundation Trust"),
        H("Workforce Race and Disability Equality Standards 2023/24"),
        P(
            "We report the Workforce Race Equality Standard (WRES) and the Workforce "
            "Disability Equality Standard (WDES) together. Each theme below gives the WRES "
            "indicator for BME and White staff and, where there is one, the matching WDES "
            "metric for disabled and non-disabled staff."
        ),
    ]
    for i in range(1, 10):
        blocks += [H(f"Theme {i}: {THEMES[i]}"), Grid(_combined_rows(i), header=True)]
    return Layout(
        "a combined WRES and WDES report, a table a theme ('Standard | Measure | Group | "
        "2023/24 | 2022/23'): the WRES indicator's BME / White rows beside the matching "
        "WDES metric's Disabled / Non-disabled rows ('WDES 4a(i)', 'WDES 10')",
        blocks[0].text,
        blocks,
        _truth(f.COMBINED, f.COMBINED_RATIOS),
    )


def _survey_table(i: int) -> list[list[str]]:
    rows = [["", "2022", "2023"]]
    for g in ("White", "BME"):
        mine, avg = f.BENCHMARK[i][g], f.AVERAGE[i][g]
        rows.append([f"{g}: Your org", _pct(mine[1]), _pct(mine[0])])
        rows.append([f"{g}: Average", _pct(avg[1]), _pct(avg[0])])
        rows.append([f"{g}: Responses", f.RESPONSES[g][1], f.RESPONSES[g][0]])
    return rows


def _workforce_table() -> list[list[str]]:
    rows = [["Indicator", "Group", "2022/23", "2023/24"]]
    for i in (1, 2, 3, 4, 9):
        if i in f.BENCHMARK_RATIOS:
            a, b = f.BENCHMARK_RATIOS[i]
            rows.append([f"{i}. {f.TITLES[i]}", "Relative likelihood", b, a])
            continue
        v = f.BENCHMARK[i]
        rows += [[f"{i}. {f.TITLES[i]}", g, _pct(v[g][1]), _pct(v[g][0])] for g in ("BME", "White")]
    return rows


# 5. the staff survey benchmark report's WRES tables for 5 to 8, a table for the rest
def _benchmark() -> Layout:
    blocks: list[Block] = [
        H("Skelwith Bridge NHS Trust"),
        H("Workforce Race Equality Standard 2023/24"),
        P("Indicators 1 to 4 and 9 come from our own workforce and board records."),
        Grid(_workforce_table(), header=True, widths=(6, 3, 2, 2)),
        H("Indicators 5 to 8: NHS Staff Survey"),
        P(
            "The tables below are taken from the WRES section of our NHS Staff Survey "
            "benchmark report. 'Average' is the average of our benchmarking group of acute "
            "and community trusts."
        ),
    ]
    for i in (5, 6, 7, 8):
        blocks += [P(f"WRES indicator {i}: {f.TITLES[i]}", "bold"), Grid(_survey_table(i), True)]
    return Layout(
        "indicators 5 to 8 as the staff survey benchmark report's tables: rows 'White: "
        "Your org', 'White: Average', 'White: Responses' and the same for BME under "
        "survey-year columns '2022 | 2023'; 1 to 4 and 9 in a table of their own, oldest "
        "year first",
        blocks[0].text,
        blocks,
        _truth(f.BENCHMARK, f.BENCHMARK_RATIOS),
    )


LAYOUTS: list[Layout] = [_merged_title(), _summary(), _narrative(), _combined(), _benchmark()]
