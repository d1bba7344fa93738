"""Held-out set AD, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to AC (benchmarks/heldout_d .. heldout_ac
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_ad_figures.py). Nothing under parsers/ was read while writing it. Three are the
kinds trusts print most, each with one ordinary variation: a table of the two years,
last year first, whose this-year cell also carries the change with an arrow glyph
('28.7% ▼ 1.5'), as dashboard exports print it; a table whose year columns are headed
by snapshot dates with two-digit years ('As at 31/03/24', newest first), the staff
survey indicators under the same heads; a report a paragraph an indicator giving this
year's counts with the percentage worked out in brackets ('402 of the 1,296 BME staff
who answered (31.0%)') and last year's percentages only. Two are harder things trusts
publish: an annual report's equality chapter set in two text columns (PDF and DOCX; a
CSS multi-column block on the web page) where the WRES figures sit in sentences among
the gender and disability (WDES) figures of the same chapter, a WDES relative
likelihood among them; and a web page whose table is made of <div>s with ARIA roles
laid out by a CSS grid, no <table> element at all (printed, as a browser prints it, as
the plain table).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to AC apply them: a year printed "2023/24" is that year; a 31 March snapshot is the
financial year it closes ('31 March 2024' is 2023/24); a staff survey year is its own
financial year (the '2023 survey' is 2023/24); relative likelihoods take their
numerator group (White for 2 and 4, BME for 3); the board's share is indicator 9 with
`board_voting`, the workforce share indicator 1 with `overall`. No layout prints a
'Not stated' or 'Unknown' row; no layout breaks indicator 1 down by band. Not in any
truth: the changes and arrows (layout 1), the counts and bases (layout 3), the gender
and disability figures (layout 4), narrative.

Conventions new in set AD, stated before scoring: a date with a two-digit year
('31/03/24') is read as the four-digit one ('31 March 2024', so 2023/24), and a
survey indicator under such a date head is that financial year's survey, as the
layout's note says (the 2023 survey under '31/03/24'); in layout 3 the counts behind
indicators 2 to 4 (appointed of shortlisted, entering of all staff, trained of all
staff) are printed but the per-group likelihoods are not, so no `rate` is in its truth;
in layout 4 the WDES figures (disabled / non-disabled, a non-disabled to disabled
relative likelihood) and the gender figures are no WRES figure, whatever the indicator
they resemble.

Seen at first sight (parser of 5d63e5d, scored once after 368ca0d): see
wres_ad_first_sight.py. No truth was changed.
"""

from __future__ import annotations

import html
from decimal import Decimal

from benchmarks.heldout_ad import wres_ad_figures as f
from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_p.render import Block, Columns, Grid, H, Html, P
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported

GROUPS = ("BME", "White")


def _pct(x: str) -> str:
    return f"{x}%"


def _name(i: int) -> str:
    return f"{i}. {f.SHORT[i]}"


# 1. last year, then this year with the change and an arrow in the same cell
def _with_change(now: str, before: str, ratio: bool) -> str:
    d = Decimal(now) - Decimal(before)
    shown = now if ratio else _pct(now)
    if d == 0:
        return f"{shown} (no change)"
    arrow = "▲" if d > 0 else "▼"
    return f"{shown} {arrow} {abs(d)}"


def _change_rows(i: int) -> list[list[str]]:
    if i in f.CHANGE_RATIOS:
        now, before = f.CHANGE_RATIOS[i]
        return [[_name(i), "Relative likelihood", before, _with_change(now, before, True)]]
    v = f.CHANGE[i]
    rows = []
    for n, g in enumerate(GROUPS):
        now, before = v[g]
        rows.append([_name(i) if n == 0 else "", g, _pct(before), _with_change(now, before, False)])
    return rows


def _change_in_cell() -> Layout:
    rows = [["Indicator", "Group", "2022/23", "2023/24 (change on 2022/23)"]]
    for i in range(1, 10):
        rows += _change_rows(i)
    blocks: list[Block] = [
        H("Brackenlow Moor NHS Trust"),
        H("Workforce Race Equality Standard: 2023/24 compared with 2022/23"),
        P(
            "The table is exported from our workforce equality dashboard. Each 2023/24 "
            "figure is followed by its change on 2022/23."
        ),
        Grid(rows, header=True, widths=(6, 3, 3, 4)),
        P(
            "▲ higher than 2022/23; ▼ lower than 2022/23. Changes in the percentages are "
            "in percentage points.",
            "italic",
        ),
    ]
    return Layout(
        "a table of two years, last year first ('Indicator | Group | 2022/23 | 2023/24 "
        "(change on 2022/23)'), each 2023/24 cell carrying its change with an arrow glyph "
        "after the figure ('28.7% ▼ 1.5', '1.27 ▲ 0.12', '24.6% (no change)')",
        blocks[0].text,
        blocks,
        _truth(f.CHANGE, f.CHANGE_RATIOS),
    )


