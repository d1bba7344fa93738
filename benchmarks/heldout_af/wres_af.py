"""Held-out set AF, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to AE (benchmarks/heldout_d .. heldout_ae
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_af_figures.py), drawn by set P's renderer and two blocks of set AF's own
(wres_af_render.py). Nothing under parsers/ was read while writing it. Three are the
kinds trusts print most, each with one ordinary variation: an annual report's 'Key
statistics' page of dot-leader lines, one figure a line under each indicator's heading
('BME staff, 2023 survey ........ 28.3%'); the plain summary table whose year columns
carry the month-year heads a spreadsheet prints for a date ('Mar-24 | Mar-23'); an FOI
response letter answering a request for the WRES figures, indicator 1 for clinical and
non-clinical staff as well as the whole workforce. Two are harder things trusts
publish: columns typed with tab stops in a word-processed report, no table at all (each
line a paragraph, the fields lined up by tabs under a header line); and a table under a
two-row head (each year over 'BME | White') whose single figures, the relative
likelihoods of 2 to 4 and indicator 9's board-minus-workforce difference, sit in one
cell merged across the year's BME and White columns.

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to AE apply them: a year printed "2023/24" is that year; a 31 March snapshot is the
financial year it closes ('31 March 2024' is 2023/24); a staff survey year is its own
financial year (the '2023 survey' is 2023/24); relative likelihoods take their
numerator group (White for 2 and 4, BME for 3); the board's share is indicator 9 with
`board_voting`, the workforce share indicator 1 with `overall`, indicator 1 for
clinical and non-clinical staff `clinical` / `non_clinical` with band None (set F's
and R's convention); indicator 9's difference (BME share of voting members less BME
share of the workforce, in points) is measure `difference`, `board_voting`, BME (sets
I to K, AE). No layout prints a 'Not stated' or 'Unknown' row. Not in any truth: the
FOI letter's reference, dates and headcounts.

Convention new in set AF, stated before scoring: a month-year head 'Mar-24' is March
2024, so the year to 31 March 2024 (2023/24), and, as the layout's note says, the
survey indicators under it are that year's survey (the 2023 survey under 'Mar-24'), as
set AD read '31/03/24'.

Seen at first sight (parser of d14c3f5, scored once after 5ded4b4): see
wres_af_first_sight.py. No truth was changed.
"""

from __future__ import annotations

from benchmarks.heldout_af import wres_af_figures as f
from benchmarks.heldout_af.wres_af_render import Block, Spanned, Tabbed
from benchmarks.heldout_e.wres_e import Layout, _t
from benchmarks.heldout_p.render import Grid, H, P
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported

GROUPS = ("BME", "White")
YEARS = ("2023/24", "2022/23")
SURVEY_INDICATORS = (5, 6, 7, 8)


def _pct(x: str) -> str:
    return f"{x}%"


def _name(i: int) -> str:
    return f"{i}. {f.SHORT[i]}"


def _ratio_words(i: int) -> str:
    return "BME relative to White" if i == 3 else "White relative to BME"


# 1. a 'Key statistics' page of dot-leader lines
def _when(i: int, k: int) -> str:
    if i in SURVEY_INDICATORS:
        return ("2023 staff survey", "2022 staff survey")[k]
    if i in f.LEADERS_RATIOS:
        return YEARS[k]
    return ("31 March 2024", "31 March 2023")[k]


def _leader(label: str, figure: str) -> P:
    # the dots fill the line to a fixed width, as a word processor's leader tab does
    return P(f"{label} {'.' * max(6, 64 - len(label))} {figure}")


def _leader_lines(i: int) -> list[P]:
    if i in f.LEADERS_RATIOS:
        label = f"Relative likelihood, {_ratio_words(i)}"
        return [_leader(f"{label}, {_when(i, k)}", x) for k, x in enumerate(f.LEADERS_RATIOS[i])]
    v = f.LEADERS[i]
    return [_leader(f"{g} staff, {_when(i, k)}", _pct(v[g][k])) for g in GROUPS for k in (0, 1)]


def _leaders() -> Layout:
    blocks: list[Block] = [
        H("Ashworth Carr NHS Trust"),
        H("Workforce Race Equality Standard 2023/24: key statistics"),
        P(
            "The figures below are those we submitted to NHS England. Indicators 2 to 4 "
            "are relative likelihoods: a figure above 1 means the first group named is "
            "more likely than the second."
        ),
    ]
    for i in range(1, 10):
        blocks += [P(f"Indicator {i}: {f.SHORT[i]}", "bold"), *_leader_lines(i)]
    return Layout(
        "an annual report's 'Key statistics' page of dot-leader lines, one figure a line "
        "under each indicator's bold heading ('BME staff, 2023 staff survey ...... 28.3%', "
        "'Relative likelihood, White relative to BME, 2023/24 ...... 1.33')",
        blocks[0].text,
        blocks,
        _truth(f.LEADERS, f.LEADERS_RATIOS),
    )


