"""Held-out set AH, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to AF (benchmarks/heldout_d .. heldout_af
wres_*.py), in words and figures of our own (fictional trusts named after rivers and
hills), typed by hand (wres_ah_figures.py), drawn by set P's renderer. Nothing under
parsers/ was read while writing it.

Three are the kinds trusts print most, each with one ordinary variation: the plain
summary table ('Indicator | Ethnicity | 2023/24 | 2022/23') in a trust that calls the
WRES's BME group 'ethnically diverse' colleagues, as a note above it says; a table per
indicator whose title is a caption printed BELOW the table ('Table 5: Indicator 5 – …'),
as Word's caption tool puts it, under chapter headings only, a line of comment after
some captions; a 'WRES at a glance' summary page, a plain-words finding an indicator
with each figure printed before its group ('(29.8% BME, 24.1% White, 2023 staff
survey)'), then last year's line and a verdict ('This is an improvement on last year').

Two are harder things trusts publish, both about wording: a WRES action plan, a section
a metric ('Metric 2: Recruitment'), whose figures stand only in a 'Commentary'
paragraph among the things an action plan also prints (a target ratio and a target
percentage for a later year, a national figure, the county's population share,
headcounts) above an actions table whose key performance indicators are percentages
too; and a year-on-year commentary, a paragraph an indicator, each change stated with
its size ('rose by 1.4 points over the year, to 27.3%, from 25.9%'), the gap between
the groups in points, and figures that did not move printed once ('unchanged at
1.04').

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to AF apply them: a year printed "2023/24" is that year; a 31 March snapshot is the
financial year it closes ('31 March 2024' is 2023/24); a staff survey year is its own
financial year (the '2023 survey' is 2023/24, '(2022: 27.9%)' beside a survey figure
the 2022 survey's, 2022/23); "last year" / "a year earlier" / "the previous year" is the
year before the one the text names; relative likelihoods take their numerator group
(White for 2 and 4, BME for 3); the board's share is indicator 9 with `board_voting`,
the workforce share indicator 1 with `overall`; the per-group likelihoods behind 2 to 4
are measure `rate` with their own group, in the truth where printed (the action plan
prints 2023/24's, as percentages: set AB's convention). No layout prints a 'Not stated'
or 'Unknown' row. Not in any truth: national and county figures, targets (of any
year), key performance indicators, headcounts ('two of our 13 voting members'),
changes between the years and gaps between the groups (in points or as a difference of
ratios: no WRES measure), and the action plan's own year (2024/25).

Conventions new in set AH, stated before scoring: 'ethnically diverse' colleagues are
the WRES's BME group (the layout's note says so; DESIGN.md maps every name of that
group to BME); a figure the text says did not move ('unchanged at 1.04', 'the same as
last year, 24.8%', a board 'unchanged since 31 March 2023 … at 31 March 2024 as a year
earlier') is that figure for both years, printed once.

Seen at first sight (parser of 83c2e84, scored once after 0caeb97): see
wres_ah_first_sight.py. No truth was changed.
"""

from __future__ import annotations

from benchmarks.heldout_ah import wres_ah_figures as f
from benchmarks.heldout_e.wres_e import Layout, _t
from benchmarks.heldout_p.render import Block, Grid, H, P
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported

GROUPS = ("BME", "White")
YEARS = ("2023/24", "2022/23")
SNAPSHOT = ("31 March 2024", "31 March 2023")
SURVEY = ("2023 survey", "2022 survey")
SURVEY_INDICATORS = (5, 6, 7, 8)


def _pct(x: str) -> str:
    return f"{x}%"


def _heads(i: int) -> tuple[str, str]:
    """The year heads an indicator's figures stand under: snapshot, survey or year."""
    if i in (1, 9):
        return SNAPSHOT
    if i in SURVEY_INDICATORS:
        return SURVEY
    return YEARS


# 1. the plain summary table, BME called 'ethnically diverse'
DIVERSE_WORD = {"BME": "Ethnically diverse", "White": "White"}


