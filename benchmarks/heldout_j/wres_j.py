"""Held-out set J, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to I (benchmarks/heldout_d .. heldout_i
wres_*.py), written for issue #13 in words and figures of our own (fictional trusts),
typed by hand (wres_j_figures.py).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
and I apply them (benchmarks/heldout_i/wres_i.py): a 31 March snapshot is the financial
year it closes; a staff survey year is its own financial year ("2023 survey" ->
2023/24); a WRES report year is its data year ("WRES 2024" -> 2023/24; a data return's
"reporting year" is that data year and its "previous year" the one before); relative
likelihoods take their numerator group (White for 2 and 4, BME for 3); the board's
share is indicator 9 with the board's staff group (`board`, `board_voting`,
`board_executive`), the whole workforce's share printed beside it is indicator 9,
measure `percentage`, staff group `overall` (as set E keys it), and the board's
difference from the workforce in percentage points is indicator 9's `difference` for
the board voting staff group. Not in the truth: national and regional averages and
other comparators, figures of one directorate (not the trust's), changes on last year
("up 1.6 points"), headcounts and board member counts, suppressed cells ("*"), and
the action plan.
"""

from __future__ import annotations

from benchmarks.heldout_d.render import B, H, P, T
from benchmarks.heldout_e.wres_e import Layout, _pc, _rl, _t
from benchmarks.heldout_j import wres_j_figures as f
from benchmarks.heldout_j.render import Block, Grid

SURVEY_PERIOD = {"2019": "2019/20", "2020": "2020/21", "2021": "2021/22"}
SURVEY_PERIOD |= {"2022": "2022/23", "2023": "2023/24"}
THIS, PREVIOUS = "2023/24", "2022/23"


# 1. the national data-return template: indicator rows 1 to 9, White / BME rows,
# "Data for reporting year" / "Data for previous year" / "Narrative" columns
def _data_return() -> Layout:
    rows = [
        [
            "Indicator",
            "Ethnicity of staff",
            "Data for reporting year",
            "Data for previous year",
            "Narrative: the implications of the data",
        ]
    ]
    truth = []
    for n, (group, (now, before)) in enumerate(f.RETURN_WORKFORCE.items()):
        words = "1. Percentage of staff in the overall workforce" if n == 0 else ""
        rows.append(
            [words, group, f"{now}%", f"{before}%", f.RETURN_NARRATIVE[1] if n == 0 else ""]
        )
        truth += [
            _t(1, "percentage", "overall", None, group, THIS, float(now)),
            _t(1, "percentage", "overall", None, group, PREVIOUS, float(before)),
        ]
    for ind, (now, before) in f.RETURN_LIKELIHOODS.items():
        rows.append([f"{ind}. {f.LIKELIHOOD_WORDS[ind]}", "", now, before, f.RETURN_NARRATIVE[ind]])
        truth += [_rl(ind, p, float(x)) for p, x in ((THIS, now), (PREVIOUS, before)) if x != "*"]
    for ind, groups in f.RETURN_SURVEY.items():
        for n, (group, (now, before)) in enumerate(groups.items()):
            words = f"{ind}. {f.SURVEY_WORDS[ind]}" if n == 0 else ""
            narrative = f.RETURN_NARRATIVE[ind] if n == 0 else ""
            rows.append([words, group, f"{now}%", f"{before}%", narrative])
            truth += [_pc(ind, group, THIS, float(now)), _pc(ind, group, PREVIOUS, float(before))]
    for n, (group, (now, before)) in enumerate(f.RETURN_BOARD.items()):
        words = (
            "9. Percentage difference between the organisation's board voting membership "
            "and its overall workforce"
            if n == 0
            else ""
        )
        rows.append(
            [
                words,
                f"Board voting members: {group}",
                f"{now}%",
                f"{before}%",
                f.RETURN_NARRATIVE[9] if n == 0 else "",
            ]
        )
        truth += [
            _t(9, "percentage", "board_voting", None, group, THIS, float(now)),
            _t(9, "percentage", "board_voting", None, group, PREVIOUS, float(before)),
        ]
    for group, (now, before) in f.RETURN_WORKFORCE.items():
        rows.append(["", f"Overall workforce: {group}", f"{now}%", f"{before}%", ""])
        truth += [
            _t(9, "percentage", "overall", None, group, THIS, float(now)),
            _t(9, "percentage", "overall", None, group, PREVIOUS, float(before)),
        ]
    now, before = f.RETURN_BOARD_DIFF
    rows.append(["", "Difference (BME board voting minus BME workforce)", now, before, ""])
    truth += [
        _t(9, "difference", "board_voting", None, "BME", THIS, float(now)),
        _t(9, "difference", "board_voting", None, "BME", PREVIOUS, float(before)),
    ]
    blocks: list[Block] = [
        H("Quenington Vale NHS Trust"),
        H("Workforce Race Equality Standard: data return"),
        P(
            "Reporting year: 2023/24 (31 March 2024 workforce data and the 2023 NHS Staff Survey). "
            "Previous year: 2022/23."
        ),
        Grid(rows, header=True, widths=(8, 4, 3, 3, 7)),
        P("* suppressed: fewer than ten staff in one group.", "italic"),
        P("Action plan", "bold"),
        P(
            "Introduce diverse shortlisting and interview panels for every post at Band 7 and "
            "above by April 2025, and report progress to the People Committee each quarter."
        ),
        P(
            "Review every disciplinary case involving a BME member of staff at a pre-formal "
            "stage with an independent HR partner before a formal process begins."
        ),
    ]
    return Layout(
        "national data-return template: White / BME rows, 'Data for reporting year' / "
        "'Data for previous year' / narrative columns",
        blocks[0].text,
        blocks,
        truth,
    )


