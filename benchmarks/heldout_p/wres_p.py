"""Held-out set P, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to O (benchmarks/heldout_d .. heldout_o
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_p_figures.py).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to O apply them (benchmarks/heldout_n/wres_n.py): a 31 March snapshot is the financial
year it closes; a staff survey year is its own financial year ("2023 survey", "Autumn
2023" fieldwork -> 2023/24); a year printed "2023/24" is that year, and so is "FY24"
(the financial year ending 31 March 2024) and "April 2023 – March 2024"; relative
likelihoods take their numerator group (White for 2 and 4, BME for 3); the board's share
is indicator 9 with the board's staff group (`board_voting`). An indicator named by its
staff survey question code ("Q13a") or by a Roman numeral ("(iv)") is that indicator.
Not in the truth: peer, sector and England comparators, the gaps between the groups,
and "n/a" cells.
"""

from __future__ import annotations

from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_m.wres_m import _fig
from benchmarks.heldout_p import wres_p_figures as f
from benchmarks.heldout_p.render import Block, Grid, H, P, T

FY = {"FY24": "2023/24", "FY23": "2022/23"}
PERIOD_WORDS = {
    "2023/24": ("2024", "April 2023 – March 2024", "2023"),
    "2022/23": ("2023", "April 2022 – March 2023", "2022"),
}


def _pct(x: str) -> str:
    return f"{x}%"


# 1. 'FY24' / 'FY23' column heads, groups as row pairs under each indicator, a peer median
def _fiscal() -> Layout:
    rows = [["Indicator", "Group", "FY24", "FY23", "Peer median FY24"]]
    truth = []
    for ind, groups in f.FY.items():
        rows.append([f"{ind}. {f.WORDS[ind]}", "", "", "", ""])
        for g, values in groups.items():
            peer = _pct(f.FY_PEER[ind]) if g == "BME" else ""
            rows.append(["", g, *(_pct(x) for x in values), peer])
            truth += [_fig(ind, g, FY[y], x) for y, x in zip(FY, values, strict=True)]
    ratios = [["Indicator", "FY24", "FY23", "Peer median FY24"]]
    for ind, (now, before, peer) in f.FY_RATIOS.items():
        ratios.append([f"{ind}. {f.RATIO_WORDS[ind]}", now, before, peer])
        truth += [_fig(ind, None, "2023/24", now), _fig(ind, None, "2022/23", before)]
    blocks: list[Block] = [
        H("Hartside Moor NHS Trust"),
        H("Workforce Race Equality Standard: FY24 results"),
        P(
            "FY24 is the financial year ending 31 March 2024 and FY23 the year before. The "
            "peer median is for the acute trusts in our region and is shown for comparison."
        ),
        Grid(rows, header=True, widths=(9, 2, 2, 2, 3)),
        P("Relative likelihoods", "bold"),
        Grid(ratios, header=True, widths=(10, 2, 2, 3)),
    ]
    return Layout(
        "financial years written 'FY24' / 'FY23' in the column heads, BME and White as row "
        "pairs under each indicator's row, a peer median column",
        blocks[0].text,
        blocks,
        truth,
    )


# 2. survey indicators named only by staff survey question codes, autumn fieldwork years
def _question_codes() -> Layout:
    head = ["Survey question", "Group", *(f"Autumn {y}" for y in f.AUTUMN), "Sector 2023"]
    rows = [head]
    truth = []
    for ind, groups in f.SURVEY.items():
        words = f.WORDS[ind].replace("Staff ", "", 1)
        for j, (g, values) in enumerate(groups.items()):
            name = f"{f.QCODES[ind]} {words}" if j == 0 else ""
            rows.append([name, g, *(_pct(x) for x in values), _pct(f.SECTOR[ind][j])])
            truth += [
                _fig(ind, g, f"{y}/{int(y[2:]) + 1}", x)
                for y, x in zip(f.AUTUMN, values, strict=True)
            ]
    blocks: list[Block] = [
        H("Melmerby Beck Community NHS Trust"),
        H("What our staff told us: race equality questions in the NHS Staff Survey"),
        P(
            "The survey runs each autumn. The four questions below are the ones the Workforce "
            "Race Equality Standard uses; the sector column is the average for community "
            "trusts in the autumn 2023 survey."
        ),
        T(rows),
    ]
    return Layout(
        "survey indicators named only by staff survey question codes ('Q13a', 'Q16b') and "
        "wording, 'Autumn 2021' to 'Autumn 2023' fieldwork columns, a sector column",
        blocks[0].text,
        blocks,
        truth,
    )