def _diverse_ratio_words(i: int) -> str:
    return (
        "ethnically diverse relative to White" if i == 3 else "White relative to ethnically diverse"
    )


def _diverse_rows() -> list[list[str]]:
    rows = [["Indicator", "Ethnicity", "2023/24", "2022/23"]]
    for i in range(1, 10):
        name = f"{i}. {f.SHORT[i]}"
        if i in f.DIVERSE_RATIOS:
            label = f"Relative likelihood ({_diverse_ratio_words(i)})"
            rows.append([name, label, *f.DIVERSE_RATIOS[i]])
            continue
        v = f.DIVERSE[i]
        for n, g in enumerate(GROUPS):
            rows.append([name if n == 0 else "", DIVERSE_WORD[g], *map(_pct, v[g])])
    return rows


def _diverse() -> Layout:
    blocks: list[Block] = [
        H("Wensum Valley NHS Foundation Trust"),
        H("Workforce Race Equality Standard: our data for 2023/24"),
        P(
            "A note on language: we say 'ethnically diverse colleagues' where the national "
            "WRES templates say Black and minority ethnic. Our staff networks chose the term "
            "in 2022 and we use it throughout this report."
        ),
        P(
            "Indicators 1 and 9 are as at 31 March; indicators 5 to 8 come from the NHS Staff "
            "Survey of the year (the 2023 survey in the 2023/24 column)."
        ),
        Grid(_diverse_rows(), header=True, widths=(6, 4, 2, 2)),
        P(
            "Sources: ESR, our applicant tracking system, HR case records, NHS Staff Survey.",
            "italic",
        ),
    ]
    return Layout(
        "the plain summary table ('Indicator | Ethnicity | 2023/24 | 2022/23') of a trust "
        "that calls the WRES's BME group 'ethnically diverse' colleagues, its rows "
        "'Ethnically diverse' and 'White', a note on language above the table saying so",
        blocks[0].text,
        blocks,
        _truth(f.DIVERSE, f.DIVERSE_RATIOS),
    )


# 2. a table per indicator, the indicator named only in a caption below its table
CAPTION_TITLES = {
    1: "BME and White staff as a share of the whole workforce",
    2: "relative likelihood of White applicants being appointed from shortlisting "
    "compared with BME applicants",
    3: "relative likelihood of BME staff entering the formal disciplinary process "
    "compared with White staff",
    4: "relative likelihood of White staff accessing non-mandatory training and CPD "
    "compared with BME staff",
    5: "staff experiencing harassment, bullying or abuse from patients, relatives or the "
    "public in the last 12 months",
    6: "staff experiencing harassment, bullying or abuse from staff in the last 12 months",
    7: "staff believing the trust provides equal opportunities for career progression or promotion",
    8: "staff who personally experienced discrimination at work from a manager, team "
    "leader or other colleagues",
    9: "BME and White voting members of the board",
}
# a line of comment after some captions, before the next table; no figures in it
CAPTION_COMMENTS = {
    1: "Representation has risen for the fifth year running.",
    3: "Case numbers are small, so the ratio moves a good deal from year to year.",
    5: "Both groups reported less abuse from the public than the year before.",
    7: "The gap between the groups remains the widest of the survey indicators.",
}
CHAPTERS = {
    1: "Workforce indicators (1 to 4)",
    5: "NHS Staff Survey indicators (5 to 8)",
    9: "Board representation (indicator 9)",
}


def _captioned_table(i: int) -> Grid:
    heads = list(_heads(i))
    if i in f.CAPTIONED_RATIOS:
        rows = [["Measure", *heads], ["Relative likelihood", *f.CAPTIONED_RATIOS[i]]]
    else:
        v = f.CAPTIONED[i]
        rows = [["Ethnic group", *heads]] + [[g, *map(_pct, v[g])] for g in GROUPS]
    return Grid(rows, header=True, widths=(4, 2, 2))


