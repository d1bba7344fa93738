"""Held-out set L, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to K (benchmarks/heldout_d .. heldout_k
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_l_figures.py).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to K apply them (benchmarks/heldout_k/wres_k.py): a 31 March snapshot is the financial
year it closes; a staff survey year is its own financial year ("2023 survey" ->
2023/24); a year printed "2023/24" is that year; a WRES report year is its data year
("WRES 2024" -> 2023/24); relative likelihoods take their numerator group (White for 2
and 4, BME for 3); the board's share is indicator 9 with the board's staff group
(`board_voting`); "x out of y (z%)" is the percentage z. Not in the truth: targets,
counts (the "n" columns, "x out of y"), national and England comparators, "1 in 4",
suppressed cells ("*"), "n/a" and dashes.
"""

from __future__ import annotations

from html import escape

from benchmarks.heldout_e.wres_e import Layout, _pc, _rl, _t
from benchmarks.heldout_k.render import F
from benchmarks.heldout_l import wres_l_figures as f
from benchmarks.heldout_l.render import B, Block, Grid, H, Html, P, T

THIS, PREVIOUS = "2023/24", "2022/23"
SURVEY_PERIOD = {"2021": "2021/22", "2022": "2022/23", "2023": "2023/24"}
MARCH_PERIOD = {"2022": "2021/22", "2023": "2022/23", "2024": "2023/24"}
WRES_PERIOD = {"2023": "2022/23", "2024": "2023/24"}


def _figure(ind: int, group: str, period: str, value: str) -> dict:
    """One truth figure for an indicator as the layouts print it."""
    x = float(value.rstrip("†*"))
    if ind in (2, 3, 4):
        return _rl(ind, period, x)
    if ind == 1:
        return _t(1, "percentage", "overall", None, group, period, x)
    if ind == 9:
        return _t(9, "percentage", "board_voting", None, group, period, x)
    return _pc(ind, group, period, x)


def _title(ind: int) -> str:
    if ind == 1:
        return "Indicator 1: BME and White share of the workforce"
    if ind == 9:
        return "Indicator 9: BME share of board voting members"
    return f"Indicator {ind}: {(f.LIKELIHOOD_WORDS | f.SURVEY_WORDS)[ind]}"


# 1. dashboard cards: a card an indicator, value and arrow, last year, target
def _cards() -> Layout:
    truth = []
    cells, markup = [], []
    for ind, groups in f.CARDS.items():
        unit = "" if ind in (2, 3, 4) else "%"
        lines = [_title(ind)]
        html = [f"<h3>{escape(_title(ind))}</h3>"]
        for group, (now, before, target) in groups.items():
            arrow = "▲" if float(now) > float(before) else "▼"
            who = "Board (BME)" if ind == 9 else ("Ratio" if unit == "" else f"{group} staff")
            lines += [f"{who}: {now}{unit} {arrow}", f"Last year: {before}{unit}"]
            html += [
                f"<p class='value'>{who}: <b>{now}{unit}</b> <span class='arrow'>{arrow}</span></p>",
                f"<p class='previous'>Last year: {before}{unit}</p>",
            ]
            if target:
                lines.append(f"Target: {target}{unit}")
                html.append(f"<p class='target'>Target: {target}{unit}</p>")
            truth += [_figure(ind, group, THIS, now), _figure(ind, group, PREVIOUS, before)]
        cells.append("\n".join(lines))
        markup.append(f"<div class='card'>{''.join(html)}</div>")
    rows = [cells[i : i + 3] + [""] * (3 - len(cells[i : i + 3])) for i in range(0, len(cells), 3)]
    blocks: list[Block] = [
        H("Owlsmoor Vale NHS Foundation Trust"),
        H("WRES dashboard 2024"),
        P(
            "This year means the workforce at 31 March 2024 and the 2023 staff survey; last "
            "year means 31 March 2023 and the 2022 survey. Arrows show the direction of "
            "change; targets are those in our Race Equality Plan."
        ),
        Html(
            f"<div class='dashboard'>{''.join(markup)}</div>",
            [Grid(rows, borders=True, widths=(1, 1, 1))],
        ),
        P("Ratios above 1.00 mean the first group named is more likely."),
    ]
    return Layout(
        "dashboard cards: one card an indicator, value with an arrow, last year's value, a target",
        blocks[0].text,
        blocks,
        truth,
    )


