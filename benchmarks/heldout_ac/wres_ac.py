"""Held-out set AC, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to AB (benchmarks/heldout_d .. heldout_ab
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_ac_figures.py). Nothing under parsers/ was read while writing it. Three are the
kinds trusts print most, each with one ordinary variation: the NHS England reporting
template table (Indicator | Description | Ethnicity | Data for reporting year | Data for
previous year | Narrative) with indicator 1 split, as the template asks, into
non-clinical, clinical and medical and dental rows by band; one table of three years
side by side, oldest first, with a 'Change on last year' column and a trend word
('Improved', 'Deteriorated', 'No change'); a section an indicator whose figures are
bullet lines 'BME: 23.7% (2023: 22.1%)', last year's figure in brackets after a bare
year. Two are harder things trusts publish: a workforce profile printing indicator 1
twice, each band's share by ethnicity (the indicator) and then each group's staff
spread over the bands (percentages of the group, not of the band), with a local
population (Census 2021) row; and a web page's responsive table, each cell carrying
its column heading in a span hidden on wide screens ('This year (2023/24) 25.5%'), as
public-sector page templates print tables for phones.

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to AB apply them: a year printed "2023/24" is that year; a 31 March snapshot is the
financial year it closes ('31 March 2024' is 2023/24); a bare year beside an indicator
1-4 or 9 figure is a WRES data year, the year to 31 March of it ('2023' is 2022/23); a
staff survey year is its own financial year (the '2022 survey' is 2022/23); relative
likelihoods take their numerator group (White for 2 and 4, BME for 3); the board's
share is indicator 9 with `board_voting`, the workforce share indicator 1 with
`overall`; indicator 1 by pay band across the whole workforce (no staff group named) is
staff group `overall` with the band as printed (set AB's convention); indicator 1 by
band within a staff group carries that staff group (`non_clinical`, `clinical`,
`medical`) and the band as printed (set R's), but for the medical and dental grades,
which take DESIGN.md's band names (`Medical consultant`, `Medical non-consultant`,
`Medical trainee`, as benchmarks/wres_heldout.py keys them). No layout prints a 'Not
stated' or 'Unknown' row. Not in any truth: changes on last year and trend words,
the local population, the staff spread over the bands, column totals, narrative.

Conventions new in set AC, stated before scoring: layout 3's bracketed bare year is
read by the convention above in both its uses, so '(2023: 22.1%)' under a 31 March 2024
figure and '(2022: 30.6%)' under a 2023 staff survey figure are both 2022/23; in layout
4, only Table 1 (the share of each band who are BME or White, read across) is indicator
1, Table 2 (the share of each group's staff in each band, read down) is no WRES figure
and in no truth, and neither is the Census 2021 row; layout 5's hidden headings are
part of the page (the screen reader and the text extractor see them), its truth that
of the table as the eye reads it on a wide screen.

Seen at first sight (parser of 20dc011, scored once after c270873): see
wres_ac_first_sight.py. No truth was changed.
"""

from __future__ import annotations

import html
from decimal import Decimal

from benchmarks.heldout_ac import wres_ac_figures as f
from benchmarks.heldout_e.wres_e import Layout, _t
from benchmarks.heldout_p.render import B, Block, Grid, H, Html, P, T
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported

YEARS = ("2023/24", "2022/23")
THREE = ("2023/24", "2022/23", "2021/22")
GROUPS = ("BME", "White")


def _pct(x: str) -> str:
    return f"{x}%"


def _pair_rows(i: int, figures: dict, ratios: dict, name: str) -> list[list[str]]:
    """An indicator's rows 'name | group | this year | last year', named on the first."""
    if i in ratios:
        return [[name, "Relative likelihood", *ratios[i]]]
    v = figures[i]
    return [[name if n == 0 else "", g, *map(_pct, v[g])] for n, g in enumerate(GROUPS)]


# 1. the NHS England reporting template, indicator 1 by band within each staff group
STAFF_GROUP_WORDS = {
    "non_clinical": "Non-clinical workforce",
    "clinical": "Clinical workforce",
    "medical": "Medical and dental workforce",
}


def _template_band_rows() -> list[list[str]]:
    rows = [["1", f.TITLES[1], "", "", "", f.NARRATIVE[1]]]
    for sg, bands in f.TEMPLATE_BANDS.items():
        for printed, _key, values in bands:
            label = f"{STAFF_GROUP_WORDS[sg]}: {printed}"
            for n, g in enumerate(GROUPS):
                rows.append(["", label if n == 0 else "", g, *map(_pct, values[g]), ""])
    for n, g in enumerate(GROUPS):
        overall = f.TEMPLATE[1][g]
        rows.append(["", "Overall workforce" if n == 0 else "", g, *map(_pct, overall), ""])
    return rows