def _period(ind: int, year: str) -> tuple[str, str]:
    """(source, data period) as the layout words them for an indicator and year."""
    snap, span, survey = PERIOD_WORDS[year]
    if ind == 1:
        return "ESR", f"Snapshot 31 March {snap}"
    if ind == 9:
        return "Board register", f"Board at 31/03/{snap}"
    if ind in (5, 6, 7, 8):
        return "NHS Staff Survey", f"Staff Survey {survey}"
    return ("TRAC", "Case system", "Learning records")[ind - 2], span


# 3. a 'Data period' column worded row by row, a 'Source' column
def _data_periods() -> Layout:
    rows = [["Indicator", "Source", "Data period", "BME", "White"]]
    ratios = [["Indicator", "Source", "Data period", "Relative likelihood"]]
    truth = []
    for year, inds in f.PERIODS.items():
        for ind, (bme, white) in inds.items():
            rows.append([f"{ind}. {f.WORDS[ind]}", *_period(ind, year), _pct(bme), _pct(white)])
            truth += [_fig(ind, "BME", year, bme), _fig(ind, "White", year, white)]
        for ind, x in f.PERIOD_RATIOS[year].items():
            ratios.append([f"{ind}. {f.RATIO_WORDS[ind]}", *_period(ind, year), x])
            truth.append(_fig(ind, None, year, x))
    blocks: list[Block] = [
        H("Garrigill Tyne NHS Foundation Trust"),
        H("WRES metrics with their sources"),
        P("Each figure is shown with the system it comes from and the period it covers."),
        Grid(rows, header=True, widths=(8, 3, 4, 2, 2)),
        Grid(ratios, header=True, widths=(9, 3, 4, 3)),
    ]
    return Layout(
        "a 'Data period' column worded differently row by row ('Snapshot 31 March 2024', "
        "'April 2023 – March 2024', 'Staff Survey 2023') beside a 'Source' column",
        blocks[0].text,
        blocks,
        truth,
    )


# 4. one header row fusing group and year ('BME 2023/24'), a gap after each pair
def _fused() -> Layout:
    years = ("2023/24", "2022/23")
    head = ["Indicator"]
    for y in years:
        head += [f"BME {y}", f"White {y}", f"Gap {y} (points)"]
    rows = [head]
    truth = []
    for ind, by_year in f.FUSED.items():
        row = [f"{ind}. {f.WORDS[ind]}"]
        for y in years:
            bme, white, gap = by_year[y]
            row += [_pct(bme), _pct(white), gap]
            truth += [_fig(ind, "BME", y, bme), _fig(ind, "White", y, white)]
        rows.append(row)
    ratios = [["Indicator", *(f"Ratio {y}" for y in years)]]
    for ind, values in f.FUSED_RATIOS.items():
        ratios.append([f"{ind}. {f.RATIO_WORDS[ind]}", *values])
        truth += [_fig(ind, None, y, x) for y, x in zip(years, values, strict=True)]
    blocks: list[Block] = [
        H("Alston Nenthead NHS Trust"),
        H("WRES summary table"),
        P("The gap is the BME figure minus the White figure, in percentage points."),
        T(rows),
        T(ratios),
    ]
    return Layout(
        "one header row fusing group and year in each head ('BME 2023/24', 'White 2022/23'), "
        "a gap column after each pair",
        blocks[0].text,
        blocks,
        truth,
    )


# 5. indicators numbered in Roman numerals, a table a year
def _roman() -> Layout:
    blocks: list[Block] = [
        H("Slaggyford Haltwhistle NHS Trust"),
        H("Board report: Workforce Race Equality Standard"),
        P("The indicators are numbered (i) to (ix) as in the Board's equality reports."),
    ]
    truth = []
    for year, inds in f.ROMAN.items():
        end = "2024" if year == "2023/24" else "2023"
        rows = [["No.", "Indicator", "BME %", "White %", "Relative likelihood"]]
        for ind in range(1, 10):
            num = f"({f.NUMERALS[ind]})"
            if ind in inds:
                bme, white = inds[ind]
                rows.append([num, f.WORDS[ind], bme, white, "n/a"])
                truth += [_fig(ind, "BME", year, bme), _fig(ind, "White", year, white)]
            else:
                x = f.ROMAN_RATIOS[year][ind]
                rows.append([num, f.RATIO_WORDS[ind], "n/a", "n/a", x])
                truth.append(_fig(ind, None, year, x))
        blocks += [
            P(f"Year to 31 March {end}", "bold"),
            Grid(rows, header=True, widths=(2, 9, 2, 2, 3)),
        ]
    return Layout(
        "indicators numbered with Roman numerals '(i)' to '(ix)' in a 'No.' column, a table "
        "a year headed 'Year to 31 March', 'n/a' cells",
        blocks[0].text,
        blocks,
        truth,
    )


LAYOUTS: list[Layout] = [_fiscal(), _question_codes(), _data_periods(), _fused(), _roman()]