def _arrow(change: str) -> str:
    return "▲" if change.startswith("+") else "▼"


def _points(change: str, unit: str = "points") -> str:
    word = "up" if change.startswith("+") else "down"
    return f"{word} {change[1:]} {unit} on last year"


# 2. key findings as arrow bullets, each figure with its change on last year
def _key_findings() -> Layout:
    blocks: list[Block] = [
        H("Ravensworth Partnership NHS Foundation Trust"),
        H("WRES 2024: key findings"),
        P(
            "Arrows show the direction of change since last year's report. Regional averages "
            "are for the North Riding integrated care system and are shown for context."
        ),
    ]
    truth = []
    share, change = f.FINDINGS_WORKFORCE
    blocks.append(
        B(
            f"{_arrow(change)} BME staff now make up {share}% of our workforce "
            f"({_points(change, 'percentage points')})."
        )
    )
    truth.append(_t(1, "percentage", "overall", None, "BME", THIS, float(share)))
    for ind, (value, change) in f.FINDINGS_LIKELIHOODS.items():
        words = f.LIKELIHOOD_WORDS[ind].replace("Relative likelihood of ", "")
        blocks.append(
            B(
                f"{_arrow(change)} Indicator {ind}: the relative likelihood of "
                f"{words} is {value} ({_points(change, '').replace('  ', ' ')})."
            )
        )
        truth.append(_rl(ind, THIS, float(value)))
    blocks.append(P("From the 2023 NHS Staff Survey", "bold"))
    for ind, groups in f.FINDINGS_SURVEY.items():
        for group, (value, change) in groups.items():
            regional = f" (regional average {f.FINDINGS_REGIONAL[ind]}%)" if group == "BME" else ""
            blocks.append(
                B(
                    f"{_arrow(change)} {value}% of {group} staff "
                    f"{f.SHORT[ind]} (indicator {ind}), {_points(change)}{regional}."
                )
            )
            truth.append(_pc(ind, group, THIS, float(value)))
    members, of, board = f.FINDINGS_BOARD
    blocks.append(
        B(
            f"▲ Indicator 9: {members} of our {of} voting board members are from BME "
            f"backgrounds ({board}%), against {share}% of the workforce."
        )
    )
    truth += [
        _t(9, "percentage", "board_voting", None, "BME", THIS, float(board)),
        _t(9, "percentage", "overall", None, "BME", THIS, float(share)),
    ]
    blocks += [
        P("What we will do next", "bold"),
        B("Extend the reciprocal mentoring programme to every clinical division by March 2025."),
        B("Ask every manager to complete the civility and respect workshop during 2024/25."),
    ]
    return Layout(
        "key findings as arrow bullets, each figure with its change on last year",
        blocks[0].text,
        blocks,
        truth,
    )


# 3. a five-year trend: survey years as rows, each indicator merged over White / BME
def _five_year() -> Layout:
    inds = list(f.SURVEY_WORDS)
    spans = [("Survey year", 1), *((f"Indicator {i}", 2) for i in inds)]
    rows = [["", *(g for _ in inds for g in ("White", "BME"))]]
    truth = []
    for year, values in f.TREND.items():
        rows.append([year, *(f"{x}%" for i in inds for x in values[i])])
        for i in inds:
            for group, x in zip(("White", "BME"), values[i], strict=True):
                truth.append(_pc(i, group, SURVEY_PERIOD[year], float(x)))
    rows.append(["National average 2023", *(f"{x}%" for i in inds for x in f.TREND_NATIONAL[i])])
    blocks: list[Block] = [
        H("Sheepwash Moor Community NHS Trust"),
        H("Five years of staff survey results by ethnicity"),
        P(
            "The table shows WRES indicators 5 to 8 from each NHS Staff Survey since 2019. The "
            "last row is the national average for community trusts, for comparison."
        ),
        T(rows, spans=spans),
        *(P(f"Indicator {i}: {f.SURVEY_WORDS[i]}.") for i in inds),
    ]
    return Layout(
        "five-year trend: survey years as rows, each indicator merged over White / BME columns",
        blocks[0].text,
        blocks,
        truth,
    )


