"""Held-out set AB, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to AA (benchmarks/heldout_d .. heldout_aa
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_ab_figures.py). Nothing under parsers/ was read while writing it. Three are the
kinds trusts print most, each with one ordinary variation: a table per indicator
(indicator 1 by Agenda for Change pay band, the overall workforce row last, as the seed
report prints it), one summary table of all nine (the rows grouped under section rows
naming the indicator families: workforce, staff survey, board), a narrative report
(each figure moving 'from' last year's 'to' this year's, the older figure first). Two
are harder things trusts publish: the WRES as a web page of accordion panels, one an
indicator, a small table inside each; and an adverse impact analysis, a table a year
applying the four-fifths rule: BME and White figures, a ratio and a verdict for every
indicator (the per-group likelihoods behind 2 to 4, and ratios worked out for the
staff survey indicators too).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to AA apply them: a year printed "2023/24" is that year; a 31 March snapshot is the
financial year it closes ('31 March 2024' is 2023/24); a staff survey year is its own
financial year (the '2023 survey' is 2023/24); relative likelihoods take their
numerator group (White for 2 and 4, BME for 3); the board's share is indicator 9 with
`board_voting`, the workforce share indicator 1 with `overall`; the per-group
likelihoods behind 2 to 4 are measure `rate` (DESIGN.md) with their own group, in the
truth where printed (layout 5 prints them, as percentages); no layout prints a 'Not
stated' or 'Unknown' row. Conventions new in set AB, stated before scoring: indicator 1
by pay band across the whole workforce (no staff group named) is staff group `overall`
with the band as printed ('Bands 1-4', 'Band 9 and VSM'), its 'Overall workforce' row
band None; the ratios the adverse impact table works out for the percentage indicators
5 to 8 (BME / White) are not WRES relative likelihoods (DESIGN.md keeps those to 2, 3
and 4) and are in no truth, nor are the four-fifths verdicts.

Seen at first sight (41b4cf4, from the scores and the figures read, no truth changed):
the reader keys layout 1's pay band rows with no staff group and the band reworded
('Bands 1 to 4'), where the convention above keys them `overall` with the band as
printed ('Bands 1-4'): a conflict of conventions for the lead to settle (the figures,
groups and years are read right), not a figure printed wrong.
"""

from __future__ import annotations

from benchmarks.heldout_ab import wres_ab_figures as f
from benchmarks.heldout_e.wres_e import Layout, _t
from benchmarks.heldout_p.render import Block, Details, Grid, H, P, T
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported

YEARS = ("2023/24", "2022/23")
SNAPSHOT = ("31 March 2024", "31 March 2023")
GROUPS = ("BME", "White")
RATIO_WORDS = {
    2: "White applicants being appointed from shortlisting compared with BME applicants",
    3: "BME staff entering the formal disciplinary process compared with White staff",
    4: "White staff accessing non-mandatory training and CPD compared with BME staff",
}


def _pct(x: str) -> str:
    return f"{x}%"


def _band_truth() -> list[dict]:
    return [
        _t(1, "percentage", "overall", band, g, year, float(x))
        for band, groups in f.BANDS.items()
        for g, values in groups.items()
        for year, x in zip(YEARS, values, strict=True)
    ]


def _band_table() -> T:
    spans = [("", 1), (SNAPSHOT[0], 2), (SNAPSHOT[1], 2)]
    rows = [["Pay band", "BME", "White", "BME", "White"]]
    bands = [*f.BANDS.items(), ("Overall workforce", f.PER_INDICATOR[1])]
    for band, v in bands:
        rows.append([band, *(_pct(v[g][j]) for j in (0, 1) for g in GROUPS)])
    return T(rows, spans)


def _indicator_table(i: int) -> T:
    if i == 1:
        return _band_table()
    if i in f.PER_INDICATOR_RATIOS:
        a, b = f.PER_INDICATOR_RATIOS[i]
        return T([["", *YEARS], ["Relative likelihood", a, b]])
    v = f.PER_INDICATOR[i]
    head = "Board voting members" if i == 9 else "Ethnicity"
    return T([[head, *YEARS], *([g, _pct(v[g][0]), _pct(v[g][1])] for g in GROUPS)])


# 1. a table per indicator; indicator 1 by pay band with the overall workforce row last
def _per_indicator() -> Layout:
    blocks: list[Block] = [
        H("Ashby Lowfield NHS Trust"),
        H("Workforce Race Equality Standard (WRES) report 2023/24"),
        P(
            "This report sets out our figures for each of the nine WRES indicators for "
            "2023/24, with 2022/23 for comparison. Workforce figures are taken from the "
            "Electronic Staff Record at 31 March; indicators 5 to 8 come from the NHS Staff "
            "Survey."
        ),
    ]
    for i in range(1, 10):
        blocks += [H(f"Indicator {i}"), P(f.TITLES[i], "italic"), _indicator_table(i)]
        if i == 1:
            blocks.append(
                P(
                    "Representation of BME colleagues falls with each step up the pay "
                    "bands, from Band 5 to Band 9 and very senior managers."
                )
            )
    truth = _truth(f.PER_INDICATOR, f.PER_INDICATOR_RATIOS) + _band_truth()
    return Layout(
        "a table per indicator under an 'Indicator n' heading and its title in italics; "
        "indicator 1 by Agenda for Change pay band ('Bands 1-4' … 'Band 9 and VSM'), BME "
        "and White under a merged '31 March' head for each year, the 'Overall workforce' "
        "row last",
        blocks[0].text,
        blocks,
        truth,
    )


