"""Held-out set AI, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to AH (benchmarks/heldout_d .. heldout_ah
wres_*.py), each printed for two fictional trusts (ten documents), in words and
figures of our own typed by hand (wres_ai_figures.py), drawn by set P's renderer and
two blocks of set AI's own (wres_ai_render.py). Nothing under parsers/ was read while
writing it. The first trust of each layout reports 2024/25 beside 2023/24, the second
2023/24 beside 2022/23.

Three are the kinds trusts print most, each with one ordinary variation: the plain
summary table with its percentages to two decimal places, as the data return's
spreadsheet prints them ('29.63%'), the indicator named on each of its rows; a report
with a numbered section and a small table an indicator, behind a contents page whose
lines name each indicator with a page number ('4. Indicator 3: Formal disciplinary
process ....... 6') and with a running page header and footer ('Page 3 of 6') on every
page of the PDF and Word versions; a narrative report, a heading and paragraph an
indicator, that calls the WRES's BME group 'racially minoritised' colleagues, as a
note at its start says.

Two are harder things designed reports print, both about where the figures stand on
the page: a section an indicator whose prose (a national comparator in it) fills a
wide column while the trust's figures stand in a shaded 'In figures' sidebar box
beside it, each figure large on its own line under a label naming group and year
('BME colleagues, 2024 staff survey' over '29.1%'), the box on the right for one
trust and on the left for the other; and a dashboard of tiles two to a row, each
tile an indicator's title over a small table of its own ('| 2024 survey | 2023
survey', BME and White rows), two tiles side by side.

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to AH apply them: a year printed "2024/25" is that year; a 31 March snapshot is the
financial year it closes ('31 March 2025' is 2024/25); a staff survey year is its own
financial year (the '2024 staff survey' is 2024/25); relative likelihoods take their
numerator group (White for 2 and 4, BME for 3); the board's share is indicator 9 with
`board_voting`, the workforce share indicator 1 with `overall`. No layout prints a
'Not stated' or 'Unknown' row. Not in any truth: the national comparators of the
sidebar layout's prose, page numbers, headcounts.

Conventions new in set AI, stated before scoring: a percentage printed to two places
is the figure as printed ('29.63%' is 29.63); 'racially minoritised' colleagues are the
WRES's BME group (the layout's note says so; DESIGN.md maps every name of that group
to BME); a figure in a sidebar box or a tile takes its indicator from the section or
tile it stands in and its group and year from its own label or table.

Seen at first sight (parser of 052c2ca, scored once after f3f1922): see
wres_ai_first_sight.py. No truth was changed.
"""

from __future__ import annotations

from benchmarks.heldout_ai import wres_ai_figures as f
from benchmarks.heldout_ai.wres_ai_render import Block, Spread, Tile, Tiles
from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_p.render import Grid, H, P, Running
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported

GROUPS = f.GROUPS
SURVEY_INDICATORS = (5, 6, 7, 8)


def _pct(x: str) -> str:
    return f"{x}%"


def _heads(i: int, t: f.Trust) -> tuple[str, str]:
    """What an indicator's two columns are headed: dates, survey years or years."""
    if i in (1, 9):
        return t.snapshots
    if i in SURVEY_INDICATORS:
        return tuple(f"{s} staff survey" for s in t.surveys)  # type: ignore[return-value]
    return t.years


def _truth_of(t: f.Trust) -> list[dict]:
    return _truth(t.figures, t.ratios, t.years)


def _named(description: str, t: f.Trust) -> str:
    return f"{description}; {t.name}"


# 1. the plain summary table, percentages to two decimal places
TWO_PLACES = (
    "the plain summary table ('Indicator | Ethnic group | 2024/25 | 2023/24'), its "
    "percentages printed to two decimal places as the WRES data return's spreadsheet "
    "prints them ('29.63%'), the indicator named on each of its rows"
)


def _two_places_rows(t: f.Trust) -> list[list[str]]:
    rows = [["Indicator", "Ethnic group", *t.years]]
    for i in range(1, 10):
        name = f"{i}. {f.SHORT[i]}"
        if i in f.RATIOS:
            rows.append([name, "Relative likelihood", *t.ratios[i]])
            continue
        rows += [[name, g, *map(_pct, t.figures[i][g])] for g in GROUPS]
    return rows