def _template_rows(i: int) -> list[list[str]]:
    if i in f.TEMPLATE_RATIOS:
        return [[str(i), f.TITLES[i], "", *f.TEMPLATE_RATIOS[i], f.NARRATIVE[i]]]
    v = f.TEMPLATE[i]
    rows = []
    for n, g in enumerate(GROUPS):
        first = n == 0  # the template names the indicator and narrates once
        number, title, words = (str(i), f.TITLES[i], f.NARRATIVE[i]) if first else ("", "", "")
        rows.append([number, title, g, *map(_pct, v[g]), words])
    return rows


def _template_truth() -> list[dict]:
    truth = _truth(f.TEMPLATE, f.TEMPLATE_RATIOS)
    for sg, bands in f.TEMPLATE_BANDS.items():
        for _printed, key, values in bands:
            for g in GROUPS:
                for year, x in zip(YEARS, values[g], strict=True):
                    truth.append(_t(1, "percentage", sg, key, g, year, float(x)))
    return truth


def _template() -> Layout:
    head = [
        "Indicator",
        "Description",
        "Ethnicity",
        "Data for reporting year (2023/24)",
        "Data for previous year (2022/23)",
        "Narrative – the implications of the data",
    ]
    rows = [head, *_template_band_rows()]
    for i in range(2, 10):
        rows += _template_rows(i)
    blocks: list[Block] = [
        H("Gorsebrook Valley NHS Trust"),
        H("Workforce Race Equality Standard reporting template 2023/24"),
        P(
            "Workforce data are taken from the Electronic Staff Record as at 31 March; "
            "indicators 5 to 8 come from the NHS Staff Survey of the same year. Indicator "
            "1 is given for the non-clinical, clinical and medical and dental workforce "
            "separately, as the template asks."
        ),
        Grid(rows, header=True, widths=(3, 7, 3, 3, 3, 6)),
    ]
    return Layout(
        "the NHS England reporting template table ('Indicator | Description | Ethnicity | "
        "Data for reporting year (2023/24) | Data for previous year (2022/23) | "
        "Narrative'), indicator 1 split into non-clinical, clinical and medical and "
        "dental rows by grouped band ('Clinical workforce: Bands 5-7', 'Medical and "
        "dental workforce: Consultants'), BME and White rows under each",
        blocks[0].text,
        blocks,
        _template_truth(),
    )


# 2. three years side by side, a change column and a trend word
LOWER_IS_BETTER = {5, 6, 8}


def _trend(i: int, group: str | None, now: str, before: str) -> str:
    """The trend word a trust prints for a row: for the likelihoods, nearer 1.00 is
    better; for 1 and 9 a higher BME share is (the White rows get no word)."""
    a, b = Decimal(now), Decimal(before)
    if group is None:
        a, b = -abs(a - 1), -abs(b - 1)
    elif i in (1, 9):
        if group == "White":
            return "–"
    elif i in LOWER_IS_BETTER:
        a, b = -a, -b
    if a == b:
        return "No change"
    return "Improved" if a > b else "Deteriorated"


def _change(now: str, before: str, ratio: bool) -> str:
    d = Decimal(now) - Decimal(before)
    text = f"{d:+.2f}" if ratio else f"{d:+.1f} pts"
    return text.replace("+0.0 pts", "0.0 pts").replace("+0.00", "0.00")


def _three_year_rows(i: int) -> list[list[str]]:
    name = f"{i}. {f.SHORT[i]}"
    if i in f.THREE_YEARS_RATIOS:
        v = f.THREE_YEARS_RATIOS[i]
        trend = _trend(i, None, v[0], v[1])
        return [[name, "Relative likelihood", *reversed(v), _change(v[0], v[1], True), trend]]
    rows = []
    for n, g in enumerate(GROUPS):
        v = f.THREE_YEARS[i][g]
        cells = [*map(_pct, reversed(v)), _change(v[0], v[1], False), _trend(i, g, v[0], v[1])]
        rows.append([name if n == 0 else "", g, *cells])
    return rows