FAMILIES = (
    ("Workforce indicators (Electronic Staff Record and HR data)", (1, 2, 3, 4)),
    ("National NHS Staff Survey indicators", (5, 6, 7, 8)),
    ("Board representation indicator", (9,)),
)


def _summary_rows(i: int) -> list[list[str]]:
    name = f"{i}. {f.TITLES[i]}"
    if i in f.SECTIONS_RATIOS:
        a, b = f.SECTIONS_RATIOS[i]
        return [[name, "Relative likelihood", a, b]]
    v = f.SECTIONS[i]
    return [[name, g, _pct(v[g][0]), _pct(v[g][1])] for g in GROUPS]


# 2. one summary table of all nine, the rows under indicator-family section rows
def _sections() -> Layout:
    rows = [["WRES indicator", "Group", *YEARS]]
    for family, indicators in FAMILIES:
        rows.append([family, "", "", ""])
        for i in indicators:
            rows += _summary_rows(i)
    blocks: list[Block] = [
        H("Corringham Mere NHS Foundation Trust"),
        H("WRES data summary 2023/24"),
        P(
            "The nine WRES indicators fall into three families: four drawn from our "
            "workforce records, four from the national NHS Staff Survey, and one on the "
            "make-up of our board. The table gives each for this year and last."
        ),
        Grid(rows, header=True, widths=(7, 3, 2, 2)),
    ]
    return Layout(
        "one summary table of all nine indicators ('WRES indicator | Group | 2023/24 | "
        "2022/23'), its rows grouped under section rows naming the indicator families "
        "('Workforce indicators …', 'National NHS Staff Survey indicators', 'Board "
        "representation indicator') with the other cells empty",
        blocks[0].text,
        blocks,
        _truth(f.SECTIONS, f.SECTIONS_RATIOS),
    )


def _moved(new: str, old: str) -> str:
    return "rose" if float(new) > float(old) else "fell"


SURVEY_WORDS = {
    5: "reporting harassment, bullying or abuse from patients, relatives or the public",
    6: "reporting harassment, bullying or abuse from colleagues",
    7: "believing the Trust offers equal opportunities for career progression",
    8: "reporting discrimination from a manager or colleague",
}


def _from_to(i: int) -> str:
    if i in f.FROM_TO_RATIOS:
        a, b = f.FROM_TO_RATIOS[i]
        return (
            f"The relative likelihood of {RATIO_WORDS[i]} {_moved(a, b)} from {b} in "
            f"2022/23 to {a} in 2023/24."
        )
    (b0, b1), (w0, w1) = (f.FROM_TO[i][g] for g in GROUPS)
    if i in (1, 9):
        what = "our workforce" if i == 1 else "the board's voting members"
        return (
            f"Between 31 March 2023 and 31 March 2024 the share of {what} from a BME "
            f"background {_moved(b0, b1)} from {b1}% to {b0}%, and the White share "
            f"{_moved(w0, w1)} from {w1}% to {w0}%."
        )
    return (
        f"Between the 2022 and 2023 NHS Staff Surveys the share of BME staff "
        f"{SURVEY_WORDS[i]} {_moved(b0, b1)} from {b1}% to {b0}%; for White staff it "
        f"{_moved(w0, w1)} from {w1}% to {w0}%."
    )


# 3. a narrative report: each figure moving from last year's to this year's
def _narrative() -> Layout:
    blocks: list[Block] = [
        H("Dunmere Vale NHS Trust"),
        H("How we performed against the Workforce Race Equality Standard, 2023/24"),
        P(
            "Each section below takes one of the nine WRES indicators and describes how "
            "the experience of our BME and White colleagues changed over the last year."
        ),
    ]
    for i in range(1, 10):
        blocks += [H(f"Indicator {i}: {f.TITLES[i]}"), P(_from_to(i))]
    return Layout(
        "a narrative report, a heading and one paragraph an indicator, each figure moving "
        "'from' last year's 'to' this year's ('rose from 20.1% to 21.6%'), the older "
        "figure first and the years named once at the start of the sentence",
        blocks[0].text,
        blocks,
        _truth(f.FROM_TO, f.FROM_TO_RATIOS),
    )


def _panel_table(i: int) -> list[list[str]]:
    if i in f.ACCORDION_RATIOS:
        a, b = f.ACCORDION_RATIOS[i]
        return [["", *YEARS], ["Relative likelihood", a, b]]
    heads = SNAPSHOT if i in (1, 9) else ("2023 survey", "2022 survey")
    v = f.ACCORDION[i]
    return [["", *heads], *([f"{g} staff", _pct(v[g][0]), _pct(v[g][1])] for g in GROUPS)]


