"""Held-out set I, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to H (benchmarks/heldout_d .. heldout_h
wres_*.py), written for issue #13 in words and figures of our own (fictional trusts),
typed by hand (wres_i_figures.py).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as set H
applies them (benchmarks/heldout_h/wres_h.py): a 31 March snapshot is the financial
year it closes; a staff survey year is its own financial year ("2023 survey" ->
2023/24); a WRES report year is its data year ("WRES 2024" -> 2023/24); relative
likelihoods take their numerator group (White for 2 and 4, BME for 3); the board's
difference from the workforce in percentage points is indicator 9's `difference`, with
the board voting staff group, and the workforce share it is measured against is
indicator 1's overall figure; a period printed only in a table's or a figure's caption
is that table's or figure's period; "Previous year" / "This year" columns take the
caption's two periods in order. Not in the truth: national averages and other
comparators, headcounts and board member counts, suppressed cells ("<5", "*"), gaps
between groups, and the action plan's targets.
"""

from __future__ import annotations

from html import escape

from benchmarks.heldout_d.render import H, P, T
from benchmarks.heldout_e.wres_e import Layout, _pc, _rl, _t
from benchmarks.heldout_h.render import Grid
from benchmarks.heldout_i.render import Block, Html
from benchmarks.heldout_i.wres_i_figures import (
    BOARD,
    BRACKET_BANDS,
    BRACKET_COUNTS,
    CAPTION_LIKELIHOODS,
    CAPTION_SURVEY,
    CAPTION_WORKFORCE,
    CHART_LIKELIHOODS,
    CHARTS,
    LIKELIHOOD_WORDS,
    LIKELIHOODS_BY_YEAR,
    ONE_LINE,
    ROWS_BY_YEAR,
    SURVEY_WORDS,
)

SURVEY_PERIOD = {"2021": "2021/22", "2022": "2022/23", "2023": "2023/24"}
WRES_PERIOD = {"2023": "2022/23", "2024": "2023/24"}


# 1. groups as rows, survey years as columns, a national average column beside them
def _national_column() -> Layout:
    blocks: list[Block] = [
        H("Rosedene Hospitals NHS Trust"),
        H("Workforce Race Equality Standard report 2024"),
        P(
            "The national average is the figure for all acute trusts in the 2023 survey, "
            "shown for comparison only."
        ),
    ]
    truth = []
    for ind, groups in ROWS_BY_YEAR.items():
        rows = [["Staff group", "2021 survey", "2022 survey", "2023 survey", "National average"]]
        for group, label in (("White", "White staff"), ("BME", "BME staff")):
            rows.append([label, *(f"{x}%" for x in groups[group]), f"{groups['national']}%"])
            for year, value in zip(SURVEY_PERIOD.values(), groups[group], strict=True):
                truth.append(_pc(ind, group, year, float(value)))
        blocks += [P(f"Indicator {ind}. {SURVEY_WORDS[ind]}", "bold"), T(rows)]
    rows = [["Indicator", "2021/22", "2022/23", "2023/24", "National average"]]
    for ind, (values, national) in LIKELIHOODS_BY_YEAR.items():
        rows.append([f"{ind}. {LIKELIHOOD_WORDS[ind]}", *values, national])
        truth += [
            _rl(ind, p, float(x)) for p, x in zip(SURVEY_PERIOD.values(), values, strict=True)
        ]
    blocks += [P("Relative likelihoods (1.00 means no difference)", "bold"), T(rows)]
    return Layout(
        "groups as rows, survey years as columns, a national average column",
        blocks[0].text,
        blocks,
        truth,
    )


def _share(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}"