def _three_years() -> Layout:
    head = ["Indicator", "Group", *reversed(THREE), "Change on last year", "Trend"]
    rows = [head]
    for i in range(1, 10):
        rows += _three_year_rows(i)
    blocks: list[Block] = [
        H("Hartington Fells NHS Foundation Trust"),
        H("WRES: three-year trend to 2023/24"),
        P(
            "The table shows each WRES indicator for the last three reporting years. The "
            "change column compares 2023/24 with 2022/23, in percentage points for the "
            "percentages, and the trend column says whether that change is good or bad news "
            "for our BME colleagues."
        ),
        Grid(rows, header=True, widths=(6, 3, 2, 2, 2, 3, 3)),
    ]
    return Layout(
        "one table of three years side by side, oldest first ('2021/22 | 2022/23 | "
        "2023/24'), a signed 'Change on last year' column ('+1.3 pts', '-0.12') and a "
        "'Trend' column of words ('Improved', 'Deteriorated', 'No change')",
        blocks[0].text,
        blocks,
        _truth(f.THREE_YEARS, f.THREE_YEARS_RATIOS, THREE),
    )


# 3. a section an indicator, bullets 'BME: 23.7% (2023: 22.1%)'
def _lead(i: int) -> tuple[str, str]:
    """The line above an indicator's bullets and the bare year of last year's figure."""
    if i in (1, 9):
        who = "our workforce" if i == 1 else "the board's voting members"
        return f"Share of {who} at 31 March 2024, 31 March 2023 in brackets:", "2023"
    if i in f.BRACKETS_RATIOS:
        return "The year to 31 March 2024, the year to 31 March 2023 in brackets:", "2023"
    return "2023 NHS Staff Survey, the 2022 survey in brackets:", "2022"


def _bullets(i: int) -> list[Block]:
    lead, year = _lead(i)
    if i in f.BRACKETS_RATIOS:
        now, before = f.BRACKETS_RATIOS[i]
        return [P(lead), B(f"Relative likelihood: {now} ({year}: {before})")]
    v = f.BRACKETS[i]
    return [P(lead), *(B(f"{g}: {v[g][0]}% ({year}: {v[g][1]}%)") for g in GROUPS)]


def _brackets() -> Layout:
    blocks: list[Block] = [
        H("Ilsworth Bay NHS Trust"),
        H("Workforce Race Equality Standard report 2024"),
        P(
            "This report gives our WRES figures for 2023/24. Under each indicator the "
            "figure for this year comes first and last year's follows in brackets."
        ),
    ]
    for i in range(1, 10):
        blocks += [H(f"Indicator {i}: {f.SHORT[i]}"), P(f.TITLES[i], "italic"), *_bullets(i)]
    return Layout(
        "a section an indicator: its heading, the indicator's title in italics, a line "
        "naming the dates, then bullet lines 'BME: 23.7% (2023: 22.1%)', last year's "
        "figure in brackets after a bare year (the snapshot's year for 1 to 4 and 9, the "
        "survey's for 5 to 8)",
        blocks[0].text,
        blocks,
        _truth(f.BRACKETS, f.BRACKETS_RATIOS),
    )


# 4. indicator 1 read across (the indicator) and read down (the staff spread), a census row
SPANS = [("", 1), ("31 March 2024", 2), ("31 March 2023", 2)]


def _band_cells(values: dict) -> list[str]:
    return [_pct(values[g][j]) for j in (0, 1) for g in GROUPS]


def _shares_table() -> T:
    rows = [["Pay band", "BME", "White", "BME", "White"]]
    rows += [[band, *_band_cells(v)] for band, v in f.BAND_SHARES.items()]
    rows.append(["All staff", *_band_cells(f.PROFILE[1])])
    census = [_pct(f.CENSUS[g]) for g in GROUPS]
    rows.append(["Local population (Census 2021)", *census, "–", "–"])
    return T(rows, SPANS)


def _spread_table() -> T:
    rows = [["Pay band", "BME staff", "White staff", "BME staff", "White staff"]]
    rows += [[band, *_band_cells(v)] for band, v in f.GROUP_SPREAD.items()]
    rows.append(["Total", *["100.0%"] * 4])
    return T(rows, SPANS)


def _profile_truth() -> list[dict]:
    return _truth(f.PROFILE, f.PROFILE_RATIOS) + [
        _t(1, "percentage", "overall", band, g, year, float(x))
        for band, groups in f.BAND_SHARES.items()
        for g, values in groups.items()
        for year, x in zip(YEARS, values, strict=True)
    ]