# 2. the summary table under spreadsheet month-year heads
def _excel_rows() -> list[list[str]]:
    rows = [["Indicator", "Ethnicity", "Mar-24", "Mar-23"]]
    for i in range(1, 10):
        if i in f.EXCEL_RATIOS:
            rows.append([_name(i), f"Relative likelihood ({_ratio_words(i)})", *f.EXCEL_RATIOS[i]])
            continue
        v = f.EXCEL[i]
        rows += [[_name(i) if n == 0 else "", g, *map(_pct, v[g])] for n, g in enumerate(GROUPS)]
    return rows


def _excel() -> Layout:
    blocks: list[Block] = [
        H("Bleasdale Fold NHS Foundation Trust"),
        H("WRES data summary"),
        P(
            "Data as submitted to NHS England for the years ending Mar-24 and Mar-23. "
            "Indicators 5 to 8 are from the NHS Staff Survey carried out in the autumn "
            "before each date: the 2023 survey under Mar-24, the 2022 survey under Mar-23."
        ),
        Grid(_excel_rows(), header=True, widths=(6, 4, 2, 2)),
        P("Source: ESR, TRAC, the trust's HR case records and the NHS Staff Survey.", "italic"),
    ]
    return Layout(
        "the plain summary table ('Indicator | Ethnicity | Mar-24 | Mar-23') whose year "
        "columns carry the month-year heads a spreadsheet prints for a date, the staff "
        "survey indicators under the same heads as a note above says",
        blocks[0].text,
        blocks,
        _truth(f.EXCEL, f.EXCEL_RATIOS),
    )


# 3. an FOI response letter answering a request for the WRES figures
STAFF_GROUP_WORDS = {"clinical": "clinical staff", "non_clinical": "non-clinical staff"}


def _workforce_answer(k: int) -> str:
    date = ("31 March 2024", "31 March 2023")[k]
    parts = [f"all staff: BME {f.FOI[1]['BME'][k]}%, White {f.FOI[1]['White'][k]}%"]
    for sg, v in f.FOI_STAFF_GROUPS.items():
        parts.append(f"{STAFF_GROUP_WORDS[sg]}: BME {v['BME'][k]}%, White {v['White'][k]}%")
    return f"At {date} – " + "; ".join(parts) + "."


def _ratio_answer() -> Grid:
    rows = [["Indicator", "2023/24", "2022/23"]]
    rows += [[f"{_name(i)} ({_ratio_words(i)})", *f.FOI_RATIOS[i]] for i in (2, 3, 4)]
    return Grid(rows, header=True, widths=(6, 2, 2))


def _survey_answer() -> Grid:
    rows = [["Staff Survey question", "BME 2023", "White 2023", "BME 2022", "White 2022"]]
    for i in SURVEY_INDICATORS:
        v = f.FOI[i]
        rows.append([_name(i), *(_pct(v[g][k]) for k in (0, 1) for g in GROUPS)])
    return Grid(rows, header=True, widths=(6, 2, 2, 2, 2))


def _board_answer() -> str:
    v = f.FOI[9]
    return (
        f"Of our voting board members, {v['BME'][0]}% were BME and {v['White'][0]}% White at "
        f"31 March 2024; at 31 March 2023 the figures were {v['BME'][1]}% and "
        f"{v['White'][1]}%."
    )


def _foi_letter() -> Layout:
    blocks: list[Block] = [
        H("Calder Ings Hospitals NHS Trust"),
        P("Freedom of Information request FOI-AF-2417", "bold"),
        P("Received: 3 June 2024. Responded: 27 June 2024."),
        P(
            "Thank you for your request for information about our Workforce Race Equality "
            "Standard (WRES) figures. We hold the information you asked for and set it out "
            "below under each of your questions."
        ),
        P(
            "1. What percentage of your workforce were BME and White, for all staff and "
            "separately for clinical and non-clinical staff, at 31 March 2024 and 2023?",
            "bold",
        ),
        P(_workforce_answer(0)),
        P(_workforce_answer(1)),
        P(
            "2. Please give the relative likelihoods your WRES reports give for indicators "
            "2, 3 and 4 for 2023/24 and 2022/23.",
            "bold",
        ),
        _ratio_answer(),
        P(
            "3. What were your NHS Staff Survey results for indicators 5 to 8, for BME and "
            "White staff, in the 2023 and 2022 surveys?",
            "bold",
        ),
        _survey_answer(),
        P("4. What was the ethnic make-up of your voting board membership?", "bold"),
        P(_board_answer()),
        P(
            "If you are unhappy with this response you may ask for an internal review "
            "within 40 working days, and then complain to the Information Commissioner."
        ),
    ]
    staff_groups = [
        _t(1, "percentage", sg, None, g, year, float(x))
        for sg, v in f.FOI_STAFF_GROUPS.items()
        for g in GROUPS
        for year, x in zip(YEARS, v[g], strict=True)
    ]
    return Layout(
        "an FOI response letter answering a request for the trust's WRES figures, question "
        "by question: indicator 1 for all, clinical and non-clinical staff in one answer "
        "line a year ('At 31 March 2024 – all staff: BME 24.8%, White 72.1%; clinical "
        "staff: …'), the ratios and the survey results in small answer tables, the board "
        "in a sentence",
        blocks[0].text,
        blocks,
        _truth(f.FOI, f.FOI_RATIOS) + staff_groups,
    )