def _two_places(t: f.Trust) -> Layout:
    this, last = t.years
    blocks: list[Block] = [
        H(t.name),
        H(f"Workforce Race Equality Standard: data return {this}"),
        P(
            f"The table repeats the figures of our WRES data return for {this}, with "
            f"{last} beside them, to two decimal places as the return gives them. "
            "Workforce and board figures are as at 31 March; the staff survey figures "
            f"under {this} come from the {t.surveys[0]} NHS Staff Survey and those under "
            f"{last} from the {t.surveys[1]} survey."
        ),
        Grid(_two_places_rows(t), header=True, widths=(6, 3, 2, 2)),
        P("Sources: Electronic Staff Record, TRAC, case records, NHS Staff Survey.", "italic"),
    ]
    return Layout(_named(TWO_PLACES, t), t.name, blocks, _truth_of(t))


# 2. a section an indicator behind a contents page, running heads and page numbers
FURNISHED = (
    "a report with a numbered section and a small table an indicator ('Ethnic group | "
    "31 March 2025 | 31 March 2024'), behind a contents page whose dotted lines name "
    "each indicator with its page number, a running header and a 'Page x of y' footer "
    "on every page of the PDF and Word versions"
)
WHAT = {
    1: "the share of our whole workforce in each ethnic group",
    2: "how much more likely White applicants are than BME applicants to be appointed "
    "once shortlisted",
    3: "how much more likely BME colleagues are than White colleagues to enter a formal "
    "disciplinary process",
    4: "how much more likely White colleagues are than BME colleagues to access "
    "non-mandatory training and CPD",
    5: "the share of colleagues who experienced harassment, bullying or abuse from "
    "patients, relatives or the public in the last 12 months",
    6: "the share of colleagues who experienced harassment, bullying or abuse from other "
    "colleagues in the last 12 months",
    7: "the share of colleagues who believe we provide equal opportunities for career "
    "progression or promotion",
    8: "the share of colleagues who experienced discrimination at work from a manager, "
    "team leader or other colleague in the last 12 months",
    9: "the share of our board's voting members in each ethnic group",
}


def _contents() -> list[Block]:
    titles = ["Introduction"] + [f"Indicator {i}: {f.SHORT[i]}" for i in range(1, 10)]
    titles.append("What we will do next")
    # the page each section starts on, as the two-page PDF prints them
    lines = [f"{n}. {title} {'.' * 12} {1 if n <= 6 else 2}" for n, title in enumerate(titles, 1)]
    return [H("Contents"), *(P(line) for line in lines)]


def _small_table(i: int, t: f.Trust) -> Grid:
    heads = list(_heads(i, t))
    if i in f.RATIOS:
        return Grid([["Measure", *heads], ["Relative likelihood", *t.ratios[i]]], header=True)
    rows = [[g, *map(_pct, t.figures[i][g])] for g in GROUPS]
    return Grid([["Ethnic group", *heads], *rows], header=True)


def _furnished(t: f.Trust) -> Layout:
    this, last = t.years
    blocks: list[Block] = [
        Running(f"{t.name} | WRES report {this} | Board approved", f"WRES report {this}"),
        H(t.name),
        H(f"Workforce Race Equality Standard report {this}"),
        *_contents(),
        H("1. Introduction"),
        P(
            f"This report sets out our figures for the nine WRES indicators for {this} "
            f"beside those for {last}. Indicators 1 and 9 are taken at 31 March, "
            "indicators 5 to 8 come from the NHS Staff Survey held in the autumn, and "
            "indicators 2 to 4 cover the whole year."
        ),
    ]
    for i in range(1, 10):
        blocks += [
            H(f"{i + 1}. Indicator {i}: {f.SHORT[i]}"),
            P(f"This indicator measures {WHAT[i]}."),
            _small_table(i, t),
        ]
    blocks += [
        H("11. What we will do next"),
        P(
            "Our action plan, agreed with the Race Equality Network, is published "
            "alongside this report and is reviewed by the People Committee each quarter."
        ),
    ]
    return Layout(_named(FURNISHED, t), t.name, blocks, _truth_of(t))


