"""Held-out set R, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to Q (benchmarks/heldout_d .. heldout_q
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_r_figures.py).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to Q apply them: a 31 March snapshot is the financial year it closes ("31 March 2024"
-> 2023/24); a year printed "2023/24" is that year; "last year" / "twelve months
earlier" / "the year before" is the year before the one the text names; relative
likelihoods take their numerator group (White for 2 and 4, BME for 3); the board's
share is indicator 9 with the board's staff group (`board_voting`); indicator 1 by pay
band within a staff group carries that staff group ("clinical" / "non_clinical") and
the band as printed. Not in the truth: national series and averages, headcounts,
footnote marks, and cells printed '*' or 'n/a'.
"""

from __future__ import annotations

from benchmarks.heldout_e.wres_e import Layout, _t
from benchmarks.heldout_m.wres_m import _fig
from benchmarks.heldout_p.render import Block, Grid, H, P, T
from benchmarks.heldout_r import wres_r_figures as f

YEARS = ("2023/24", "2022/23")


def _pct(x: str) -> str:
    return f"{x}%"


def _truth(figures: dict, ratios: dict, years: tuple[str, ...] = YEARS) -> list[dict]:
    truth = []
    for ind, groups in figures.items():
        for g, values in groups.items():
            truth += [_fig(ind, g, y, x) for y, x in zip(years, values, strict=True) if x]
    for ind, values in ratios.items():
        truth += [_fig(ind, None, y, x) for y, x in zip(years, values, strict=True) if x]
    return truth


# 1. indicator 1: a table per staff group, bands as rows, a merged head over each year
def _staff_groups() -> Layout:
    titles = {
        "clinical": "Table 1a – Clinical staff",
        "non_clinical": "Table 1b – Non-clinical staff",
    }
    blocks: list[Block] = [
        H("Mardale Head NHS Trust"),
        H("WRES indicator 1: our workforce by Agenda for Change band"),
        P(
            "Each table gives the share of staff in each band who are White and who are "
            "from a Black, Asian or minority ethnic (BME) background, at 31 March of each "
            "year. Staff who did not state their ethnicity make up the rest."
        ),
    ]
    truth = []
    spans = [("", 1), ("31 March 2024", 2), ("31 March 2023", 2), ("", 1)]
    for sg, rows in f.BANDED.items():
        table = [["Pay band", "White", "BME", "White", "BME", "Staff in post 2024"]]
        for band, (w24, b24, w23, b23), heads in rows:
            table.append([band, *map(_pct, (w24, b24, w23, b23)), heads])
            for group, year, x in (
                ("White", "2023/24", w24),
                ("BME", "2023/24", b24),
                ("White", "2022/23", w23),
                ("BME", "2022/23", b23),
            ):
                truth.append(_t(1, "percentage", sg, band, group, year, float(x)))
        blocks += [P(titles[sg], "bold"), T(table, spans)]
    return Layout(
        "indicator 1 as one table per staff group (clinical, non-clinical), pay bands as "
        "rows, White / BME under a merged '31 March' head for each year, a headcount column",
        blocks[0].text,
        blocks,
        truth,
    )


def _card(title: str, value: str, who: str, before: str) -> str:
    return "\n".join((title, value, who, f"Last year: {before}"))


# 2. infographic cards in a borderless grid, three to a row
def _cards() -> Layout:
    cards = []
    for ind, groups in f.CARDS.items():
        for g, (now, before) in groups.items():
            who = f"of {g} staff" if ind != 9 else f"of voting board members are {g}"
            cards.append(_card(f"Indicator {ind} · {f.WORDS[ind]}", _pct(now), who, _pct(before)))
    for ind, (now, before) in f.CARD_RATIOS.items():
        who = "times as likely (BME to White)" if ind == 3 else "times as likely (White to BME)"
        cards.append(_card(f"Indicator {ind} · {f.RATIO_WORDS[ind]}", now, who, before))
    rows = [cards[i : i + 3] for i in range(0, len(cards), 3)]
    blocks: list[Block] = [
        H("Sleddale Beck NHS Foundation Trust"),
        H("Race equality in numbers: WRES 2024"),
        P(
            "Each card shows the figure for 2023/24 in large type, with the figure for "
            "2022/23 beneath it as last year."
        ),
        Grid(rows, borders=False),
    ]
    return Layout(
        "infographic cards three to a borderless row, each an indicator and group with its "
        "figure large and a small 'Last year: x%' line beneath",
        blocks[0].text,
        blocks,
        _truth(f.CARDS, f.CARD_RATIOS),
    )


def _series(name: str, values: tuple[str, ...], unit: str = "%") -> P:
    said = "; ".join(f"{y}: {x}{unit}" for y, x in zip(f.CHART_YEARS, values, strict=True))
    return P(f"Series: {name}; {said}")


# 3. the data tables behind charts printed as 'Series:' lines
def _charts() -> Layout:
    blocks: list[Block] = [
        H("Haweswater NHS Trust"),
        H("Workforce Race Equality Standard: three-year trends"),
        P(
            "The charts in this report are not reproduced in the accessible version; the "
            "data behind each chart is given below it instead."
        ),
    ]
    k = 0
    for ind, groups in f.SERIES.items():
        k += 1
        blocks += [P(f"Chart {k}: Indicator {ind} – {f.WORDS[ind]}", "bold"), P("Chart data:")]
        blocks += [_series(g, values) for g, values in groups.items()]
        if ind in f.SERIES_NATIONAL:
            blocks.append(_series("National", f.SERIES_NATIONAL[ind]))
    for ind, values in f.SERIES_RATIOS.items():
        k += 1
        blocks += [P(f"Chart {k}: Indicator {ind} – {f.RATIO_WORDS[ind]}", "bold")]
        blocks += [P("Chart data:"), _series("Relative likelihood", values, "")]
    return Layout(
        "each chart's data printed as text lines under its title: 'Series: White; "
        "2021/22: 80.2%; 2022/23: 78.9%; 2023/24: 77.1%', a National series on some",
        blocks[0].text,
        blocks,
        _truth(f.SERIES, f.SERIES_RATIOS, years=f.CHART_YEARS),
    )


