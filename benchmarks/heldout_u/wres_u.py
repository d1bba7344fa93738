"""Held-out set U, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to T (benchmarks/heldout_d .. heldout_t
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_u_figures.py). Nothing under parsers/ was read while writing it.

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to T apply them: a year printed "2023/24" is that year; a 31 March snapshot is the
financial year it closes ("31 March 2024" -> 2023/24); a staff survey year is its own
financial year ("2023 NHS Staff Survey" -> 2023/24); relative likelihoods take their
numerator group (White for 2 and 4, BME for 3); the board's share is indicator 9 with
the board's staff group (`board_voting`), the workforce share indicator 1 with
`overall`. Not in the truth: comparator figures, figures rounded in a summary ("around
27%") when the exact figure is printed elsewhere, and '—' cells.
"""

from __future__ import annotations

from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_p.render import B as Bullet
from benchmarks.heldout_p.render import Block, Grid, H, P
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported
from benchmarks.heldout_u import wres_u_figures as f

YEARS = ("2023/24", "2022/23")
GROUP_INDICATORS = (1, 5, 6, 7, 8, 9)


def _order(figures: dict, ratios: dict) -> list[tuple[int, object]]:
    """Indicators 1 to 9 in order: a percentage pair or a ratio."""
    both = {**figures, **ratios}
    return [(i, both[i]) for i in sorted(both)]


def _name(i: int) -> str:
    return f.WORDS.get(i) or f.RATIO_WORDS[i]


# 1. a table a year: indicators 1-9 as rows, BME | White | Relative likelihood
def _per_year() -> Layout:
    blocks: list[Block] = [
        H("Tweedmouth Quay NHS Trust"),
        H("Workforce Race Equality Standard report 2024"),
        P(
            "Tables 1 and 2 give the nine WRES indicators for the last two reporting "
            "years. Indicators 2, 3 and 4 are relative likelihoods; a figure above 1.00 "
            "means the first group named is more likely."
        ),
    ]
    for n, y in enumerate(YEARS, 1):
        j = YEARS.index(y)
        rows = [["No.", "Indicator", "BME", "White", "Relative likelihood"]]
        for i, v in _order(f.PER_YEAR, f.PER_YEAR_RATIOS):
            if isinstance(v, dict):
                rows.append([str(i), _name(i), f"{v['BME'][j]}%", f"{v['White'][j]}%", "—"])
            else:
                rows.append([str(i), _name(i), "—", "—", v[j]])
        blocks += [P(f"Table {n}: {y}", "bold"), Grid(rows, header=True, widths=(1, 8, 2, 2, 3))]
    return Layout(
        "a table a year ('Table 1: 2023/24'), indicators 1 to 9 as rows in order, BME / "
        "White / 'Relative likelihood' columns with '—' where a column does not apply",
        blocks[0].text,
        blocks,
        _truth(f.PER_YEAR, f.PER_YEAR_RATIOS),
    )


# 2. 'Indicator | What the data shows': the figures inside the commentary's sentences
def _commentary() -> Layout:
    rows = [["Indicator", "What the data shows"]]
    for i, v in _order(f.COMMENTARY, f.COMMENTARY_RATIOS):
        if isinstance(v, dict):
            (b, b0), (w, w0) = v["BME"], v["White"]
            text = (
                f"In 2023/24 the figure was {b}% for BME staff (2022/23: {b0}%) and "
                f"{w}% for White staff (2022/23: {w0}%)."
            )
        else:
            text = f"The relative likelihood was {v[0]} in 2023/24 (2022/23: {v[1]})."
        rows.append([f"{i}. {_name(i)}", text])
    blocks: list[Block] = [
        H("Ponteland Fields NHS Trust"),
        H("WRES 2023/24: what our data tells us"),
        P("The table below summarises each indicator with last year's figure in brackets."),
        Grid(rows, header=True, widths=(5, 8)),
    ]
    return Layout(
        "a two-column 'Indicator | What the data shows' table, the figures inside the "
        "commentary cell's sentences with last year's in brackets ('(2022/23: 33.8%)')",
        blocks[0].text,
        blocks,
        _truth(f.COMMENTARY, f.COMMENTARY_RATIOS),
    )


