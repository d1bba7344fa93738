"""Held-out set V, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to U (benchmarks/heldout_d .. heldout_u
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_v_figures.py). Nothing under parsers/ was read while writing it.

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to U apply them: a year printed "2023/24" is that year; a 31 March snapshot is the
financial year it closes ("31 March 2024" -> 2023/24); a staff survey year is its own
financial year ("2023 staff survey" -> 2023/24); "was" / "last year" is the year before
the one the text names; relative likelihoods take their numerator group (White for 2
and 4, BME for 3); the board's share is indicator 9 with the board's staff group
(`board_voting`), the workforce share indicator 1 with `overall`. In set V besides:
three years are keyed where a table prints three; 'Not stated' and 'All staff' shares
in a chart legend, benchmark-group averages, and equality measures that are not WRES
indicators (disability, sickness, gender pay gap, turnover) printed in the same table
are not in the truth.
"""

from __future__ import annotations

from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_p.render import B as Bullet
from benchmarks.heldout_p.render import Block, Grid, H, P
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported
from benchmarks.heldout_v import wres_v_figures as f

YEARS = ("2023/24", "2022/23")
SURVEY = {"2023/24": "2023", "2022/23": "2022"}
SNAPSHOT = {"2023/24": "31 March 2024", "2022/23": "31 March 2023"}


def _pct(x: str) -> str:
    return f"{x}%"


# 1. three years as columns, oldest first; an indicator's name alone, then its rows
def _stacked() -> Layout:
    rows = [["Indicator", *f.STACKED_YEARS]]
    both = {**f.STACKED, **f.STACKED_RATIOS}
    for i in sorted(both):
        rows.append([f"{i}. {f.SHORT[i]}", "", "", ""])
        v = both[i]
        if isinstance(v, dict):
            rows += [[g, *map(_pct, v[g])] for g in ("BME", "White")]
        else:
            rows.append(["Relative likelihood", *v])
    blocks: list[Block] = [
        H("Thornhill Edge NHS Trust"),
        H("Workforce Race Equality Standard – three-year view"),
        P(
            "The table shows each indicator for the last three reporting years, the oldest "
            "first. Indicators 1 and 9 are taken at 31 March; indicators 5 to 8 come from "
            "the staff survey of each year."
        ),
        Grid(rows, header=True, widths=(6, 2, 2, 2)),
    ]
    return Layout(
        "one table with three years as columns, oldest first ('2021/22 | 2022/23 | "
        "2023/24'), each indicator a row holding only its name, then 'BME' and 'White' "
        "rows beneath it (a 'Relative likelihood' row for 2 to 4)",
        blocks[0].text,
        blocks,
        _truth(f.STACKED, f.STACKED_RATIOS, f.STACKED_YEARS),
    )


# 2. theme headings, a bullet an indicator, last year's figure after 'was'
def _themes() -> Layout:
    themes = {
        "Recruitment and progression": (1, 2, 4, 7),
        "Experience at work": (5, 6, 8, 3),
        "Leadership": (9,),
    }
    blocks: list[Block] = [
        H("Liversedge Mills NHS Trust"),
        H("Race equality at work: our 2023/24 WRES results"),
        P(
            "Each line gives the 2023/24 figure; the figure after 'was' is 2022/23's. "
            "Indicator numbers are in brackets."
        ),
    ]
    for theme, inds in themes.items():
        blocks.append(H(theme))
        for i in inds:
            if i in f.THEMES:
                (b, b0), (w, w0) = f.THEMES[i]["BME"], f.THEMES[i]["White"]
                line = f"{f.SHORT[i]} ({i}): BME {b}%, was {b0}%; White {w}%, was {w0}%"
            else:
                now, before = f.THEMES_RATIOS[i]
                line = f"{f.SHORT[i]} ({i}): relative likelihood {now}, was {before}"
            blocks.append(Bullet(line))
    return Layout(
        "indicators regrouped under theme headings ('Recruitment and progression', "
        "'Experience at work', 'Leadership'), a bullet each with the indicator's number in "
        "brackets after a short name and last year's figure after 'was'",
        blocks[0].text,
        blocks,
        _truth(f.THEMES, f.THEMES_RATIOS),
    )


