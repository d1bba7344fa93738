"""Held-out set X, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to W (benchmarks/heldout_d .. heldout_w
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_x_figures.py). Nothing under parsers/ was read while writing it. Three are the
kinds trusts print most (a table under each indicator, a summary table, a paragraph an
indicator) with an ordinary variation; two are harder (an action plan table, counts).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to W apply them: a year printed "2023/24" is that year; a 31 March snapshot is the
financial year it closes ('31 March 2024' is 2023/24); a staff survey year is its own
financial year ('Staff Survey 2023' is 2023/24); relative likelihoods take their
numerator group (White for 2 and 4, BME for 3); the board's share is indicator 9 with
`board_voting`, the workforce share indicator 1 with `overall`. In set X besides:
'BAME' staff are the BME group; a 'Not stated' row, headcounts, respondents and the
counts and likelihoods a relative likelihood is worked out from are in no truth (only
the BME and White percentages and the relative likelihoods are).
"""

from __future__ import annotations

from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_p.render import Block, Grid, H, P
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported
from benchmarks.heldout_x import wres_x_figures as f

YEARS = ("2023/24", "2022/23")
SNAPSHOT = ("31 March 2024", "31 March 2023")
SURVEY = ("Staff Survey 2023", "Staff Survey 2022")
RATIO_WORDS = {
    2: "White applicants being appointed from shortlisting compared with BME applicants",
    3: "BME staff entering the formal disciplinary process compared with White staff",
    4: "White staff accessing non-mandatory training and CPD compared with BME staff",
}


def _heads(i: int) -> tuple[str, str]:
    return SURVEY if 5 <= i <= 8 else SNAPSHOT if i in (1, 9) else YEARS


# 1. a small table under each indicator's heading, oldest first, a 'Not stated' row
def _per_indicator() -> Layout:
    blocks: list[Block] = [
        H("Hemsworth Water NHS Trust"),
        H("Workforce Race Equality Standard report 2024"),
        P("Each indicator is shown for the last two reporting periods, the earlier first."),
    ]
    for i in range(1, 10):
        now, then = _heads(i)
        blocks.append(H(f"Indicator {i}: {f.TITLES[i]}"))
        if i in f.PER_INDICATOR_RATIOS:
            a, b = f.PER_INDICATOR_RATIOS[i]
            rows = [["", then, now], ["Relative likelihood", b, a]]
        else:
            v = f.PER_INDICATOR[i]
            rows = [["", then, now]]
            rows += [[g, f"{v[g][1]}%", f"{v[g][0]}%"] for g in ("White", "BME")]
            ns = f.NOT_STATED[i]
            rows.append(["Not stated", f"{ns[1]}%", f"{ns[0]}%"])
        blocks.append(Grid(rows, header=True, widths=(4, 3, 3)))
    return Layout(
        "a small table under each indicator's heading: columns '31 March 2023 | 31 March "
        "2024' or 'Staff Survey 2022 | Staff Survey 2023' (the earlier first), rows White, "
        "BME and Not stated, a 'Relative likelihood' row for 2 to 4",
        blocks[0].text,
        blocks,
        _truth(f.PER_INDICATOR, f.PER_INDICATOR_RATIOS),
    )


# 2. one summary table, White before BME in each year, the ratios in a second table
def _summary() -> Layout:
    rows = [["No.", "Indicator", "White 2023/24", "BME 2023/24", "White 2022/23", "BME 2022/23"]]
    for i, v in f.SUMMARY.items():
        w, b = v["White"], v["BME"]
        rows.append([str(i), f.TITLES[i], f"{w[0]}%", f"{b[0]}%", f"{w[1]}%", f"{b[1]}%"])
    ratios = [["No.", "Relative likelihood", "2023/24", "2022/23"]]
    ratios += [[str(i), RATIO_WORDS[i], a, b] for i, (a, b) in f.SUMMARY_RATIOS.items()]
    blocks: list[Block] = [
        H("Royston Heath NHS Foundation Trust"),
        H("WRES summary 2023/24"),
        P("Table 1 gives the percentage indicators; Table 2 the relative likelihoods."),
        P("Table 1: Percentage indicators", "bold"),
        Grid(rows, header=True, widths=(1, 6, 2, 2, 2, 2)),
        P("Table 2: Relative likelihoods", "bold"),
        Grid(ratios, header=True, widths=(1, 7, 2, 2)),
    ]
    return Layout(
        "a summary table of the percentage indicators with White before BME for each year "
        "('White 2023/24 | BME 2023/24 | White 2022/23 | BME 2022/23'), the relative "
        "likelihoods in a second table",
        blocks[0].text,
        blocks,
        _truth(f.SUMMARY, f.SUMMARY_RATIOS),
    )


def _prose_pct(i: int, v: dict) -> str:
    b, w = v["BME"], v["White"]
    return (
        f"In 2023/24 the figure was {b[0]}% for BAME staff and {w[0]}% for White staff. "
        f"In 2022/23 it was {b[1]}% for BAME staff and {w[1]}% for White staff."
    )


# 3. a paragraph an indicator under its heading, staff called 'BAME'
def _prose() -> Layout:
    blocks: list[Block] = [
        H("Cudworth Vale NHS Trust"),
        H("Our Workforce Race Equality Standard data"),
        P(
            "We use BAME to mean staff from Black, Asian and minority ethnic backgrounds. "
            "This report compares 2023/24 with 2022/23."
        ),
    ]
    for i in range(1, 10):
        blocks.append(P(f"Indicator {i} – {f.TITLES[i]}", "bold"))
        if i in f.PROSE_RATIOS:
            a, b = f.PROSE_RATIOS[i]
            words = RATIO_WORDS[i].replace("BME", "BAME")
            text = f"The relative likelihood of {words} was {a} in 2023/24, against {b} in 2022/23."
        else:
            text = _prose_pct(i, f.PROSE[i])
        blocks.append(P(text))
    return Layout(
        "a paragraph an indicator under a bold 'Indicator 5 – …' line, the figures in "
        "sentences, the staff group called 'BAME'",
        blocks[0].text,
        blocks,
        _truth(f.PROSE, f.PROSE_RATIOS),
    )