# 3. a narrative report calling the BME group 'racially minoritised' colleagues
MINORITISED = (
    "a narrative report, a heading and paragraph an indicator, calling the WRES's BME "
    "group 'racially minoritised' colleagues throughout, as a note at its start says"
)
RM = "racially minoritised"


def _minoritised_text(i: int, t: f.Trust) -> str:
    (this, last), (s0, s1), (d0, d1) = t.years, t.surveys, t.snapshots
    v, r = t.figures, t.ratios
    texts = {
        1: f"At {d0}, {v[1]['BME'][0]}% of our colleagues were {RM} and "
        f"{v[1]['White'][0]}% were White. At {d1} the shares were {v[1]['BME'][1]}% "
        f"{RM} and {v[1]['White'][1]}% White.",
        2: f"In {this} White applicants were {r[2][0]} times as likely as {RM} applicants "
        f"to be appointed from shortlisting. In {last} the relative likelihood was {r[2][1]}.",
        3: f"{RM.capitalize()} colleagues were {r[3][0]} times as likely as White "
        f"colleagues to enter the formal disciplinary process in {this}, and {r[3][1]} "
        f"times as likely in {last}.",
        4: f"The relative likelihood of White colleagues accessing non-mandatory training "
        f"and CPD compared with {RM} colleagues was {r[4][0]} in {this} and {r[4][1]} in "
        f"{last}.",
        5: f"In the {s0} NHS Staff Survey, {v[5]['BME'][0]}% of {RM} colleagues and "
        f"{v[5]['White'][0]}% of White colleagues said they had experienced harassment, "
        "bullying or abuse from patients, relatives or the public. In the "
        f"{s1} survey, {v[5]['BME'][1]}% of {RM} and {v[5]['White'][1]}% of White "
        "colleagues said so.",
        6: f"Harassment, bullying or abuse from other colleagues was reported by "
        f"{v[6]['BME'][0]}% of {RM} colleagues and {v[6]['White'][0]}% of White "
        f"colleagues in the {s0} survey, against {v[6]['BME'][1]}% and "
        f"{v[6]['White'][1]}% respectively in the {s1} survey.",
        7: f"In the {s0} survey {v[7]['BME'][0]}% of {RM} colleagues believed the trust "
        "provides equal opportunities for career progression or promotion, compared with "
        f"{v[7]['White'][0]}% of White colleagues. A year earlier, in the {s1} survey, "
        f"the figures were {v[7]['BME'][1]}% for {RM} colleagues and "
        f"{v[7]['White'][1]}% for White colleagues.",
        8: f"{v[8]['BME'][0]}% of {RM} colleagues said in the {s0} survey that they had "
        "personally experienced discrimination at work from a manager, team leader or "
        f"other colleague, as did {v[8]['White'][0]}% of White colleagues. The {s1} "
        f"survey gave {v[8]['BME'][1]}% and {v[8]['White'][1]}%.",
        9: f"At {d0}, {v[9]['BME'][0]}% of the board's voting members were {RM} and "
        f"{v[9]['White'][0]}% were White; at {d1}, {v[9]['BME'][1]}% were {RM} and "
        f"{v[9]['White'][1]}% White.",
    }
    return texts[i]


def _minoritised(t: f.Trust) -> Layout:
    this, last = t.years
    blocks: list[Block] = [
        H(t.name),
        H(f"Our Workforce Race Equality Standard report {this}"),
        P(
            "About the words we use: this report says 'racially minoritised' for the "
            "colleagues the national WRES calls Black and minority ethnic (BME). Our Race "
            "Equality Network asked us to, as the term says that people are minoritised "
            "by others rather than being a minority."
        ),
        P(f"We compare our figures for {this} with those for {last}."),
    ]
    for i in range(1, 10):
        blocks += [H(f"Indicator {i}: {f.SHORT[i]}"), P(_minoritised_text(i, t))]
    return Layout(_named(MINORITISED, t), t.name, blocks, _truth_of(t))