def _captioned() -> Layout:
    blocks: list[Block] = [
        H("Blackdown Ridge NHS Trust"),
        H("Workforce Race Equality Standard report 2024"),
        P(
            "This report gives our WRES figures for 2023/24 beside those for 2022/23. Each "
            "table is numbered and described in the caption beneath it."
        ),
    ]
    for i in range(1, 10):
        if i in CHAPTERS:
            blocks.append(H(CHAPTERS[i]))
        blocks += [
            _captioned_table(i),
            P(f"Table {i}: Indicator {i} – {CAPTION_TITLES[i]}", "italic"),
        ]
        if i in CAPTION_COMMENTS:
            blocks.append(P(CAPTION_COMMENTS[i]))
    return Layout(
        "a table per indicator ('Ethnic group | 31 March 2024 | 31 March 2023', survey or "
        "year heads for the others) whose indicator is named only in the caption printed "
        "BELOW it ('Table 5: Indicator 5 – staff experiencing …'), under three chapter "
        "headings, a line of comment after some captions",
        blocks[0].text,
        blocks,
        _truth(f.CAPTIONED, f.CAPTIONED_RATIOS),
    )


# 3. 'WRES at a glance': a finding an indicator, each figure before its group
GLANCE_FINDINGS = {
    1: "A growing share of our workforce",
    5: "More likely to suffer harassment, bullying or abuse from patients, relatives or the public",
    6: "More likely to suffer harassment, bullying or abuse from other staff",
    7: "Less likely to believe the trust offers equal opportunities for career "
    "progression or promotion",
    8: "More than twice as likely to report discrimination at work from a manager, team "
    "leader or colleague",
    9: "Represented among the voting members of the board",
}
GLANCE_RATIO_FINDINGS = {
    2: "Less likely to be appointed from shortlisting: White applicants were {} times as "
    "likely to be appointed as BME applicants",
    3: "More likely to enter a formal disciplinary process: BME colleagues were {} times "
    "as likely as White colleagues to do so",
    4: "About as likely to access non-mandatory training and CPD: White colleagues were "
    "{} times as likely as BME colleagues to do so",
}


def _glance_pair(i: int, k: int) -> str:
    v = f.GLANCE[i]
    return f"{v['BME'][k]}% BME, {v['White'][k]}% White"


def _glance_when(i: int, k: int) -> str:
    if i in SURVEY_INDICATORS:
        return ("2023 staff survey", "2022 staff survey")[k]
    return f"at {SNAPSHOT[k]}"


def _glance_lines(i: int) -> list[P]:
    if i in f.GLANCE_RATIOS:
        now, before = f.GLANCE_RATIOS[i]
        return [
            P(f"**{GLANCE_RATIO_FINDINGS[i].format(now)}** (2023/24)."),
            P(f"2022/23: {before}. {f.GLANCE_VERDICTS[i]}"),
        ]
    before = _glance_when(i, 1)
    return [
        P(f"**{GLANCE_FINDINGS[i]}** ({_glance_pair(i, 0)}, {_glance_when(i, 0)})."),
        P(f"{before[0].upper()}{before[1:]}: {_glance_pair(i, 1)}. {f.GLANCE_VERDICTS[i]}"),
    ]


def _glance() -> Layout:
    blocks: list[Block] = [
        H("Teme Meadows Community NHS Trust"),
        H("Summary: our WRES data for 2023/24"),
        P(
            "In 2023/24, compared with White colleagues, colleagues at the trust from a "
            "Black, Asian or minority ethnic (BME) background were…",
            "bold",
        ),
    ]
    for i in range(1, 10):
        blocks += _glance_lines(i)
    blocks.append(
        P(
            "The rest of this report takes each indicator in turn and sets out what we will "
            "do about it."
        )
    )
    return Layout(
        "a 'WRES at a glance' summary page, a plain-words finding an indicator ('More "
        "likely to suffer harassment, bullying or abuse from other staff') with its "
        "figures in brackets, each figure BEFORE its group ('(26.3% BME, 20.9% White, 2023 "
        "staff survey)'), then last year's line and a verdict ('2022 staff survey: 27.4% "
        "BME, 22.3% White. This is an improvement on last year.')",
        blocks[0].text,
        blocks,
        _truth(f.GLANCE, f.GLANCE_RATIOS),
    )