# 2. counts and percentages in separate n and % columns under a two-row header
def _n_and_percent() -> Layout:
    names = {1: "1. Workforce", 9: "9. Board voting members"}
    names |= {i: f"{i}. {f.SURVEY_WORDS[i]}" for i in (5, 6, 7, 8)}
    blocks: list[Block] = [
        H("Purley Chase NHS Trust"),
        H("Workforce Race Equality Standard: the figures"),
        P(
            "Indicator 1 and 9 counts are staff in post; indicators 5 to 8 count staff "
            "survey respondents answering yes. * fewer than 11 respondents."
        ),
    ]
    truth = []
    for period, table in f.NPCT.items():
        survey = {"2023/24": "2023", "2022/23": "2022"}[period]
        rows = [["Indicator", "n", "%", "n", "%", "n", "%"]]
        for ind, groups in table.items():
            row = [names[ind]]
            for group in ("BME", "White", "Unknown"):
                n, pc = groups[group]
                row += [n, pc]
                if pc != "*":
                    truth.append(_figure(ind, group, period, pc))
            rows.append(row)
        ratios = f.NPCT_LIKELIHOODS[period]
        blocks += [
            P(f"{period} (workforce at 31 March {int(survey) + 1}, {survey} staff survey)", "bold"),
            T(rows, spans=[("", 1), ("BME", 2), ("White", 2), ("Not stated", 2)]),
            P(
                "Relative likelihoods: "
                + "; ".join(f"indicator {i} {x}" for i, x in ratios.items())
                + "."
            ),
        ]
        truth += [_rl(i, period, float(x)) for i, x in ratios.items() if x != "n/a"]
    blocks.append(P("n/a: no formal disciplinary cases involving BME staff in the year."))
    return Layout(
        "counts and percentages in separate 'n' and '%' columns under a two-row group header",
        blocks[0].text,
        blocks,
        truth,
    )


# 3. year-first lines under each indicator, dashes, n/a and footnote daggers
def _year_first() -> Layout:
    blocks: list[Block] = [
        H("Quarrendon Fields NHS Trust"),
        H("WRES: three years at a glance"),
        H(_title(1)),
    ]
    truth = []
    for year, (bme, white) in f.YEAR_FIRST_WORKFORCE.items():
        blocks.append(B(f"31 March {year}: BME {bme}%, White {white}%"))
        for group, x in (("BME", bme), ("White", white)):
            truth.append(_figure(1, group, MARCH_PERIOD[year], x))
    for ind, years in f.YEAR_FIRST_RATIOS.items():
        blocks.append(H(_title(ind)))
        for period, x in years.items():
            blocks.append(B(f"{period}: {x}"))
            if x != "n/a":
                truth.append(_figure(ind, "", period, x))
    for ind, years in f.YEAR_FIRST_SURVEY.items():
        blocks.append(H(_title(ind)))
        for year, (bme, white) in years.items():
            if bme == "–":
                blocks.append(B(f"{year}: BME –, White – (question not asked)"))
                continue
            blocks.append(
                B(
                    f"{year}: BME {bme.replace('†', '%†')}{'' if '†' in bme else '%'}, White {white}%"
                )
            )
            truth += [
                _figure(ind, "BME", SURVEY_PERIOD[year], bme),
                _figure(ind, "White", SURVEY_PERIOD[year], white),
            ]
        blocks.append(P(f"England 2023: BME {f.YEAR_FIRST_ENGLAND[ind]}%", "italic"))
    blocks.append(H(_title(9)))
    for year, x in f.YEAR_FIRST_BOARD.items():
        blocks.append(B(f"31 March {year}: {x}%"))
        truth.append(_figure(9, "BME", MARCH_PERIOD[year], x))
    blocks.append(
        P("† fewer than 50 BME respondents. – the question was not in that year's survey.")
    )
    return Layout(
        "year-first lines under each indicator ('2023: BME 27.1%, White 22.2%'), dashes and daggers",
        blocks[0].text,
        blocks,
        truth,
    )


