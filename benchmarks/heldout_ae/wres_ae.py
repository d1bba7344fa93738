"""Held-out set AE, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to AD (benchmarks/heldout_d .. heldout_ad
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_ae_figures.py). Nothing under parsers/ was read while writing it. Three are the
kinds trusts print most, each with one ordinary variation: the plain summary table
('Indicator | Staff group | 2023/24 | 2022/23') whose figures carry significance marks
('1.36 (sig.)', '0.97 (n.s.)', '27.8%*') explained in a key below; indicator 1 by
grouped pay band under a merged '31 March' head for each year, the cells of the
smallest groups withheld as '*', then the other indicators in a second table; a
narrative report in the first person plural that sets each of our figures beside the
national average ('29.2% of our BME colleagues ..., against a national average of
28.2%'), the national figure sometimes first. Two are harder things trusts publish: one
table folded into two halves side by side to fit the page, each row carrying two
indicators (1 to 4 and 9 on the left under '2023/24 | 2022/23', 5 to 8 on the right
under '2023 survey | 2022 survey'); and a web page whose 'Indicator | What we found'
table holds a small table of its own in each results cell (nested <table>s, each with
its own year heads), the PDF and Word versions printing each inner table as lines in
the cell.

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to AD apply them: a year printed "2023/24" is that year; a 31 March snapshot is the
financial year it closes ('31 March 2024' is 2023/24); a staff survey year is its own
financial year (the '2023 survey' is 2023/24); relative likelihoods take their
numerator group (White for 2 and 4, BME for 3); the board's share is indicator 9 with
`board_voting`, the workforce share indicator 1 with `overall`; indicator 1 by pay
band across the whole workforce is `overall` with the band as printed ('Bands 1-4',
'Bands 8c-9 and VSM'), the 'All staff' row band None (set AB's convention); indicator
9's difference (BME share of voting members less BME share of the workforce, in
points, as printed '-11.0') is measure `difference`, `board_voting`, BME (sets I to K).
No layout prints a 'Not stated' or 'Unknown' row. Not in any truth: significance
marks and the '1.00' and '95%' of layout 1's key, national averages (layout 3).

Conventions new in set AE, stated before scoring: a cell withheld as '*' (layout 2) IS
in the truth, as DESIGN.md's `redacted` says: its key, value None and `redacted` 1 (the
scorer matches a value None to a value None); the significance marks are not part of
the figure ('27.8%*' is 27.8, '1.36 (sig.)' is 1.36).

Seen at first sight (parser of 957f23c, scored once after db07c9f): see
wres_ae_first_sight.py. No truth was changed.
"""

from __future__ import annotations

import html

from benchmarks.heldout_ae import wres_ae_figures as f
from benchmarks.heldout_e.wres_e import Layout, _t
from benchmarks.heldout_p.render import Block, Grid, H, Html, P, T
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported

GROUPS = ("BME", "White")
YEARS = ("2023/24", "2022/23")


def _pct(x: str) -> str:
    return f"{x}%"


def _name(i: int) -> str:
    return f"{i}. {f.SHORT[i]}"


# 1. the plain summary table, its figures carrying significance marks
def _ratio_mark(i: int, k: int, x: str) -> str:
    return f"{x} (sig.)" if (i, k) in f.SIGNIFICANT_RATIOS else f"{x} (n.s.)"


def _gap_mark(i: int, g: str, k: int, x: str) -> str:
    # only the BME survey figure is marked: it is the one tested against the White one
    star = g == "BME" and (i, k) in f.SIGNIFICANT_GAPS
    return _pct(x) + ("*" if star else "")


def _marked_rows(i: int) -> list[list[str]]:
    if i in f.MARKED_RATIOS:
        cells = [_ratio_mark(i, k, x) for k, x in enumerate(f.MARKED_RATIOS[i])]
        return [[_name(i), "Relative likelihood", *cells]]
    v = f.MARKED[i]
    return [
        [_name(i) if n == 0 else "", g, *(_gap_mark(i, g, k, x) for k, x in enumerate(v[g]))]
        for n, g in enumerate(GROUPS)
    ]