# 4. trust-level figures with a breakdown by directorate and a regional benchmark
def _directorates() -> Layout:
    inds = list(f.SURVEY_WORDS)
    head = ["", *(f"{i} {g}" for i in inds for g in ("White", "BME"))]
    rows = [head]
    truth = []
    for year, values in f.DIRECTORATE_TRUST.items():
        rows.append([f"Trust overall, {year} survey", *(f"{x}%" for i in inds for x in values[i])])
        for i in inds:
            for group, x in zip(("White", "BME"), values[i], strict=True):
                truth.append(_pc(i, group, SURVEY_PERIOD[year], float(x)))
    for name, values in f.DIRECTORATES.items():
        cells = [x if x == "*" else f"{x}%" for i in inds for x in values[i]]
        rows.append([f"{name} (2023)", *cells])
    rows.append(["Regional benchmark (2023)", *(f"{x}%" for i in inds for x in f.REGION[i])])
    workforce = [["Directorate", "BME staff, 31 March 2024"]]
    workforce += [[k, f"{v}%"] for k, v in f.DIRECTORATE_WORKFORCE.items()]
    truth.append(
        _t(
            1,
            "percentage",
            "overall",
            None,
            "BME",
            THIS,
            float(f.DIRECTORATE_WORKFORCE["Trust overall"]),
        )
    )
    ratios = [["Indicator", "Trust 2023/24", "Regional benchmark"]]
    for ind, (trust, region) in f.DIRECTORATE_LIKELIHOODS.items():
        ratios.append([f.LIKELIHOOD_WORDS[ind], trust, region])
        truth.append(_rl(ind, THIS, float(trust)))
    blocks: list[Block] = [
        H("Tolpuddle Royal Hospitals NHS Trust"),
        H("WRES 2024: results by directorate"),
        P(
            "Column headings give the WRES indicator number and the staff group. Directorate "
            "figures are shown so that each directorate can plan its own actions; * means "
            "fewer than eleven respondents, suppressed."
        ),
        P("Staff survey indicators 5 to 8", "bold"),
        Grid(rows, header=True),
        P("Indicator 1: BME representation", "bold"),
        T(workforce),
        P("Indicators 2 to 4 (1.00 = equal likelihood)", "bold"),
        T(ratios),
        P(
            "Each directorate will agree two actions with its BME staff network representatives "
            "by the end of January 2025.",
            "italic",
        ),
    ]
    return Layout(
        "trust-level figures with a breakdown by directorate and a regional benchmark row",
        blocks[0].text,
        blocks,
        truth,
    )


# 5. indicator 9 as a board composition table, two 31 March snapshots
def _board_table() -> Layout:
    blocks: list[Block] = [
        H("Upwey Valley Mental Health NHS Trust"),
        H("Indicator 9: board membership compared with our workforce"),
        P("Members counts include non-voting directors in the first row only."),
    ]
    truth = []
    sg = {"All board members": "board", "Voting members": "board_voting"}
    sg |= {"Executive members": "board_executive", "Overall workforce": "overall"}
    for year, table in f.BOARD_TABLE.items():
        period = SURVEY_PERIOD[str(int(year) - 1)]
        rows = [["", "Members", "White", "BME", "Not stated"]]
        for row, (members, *shares) in table.items():
            rows.append([row, f"{members:,}", *(f"{x}%" for x in shares)])
            for group, x in zip(("White", "BME", "Unknown"), shares, strict=True):
                truth.append(_t(9, "percentage", sg[row], None, group, period, float(x)))
        diff = f.BOARD_DIFF[year]
        rows.append(["Difference, voting members minus workforce (BME)", "", "", diff, ""])
        truth.append(_t(9, "difference", "board_voting", None, "BME", period, float(diff)))
        blocks += [P(f"Board and workforce on 31 March {year}", "bold"), T(rows)]
    blocks.append(
        P(
            "Our target is a voting board whose BME membership is within five "
            "points of the workforce by March 2026."
        )
    )
    return Layout(
        "indicator 9 as a board composition table: member types as rows, a workforce row "
        "and a difference row",
        blocks[0].text,
        blocks,
        truth,
    )


LAYOUTS: list[Layout] = [
    _data_return(),
    _key_findings(),
    _five_year(),
    _directorates(),
    _board_table(),
]