# 3. charts reduced to their titles and legend lines
def _legends() -> Layout:
    blocks: list[Block] = [
        H("Mirfield Wharf NHS Foundation Trust"),
        H("WRES 2024 in charts"),
        P("Each chart's title and legend are printed below; the charts themselves are omitted."),
    ]
    n = 0
    both = {**f.LEGENDS, **f.LEGENDS_RATIOS}
    for i in sorted(both):
        for j, y in enumerate(YEARS):
            n += 1
            v = both[i]
            if not isinstance(v, dict):
                blocks += [
                    P(f"Figure {n}: {f.SHORT[i]} – relative likelihood, {y}", "bold"),
                    P(f"{y}  ▮▮▮▮▮▮▮▮▮▮  {v[j]}"),
                ]
                continue
            when = f"{SURVEY[y]} staff survey" if 5 <= i <= 8 else SNAPSHOT[y]
            parts = [f"● BME {v['BME'][j]}%", f"● White {v['White'][j]}%"]
            if i in f.NOT_STATED:
                parts.append(f"● Not stated {f.NOT_STATED[i][j]}%")
            if i in f.ALL_STAFF:
                parts.append(f"● All staff {f.ALL_STAFF[i][j]}%")
            blocks += [P(f"Figure {n}: {f.SHORT[i]} ({when})", "bold"), P("   ".join(parts))]
    return Layout(
        "charts reduced to their titles and legend lines ('Figure 9: Harassment from "
        "colleagues (2023 staff survey)' over '● BME 26.8%   ● White 19.7%   ● All staff "
        "21.2%'), a chart a year, each ratio a bar line ('2023/24  ▮▮▮▮  1.33')",
        blocks[0].text,
        blocks,
        _truth(f.LEGENDS, f.LEGENDS_RATIOS),
    )


# 4. sentences for 1 and 9, a survey table beside benchmark averages, a ratio table
def _mixed() -> Layout:
    m = f.MIXED
    blocks: list[Block] = [
        H("Cleckheaton Spen NHS Trust"),
        H("WRES annual report 2023/24"),
        H("Our workforce and Board"),
        P(
            f"At 31 March 2024, {m[1]['BME'][0]}% of our staff were from a BME background "
            f"and {m[1]['White'][0]}% White; a year earlier the figures were "
            f"{m[1]['BME'][1]}% and {m[1]['White'][1]}%."
        ),
        P(
            f"BME members made up {m[9]['BME'][0]}% of the Board's voting membership at 31 "
            f"March 2024 ({m[9]['BME'][1]}% at 31 March 2023); White members "
            f"{m[9]['White'][0]}% ({m[9]['White'][1]}%)."
        ),
        H("Staff survey indicators"),
    ]
    rows = [
        [
            "Indicator",
            "BME 2023",
            "BME 2022",
            "Benchmark average (BME)",
            "White 2023",
            "White 2022",
            "Benchmark average (White)",
        ]
    ]
    for i in (5, 6, 7, 8):
        (b, b0), (w, w0) = m[i]["BME"], m[i]["White"]
        bb, bw = f.BENCHMARK[i]
        rows.append([f"{i}. {f.SHORT[i]}", *map(_pct, (b, b0, bb, w, w0, bw))])
    ratios = [["Relative likelihood", "2023/24", "2022/23"]]
    ratios += [[f"{i}. {f.SHORT[i]}", *v] for i, v in f.MIXED_RATIOS.items()]
    blocks += [
        P("Survey years are those of the NHS Staff Survey; the benchmark is 2023's."),
        Grid(rows, header=True, widths=(5, 2, 2, 2, 2, 2, 2)),
        H("Relative likelihoods"),
        Grid(ratios, header=True, widths=(6, 2, 2)),
    ]
    return Layout(
        "a report mixing forms: indicators 1 and 9 in sentences, 5 to 8 in a table whose "
        "columns are survey years ('BME 2023') with a benchmark-average column after each "
        "group, 2 to 4 in a separate small table",
        blocks[0].text,
        blocks,
        _truth(f.MIXED, f.MIXED_RATIOS),
    )


# 5. WRES rows inside a wider workforce equality table
def _wider() -> Layout:
    rows = [["Measure", "Group", "2023/24", "2022/23"]]
    for i in sorted({**f.WIDER, **f.WIDER_RATIOS}):
        name = f"WRES {i} – {f.SHORT[i]}"
        if i in f.WIDER:
            rows += [[name, g, *map(_pct, f.WIDER[i][g])] for g in ("BME", "White")]
        else:
            group = "BME relative to White" if i == 3 else "White relative to BME"
            rows.append([name, group, *f.WIDER_RATIOS[i]])
    rows += [[m, g, _pct(a), _pct(b)] for m, g, a, b in f.OTHER_MEASURES]
    blocks: list[Block] = [
        H("Heckmondwike Green NHS Trust"),
        H("Workforce equality dashboard 2023/24"),
        P(
            "This dashboard brings together the Trust's equality measures. Rows marked "
            "'WRES' are the Workforce Race Equality Standard indicators."
        ),
        Grid(rows, header=True, widths=(7, 4, 2, 2)),
    ]
    return Layout(
        "a 'Workforce equality dashboard' table ('Measure | Group | 2023/24 | 2022/23') "
        "where the WRES rows ('WRES 5 – …') sit among other equality measures (disability, "
        "sickness, gender pay gap, turnover) that are not keyed",
        blocks[0].text,
        blocks,
        _truth(f.WIDER, f.WIDER_RATIOS),
    )


LAYOUTS: list[Layout] = [_stacked(), _themes(), _legends(), _mixed(), _wider()]