def _profile() -> Layout:
    rows = [["Indicator", "Group", *YEARS]]
    for i in range(2, 10):
        rows += _pair_rows(i, f.PROFILE, f.PROFILE_RATIOS, f"{i}. {f.SHORT[i]}")
    blocks: list[Block] = [
        H("Jessop Marsh Community NHS Trust"),
        H("Our workforce profile and WRES indicators, 2023/24"),
        P(
            "We show indicator 1 two ways. Table 1 reads across: of the staff in each pay "
            "band, the share who are BME and who are White, set against our local "
            "population. Table 2 reads down: of all our BME staff, and of all our White "
            "staff, the share who work at each band."
        ),
        P("Table 1: Staff in each pay band by ethnicity (WRES indicator 1)", "bold"),
        _shares_table(),
        P("The rest of each band did not state an ethnicity.", "italic"),
        P("Table 2: How our BME and White staff are spread across the pay bands", "bold"),
        _spread_table(),
        P(
            "Nearly a third of our BME colleagues work at Band 5, against fewer than one "
            "in seven White colleagues."
        ),
        H("Indicators 2 to 9"),
        Grid(rows, header=True, widths=(6, 3, 2, 2)),
    ]
    return Layout(
        "a workforce profile printing indicator 1 twice: each pay band's share by "
        "ethnicity read across (the indicator, with an 'All staff' and a 'Local "
        "population (Census 2021)' row), then each group's staff spread over the bands "
        "read down ('BME staff' columns adding to 100%) under the same '31 March' heads",
        blocks[0].text,
        blocks,
        _profile_truth(),
    )


# 5. a responsive web table: every cell carries its column heading, hidden on wide screens
RESPONSIVE_HEAD = ("Indicator", "Ethnic group", "This year (2023/24)", "Last year (2022/23)")
RESPONSIVE_CSS = (
    "<style>.rt-label{font-weight:bold}"
    "@media (min-width: 48em){.rt-label{position:absolute;width:1px;height:1px;"
    "overflow:hidden;clip:rect(0 0 0 0)}}</style>"
)


def _responsive_rows() -> list[list[str]]:
    rows = []
    for i in range(1, 10):
        name = f"{i}. {f.SHORT[i]}"
        if i in f.RESPONSIVE_RATIOS:
            rows.append([name, "Relative likelihood", *f.RESPONSIVE_RATIOS[i]])
        else:
            v = f.RESPONSIVE[i]
            rows += [[name, g, *map(_pct, v[g])] for g in GROUPS]
    return rows


def _responsive_cell(heading: str, text: str) -> str:
    label = f'<span class="rt-label" aria-hidden="true">{html.escape(heading)} </span>'
    return f'<td role="cell">{label}{html.escape(text)}</td>'


def _responsive_html(rows: list[list[str]]) -> str:
    head = "".join(f'<th role="columnheader" scope="col">{h}</th>' for h in RESPONSIVE_HEAD)
    body = "".join(
        '<tr role="row">'
        + "".join(_responsive_cell(h, c) for h, c in zip(RESPONSIVE_HEAD, row, strict=True))
        + "</tr>"
        for row in rows
    )
    return (
        f'{RESPONSIVE_CSS}<table class="rt" role="table"><caption>WRES indicators, '
        f'this year and last</caption><thead role="rowgroup"><tr role="row">{head}</tr>'
        f'</thead><tbody role="rowgroup">{body}</tbody></table>'
    )


def _responsive() -> Layout:
    rows = _responsive_rows()
    printed: list = [
        P("WRES indicators, this year and last", "bold"),
        Grid([list(RESPONSIVE_HEAD), *rows], header=True, widths=(6, 3, 3, 3)),
    ]
    blocks: list[Block] = [
        H("Kelderby and Rowle NHS Foundation Trust"),
        H("Workforce Race Equality Standard"),
        P(
            "Our latest WRES results are below. Workforce figures are at 31 March 2024 and "
            "31 March 2023; indicators 5 to 8 come from the 2023 and 2022 NHS Staff Surveys."
        ),
        Html(_responsive_html(rows), printed),
        P("Page last reviewed: 30 September 2024", "italic"),
    ]
    return Layout(
        "a web page's responsive table ('Indicator | Ethnic group | This year (2023/24) | "
        "Last year (2022/23)'), each cell opening with its column heading in a span "
        "hidden on wide screens ('This year (2023/24) 25.5%'), as page templates stack "
        "tables for phones; printed as the plain table",
        blocks[0].text,
        blocks,
        _truth(f.RESPONSIVE, f.RESPONSIVE_RATIOS),
    )


LAYOUTS: list[Layout] = [_template(), _three_years(), _brackets(), _profile(), _responsive()]
