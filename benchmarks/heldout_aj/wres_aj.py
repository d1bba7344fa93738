"""Held-out set AJ, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to AI (benchmarks/heldout_d .. heldout_ai
wres_*.py), each printed for two fictional trusts (ten documents), in words and
figures of our own typed by hand (wres_aj_figures.py), drawn by set P's renderer
(benchmarks/heldout_p/render.py). Nothing under parsers/ was read while writing it.
The first trust of each layout reports 2024/25 beside 2023/24, the second 2023/24
beside 2022/23.

Three are the kinds trusts print most, each with one ordinary variation: a board
paper whose first page is its cover sheet (a two-column table of the meeting, its
date, the agenda item '11.2', the paper's reference, the Board Assurance Framework
risk '4.3', the committee that saw it first and when) before the plain summary table;
the plain summary table whose two year columns are headed by the months they span
('Apr 2024 – Mar 2025 | Apr 2023 – Mar 2024'), the staff survey figures under the
same heads as a note says; and the plain summary table followed by the trust's
integrated care system's table in the same shape ('How we compare'), the system's
figures for all its trusts together.

Two are harder, both about where a figure's key stands apart from the figure: the
staff survey indicators 5 to 8 printed as the survey's answer distributions, a table
an indicator ('Ethnic group | Survey | Never | 1–2 times | … | At least once'; 'Yes |
No | Don't know' for 7, 'Yes | No' for 8) whose WRES figure is one column among
percentages that are not ('At least once', 'Yes'), the other indicators in small
tables before them; and a report whose text gives this year's figures only, each
paragraph ending in a superscript note mark, last year's figures only in the numbered
notes at the end of the document ('4. In 2023/24 the relative likelihood was 1.50.'),
the notes numbered through the document, so that a note's number is not the number
of the indicator it belongs to (note 1 is about words).

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to AI apply them: a year printed "2024/25" is that year; a 31 March snapshot is the
financial year it closes ('31 March 2025' is 2024/25); a staff survey year is its own
financial year (the '2024 survey' is 2024/25); relative likelihoods take their
numerator group (White for 2 and 4, BME for 3); the board's share is indicator 9 with
`board_voting`, the workforce share indicator 1 with `overall`. No layout prints a
'Not stated' or 'Unknown' row. Not in any truth: the cover sheet's numbers, the
integrated care systems' figures, the survey's answer shares other than the WRES
figure ('Never', '1–2 times', 'No', 'Don't know', …), note numbers.

Conventions new in set AJ, stated before scoring: a period head 'Apr 2024 – Mar 2025'
is the financial year 2024/25 (and the 2024 survey, held that autumn, is under it, as
the layout's note says); a survey indicator's WRES figure is the share answering at
least once (5, 6) or 'Yes' (7, 8); a figure in an endnote takes its indicator from the
paragraph whose mark the note carries, and its year and group from the note's words.

Seen at first sight (parser of 70c5ce8, scored once after 6178470): see
wres_aj_first_sight.py. No truth was changed.
"""

from __future__ import annotations

from benchmarks.heldout_aj import wres_aj_figures as f
from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_p.render import Block, Grid, H, P
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported

GROUPS = f.GROUPS
SURVEY_INDICATORS = (5, 6, 7, 8)
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _pct(x: str) -> str:
    return f"{x}%"


def _truth_of(t: f.Trust) -> list[dict]:
    return _truth(t.figures, t.ratios, t.years)


def _named(description: str, t: f.Trust) -> str:
    return f"{description}; {t.name}"


def _summary_rows(t: f.Trust, heads: tuple[str, str]) -> list[list[str]]:
    """The plain summary table: an indicator's name on each of its rows."""
    rows = [["WRES indicator", "Ethnic group", *heads]]
    for i in range(1, 10):
        name = f"{i}. {f.SHORT[i]}"
        if i in f.RATIOS:
            rows.append([name, "Relative likelihood", *t.ratios[i]])
            continue
        rows += [[name, g, *map(_pct, t.figures[i][g])] for g in GROUPS]
    return rows


SUMMARY_WIDTHS = (6, 3, 2, 2)