# 2. year columns headed by snapshot dates with two-digit years
def _dated_rows(i: int) -> list[list[str]]:
    if i in f.DATED_RATIOS:
        return [[_name(i), "Relative likelihood", *f.DATED_RATIOS[i]]]
    v = f.DATED[i]
    return [[_name(i) if n == 0 else "", g, *map(_pct, v[g])] for n, g in enumerate(GROUPS)]


def _dated_heads() -> Layout:
    rows = [["WRES indicator", "Ethnicity", "As at 31/03/24", "As at 31/03/23"]]
    for i in range(1, 10):
        rows += _dated_rows(i)
    blocks: list[Block] = [
        H("Thornsett Vale NHS Foundation Trust"),
        H("WRES data return summary"),
        P(
            "Indicators 1 and 9 are snapshots of the staff record at each date, and 2 to 4 "
            "cover the twelve months to it. For indicators 5 to 8 each column gives the NHS "
            "Staff Survey carried out in the twelve months to that date."
        ),
        Grid(rows, header=True, widths=(6, 3, 3, 3)),
    ]
    return Layout(
        "one table of the nine indicators whose two year columns are headed by snapshot "
        "dates with two-digit years, newest first ('As at 31/03/24 | As at 31/03/23'), "
        "the staff survey indicators under the same date heads",
        blocks[0].text,
        blocks,
        _truth(f.DATED, f.DATED_RATIOS),
    )


# 3. a paragraph an indicator: this year's counts, the percentage worked out in brackets
def _counted_share(i: int) -> str:
    b, w = f.COUNTED[i]["BME"], f.COUNTED[i]["White"]
    if i == 1:
        return (
            f"At 31 March 2024, {b[0]} of our {b[1]} staff ({b[2]}%) were from a BME "
            f"background and {w[0]} ({w[2]}%) were White. At 31 March 2023 the shares were "
            f"{b[3]}% and {w[3]}%."
        )
    if i == 9:
        last_b, last_w = f.BOARD_LAST_YEAR["BME"], f.BOARD_LAST_YEAR["White"]
        return (
            f"At 31 March 2024, {b[0]} of the board's {b[1]} voting members ({b[2]}%) were "
            f"from a BME background and {w[0]} ({w[2]}%) were White. A year earlier "
            f"{last_b[0]} of {last_b[1]} ({b[3]}%) was BME and {last_w[0]} of "
            f"{last_w[1]} ({w[3]}%) were White."
        )
    return (
        f"In the 2023 NHS Staff Survey, {b[0]} of the {b[1]} BME staff who answered "
        f"({b[2]}%) said yes, as did {w[0]} of the {w[1]} White staff ({w[2]}%). In the "
        f"2022 survey the figures were {b[3]}% for BME and {w[3]}% for White staff."
    )


RATIO_WORDS = {
    2: ("White", "BME", "shortlisted applicants", "were appointed", "be appointed"),
    3: ("BME", "White", "staff", "entered a formal disciplinary process", "enter one"),
    4: ("White", "BME", "staff", "took up non-mandatory training or CPD", "do so"),
}


def _counted_ratio(i: int) -> str:
    more, less, who, did, do = RATIO_WORDS[i]
    m, n = f.COUNTED_BASES[i][more], f.COUNTED_BASES[i][less]
    now, before = f.COUNTED_RATIOS[i]
    return (
        f"In the year to 31 March 2024, {m[0]} of {m[1]} {more} {who} {did}, against "
        f"{n[0]} of {n[1]} {less} {who}. {more} {who} were therefore {now} times as likely "
        f"as {less} {who} to {do}; in the year to 31 March 2023 the relative likelihood "
        f"was {before}."
    )