def _marked() -> Layout:
    rows = [["Indicator", "Staff group", "2023/24", "2022/23"]]
    for i in range(1, 10):
        rows += _marked_rows(i)
    blocks: list[Block] = [
        H("Ribbleford Hospitals NHS Trust"),
        H("Workforce Race Equality Standard: summary of results"),
        P(
            "Indicators 1 and 9 are at 31 March of each year and 2 to 4 cover the year to "
            "31 March. For 5 to 8 the 2023/24 column gives the 2023 NHS Staff Survey and "
            "the 2022/23 column the 2022 survey."
        ),
        Grid(rows, header=True, widths=(6, 3, 3, 3)),
        P(
            "(sig.) the relative likelihood differs significantly from 1.00, the 95% "
            "confidence interval excluding it; (n.s.) not significant. * the BME figure "
            "differs significantly from the White figure (p < 0.05).",
            "italic",
        ),
    ]
    return Layout(
        "the plain summary table ('Indicator | Staff group | 2023/24 | 2022/23') whose "
        "figures carry significance marks: '(sig.)' or '(n.s.)' after every relative "
        "likelihood ('1.36 (sig.)'), '*' after a BME survey percentage whose gap from the "
        "White one is significant ('27.8%*'), the marks explained in a key below",
        blocks[0].text,
        blocks,
        _truth(f.MARKED, f.MARKED_RATIOS),
    )


# 2. indicator 1 by grouped band, the smallest groups' cells withheld as '*'
def _band_cell(x: str | None) -> str:
    return "*" if x is None else _pct(x)


def _band_truth() -> list[dict]:
    truth = []
    for band, groups in f.BANDS.items():
        for g, values in groups.items():
            for year, x in zip(YEARS, values, strict=True):
                if x is None:  # withheld: in the truth as a redaction (DESIGN.md)
                    truth.append(
                        _t(1, "percentage", "overall", band, g, year, None) | {"redacted": 1}
                    )
                else:
                    truth.append(_t(1, "percentage", "overall", band, g, year, float(x)))
    return truth


def _band_table() -> T:
    rows = [["Pay band", "BME", "White", "BME", "White"]]
    for band, v in [*f.BANDS.items(), ("All staff", f.WITHHELD[1])]:
        rows.append([band, *(_band_cell(v[g][k]) for k in (0, 1) for g in GROUPS)])
    return T(rows, [("", 1), ("31 March 2024", 2), ("31 March 2023", 2)])


def _withheld() -> Layout:
    rest = [["Indicator", "Group", "2023/24", "2022/23"]]
    for i in range(2, 10):
        if i in f.WITHHELD_RATIOS:
            rest.append([_name(i), "Relative likelihood", *f.WITHHELD_RATIOS[i]])
        else:
            v = f.WITHHELD[i]
            rest += [
                [_name(i) if n == 0 else "", g, *map(_pct, v[g])] for n, g in enumerate(GROUPS)
            ]
    blocks: list[Block] = [
        H("Coldmere Fen NHS Foundation Trust"),
        H("Workforce Race Equality Standard report 2023/24"),
        P(
            "Table 1 gives indicator 1 for each group of Agenda for Change pay bands. To "
            "protect the privacy of colleagues in small groups we do not publish a figure "
            "that rests on fewer than five people."
        ),
        P("Table 1: Indicator 1 – BME and White staff by pay band", "bold"),
        _band_table(),
        P(
            "* Withheld: fewer than five staff, or a figure from which one could be worked out.",
            "italic",
        ),
        P("Table 2: Indicators 2 to 9", "bold"),
        P("Indicators 5 to 8 come from the 2023 and 2022 NHS Staff Surveys."),
        Grid(rest, header=True, widths=(6, 3, 2, 2)),
    ]
    return Layout(
        "indicator 1 by grouped pay band ('Bands 1-4' … 'Bands 8c-9 and VSM', an 'All "
        "staff' row last) with BME / White under a merged '31 March' head for each year, "
        "the smallest groups' cells withheld as '*' with a note, then indicators 2 to 9 "
        "in a second table",
        blocks[0].text,
        blocks,
        _truth(f.WITHHELD, f.WITHHELD_RATIOS) + _band_truth(),
    )


# 3. a narrative in the first person plural, each figure beside the national average
SURVEY_WORDS = {
    5: "reported harassment, bullying or abuse from patients, relatives or the public",
    6: "reported harassment, bullying or abuse from other staff",
    7: "believed the organisation offers equal opportunities for career progression",
    8: "experienced discrimination at work from a manager, team leader or colleague",
}