def _survey_sentence(ind: int, what: str) -> str:
    (b_now, b_then), (w_now, w_then) = f.NARRATIVE[ind]["BME"], f.NARRATIVE[ind]["White"]
    said = (
        f"In the 2023/24 survey, {b_now}% of BME respondents {what}, set against "
        f"{w_now}% of White respondents; the 2022/23 survey put these at {b_then}% and "
        f"{w_then}%."
    )
    if ind in f.NARRATIVE_NATIONAL:
        said += f" Across England the BME figure was {f.NARRATIVE_NATIONAL[ind]}%."
    return said


# 4. a long narrative report, the figures only in sentences
def _narrative() -> Layout:
    n, r = f.NARRATIVE, f.NARRATIVE_RATIOS
    blocks: list[Block] = [
        H("Swindale Foot Community NHS Trust"),
        H("Annual report on race equality in employment"),
        P(
            "This report tells the story of our year rather than setting out tables. It "
            "was discussed by our staff networks and the People and Culture Committee, "
            "and it draws on workforce records and the national staff survey."
        ),
        H("Who works here"),
        P(
            f"Colleagues from Black, Asian and minority ethnic backgrounds made up "
            f"{n[1]['BME'][0]}% of our people at the end of March 2024, where twelve "
            f"months earlier the share stood at {n[1]['BME'][1]}%; White colleagues "
            f"accounted for {n[1]['White'][0]}% (previously {n[1]['White'][1]}%)."
        ),
        P(
            f"Once shortlisted, a White applicant stood {r[2][0]} times the chance of a BME "
            f"applicant of being offered the post during 2023/24, a narrowing from "
            f"{r[2][1]} over 2022/23."
        ),
        P(
            f"The chance of a BME colleague entering a formal disciplinary investigation "
            f"ran at {r[3][0]} times that of a White colleague during 2023/24, against "
            f"{r[3][1]} during 2022/23."
        ),
        P(
            f"For non-mandatory training and CPD the ratio of White to BME access was "
            f"{r[4][0]} during 2023/24 and {r[4][1]} during 2022/23."
        ),
        H("What our staff told us"),
        P(
            _survey_sentence(
                5,
                "said patients, relatives or members of the public had harassed, bullied "
                "or abused them",
            )
        ),
        P(_survey_sentence(6, "said the same of other staff")),
        P(_survey_sentence(7, "believed the Trust gives everyone a fair chance of promotion")),
        P(_survey_sentence(8, "said a manager or colleague had discriminated against them")),
        H("Our Board"),
        P(
            f"Of the Board's voting members, {n[9]['BME'][0]}% were from a BME background "
            f"in 2023/24 and {n[9]['BME'][1]}% in 2022/23, so that {n[9]['White'][0]}% were "
            f"White this year against {n[9]['White'][1]}% the year before."
        ),
        P(
            "Two of our three staff networks now have an executive sponsor, and the "
            "reverse mentoring programme will take its fourth cohort of 12 pairs in 2025."
        ),
    ]
    return Layout(
        "a long narrative report with no tables, each figure inside a sentence ('set "
        "against', 'where twelve months earlier the share stood at', 'put these at')",
        blocks[0].text,
        blocks,
        _truth(f.NARRATIVE, f.NARRATIVE_RATIOS),
    )


def _cell(key: tuple, values: tuple[str | None, ...], unit: str = "%") -> str:
    lines = []
    for j, (y, x) in enumerate(zip(YEARS, values, strict=True)):
        shown = f"{x}{unit}{f.MARKED.get((*key, j), '')}" if x else f.NOT_PRINTED[(*key, j)]
        lines.append(f"{y}: {shown}")
    return "\n".join(lines)


# 5. a line a year inside each cell, footnote marks and '*' / 'n/a' cells
def _cell_years() -> Layout:
    rows = [["WRES indicator", "BME staff", "White staff"]]
    for ind, groups in f.CELLS.items():
        cells = [_cell((ind, g), groups[g]) for g in ("BME", "White")]
        rows.append([f"{ind}. {f.WORDS[ind]}", *cells])
    ratios = [["WRES indicator", "Relative likelihood"]]
    for ind, values in f.CELL_RATIOS.items():
        ratios.append([f"{ind}. {f.RATIO_WORDS[ind]}", _cell((ind, None), values, "")])
    blocks: list[Block] = [
        H("Naddle Forest NHS Trust"),
        H("WRES data summary"),
        P("Percentages of staff in each group", "bold"),
        Grid(rows, header=True, widths=(6, 4, 4)),
        P("Relative likelihoods (White to BME for 2 and 4; BME to White for 3)", "bold"),
        Grid(ratios, header=True, widths=(6, 4)),
        *(P(x) for x in f.NOTES),
    ]
    return Layout(
        "indicators as rows, BME and White as columns, each cell a line a year "
        "('2023/24: 31.9%' over '2022/23: 34.2%'), footnote marks on some figures, "
        "'*' and 'n/a' cells",
        blocks[0].text,
        blocks,
        _truth(f.CELLS, f.CELL_RATIOS),
    )


LAYOUTS: list[Layout] = [_staff_groups(), _cards(), _charts(), _narrative(), _cell_years()]