# 2. headcounts with the percentage in brackets, small numbers suppressed
def _bracketed() -> Layout:
    blocks: list[Block] = [
        H("Saltmarsh Community and Mental Health NHS Trust"),
        H("Indicator 1: our workforce by pay band and ethnicity on 31 March 2024"),
        P(
            "Each cell gives the number of staff and, in brackets, their share of the band. "
            "To protect the privacy of individuals, numbers below five are shown as <5 and "
            "their percentages as *."
        ),
    ]
    truth = []
    groups = ("White", "BME", "Unknown")
    for sg, heading in (("non_clinical", "Non-clinical staff"), ("clinical", "Clinical staff")):
        rows = [["Pay band", "White", "BME", "Ethnicity not stated"]]
        for band in BRACKET_BANDS:
            counts = BRACKET_COUNTS[sg][band]
            cells = []
            for group, count in zip(groups, counts, strict=True):
                if count == 0:
                    cells.append("-")
                elif count < 5:
                    cells.append("<5 (*)")
                else:
                    share = _share(count, sum(counts))
                    cells.append(f"{count:,} ({share}%)")
                    truth.append(_t(1, "percentage", sg, band, group, "2023/24", float(share)))
            rows.append([band, *cells])
        blocks += [P(heading, "bold"), Grid(rows, header=True, widths=(4, 5, 5, 5))]
    return Layout(
        "headcounts with the percentage in brackets, small numbers suppressed",
        blocks[0].text,
        blocks,
        truth,
    )


# 3. one table a period: the period is named only in the caption
def _caption_periods() -> Layout:
    blocks: list[Block] = [
        H("Tidewell Ambulance Service NHS Trust"),
        H("Workforce race equality: data tables"),
    ]
    truth = []
    (p0, (w0, b0)), (p1, (w1, b1)) = CAPTION_WORKFORCE.items()
    blocks += [
        P(
            f"Table 1: Workforce by ethnicity, 31 March {p0[:2]}{p0[5:]} and 31 March {p1[:2]}{p1[5:]}"
        ),
        T(
            [
                ["", "Previous year", "This year"],
                ["White", f"{w0}%", f"{w1}%"],
                ["BME", f"{b0}%", f"{b1}%"],
            ]
        ),
    ]
    for p, (w, b) in CAPTION_WORKFORCE.items():
        truth += [
            _t(1, "percentage", "overall", None, "White", p, float(w)),
            _t(1, "percentage", "overall", None, "BME", p, float(b)),
        ]
    rows = [["Indicator", "Previous year", "This year"]]
    for ind, values in CAPTION_LIKELIHOODS.items():
        rows.append([LIKELIHOOD_WORDS[ind], *values])
        truth += [_rl(ind, p, float(x)) for p, x in zip(CAPTION_WORKFORCE, values, strict=True)]
    blocks += [P("Table 2: Indicators 2 to 4, 2022/23 and 2023/24"), T(rows)]
    for n, (period, inds) in enumerate(CAPTION_SURVEY.items(), 3):
        rows = [["Staff survey question", "White staff", "BME staff", "Gap"]]
        for ind, (w, b) in inds.items():
            gap = f"{float(b) - float(w):+.1f}"
            rows.append([f"{ind}. {SURVEY_WORDS[ind]}", f"{w}%", f"{b}%", gap])
            truth += [_pc(ind, "White", period, float(w)), _pc(ind, "BME", period, float(b))]
        blocks += [P(f"Table {n}: Indicators 5 to 8, {period}"), T(rows)]
    return Layout("the period named only in each table's caption", blocks[0].text, blocks, truth)


# 4. a board paper: "White staff: x% / BME staff: y%" on one line, national in brackets,
# indicator 9 as board counts and a percentage-point difference, and the action plan
def _one_line() -> Layout:
    blocks: list[Block] = [
        H("Upcott Park NHS Foundation Trust"),
        H("Public board meeting, item 12: Workforce Race Equality Standard"),
        P("Staff survey results (national figures for comparison in brackets)", "bold"),
    ]
    truth = []
    for year, inds in ONE_LINE.items():
        blocks.append(P(f"{year} NHS Staff Survey", "bold"))
        for ind, (w, b, nw, nb) in inds.items():
            blocks.append(
                P(
                    f"Indicator {ind} ({SURVEY_WORDS[ind].lower()}): White staff: {w}% / "
                    f"BME staff: {b}% (national: {nw}% / {nb}%)"
                )
            )
            truth += [
                _pc(ind, "White", SURVEY_PERIOD[year], float(w)),
                _pc(ind, "BME", SURVEY_PERIOD[year], float(b)),
            ]
    blocks.append(P("Indicator 9: board membership", "bold"))
    for year, (members, of, board, workforce, diff) in BOARD.items():
        blocks.append(
            P(
                f"WRES {year}: {members} of the {of} voting members of the board are from a "
                f"BME background ({board}%), against {workforce}% of the overall workforce, "
                f"a difference of {diff} percentage points."
            )
        )
        period = WRES_PERIOD[year]
        truth += [
            _t(9, "percentage", "board_voting", None, "BME", period, float(board)),
            _t(9, "difference", "board_voting", None, "BME", period, float(diff)),
            # the workforce's share beside the board's is indicator 9's comparison figure
            # (README "WRES", DESIGN's wres_figures, set E): written as indicator 1 at
            # first, a convention slip corrected after set I was learned from
            _t(9, "percentage", "overall", None, "BME", period, float(workforce)),
        ]
    blocks += [
        P("Action plan 2024/25", "bold"),
        P(
            "1. Reduce the share of BME staff reporting discrimination from colleagues to "
            "10% by the 2026 survey, through the Respect at Work programme."
        ),
        P(
            "2. Include a trained inclusion adviser on every interview panel for posts at "
            "Band 8a and above from October 2024."
        ),
        P(
            "3. Publish a reverse mentoring scheme pairing every executive director with a "
            "member of the BME staff network."
        ),
    ]
    return Layout(
        "'White staff: x% / BME staff: y%' on one line, board counts and points",
        blocks[0].text,
        blocks,
        truth,
    )