def _survey_ours_first(i: int) -> str:
    b, w = f.PROSE[i]["BME"], f.PROSE[i]["White"]
    nb, nw = f.NATIONAL[i]["BME"], f.NATIONAL[i]["White"]
    return (
        f"In the 2023 NHS Staff Survey {b[0]}% of our BME colleagues {SURVEY_WORDS[i]}, "
        f"against a national average of {nb[0]}%; for our White colleagues the figure was "
        f"{w[0]}% (national average {nw[0]}%). In the 2022 survey our figures were {b[1]}% "
        f"and {w[1]}% respectively, where the national averages were {nb[1]}% and {nw[1]}%."
    )


def _survey_national_first(i: int) -> str:
    b, w = f.PROSE[i]["BME"], f.PROSE[i]["White"]
    nb, nw = f.NATIONAL[i]["BME"], f.NATIONAL[i]["White"]
    return (
        f"Nationally, {nb[0]}% of BME staff and {nw[0]}% of White staff {SURVEY_WORDS[i]} "
        f"in the 2023 survey. Here we recorded {b[0]}% and {w[0]}%. In the 2022 survey the "
        f"national figures were {nb[1]}% and {nw[1]}%, and ours {b[1]}% and {w[1]}%."
    )


def _prose_ratio(i: int) -> str:
    r, n = f.PROSE_RATIOS[i], f.NATIONAL_RATIOS[i]
    if i == 2:
        return (
            f"In 2023/24 White applicants to us were {r[0]} times as likely as BME "
            f"applicants to be appointed from shortlisting; the national figure was {n[0]}. "
            f"In 2022/23 we stood at {r[1]} against {n[1]} nationally."
        )
    if i == 3:
        return (
            f"Across the NHS, BME staff were {n[0]} times as likely as White staff to enter "
            f"a formal disciplinary process in 2023/24 ({n[1]} in 2022/23). Our own "
            f"relative likelihood was {r[0]} in 2023/24 and {r[1]} in 2022/23."
        )
    return (
        f"White colleagues here were {r[0]} times as likely as BME colleagues to access "
        f"non-mandatory training and CPD in 2023/24 (2022/23: {r[1]}); nationally the "
        f"relative likelihood was {n[0]} in 2023/24 and {n[1]} in 2022/23."
    )


def _prose_share(i: int) -> str:
    b, w, nb = f.PROSE[i]["BME"], f.PROSE[i]["White"], f.NATIONAL[i]["BME"]
    if i == 1:
        return (
            f"On 31 March 2024 {b[0]}% of our workforce were from BME backgrounds and "
            f"{w[0]}% were White; on 31 March 2023 the shares were {b[1]}% and {w[1]}%. "
            f"Across the NHS in England BME staff made up {nb[0]}% of the workforce at "
            f"31 March 2024 and {nb[1]}% a year earlier, so we remain below the national "
            "picture, as our local population would lead us to expect."
        )
    return (
        f"On 31 March 2024 {b[0]}% of our voting board members were from BME backgrounds "
        f"and {w[0]}% were White (31 March 2023: {b[1]}% and {w[1]}%). Across all NHS "
        f"trusts {nb[0]}% of voting board members were BME at 31 March 2024 and {nb[1]}% a "
        "year before."
    )


def _prose_paragraph(i: int) -> str:
    if i in f.PROSE_RATIOS:
        return _prose_ratio(i)
    if i in SURVEY_WORDS:
        return _survey_ours_first(i) if i % 2 else _survey_national_first(i)
    return _prose_share(i)


def _national_prose() -> Layout:
    blocks: list[Block] = [
        H("Whitbarrow Scar NHS Trust"),
        H("Our Workforce Race Equality Standard report for 2023/24"),
        P(
            "We set each of our figures beside the national average for NHS trusts in "
            "England, so that our board and our staff networks can see where we stand. "
            "The national figures are NHS England's, not ours."
        ),
    ]
    for i in range(1, 10):
        blocks += [H(f"Indicator {i}: {f.SHORT[i]}"), P(_prose_paragraph(i))]
    return Layout(
        "a narrative report in the first person plural, a heading and paragraph an "
        "indicator, each of our figures set beside the national average ('29.2% of our "
        "BME colleagues …, against a national average of 28.2%'), the national figures "
        "first in some paragraphs ('Nationally, 24.8% of BME staff … Here we recorded')",
        blocks[0].text,
        blocks,
        _truth(f.PROSE, f.PROSE_RATIOS),
    )