PANEL_NOTES = {
    1: "Source: Electronic Staff Record.",
    2: "Source: our applicant tracking system, all posts advertised in the year.",
    3: "Source: employee relations case records; a two-year rolling average.",
    4: "Source: our learning management system.",
    9: "Voting members are the Chair, non-executive and executive directors.",
}


# 4. a web page of accordion panels, one an indicator, a small table in each
def _accordion() -> Layout:
    blocks: list[Block] = [
        H("Eskdale Moor NHS Foundation Trust"),
        H("Workforce Race Equality Standard"),
        P(
            "Select an indicator below to see our latest WRES results. Indicators 5 to 8 "
            "are taken from the NHS Staff Survey."
        ),
    ]
    for i in range(1, 10):
        note = PANEL_NOTES.get(i, "Source: NHS Staff Survey.")
        blocks.append(Details(f"Indicator {i} – {f.TITLES[i]}", [note, _panel_table(i)]))
    return Layout(
        "a web page of accordion panels, one an indicator (HTML <details>, printed as an "
        "opened panel): the indicator's number and title in the panel's summary line, a "
        "source note and a small table inside ('BME staff' / 'White staff' rows, year "
        "or survey columns)",
        blocks[0].text,
        blocks,
        _truth(f.ACCORDION, f.ACCORDION_RATIOS),
    )


SHORT = {
    1: "Workforce representation",
    2: "Appointment from shortlisting (likelihood)",
    3: "Entering formal disciplinary (likelihood)",
    4: "Accessing non-mandatory training (likelihood)",
    5: "Harassment from patients or the public",
    6: "Harassment from staff",
    7: "Equal opportunities for progression",
    8: "Discrimination from a manager or colleague",
    9: "Board voting membership",
}


def _verdict(i: int, ratio: str) -> str:
    """Every ratio is worded so that a high one is adverse to BME staff, but for
    indicator 7's (a favourable outcome, BME / White), where a low one is."""
    x = float(ratio)
    adverse = x < 0.8 if i == 7 else x > 1.25
    return "Adverse impact" if adverse else "No adverse impact"


def _impact_row(i: int, j: int) -> list[str]:
    if i in f.FOUR_FIFTHS_RATES:
        rates, ratio = f.FOUR_FIFTHS_RATES[i], f.FOUR_FIFTHS_RATIOS[i][j]
        cells = [_pct(rates[g][j]) for g in GROUPS]
        return [f"{i}. {SHORT[i]}", *cells, ratio, _verdict(i, ratio)]
    v = f.FOUR_FIFTHS[i]
    cells = [_pct(v[g][j]) for g in GROUPS]
    if i in f.SURVEY_RATIOS:
        ratio = f.SURVEY_RATIOS[i][j]
        return [f"{i}. {SHORT[i]}", *cells, ratio, _verdict(i, ratio)]
    return [f"{i}. {SHORT[i]}", *cells, "–", "Not applied"]


# 5. an adverse impact analysis: a four-fifths rule table a year
def _four_fifths() -> Layout:
    blocks: list[Block] = [
        H("Fellgate Common NHS Trust"),
        H("WRES 2023/24: adverse impact analysis"),
        P(
            "We test each WRES indicator against the four-fifths rule. For indicators 2 to "
            "4 the BME and White columns give the likelihood of each group being appointed, "
            "entering a formal disciplinary process or accessing training, and the ratio is "
            "the WRES relative likelihood (White to BME for 2 and 4, BME to White for 3). "
            "For indicators 5 to 8 the ratio is the BME figure divided by the White one. A "
            "ratio above 1.25 (for indicator 7, below 0.80) shows adverse impact for BME "
            "staff."
        ),
    ]
    head = ["Indicator", "BME", "White", "Ratio", "Four-fifths rule"]
    for j, year in enumerate(YEARS):
        blocks += [
            P(f"Table {j + 1}: adverse impact, {year}", "bold"),
            Grid([head, *(_impact_row(i, j) for i in range(1, 10))], header=True),
        ]
    truth = _truth(f.FOUR_FIFTHS, f.FOUR_FIFTHS_RATIOS)
    truth += [
        _t(i, "rate", None, None, g, year, float(x))
        for i, groups in f.FOUR_FIFTHS_RATES.items()
        for g, values in groups.items()
        for year, x in zip(YEARS, values, strict=True)
    ]
    return Layout(
        "an adverse impact analysis, a table a year ('Indicator | BME | White | Ratio | "
        "Four-fifths rule'): the per-group likelihoods behind 2 to 4 with the relative "
        "likelihood as the ratio, a BME / White ratio worked out for 5 to 8 too, an "
        "'Adverse impact' verdict on every row",
        blocks[0].text,
        blocks,
        truth,
    )


LAYOUTS: list[Layout] = [_per_indicator(), _sections(), _narrative(), _accordion(), _four_fifths()]