# 4. "x out of y" counts, the percentage in brackets
def _out_of() -> Layout:
    blocks: list[Block] = [
        H("Rotherwick Heath Community NHS Trust"),
        H("Race equality in numbers, WRES 2024"),
        P("Indicator 1: our workforce", "bold"),
    ]
    truth = []
    for year, groups in f.OUT_OF_WORKFORCE.items():
        parts = [f"{x} out of {y} staff were {g} ({pc}%)" for g, (x, y, pc) in groups.items()]
        blocks.append(B(f"At 31 March {year}, " + " and ".join(parts) + "."))
        truth += [_figure(1, g, MARCH_PERIOD[year], pc) for g, (_, _, pc) in groups.items()]
    blocks.append(P("Indicators 2 to 4: recruitment, discipline and training, 2023/24", "bold"))
    for ind, (numerator, denominator, ratio) in f.OUT_OF_LIKELIHOODS.items():
        blocks.append(
            B(
                f"Indicator {ind}: {numerator}, against {denominator}: a relative likelihood of {ratio}."
            )
        )
        truth.append(_figure(ind, "", THIS, ratio))
    for ind, years in f.OUT_OF_SURVEY.items():
        blocks.append(P(f"Indicator {ind}: {f.SURVEY_WORDS[ind].lower()}", "bold"))
        for year, groups in years.items():
            (bx, by, bp), (wx, wy, wp) = groups["BME"], groups["White"]
            blocks.append(
                B(
                    f"{year} staff survey: {bx} out of {by} BME respondents ({bp}%), "
                    f"{wx} out of {wy} White respondents ({wp}%)."
                )
            )
            truth += [
                _figure(ind, "BME", SURVEY_PERIOD[year], bp),
                _figure(ind, "White", SURVEY_PERIOD[year], wp),
            ]
        if ind in f.OUT_OF_NATIONAL:
            words, pc = f.OUT_OF_NATIONAL[ind]
            blocks.append(
                P(f"Nationally, about {words} BME staff said the same ({pc}%).", "italic")
            )
    x, y, pc = f.OUT_OF_BOARD
    blocks += [
        P("Indicator 9: the board", "bold"),
        B(f"On 31 March 2024, {x} out of {y} voting board members were BME ({pc}%)."),
    ]
    truth.append(_figure(9, "BME", THIS, pc))
    return Layout(
        "'x out of y' counts with the percentage in brackets, a bullet a year",
        blocks[0].text,
        blocks,
        truth,
    )


# 5. a data appendix printed as comma-separated lines
def _csv() -> Layout:
    header = "indicator,ethnic_group,wres_year,trust_value,national_value"
    lines = [header] + [",".join(r) for r in f.CSV_ROWS]
    truth = [
        _figure(int(ind), group, WRES_PERIOD[year], value)
        for ind, group, year, value, _ in f.CSV_ROWS
        if value != "*"
    ]
    blocks: list[Block] = [
        H("Sulhamstead Abbots NHS Trust"),
        H("Appendix C: WRES data file"),
        P(
            "The lines below are the data file behind this report, one figure a line. "
            "Indicators 1, 5 to 8 and 9 are percentages; 2 to 4 are relative likelihoods. "
            "wres_year is the WRES publication year; * is a suppressed value."
        ),
        *(F(line) for line in lines),
        P("The national values are the England averages for the same publication year."),
    ]
    return Layout(
        "a data appendix printed as comma-separated lines ('5,BME,2024,32.6,29.9') in a fixed font",
        blocks[0].text,
        blocks,
        truth,
    )


LAYOUTS: list[Layout] = [_cards(), _n_and_percent(), _year_first(), _out_of(), _csv()]