# 3. each indicator two rows, this year then last, a 'Period' column, BME / White
def _pair_rows() -> Layout:
    rows = [["Indicator", "Period", "BME", "White"]]
    for i, v in _order(f.PAIR_ROWS, f.PAIR_ROWS_RATIOS):
        for j, y in enumerate(YEARS):
            name = f"{i}. {_name(i)}" if j == 0 else ""
            if isinstance(v, dict):
                rows.append([name, y, f"{v['BME'][j]}%", f"{v['White'][j]}%"])
            else:  # the ratio printed in its numerator group's column
                cell = [v[j], ""] if i == 3 else ["", v[j]]
                rows.append([name, y, *cell])
    blocks: list[Block] = [
        H("Cramlington Green NHS Foundation Trust"),
        H("Annual WRES data 2023/24"),
        P(
            "For indicators 2 to 4 the relative likelihood is shown in the column of the "
            "group that is the more likely."
        ),
        Grid(rows, header=True, widths=(7, 2, 2, 2)),
    ]
    return Layout(
        "one table with each indicator on two rows, named on the first only, a 'Period' "
        "column ('2023/24', '2022/23') and BME / White columns; each ratio in its "
        "numerator group's column, the other cell empty",
        blocks[0].text,
        blocks,
        _truth(f.PAIR_ROWS, f.PAIR_ROWS_RATIOS),
    )


# 4. grouped by data source: workforce snapshot (1-4, 9) and staff survey (5-8)
def _by_source() -> Layout:
    blocks: list[Block] = [
        H("Amble Braid NHS Trust"),
        H("Our WRES data by source"),
        P(
            "Indicators 1 to 4 and 9 come from the workforce record; indicators 5 to 8 "
            "from the NHS Staff Survey, with the average of comparator trusts for BME "
            "staff alongside."
        ),
    ]
    for j, (snap, survey) in enumerate((("31 March 2024", "2023"), ("31 March 2023", "2022"))):
        blocks.append(H(f"Workforce record at {snap}"))
        for i in (1, 2, 3, 4, 9):
            if i in f.BY_SOURCE:
                g = f.BY_SOURCE[i]
                line = f"Indicator {i}: BME {g['BME'][j]}% · White {g['White'][j]}%"
            else:
                line = f"Indicator {i}: relative likelihood {f.BY_SOURCE_RATIOS[i][j]}"
            blocks.append(Bullet(line))
        blocks.append(H(f"{survey} NHS Staff Survey"))
        for i in (5, 6, 7, 8):
            g = f.BY_SOURCE[i]
            line = f"Indicator {i}: BME {g['BME'][j]}% · White {g['White'][j]}%"
            if j == 0:
                line += f" · comparator {f.COMPARATORS[i]}%"
            blocks.append(Bullet(line))
    return Layout(
        "figures grouped by their source, not by year label: sections headed 'Workforce "
        "record at 31 March 2024' and '2023 NHS Staff Survey', a bullet an indicator "
        "('Indicator 6: BME 28.3% · White 22.6% · comparator 25.3%')",
        blocks[0].text,
        blocks,
        _truth(f.BY_SOURCE, f.BY_SOURCE_RATIOS),
    )


# 5. an executive summary of rounded figures, the exact figures in an appendix
def _appendix() -> Layout:
    r = f.ROUNDED
    blocks: list[Block] = [
        H("Lynemouth Bay NHS Trust"),
        H("Workforce Race Equality Standard: annual report to the Board"),
        H("Executive summary"),
        P(
            f"Around {r[0]}% of our workforce is from a BME background. Roughly {r[1]}% of "
            f"BME staff report harassment from the public and about {r[2]}% from "
            f"colleagues; only {r[3]}% believe the Trust offers equal chances of "
            f"progression, and one in five ({r[4]}%) report discrimination."
        ),
        H("Actions for 2024/25"),
        P("We will extend reverse mentoring to every division and publish shortlisting data."),
        H("Appendix 1: WRES data"),
    ]
    rows = [["Indicator", "BME 2023/24", "BME 2022/23", "White 2023/24", "White 2022/23"]]
    for i, v in _order(f.APPENDIX, f.APPENDIX_RATIOS):
        if isinstance(v, dict):
            rows.append([f"{i}. {_name(i)}", *(f"{x}%" for g in ("BME", "White") for x in v[g])])
    rrows = [["Indicator", "2023/24", "2022/23"]]
    rrows += [[f"{i}. {f.RATIO_WORDS[i]}", *v] for i, v in f.APPENDIX_RATIOS.items()]
    blocks += [
        Grid(rows, header=True, widths=(6, 2, 2, 2, 2)),
        P("Relative likelihoods", "bold"),
        Grid(rrows, header=True, widths=(8, 2, 2)),
    ]
    return Layout(
        "a board report whose executive summary quotes rounded figures ('around 27%'), "
        "the exact figures only in an appendix table after the actions",
        blocks[0].text,
        blocks,
        _truth(f.APPENDIX, f.APPENDIX_RATIOS),
    )


LAYOUTS: list[Layout] = [_per_year(), _commentary(), _pair_rows(), _by_source(), _appendix()]