def _counted() -> Layout:
    blocks: list[Block] = [
        H("Lindale and Crane NHS Trust"),
        H("Workforce Race Equality Standard annual report 2024"),
        P(
            "For each indicator we give the numbers behind this year's figure, so that "
            "readers can see how many colleagues each percentage stands for, and last "
            "year's figure for comparison."
        ),
    ]
    for i in range(1, 10):
        text = _counted_ratio(i) if i in f.COUNTED_RATIOS else _counted_share(i)
        blocks += [H(f"Indicator {i}: {f.SHORT[i]}"), P(text)]
    return Layout(
        "a paragraph an indicator giving this year's counts with the percentage worked out "
        "in brackets ('402 of the 1,296 BME staff who answered (31.0%)'), last year's "
        "percentages only in the next sentence, the counts behind the relative "
        "likelihoods ('412 of 1,960 White shortlisted applicants were appointed')",
        blocks[0].text,
        blocks,
        _truth({i: {g: v[g][2:] for g in GROUPS} for i, v in f.COUNTED.items()}, f.COUNTED_RATIOS),
    )


# 4. an annual report's equality chapter in two columns, WRES among gender and WDES
def _chapter_wres() -> list[Block]:
    c, r = f.CHAPTER, f.CHAPTER_RATIOS
    return [
        H("Race: the Workforce Race Equality Standard"),
        P(
            f"At 31 March 2024, {c[1]['BME'][0]}% of our colleagues were from Black, Asian "
            f"and minority ethnic (BME) backgrounds and {c[1]['White'][0]}% were White, "
            f"compared with {c[1]['BME'][1]}% and {c[1]['White'][1]}% at 31 March 2023."
        ),
        P(
            f"In 2023/24 White applicants were {r[2][0]} times as likely as BME applicants "
            f"to be appointed from shortlisting (2022/23: {r[2][1]}). BME colleagues were "
            f"{r[3][0]} times as likely as White colleagues to enter a formal disciplinary "
            f"process (2022/23: {r[3][1]}), and White colleagues {r[4][0]} times as likely "
            f"as BME colleagues to access non-mandatory training (2022/23: {r[4][1]})."
        ),
        P(
            f"The 2023 NHS Staff Survey found that {c[5]['BME'][0]}% of BME staff and "
            f"{c[5]['White'][0]}% of White staff had experienced harassment, bullying or "
            f"abuse from patients, relatives or the public (2022 survey: {c[5]['BME'][1]}% "
            f"and {c[5]['White'][1]}%), and {c[6]['BME'][0]}% and {c[6]['White'][0]}% from "
            f"colleagues (2022: {c[6]['BME'][1]}% and {c[6]['White'][1]}%)."
        ),
        P(
            f"{c[7]['BME'][0]}% of BME staff believed the trust provides equal "
            f"opportunities for career progression or promotion, against "
            f"{c[7]['White'][0]}% of White staff (2022: {c[7]['BME'][1]}% and "
            f"{c[7]['White'][1]}%). {c[8]['BME'][0]}% of BME staff and {c[8]['White'][0]}% "
            f"of White staff had experienced discrimination from a manager, team leader or "
            f"colleague (2022: {c[8]['BME'][1]}% and {c[8]['White'][1]}%)."
        ),
        P(
            f"At 31 March 2024, {c[9]['BME'][0]}% of the board's voting members were BME "
            f"and {c[9]['White'][0]}% White; at 31 March 2023, {c[9]['BME'][1]}% and "
            f"{c[9]['White'][1]}%, one member's ethnicity then not being recorded."
        ),
    ]


def _chapter_others() -> tuple[list[Block], list[Block]]:
    g, d = f.GENDER, f.DISABILITY
    gender = [
        H("Sex"),
        P(
            f"Women make up {g['women'][0]}% of our workforce (2022/23: {g['women'][1]}%) "
            f"and {g['women_8c_up'][0]}% of staff at Band 8c and above "
            f"({g['women_8c_up'][1]}%). Our mean gender pay gap at 31 March 2024 was "
            f"{g['mean_gap'][0]}% (2023: {g['mean_gap'][1]}%) and the median "
            f"{g['median_gap'][0]}% ({g['median_gap'][1]}%)."
        ),
    ]
    disability = [
        H("Disability: the Workforce Disability Equality Standard"),
        P(
            f"{d['declared'][0]}% of colleagues have told us of a disability on the staff "
            f"record ({d['declared'][1]}% a year earlier). In the 2023 survey "
            f"{d['harassment_public'][0]}% of disabled staff reported harassment, bullying "
            f"or abuse from patients, relatives or the public, against "
            f"{d['harassment_public_non'][0]}% of non-disabled staff (2022: "
            f"{d['harassment_public'][1]}% and {d['harassment_public_non'][1]}%). "
            f"Non-disabled applicants were {d['wdes_shortlisting'][0]} times as likely as "
            f"disabled applicants to be appointed from shortlisting (2022/23: "
            f"{d['wdes_shortlisting'][1]})."
        ),
    ]
    return gender, disability