# 1. a board paper: its cover sheet first, then the plain summary table
COVER = (
    "a board paper whose first page is its cover sheet (a two-column table: meeting, "
    "date, agenda item '11.2', paper reference, Board Assurance Framework risk, the "
    "committee that saw it first), then the plain summary table ('WRES indicator | "
    "Ethnic group | 2024/25 | 2023/24')"
)
# what differs between the two board papers' cover sheets
SHEETS = {
    "2024/25": ("3 July 2025", "11.2", "TB/25/071", "4.3", "People Committee, 19 June 2025"),
    "2023/24": ("26 September 2024", "9.4", "BoD 24-118", "2.6", "Workforce Committee, 5 Sep 2024"),
}


def _cover_sheet(t: f.Trust) -> Grid:
    date, item, ref, risk, seen = SHEETS[t.years[0]]
    return Grid(
        [
            ["Meeting", "Board of Directors (meeting in public)"],
            ["Date of meeting", date],
            ["Agenda item", item],
            ["Paper reference", ref],
            ["Title", f"Workforce Race Equality Standard (WRES) {t.years[0]}"],
            ["Executive lead", "Chief People Officer"],
            ["Purpose", "For assurance ☒   For decision ☐   For information ☐"],
            ["Board Assurance Framework", f"Risk {risk}: workforce culture and inclusion"],
            ["Previously considered by", seen],
            ["Recommendation", "The Board is asked to note the report and approve publication."],
        ],
        widths=(2, 5),
    )


def _cover(t: f.Trust) -> Layout:
    this, last = t.years
    blocks: list[Block] = [
        H(t.name),
        _cover_sheet(t),
        H("1. Purpose"),
        P(
            f"This paper presents our WRES figures for {this}, with {last} for comparison, "
            "before they are submitted to NHS England and published on our website."
        ),
        H("2. Our WRES figures"),
        P(
            "Indicators 1 and 9 are taken at 31 March, indicators 5 to 8 come from the NHS "
            f"Staff Survey of the year shown ({t.surveys[0]} under {this}), and 2 to 4 "
            "are relative likelihoods over the year."
        ),
        Grid(_summary_rows(t, t.years), header=True, widths=SUMMARY_WIDTHS),
        H("3. Recommendation"),
        P("The Board is asked to note the figures and approve their publication."),
    ]
    return Layout(_named(COVER, t), t.name, blocks, _truth_of(t))


# 2. the summary table under month-range period heads
PERIODS = (
    "the plain summary table whose two year columns are headed by the months they span "
    "('Apr 2024 – Mar 2025 | Apr 2023 – Mar 2024'), the staff survey figures under the "
    "same heads as a note says"
)


def _span(year: str) -> str:
    """'2024/25' as the months it spans: 'Apr 2024 – Mar 2025'."""
    return f"Apr {year[:4]} – Mar 20{year[-2:]}"


def _periods(t: f.Trust) -> Layout:
    heads = (_span(t.years[0]), _span(t.years[1]))
    blocks: list[Block] = [
        H(t.name),
        H("Workforce Race Equality Standard: our figures"),
        P(
            "Each column covers twelve months, April to March. Workforce and board figures "
            "are taken on the last day of the period; staff survey figures are from the "
            "NHS Staff Survey held in the autumn of the period."
        ),
        Grid(_summary_rows(t, heads), header=True, widths=SUMMARY_WIDTHS),
        P("Sources: Electronic Staff Record, recruitment system, HR case log.", "italic"),
    ]
    return Layout(_named(PERIODS, t), t.name, blocks, _truth_of(t))


# 3. the trust's summary table, then its integrated care system's in the same shape
ICS = (
    "the plain summary table followed by the trust's integrated care system's table in "
    "the same shape under 'How we compare', the system's figures for all its trusts "
    "together"
)