def _bar(x: int, y: int, label: str) -> str:
    return (
        f"<rect x='{x}' y='{y}' width='12' height='40'/>"
        f"<text x='{x}' y='{y - 4}' class='data-label'>{escape(label)}</text>"
    )


# 5. an infographic: the figures in chart data labels and figure captions
def _infographic() -> Layout:
    blocks: list[Block] = [
        H("Wrenbury Children's Hospital NHS Foundation Trust"),
        H("Our race equality story in charts"),
        P("Our staff survey results in pictures. The grey bar is the national average."),
    ]
    truth = []
    for n, (ind, (years, national)) in enumerate(CHARTS.items(), 1):
        labels = []
        for year, (w, b) in years.items():
            labels += [(f"{year} White", f"{w}%"), (f"{year} BME", f"{b}%")]
            truth += [
                _pc(ind, "White", SURVEY_PERIOD[year], float(w)),
                _pc(ind, "BME", SURVEY_PERIOD[year], float(b)),
            ]
        labels.append(("National", f"{national}%"))
        caption = (
            f"Figure {n}. {SURVEY_WORDS[ind]} (indicator {ind}), 2022 and 2023 surveys: White "
            f"{years['2022'][0]}% then {years['2023'][0]}%; BME {years['2022'][1]}% then "
            f"{years['2023'][1]}%."
        )
        bars = "".join(_bar(20 + 40 * i, 60, f"{v}") for i, (_, v) in enumerate(labels))
        axis = "".join(
            f"<text x='{20 + 40 * i}' y='120' class='axis'>{escape(k)}</text>"
            for i, (k, _) in enumerate(labels)
        )
        html = (
            f"<figure class='chart'><svg role='img' width='240' height='130'>{bars}{axis}</svg>"
            f"<figcaption>{escape(caption)}</figcaption></figure>"
        )
        printed = [P("   ".join(f"{k}: {v}" for k, v in labels)), P(caption, "italic")]
        blocks.append(Html(html, printed))
    ratios = " | ".join(
        f"Indicator {ind}: {a} (2022/23), {b} (2023/24)"
        for ind, (a, b) in CHART_LIKELIHOODS.items()
    )
    blocks += [
        Html(
            "<figure class='dials'><p class='big'>"
            + escape(ratios)
            + "</p><figcaption>Figure 5. Relative likelihoods, indicators 2 to 4 (1.00 is "
            "parity)</figcaption></figure>",
            [
                P(ratios),
                P("Figure 5. Relative likelihoods, indicators 2 to 4 (1.00 is parity)", "italic"),
            ],
        )
    ]
    for ind, (a, b) in CHART_LIKELIHOODS.items():
        truth += [_rl(ind, "2022/23", float(a)), _rl(ind, "2023/24", float(b))]
    return Layout(
        "infographic: figures in chart data labels and figure captions",
        blocks[0].text,
        blocks,
        truth,
    )


LAYOUTS: list[Layout] = [
    _national_column(),
    _bracketed(),
    _caption_periods(),
    _one_line(),
    _infographic(),
]