# 4. one table folded into two halves side by side to fit the page
def _half(indicators: tuple[int, ...], figures: dict, ratios: dict) -> list[list[str]]:
    rows = []
    for i in indicators:
        if i in ratios:
            rows.append([_name(i), "Relative likelihood", *ratios[i]])
            continue
        rows += [
            [_name(i) if n == 0 else "", g, *map(_pct, figures[i][g])] for n, g in enumerate(GROUPS)
        ]
        if i == 9:
            rows.append(["", "BME difference from workforce (points)", *f.FOLDED_DIFFERENCE])
    return rows


def _folded() -> Layout:
    left = _half((1, 2, 3, 4, 9), f.FOLDED, f.FOLDED_RATIOS)
    right = _half((5, 6, 7, 8), f.FOLDED, {})
    head = ["Indicator", "Group", "2023/24", "2022/23"]
    head += ["Indicator", "Group", "2023 survey", "2022 survey"]
    rows = [head] + [a + b for a, b in zip(left, right, strict=True)]
    difference = [
        _t(9, "difference", "board_voting", None, "BME", year, float(x))
        for year, x in zip(YEARS, f.FOLDED_DIFFERENCE, strict=True)
    ]
    blocks: list[Block] = [
        H("Hensingham Moor NHS Trust"),
        H("WRES 2023/24 at a glance"),
        P(
            "To fit one page the table is printed in two halves side by side: the "
            "workforce and board indicators on the left, the NHS Staff Survey indicators "
            "on the right. Indicators 1 and 9 are at 31 March."
        ),
        Grid(rows, header=True, widths=(5, 3, 2, 2, 5, 2, 2, 2)),
    ]
    return Layout(
        "one table folded into two halves side by side to fit the page, each row carrying "
        "two indicators: 1 to 4 and 9 (with a 'BME difference from workforce (points)' "
        "row) on the left under '2023/24 | 2022/23', 5 to 8 on the right under '2023 "
        "survey | 2022 survey'",
        blocks[0].text,
        blocks,
        _truth(f.FOLDED, f.FOLDED_RATIOS) + difference,
    )


# 5. an outer table whose results cells each hold a table of their own
INNER_HEADS = {1: ("31 March 2024", "31 March 2023"), 9: ("31 March 2024", "31 March 2023")}


def _inner(i: int) -> list[list[str]]:
    heads = INNER_HEADS.get(i) or (
        ("2023/24", "2022/23") if i in f.NESTED_RATIOS else ("2023 survey", "2022 survey")
    )
    if i in f.NESTED_RATIOS:
        return [["", *heads], ["Relative likelihood", *f.NESTED_RATIOS[i]]]
    v = f.NESTED[i]
    return [["", *heads], *([f"{g} staff", *map(_pct, v[g])] for g in GROUPS)]


def _inner_html(rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows[1:]
    )
    return f'<table class="inner"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _nested_html() -> str:
    rows = "".join(
        f"<tr><td>{html.escape(_name(i))}</td><td>{_inner_html(_inner(i))}</td></tr>"
        for i in range(1, 10)
    )
    return (
        '<table class="wres-results"><thead><tr><th>Indicator</th><th>What we found</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )


def _nested_printed() -> Grid:
    # the PDF and Word versions print each inner table as lines inside the outer cell
    rows = [["Indicator", "What we found"]]
    rows += [[_name(i), "\n".join("   ".join(r).strip() for r in _inner(i))] for i in range(1, 10)]
    return Grid(rows, header=True, widths=(2, 3))


def _nested() -> Layout:
    blocks: list[Block] = [
        H("Braystones Community NHS Trust"),
        H("Race equality at work: our WRES figures"),
        P(
            "Each indicator's results are set out in a small table: workforce and board "
            "figures at 31 March, staff survey figures by survey year."
        ),
        Html(_nested_html(), [_nested_printed()]),
    ]
    return Layout(
        "a web page's 'Indicator | What we found' table holding a small table of its own "
        "in each results cell (nested <table>s, each with its own year heads: '31 March "
        "2024', '2023 survey', '2023/24'), the PDF and Word versions printing each inner "
        "table as lines inside the outer cell",
        blocks[0].text,
        blocks,
        _truth(f.NESTED, f.NESTED_RATIOS),
    )


LAYOUTS: list[Layout] = [_marked(), _withheld(), _national_prose(), _folded(), _nested()]