def _ics(t: f.Trust, system: f.Trust) -> Layout:
    this, last = t.years
    blocks: list[Block] = [
        H(t.name),
        H(f"WRES report {this}"),
        P(f"Our figures for the nine WRES indicators, {this} beside {last}."),
        Grid(_summary_rows(t, t.years), header=True, widths=SUMMARY_WIDTHS),
        H("How we compare"),
        P(
            f"The table below gives the same indicators for the {system.name}: all of "
            "its NHS trusts taken together, as published in the system's WRES summary."
        ),
        Grid(_summary_rows(system, system.years), header=True, widths=SUMMARY_WIDTHS),
    ]
    return Layout(_named(ICS, t), t.name, blocks, _truth_of(t))


# 4. the staff survey indicators as the survey's answer distributions
ANSWERS = (
    "the staff survey indicators 5 to 8 as the survey's answer distributions, a table "
    "an indicator ('Ethnic group | Survey | Never | 1–2 times | … | At least once'; "
    "'Yes | No | Don't know' for 7), the WRES figure one column among answer shares that "
    "are not; indicators 1 to 4 and 9 in small tables before them"
)
FREQUENCY = ("Never", "1–2 times", "3–5 times", "6–10 times", "More than 10 times")
FREQUENCY_SHARES = (0.56, 0.24, 0.12)  # of those answering at least once; the rest > 10
QUESTION = {
    5: "In the last 12 months how many times have you personally experienced harassment, "
    "bullying or abuse at work from patients / service users, their relatives or other "
    "members of the public?",
    6: "In the last 12 months how many times have you personally experienced harassment, "
    "bullying or abuse at work from other colleagues?",
    7: "Does your organisation act fairly with regard to career progression / promotion, "
    "regardless of ethnic background, gender, religion, sexual orientation, disability or "
    "age?",
    8: "In the last 12 months have you personally experienced discrimination at work from "
    "a manager / team leader or other colleagues?",
}


def _tenths(x: float) -> str:
    return f"{x:.1f}"


def _frequency(figure: str) -> list[str]:
    """A survey answer's shares, 'Never' to 'More than 10 times', then 'At least once'
    (the WRES figure): the split of the rest is made up, but adds up."""
    once = float(figure)
    parts = [round(once * s, 1) for s in FREQUENCY_SHARES]
    parts.append(round(once - sum(parts), 1))
    return [_tenths(100 - once), *map(_tenths, parts), figure]


def _yes_no(i: int, figure: str) -> list[str]:
    rest = 100 - float(figure)
    if i == 8:
        return [figure, _tenths(rest)]
    unsure = round(rest * 0.43, 1)
    return [figure, _tenths(rest - unsure), _tenths(unsure)]


def _answers_table(i: int, t: f.Trust) -> Grid:
    heads = {7: ["Yes", "No", "Don't know"], 8: ["Yes", "No"]}.get(i, [*FREQUENCY, "At least once"])
    rows = [["Ethnic group", "Survey", *(f"{h} %" for h in heads)]]
    for g in GROUPS:
        for k, survey in enumerate(t.surveys):
            figure = t.figures[i][g][k]
            shares = _yes_no(i, figure) if i in (7, 8) else _frequency(figure)
            rows.append([g, survey, *shares])
    return Grid(rows, header=True, widths=(3, 2, *([2] * len(heads))))


def _small(i: int, t: f.Trust) -> Grid:
    if i in f.RATIOS:
        return Grid([["Relative likelihood", *t.years], ["", *t.ratios[i]]], header=True)
    rows = [[g, *map(_pct, t.figures[i][g])] for g in GROUPS]
    return Grid([["Ethnic group", *t.snapshots], *rows], header=True)


def _answers(t: f.Trust) -> Layout:
    this, last = t.years
    blocks: list[Block] = [
        H(t.name),
        H(f"Workforce Race Equality Standard {this}: the data"),
        P(f"Figures for {this} and {last}. Indicators 1 and 9 are as at 31 March."),
    ]
    for i in (1, 2, 3, 4, 9):
        blocks += [H(f"Indicator {i}: {f.SHORT[i]}"), _small(i, t)]
    blocks += [
        H("Indicators 5 to 8: NHS Staff Survey"),
        P(
            "Each table shows how BME and White colleagues answered the survey question "
            "behind the indicator, as percentages of those answering. The WRES indicator "
            "is the share answering at least once (5 and 6) or 'Yes' (7 and 8)."
        ),
    ]
    for i in SURVEY_INDICATORS:
        blocks += [
            H(f"Indicator {i}: {f.SHORT[i]}"),
            P(f"Question: {QUESTION[i]}", "italic"),
            _answers_table(i, t),
        ]
    return Layout(_named(ANSWERS, t), t.name, blocks, _truth_of(t))