# 4. an action plan, the figures in each metric's commentary among targets and KPIs
def _plan_commentary(i: int) -> str:
    p, r, rate = f.PLAN, f.PLAN_RATIOS, f.PLAN_RATES
    texts = {
        1: (
            "Colleagues from Black, Asian and minority ethnic (BME) backgrounds made up "
            f"{p[1]['BME'][0]}% of our workforce at 31 March 2024, against {p[1]['BME'][1]}% a "
            f"year earlier; White colleagues made up {p[1]['White'][0]}% (31 March 2023: "
            f"{p[1]['White'][1]}%). The county's working-age population is 12.0% BME, so we "
            "employ a higher share than the community we serve, but representation falls "
            "away above Band 7."
        ),
        2: (
            f"White applicants were {r[2][0]} times more likely than BME applicants to be "
            f"appointed from shortlisting in 2023/24, down from {r[2][1]} in 2022/23. In "
            f"2023/24, {rate[2]['White']}% of shortlisted White applicants were appointed, "
            f"against {rate[2]['BME']}% of shortlisted BME applicants. The national figure "
            "was 1.54. Our target is 1.15 or lower by March 2026."
        ),
        3: (
            f"BME colleagues were {r[3][0]} times as likely as White colleagues to enter the "
            f"formal disciplinary process in 2023/24 (2022/23: {r[3][1]}). The numbers are "
            f"small: in 2023/24, {rate[3]['BME']}% of BME colleagues and {rate[3]['White']}% "
            "of White colleagues entered the process, 18 and 50 people."
        ),
        4: (
            "Access to non-mandatory training and CPD is close to parity: the relative "
            f"likelihood for White colleagues was {r[4][0]} in 2023/24 and {r[4][1]} in "
            f"2022/23. In 2023/24, {rate[4]['White']}% of White colleagues and "
            f"{rate[4]['BME']}% of BME colleagues took up at least one funded course. We "
            "will keep this under review rather than set a new target."
        ),
        5: (
            f"In the 2023 NHS Staff Survey {p[5]['BME'][0]}% of BME colleagues reported "
            "harassment, bullying or abuse from patients, relatives or the public, compared "
            f"with {p[5]['White'][0]}% of White colleagues; in the 2022 survey the figures "
            f"were {p[5]['BME'][1]}% and {p[5]['White'][1]}%. We aim to bring the BME figure "
            "below 27.0% by the 2025 survey."
        ),
        6: (
            "Harassment, bullying or abuse from colleagues was reported by "
            f"{p[6]['BME'][0]}% of BME respondents in the 2023 survey (2022: "
            f"{p[6]['BME'][1]}%) and {p[6]['White'][0]}% of White respondents (2022: "
            f"{p[6]['White'][1]}%). Only 41% of those who experienced it said they had "
            "reported it."
        ),
        7: (
            "Belief that the trust provides equal opportunities for career progression or "
            f"promotion rose among BME colleagues, from {p[7]['BME'][1]}% in the 2022 survey "
            f"to {p[7]['BME'][0]}% in the 2023 survey, but fell slightly among White "
            f"colleagues, to {p[7]['White'][0]}% from {p[7]['White'][1]}%."
        ),
        8: (
            "Discrimination at work from a manager, team leader or other colleague was "
            f"reported by {p[8]['BME'][0]}% of BME colleagues and {p[8]['White'][0]}% of "
            "White colleagues in the 2023 survey (187 and 402 respondents), compared with "
            f"{p[8]['BME'][1]}% and {p[8]['White'][1]}% in the 2022 survey."
        ),
        9: (
            f"At 31 March 2024 two of our 13 voting board members ({p[9]['BME'][0]}%) were "
            f"from BME backgrounds and 11 ({p[9]['White'][0]}%) were White. At 31 March 2023 "
            f"the figures were one of 12 ({p[9]['BME'][1]}%) and 11 ({p[9]['White'][1]}%). "
            f"Set against our workforce ({p[1]['BME'][0]}% BME) the board remains less "
            "diverse."
        ),
    }
    return texts[i]