def _chapter_html(printed: list[Block]) -> str:
    parts = []
    for b in printed:
        tag = "h3" if isinstance(b, H) else "p"
        parts.append(f"<{tag}>{html.escape(b.text)}</{tag}>")
    style = "column-count:2;column-gap:2em"
    return f'<div class="chapter-columns" style="{style}">{"".join(parts)}</div>'


def _chapter() -> Layout:
    gender, disability = _chapter_others()
    printed = [
        P(
            "We publish our equality data each year under the Public Sector Equality Duty. "
            "This chapter gives the headline figures; the full WRES and WDES reports are "
            "on our website."
        ),
        *gender,
        *_chapter_wres(),
        *disability,
        H("Next steps"),
        P(
            "Our equality objectives for 2024 to 2028 focus on fair recruitment and on "
            "reducing abuse of staff by the public."
        ),
    ]
    blocks: list[Block] = [
        H("Kettleside Hospitals NHS Foundation Trust"),
        H("Annual report 2023/24 – Chapter 6: Equality, diversity and inclusion"),
        Columns(),
        Html(_chapter_html(printed), printed),
    ]
    return Layout(
        "an annual report's equality chapter set in two text columns (a CSS multi-column "
        "block on the web page): the WRES figures in sentences between the chapter's sex "
        "(gender pay gap) and disability (WDES) figures, a WDES relative likelihood and "
        "WDES survey percentages among them",
        blocks[0].text,
        blocks,
        _truth(f.CHAPTER, f.CHAPTER_RATIOS),
    )


# 5. a table of <div>s with ARIA roles laid out by a CSS grid
DIV_HEAD = ("Indicator", "Staff", "2023/24", "2022/23")
DIV_CSS = (
    "<style>.wres-grid{display:grid;grid-template-columns:3fr 1fr 1fr 1fr;gap:2px}"
    ".wres-grid [role=row]{display:contents}"
    ".wres-grid [role=columnheader]{font-weight:bold;background:#eef}</style>"
)


def _div_rows() -> list[list[str]]:
    rows = []
    for i in range(1, 10):
        if i in f.DIVGRID_RATIOS:
            rows.append([_name(i), "Relative likelihood", *f.DIVGRID_RATIOS[i]])
        else:
            v = f.DIVGRID[i]
            rows += [[_name(i), g, *map(_pct, v[g])] for g in GROUPS]
    return rows


def _div_row(cells: list[str] | tuple[str, ...], role: str) -> str:
    inner = "".join(f'<div role="{role}">{html.escape(c)}</div>' for c in cells)
    return f'<div role="row">{inner}</div>'


def _div_html(rows: list[list[str]]) -> str:
    body = "".join(_div_row(r, "cell") for r in rows)
    return (
        f'{DIV_CSS}<div class="wres-grid" role="table" aria-label="WRES indicators">'
        f"{_div_row(DIV_HEAD, 'columnheader')}{body}</div>"
    )


def _div_grid() -> Layout:
    rows = _div_rows()
    printed: list = [Grid([list(DIV_HEAD), *rows], header=True, widths=(6, 3, 2, 2))]
    blocks: list[Block] = [
        H("Ulverdale Community NHS Trust"),
        H("Our WRES results"),
        P(
            "Workforce figures are at 31 March 2024 and 31 March 2023; indicators 5 to 8 "
            "come from the 2023 and 2022 NHS Staff Surveys."
        ),
        Html(_div_html(rows), printed),
        P("This page was last updated on 12 August 2024.", "italic"),
    ]
    return Layout(
        "a web page's table made of <div>s with ARIA roles ('table', 'row', "
        "'columnheader', 'cell') laid out by a CSS grid, no <table> element ('Indicator | "
        "Staff | 2023/24 | 2022/23'); printed, as a browser prints it, as the plain table",
        blocks[0].text,
        blocks,
        _truth(f.DIVGRID, f.DIVGRID_RATIOS),
    )


LAYOUTS: list[Layout] = [_change_in_cell(), _dated_heads(), _counted(), _chapter(), _div_grid()]