# 5. this year's figures in the text, last year's only in numbered endnotes
ENDNOTES = (
    "a report giving this year's figures in its text, each paragraph ending in a "
    "superscript note mark, last year's figures only in the numbered notes at the end "
    "of the document, numbered through it so that a note's number is not its "
    "indicator's"
)
FIRST_NOTE = (
    "We use BME (Black and minority ethnic) as the national WRES does; White includes "
    "all White groups."
)


def _mark(n: int) -> str:
    return str(n).translate(SUPERSCRIPT)


RATIO_TEXT = {
    2: "White applicants were {r} times as likely as BME applicants to be appointed "
    "from shortlisting.",
    3: "BME staff were {r} times as likely as White staff to enter the formal "
    "disciplinary process.",
    4: "White staff were {r} times as likely as BME staff to access non-mandatory "
    "training and CPD.",
}
SHARE_TEXT = {
    1: "At {d}, {b}% of our staff were BME and {w}% White.",
    5: "In the {s} NHS Staff Survey, {b}% of BME staff and {w}% of White staff reported "
    "harassment, bullying or abuse from patients, relatives or the public.",
    6: "In the {s} survey, {b}% of BME staff and {w}% of White staff reported "
    "harassment, bullying or abuse from other staff.",
    7: "In the {s} survey, {b}% of BME staff and {w}% of White staff believed the trust "
    "offers equal opportunities for career progression or promotion.",
    8: "In the {s} survey, {b}% of BME staff and {w}% of White staff said they had "
    "experienced discrimination from a manager, team leader or other colleague.",
    9: "At {d}, {b}% of the board's voting members were BME and {w}% White.",
}


def _this_year(i: int, t: f.Trust) -> str:
    if i in f.RATIOS:
        return f"In {t.years[0]}, " + RATIO_TEXT[i].format(r=t.ratios[i][0])
    bme, white = (t.figures[i][g][0] for g in GROUPS)
    return SHARE_TEXT[i].format(d=t.snapshots[0], s=t.surveys[0], b=bme, w=white)


def _last_year(i: int, t: f.Trust) -> str:
    (_, last), (_, s1), (_, d1) = t.years, t.surveys, t.snapshots
    if i in f.RATIOS:
        return f"In {last} the relative likelihood was {t.ratios[i][1]}."
    bme, white = (t.figures[i][g][1] for g in GROUPS)
    when = f"At {d1}" if i in (1, 9) else f"In the {s1} survey"
    return f"{when} the figures were {bme}% for BME and {white}% for White."


def _endnotes(t: f.Trust) -> Layout:
    this, last = t.years
    blocks: list[Block] = [
        H(t.name),
        H(f"Workforce Race Equality Standard annual report {this}"),
        P(
            f"This report gives our figures for {this}.{_mark(1)} The previous year's "
            f"figures, for {last}, are in the notes at the end for comparison."
        ),
    ]
    notes = [FIRST_NOTE]
    for i in range(1, 10):
        notes.append(_last_year(i, t))
        blocks += [H(f"Indicator {i}: {f.SHORT[i]}"), P(f"{_this_year(i, t)}{_mark(len(notes))}")]
    blocks += [H("Notes"), *(P(f"{n}. {note}") for n, note in enumerate(notes, 1))]
    return Layout(_named(ENDNOTES, t), t.name, blocks, _truth_of(t))


DESCRIPTIONS = (COVER, PERIODS, ICS, ANSWERS, ENDNOTES)
LAYOUTS: list[Layout] = [
    *(_cover(t) for t in f.COVER),
    *(_periods(t) for t in f.PERIODS),
    *(_ics(t, s) for t, s in zip(f.ICS, f.SYSTEMS, strict=True)),
    *(_answers(t) for t in f.ANSWERS),
    *(_endnotes(t) for t in f.ENDNOTES),
]