# 4. the prose in a wide column, the figures in a sidebar box beside it
SIDEBAR = (
    "a designed report, a section an indicator: the prose (a national comparator in it) "
    "in a wide column, the trust's figures only in a shaded 'In figures' sidebar box "
    "beside it, each figure large on its own line under a label naming group and year "
    "('BME colleagues, 2024 staff survey' over '29.1%')"
)
WHY = {
    1: "A workforce that reflects the communities we serve is the base on which the "
    "other indicators rest.",
    2: "Shortlisting and interview are where the gap between applicants opens, so we "
    "track every appointment from shortlisting.",
    3: "A formal process is stressful and can end a career; it should be used only "
    "where informal routes have failed, and equally for everyone.",
    4: "Training and CPD beyond what is mandatory open the way to promotion.",
    5: "Abuse from the people we care for is not part of the job, and some colleagues "
    "face it far more often than others.",
    6: "How colleagues treat one another is the culture we control most directly.",
    7: "Belief in fair progression shapes whether colleagues stay and apply for promotion.",
    8: "Discrimination from managers and colleagues is the most direct measure of "
    "whether our culture is fair.",
    9: "A board that reflects its workforce makes better decisions for it.",
}


def _national(i: int) -> str:
    if i in f.RATIOS:
        return f"Across NHS trusts in England the relative likelihood was {f.NATIONAL[i]}."
    return (
        "Across NHS trusts in England the figure for BME staff was "
        f"{f.NATIONAL[i]} in the latest national WRES report."
    )


def _side(i: int, t: f.Trust) -> list[tuple[str, str]]:
    heads = _heads(i, t)
    if i in f.RATIOS:
        return [(f"Relative likelihood, {h}", x) for h, x in zip(heads, t.ratios[i], strict=True)]
    who = "board members" if i == 9 else "colleagues"
    return [
        (f"{g} {who}, {h}", _pct(t.figures[i][g][k])) for k, h in enumerate(heads) for g in GROUPS
    ]


def _sidebar(t: f.Trust, side_first: bool) -> Layout:
    this, last = t.years
    blocks: list[Block] = [
        H(t.name),
        H(f"Race equality at work: our WRES report {this}"),
        P(
            f"Each section explains one indicator; our figures for {this} and {last} "
            "stand in the box beside it."
        ),
    ]
    for i in range(1, 10):
        blocks += [
            H(f"Indicator {i} – {f.SHORT[i]}"),
            Spread([WHY[i], _national(i)], "In figures", _side(i, t), side_first),
        ]
    where = "left" if side_first else "right"
    return Layout(_named(f"{SIDEBAR}, the box on the {where}", t), t.name, blocks, _truth_of(t))


# 5. a dashboard of tiles two to a row, each with a small table
TILED = (
    "a dashboard of tiles two to a row, each tile an indicator's number and short title "
    "over a small table of its own ('| 2024 staff survey | 2023 staff survey', BME and "
    "White rows; a 'Relative likelihood' row for 2 to 4), two tiles side by side"
)


def _tile(i: int, t: f.Trust) -> Tile:
    heads = ["", *_heads(i, t)]
    if i in f.RATIOS:
        return Tile(f"{i} · {f.SHORT[i]}", [heads, ["Relative likelihood", *t.ratios[i]]])
    rows = [[g, *map(_pct, t.figures[i][g])] for g in GROUPS]
    return Tile(f"{i} · {f.SHORT[i]}", [heads, *rows])


def _tiled(t: f.Trust) -> Layout:
    this, last = t.years
    blocks: list[Block] = [
        H(t.name),
        H(f"WRES dashboard {this}"),
        P(
            f"One tile for each of the nine WRES indicators, {this} beside {last}. "
            "Workforce and board figures are at 31 March; survey figures are from the "
            "NHS Staff Survey of the year shown."
        ),
        Tiles([_tile(i, t) for i in range(1, 10)]),
        P("Produced by the Workforce Intelligence team.", "italic"),
    ]
    return Layout(_named(TILED, t), t.name, blocks, _truth_of(t))


DESCRIPTIONS = (TWO_PLACES, FURNISHED, MINORITISED, SIDEBAR, TILED)
LAYOUTS: list[Layout] = [
    *(_two_places(t) for t in f.TWO_PLACES),
    *(_furnished(t) for t in f.FURNISHED),
    *(_minoritised(t) for t in f.MINORITISED),
    _sidebar(f.SIDEBAR[0], side_first=False),
    _sidebar(f.SIDEBAR[1], side_first=True),
    *(_tiled(t) for t in f.TILES),
]