# 4. columns typed with tab stops, no table
STOPS = (92, 114, 136, 158)
# the short names a typist fits before the first tab stop
TAB_NAMES = {
    1: "Workforce (31 March)",
    2: "Appointed from shortlisting",
    3: "Formal disciplinary process",
    4: "Non-mandatory training / CPD",
    5: "Abuse from patients and public",
    6: "Abuse from staff",
    7: "Equal opportunities to progress",
    8: "Discrimination at work",
    9: "Board voting members (31 March)",
}


def _tabbed_lines() -> list[list[str]]:
    lines = [["", "BME", "", "White", ""], ["Indicator", *YEARS, *YEARS]]
    for i in range(1, 10):
        if i not in f.TABBED_RATIOS:
            v = f.TABBED[i]
            lines.append([f"{i}. {TAB_NAMES[i]}", *(_pct(v[g][k]) for g in GROUPS for k in (0, 1))])
    return lines


def _tabbed_ratio_lines() -> list[list[str]]:
    lines = [["Relative likelihood", *YEARS]]
    lines += [[f"{i}. {TAB_NAMES[i]} ({_ratio_words(i)})", *f.TABBED_RATIOS[i]] for i in (2, 3, 4)]
    return lines


def _tabbed() -> Layout:
    blocks: list[Block] = [
        H("Dunsop Bridge Community NHS Trust"),
        H("Workforce Race Equality Standard: our data"),
        P(
            "Indicators 1 and 9 are at 31 March; indicators 5 to 8 come from the NHS Staff "
            "Survey of the year (the 2023 survey for 2023/24)."
        ),
        Tabbed(_tabbed_lines(), STOPS),
        P("Indicators 2 to 4 compare the likelihood of two groups:"),
        Tabbed(_tabbed_ratio_lines(), STOPS[2:]),
    ]
    return Layout(
        "columns typed with tab stops in a word-processed report, no table at all: each "
        "line a paragraph, the fields lined up by tabs under a 'BME' / 'White' line and "
        "a 'Indicator | 2023/24 | 2022/23 | 2023/24 | 2022/23' line; the relative "
        "likelihoods in a second tabbed block",
        blocks[0].text,
        blocks,
        _truth(f.TABBED, f.TABBED_RATIOS),
    )


# 5. a two-row head, each single figure merged across its year's BME and White columns
def _spanned_rows() -> list[list[tuple[str, int]]]:
    rows = [
        [("Indicator", 1), ("2023/24", 2), ("2022/23", 2)],
        [("", 1), *(((g, 1)) for _ in YEARS for g in GROUPS)],
    ]
    for i in range(1, 10):
        if i in f.SPANNED_RATIOS:
            label = f"{_name(i)} – relative likelihood, {_ratio_words(i)}"
            rows.append([(label, 1), *((x, 2) for x in f.SPANNED_RATIOS[i])])
            continue
        v = f.SPANNED[i]
        rows.append([(_name(i), 1), *((_pct(v[g][k]), 1) for k in (0, 1) for g in GROUPS)])
    label = "9b. Board voting membership less overall workforce, BME (percentage points)"
    rows.append([(label, 1), *((x, 2) for x in f.SPANNED_DIFFERENCE)])
    return rows


def _spanned() -> Layout:
    difference = [
        _t(9, "difference", "board_voting", None, "BME", year, float(x))
        for year, x in zip(YEARS, f.SPANNED_DIFFERENCE, strict=True)
    ]
    blocks: list[Block] = [
        H("Wycoller Dene NHS Trust"),
        H("Race equality in our workforce: WRES 2023/24"),
        P(
            "Workforce and board figures are at 31 March; staff survey figures are from the "
            "survey of each year. Where an indicator has one figure a year it spans both "
            "columns of that year."
        ),
        Spanned(_spanned_rows(), head=2),
    ]
    return Layout(
        "one summary table under a two-row head (each year over 'BME | White'), each "
        "single figure (the relative likelihoods of 2 to 4, a '9b' board-minus-workforce "
        "difference in points) in one cell merged across its year's BME and White columns",
        blocks[0].text,
        blocks,
        _truth(f.SPANNED, f.SPANNED_RATIOS) + difference,
    )


LAYOUTS: list[Layout] = [_leaders(), _excel(), _foi_letter(), _tabbed(), _spanned()]