PLAN_METRICS = {
    1: ("Representation", "Head of Workforce Information"),
    2: ("Recruitment", "Head of Resourcing"),
    3: ("Employee relations", "Deputy Director of People"),
    4: ("Development", "Head of Learning and Organisational Development"),
    5: ("Abuse from the public", "Director of Nursing"),
    6: ("Abuse from colleagues", "Freedom to Speak Up Guardian"),
    7: ("Career progression", "Head of Talent Management"),
    8: ("Discrimination", "Equality, Diversity and Inclusion Lead"),
    9: ("Board", "Company Secretary"),
}
# (action, key performance indicator, deadline): KPIs carry figures of their own
PLAN_ACTIONS = {
    1: (
        "Publish band-by-band representation to each care group quarterly",
        "4 reports a year",
        "June 2024",
    ),
    2: (
        "Put a trained diverse panel member on every Band 8a+ interview panel",
        "90% of panels",
        "March 2025",
    ),
    3: (
        "Have every case reviewed by a senior decision-maker before a formal process",
        "100% of cases",
        "September 2024",
    ),
    4: ("Ring-fence places on the leadership programme", "3 places a cohort", "October 2024"),
    5: (
        "Relaunch the zero-tolerance campaign on wards with the highest reports",
        "12 wards",
        "December 2024",
    ),
    6: ("Train managers in early resolution of conflict", "75% of managers", "March 2025"),
    7: ("Start a reverse mentoring scheme with the executive team", "12 pairs", "January 2025"),
    8: (
        "Add race equality to every manager's annual objectives",
        "80% of appraisals",
        "April 2025",
    ),
    9: (
        "Widen the search for the next two non-executive appointments",
        "2 appointments",
        "March 2025",
    ),
}


def _plan_section(i: int) -> list[Block]:
    theme, lead = PLAN_METRICS[i]
    action, kpi, deadline = PLAN_ACTIONS[i]
    return [
        H(f"Metric {i}: {theme}"),
        P(f"Accountable: {lead}"),
        P("Commentary", "bold"),
        P(_plan_commentary(i)),
        Grid(
            [
                ["No.", "Action", "Key performance indicator", "Deadline"],
                [f"{i}a", action, kpi, deadline],
            ],
            header=True,
            widths=(1, 6, 3, 2),
        ),
    ]


def _plan_rates() -> list[dict]:
    return [
        _t(i, "rate", None, None, g, "2023/24", float(x))
        for i, groups in f.PLAN_RATES.items()
        for g, x in groups.items()
    ]


def _plan() -> Layout:
    blocks: list[Block] = [
        H("Mendip Edge NHS Trust"),
        H("Workforce Race Equality Standard action plan 2024/25"),
        P(
            "This plan answers our WRES data for 2023/24, set beside 2022/23. It was agreed "
            "by the People Committee on 18 July 2024 and will be reviewed every quarter. For "
            "each metric we give the commentary on the data, then the actions, each with a "
            "key performance indicator and a deadline."
        ),
    ]
    for i in range(1, 10):
        blocks += _plan_section(i)
    return Layout(
        "a WRES action plan, a section a metric ('Metric 2: Recruitment', an accountable "
        "lead): the figures only in a 'Commentary' paragraph, among a national figure, "
        "the county's population share, a target ratio and a target percentage for a "
        "later year, headcounts and the per-group rates behind 2 to 4, above an actions "
        "table whose key performance indicators are percentages too ('90% of panels')",
        blocks[0].text,
        blocks,
        _truth(f.PLAN, f.PLAN_RATIOS) + _plan_rates(),
    )