ACTIONS = {
    1: (
        "Publish ethnicity data for every care group each quarter",
        "Chief People Officer",
        "June 2025",
    ),
    2: (
        "Add a trained diverse panel member to every band 7+ interview",
        "Head of Recruitment",
        "September 2025",
    ),
    3: (
        "Review every case with the Just Culture lead before it is formalised",
        "Director of HR",
        "April 2025",
    ),
    4: (
        "Monitor training applications and approvals by ethnicity",
        "Head of Learning",
        "March 2026",
    ),
    5: ("Extend body-worn cameras to the two busiest wards", "Head of Security", "December 2025"),
    6: (
        "Run the civility and respect programme in 12 teams",
        "Organisational Development Lead",
        "March 2025",
    ),
    7: ("Offer reverse mentoring to 20 senior leaders", "Equality Lead", "January 2026"),
    8: (
        "Launch an anonymous reporting route for discrimination",
        "Freedom to Speak Up Guardian",
        "July 2025",
    ),
    9: ("Set out a diverse shortlist for every board vacancy", "Trust Chair", "2025/26"),
}


def _shows(i: int) -> str:
    if i in f.ACTION_RATIOS:
        a, b = f.ACTION_RATIOS[i]
        return f"Relative likelihood {a} in 2023/24 (2022/23: {b})."
    v = f.ACTION[i]
    return (
        f"2023/24: BME {v['BME'][0]}%, White {v['White'][0]}%. "
        f"2022/23: BME {v['BME'][1]}%, White {v['White'][1]}%."
    )


# 4. an action plan table, the figures in a 'What the data shows' column
def _action() -> Layout:
    rows = [["Indicator", "What the data shows", "Action", "Lead", "By"]]
    for i in range(1, 10):
        action, lead, by = ACTIONS[i]
        rows.append([f"{i}. {f.TITLES[i]}", _shows(i), action, lead, by])
    blocks: list[Block] = [
        H("Darton Ings NHS Trust"),
        H("WRES action plan 2024–2026"),
        P(
            "The plan below responds to our 2023/24 WRES data; each row gives the data, the action agreed, its lead and its deadline."
        ),
        Grid(rows, header=True, widths=(3, 4, 4, 2, 2)),
    ]
    return Layout(
        "a WRES action plan table ('Indicator | What the data shows | Action | Lead | By'), "
        "both years' figures in the data cell, deadlines ('June 2025', '2025/26') beside them",
        blocks[0].text,
        blocks,
        _truth(f.ACTION, f.ACTION_RATIOS),
    )


def _count(pct: str, base: int) -> str:
    return f"{round(float(pct) * base / 100):,}"


def _ratio_rows(i: int, year: str, ratio: str) -> list[list[str]]:
    (bme_base, white_base), bme_n = f.RATIO_COUNTS[i][year]
    bme_l = bme_n / bme_base
    white_l = bme_l * float(ratio) if i in (2, 4) else bme_l / float(ratio)
    white_n = round(white_l * white_base)
    heads = {
        2: ["Group", "Shortlisted", "Appointed", "Likelihood"],
        3: ["Group", "Staff in post", "Entered formal disciplinary", "Likelihood"],
        4: ["Group", "Staff in post", "Accessed training", "Likelihood"],
    }
    return [
        heads[i],
        ["BME", f"{bme_base:,}", f"{bme_n:,}", f"{bme_l:.3f}"],
        ["White", f"{white_base:,}", f"{white_n:,}", f"{white_n / white_base:.3f}"],
    ]


# 5. a section a year: counts tables for 2 to 4, percentages with their headcounts
def _counts() -> Layout:
    blocks: list[Block] = [
        H("Notton Park NHS Trust"),
        H("WRES data tables"),
        P(
            "Percentages are given with the number of staff, respondents or members they are based on."
        ),
    ]
    for j, year in enumerate(YEARS):
        staff, respondents, board = f.BASES[year]
        blocks.append(H(f"{year} data"))
        for i in range(1, 10):
            blocks.append(P(f"Indicator {i}: {f.TITLES[i]}", "bold"))
            if i in f.COUNTS_RATIOS:
                ratio = f.COUNTS_RATIOS[i][j]
                blocks.append(Grid(_ratio_rows(i, year, ratio), header=True))
                blocks.append(P(f"Relative likelihood: {ratio}"))
                continue
            base = board if i == 9 else staff if i == 1 else respondents
            v = f.COUNTS[i]
            line = "; ".join(
                f"{g} {v[g][j]}% ({_count(v[g][j], base)} of {base:,})" for g in ("BME", "White")
            )
            blocks.append(P(line))
    return Layout(
        "a section a year ('2023/24 data'): for 2 to 4 a counts table ('Group | "
        "Shortlisted | Appointed | Likelihood') with the relative likelihood on a line "
        "beneath it, the other indicators as 'BME 22.8% (1,395 of 6,120)' lines",
        blocks[0].text,
        blocks,
        _truth(f.COUNTS, f.COUNTS_RATIOS),
    )


LAYOUTS: list[Layout] = [_per_indicator(), _summary(), _prose(), _action(), _counts()]