# 5. a year-on-year commentary: changes and gaps in points, unmoved figures once
def _changes_paragraph(i: int) -> str:
    c, r = f.CHANGES, f.CHANGES_RATIOS
    texts = {
        1: (
            "The share of our workforce from Black, Asian and minority ethnic (BME) "
            f"backgrounds rose by 1.4 points over the year, to {c[1]['BME'][0]}%, from "
            f"{c[1]['BME'][1]}%. The White share fell by 1.1 points to {c[1]['White'][0]}% "
            f"(from {c[1]['White'][1]}%)."
        ),
        2: (
            f"White applicants were {r[2][0]} times as likely as BME applicants to be "
            f"appointed from shortlisting in 2023/24, a rise of 0.09 on the previous year's "
            f"{r[2][1]}. This is the indicator that has moved furthest in the wrong direction."
        ),
        3: (
            "The likelihood of BME colleagues entering formal disciplinary proceedings "
            f"relative to White colleagues improved by 0.21, falling to {r[3][0]} from "
            f"{r[3][1]} in 2022/23."
        ),
        4: (
            "The relative likelihood of White colleagues accessing non-mandatory training "
            f"and CPD compared with BME colleagues is unchanged at {r[4][0]}."
        ),
        5: (
            f"In the 2023 survey {c[5]['BME'][0]}% of BME colleagues reported harassment, "
            "bullying or abuse from patients, relatives or the public, 3.8 points more than "
            f"White colleagues ({c[5]['White'][0]}%). A year earlier, in the 2022 survey, "
            f"{c[5]['BME'][1]}% of BME and {c[5]['White'][1]}% of White colleagues said so, "
            "a gap of 4.6 points."
        ),
        6: (
            "Harassment, bullying or abuse from colleagues: for BME colleagues the figure is "
            f"the same as last year, {c[6]['BME'][0]}%; for White colleagues it improved by "
            f"0.9 points to {c[6]['White'][0]}% (2022 survey: {c[6]['White'][1]}%)."
        ),
        7: (
            f"Fewer than half of BME colleagues, {c[7]['BME'][0]}%, believed the trust "
            "provides equal opportunities for career progression or promotion in the 2023 "
            f"survey, 2.6 points up on the 2022 survey's {c[7]['BME'][1]}%. White colleagues' "
            f"figure slipped from {c[7]['White'][1]}% to {c[7]['White'][0]}%."
        ),
        8: (
            "Discrimination at work from a manager, team leader or other colleague was "
            f"reported by {c[8]['BME'][0]}% of BME colleagues and {c[8]['White'][0]}% of "
            "White colleagues in the 2023 survey, more than double the White rate. Both "
            "improved on the 2022 survey, when the figures were "
            f"{c[8]['BME'][1]}% and {c[8]['White'][1]}% respectively."
        ),
        9: (
            "Our voting board is unchanged since 31 March 2023: of its 12 voting members, "
            f"three ({c[9]['BME'][0]}%) are from BME backgrounds and nine "
            f"({c[9]['White'][0]}%) are White, at 31 March 2024 as a year earlier. The board "
            "is now slightly less diverse than the workforce as a whole "
            f"({c[1]['BME'][0]}% BME)."
        ),
    }
    return texts[i]


def _changes() -> Layout:
    blocks: list[Block] = [
        H("Tamar Reach Hospitals NHS Trust"),
        H("Our WRES results 2023/24: what has changed since last year"),
        P(
            "This section compares each indicator with last year's. Workforce and board "
            "figures are at 31 March 2024 and 31 March 2023, staff survey figures come from "
            "the 2023 and 2022 surveys, and indicators 2 to 4 cover 2023/24 and 2022/23."
        ),
    ]
    for i in range(1, 10):
        blocks += [H(f"Indicator {i}: {f.SHORT[i]}"), P(_changes_paragraph(i))]
    return Layout(
        "a year-on-year commentary, a heading and paragraph an indicator, each change "
        "stated with its size ('rose by 1.4 points over the year, to 27.3%, from 25.9%', "
        "'a rise of 0.09 on the previous year's 1.29'), the gap between the groups in "
        "points, and figures that did not move printed once ('is unchanged at 1.04', 'the "
        "same as last year, 24.8%')",
        blocks[0].text,
        blocks,
        _truth(f.CHANGES, f.CHANGES_RATIOS),
    )


LAYOUTS: list[Layout] = [_diverse(), _captioned(), _glance(), _plan(), _changes()]
