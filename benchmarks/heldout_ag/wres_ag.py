"""Held-out set AG, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D to AF (benchmarks/heldout_d .. heldout_af
wres_*.py), in words and figures of our own (fictional trusts), typed by hand
(wres_ag_figures.py), drawn by set P's renderer and two blocks of set AG's own
(wres_ag_render.py). Nothing under parsers/ was read while writing it. Three are the
kinds trusts print most, each with one ordinary variation: a report with a small table
an indicator, each table named only by the numbered caption Word prints BENEATH it
('Table 2.3: Indicator 3 – …'), the section headings above naming only the family of
indicators; a narrative report, a paragraph an indicator opened by a bold run-in head
('**Indicator 5 – harassment … from the public.** In the 2023 NHS Staff Survey, …');
the plain summary table whose year heads are typed with an en dash, as a word
processor's autocorrect sets them ('2023–24 | 2022–23'). Two are harder things trusts
publish, both about how the page is built: one summary table whose indicator cells are
merged DOWN across their BME and White rows (and a 'Data source' cell merged down
across indicators 5 to 8), so that on the web page a row under a merged cell has fewer
cells than the head; and a bulleted list nested three deep, the indicator at the top
level, the ethnic group beneath it and a line a year beneath that ('31 March 2024:
20.7%'), each leaf carrying neither indicator nor group.

The truth follows the conventions of benchmarks/wres_heldout.py's docstring, as sets H
to AF apply them: a year printed "2023/24" is that year; a 31 March snapshot is the
financial year it closes ('31 March 2024' is 2023/24); a staff survey year is its own
financial year (the '2023 survey' is 2023/24); relative likelihoods take their
numerator group (White for 2 and 4, BME for 3); the board's share is indicator 9 with
`board_voting`, the workforce share indicator 1 with `overall`. No layout prints a
'Not stated' or 'Unknown' row, a difference, a national figure or a headcount.

Conventions new in set AG, stated before scoring:
- a year typed with an en dash, '2023–24', is 2023/24 (as set Y's '2023-24'), and, as
  the layout's note says, the survey figures under '2023–24' are the 2023 survey's;
- a caption printed beneath a table names the table above it, not the one after it:
  each table's figures carry the indicator its caption names;
- an item of a nested list takes its indicator and ethnic group from the items it is
  nested under; a cell merged down belongs to every row it spans.

Seen at first sight (parser of 83c2e84, scored once after 873516f): see
wres_ag_first_sight.py. No truth was changed.
"""

from __future__ import annotations

from benchmarks.heldout_ag import wres_ag_figures as f
from benchmarks.heldout_ag.wres_ag_render import Block, Cell, Merged, Outline
from benchmarks.heldout_e.wres_e import Layout
from benchmarks.heldout_p.render import Grid, H, P
from benchmarks.heldout_r.wres_r import _truth  # set R's truth builder, imported

GROUPS = ("BME", "White")
YEARS = ("2023/24", "2022/23")
SURVEY_INDICATORS = (5, 6, 7, 8)
RATIOS = (2, 3, 4)

# the indicators in the set's own words, lower case to follow a dash
TITLES = {
    1: "percentage of staff in each ethnic group in the overall workforce",
    2: "relative likelihood of White applicants being appointed from shortlisting "
    "compared with BME applicants",
    3: "relative likelihood of BME staff entering the formal disciplinary process "
    "compared with White staff",
    4: "relative likelihood of White staff accessing non-mandatory training and CPD "
    "compared with BME staff",
    5: "percentage of staff experiencing harassment, bullying or abuse from patients, "
    "relatives or the public in the last 12 months",
    6: "percentage of staff experiencing harassment, bullying or abuse from other staff "
    "in the last 12 months",
    7: "percentage of staff believing the trust provides equal opportunities for career "
    "progression or promotion",
    8: "percentage of staff who personally experienced discrimination at work from a "
    "manager, team leader or other colleague in the last 12 months",
    9: "percentage of the board's voting members in each ethnic group",
}


def _pct(x: str) -> str:
    return f"{x}%"


def _ratio_words(i: int) -> str:
    return "BME relative to White" if i == 3 else "White relative to BME"


# 1. a table an indicator, named only by the caption beneath it
SECTIONS = (
    (2, "Workforce indicators", (1, 2, 3, 4)),
    (3, "NHS Staff Survey indicators", SURVEY_INDICATORS),
    (4, "Board representation", (9,)),
)
# what the report says after some captions: words only, no figure
COMMENTS = {
    1: "Our BME workforce has grown for the fourth year running.",
    2: "White applicants remain more likely to be appointed once shortlisted, though "
    "the gap has narrowed.",
    3: "A figure above 1 means BME colleagues are more likely than White colleagues to "
    "enter a formal process.",
    6: "Our Freedom to Speak Up guardians are working with the staff networks on this.",
    9: "Two non-executive appointments were made during the year.",
}


def _captioned_table(i: int) -> Grid:
    if i in RATIOS:
        return Grid([["", *YEARS], ["Relative likelihood", *f.CAPTIONED_RATIOS[i]]], header=True)
    heads = ("2023 survey", "2022 survey") if i in SURVEY_INDICATORS else YEARS
    v = f.CAPTIONED[i]
    return Grid([["Ethnic group", *heads], *([g, *map(_pct, v[g])] for g in GROUPS)], header=True)


def _captioned_blocks(section: int, n: int, i: int) -> list[Block]:
    when = ", at 31 March" if i in (1, 9) else ""
    caption = f"Table {section}.{n}: Indicator {i} – {TITLES[i]}{when}"
    blocks: list[Block] = [_captioned_table(i), P(caption, "italic")]
    return blocks + ([P(COMMENTS[i])] if i in COMMENTS else [])


def _captioned() -> Layout:
    blocks: list[Block] = [
        H("Pelham Cross Hospitals NHS Trust"),
        H("Workforce Race Equality Standard report: 2023/24 data"),
        P(
            "This report gives our figures for the nine WRES indicators for 2023/24, with "
            "2022/23 alongside. Workforce and board figures are taken at 31 March; the "
            "staff survey figures come from the national NHS Staff Survey run each autumn."
        ),
    ]
    for section, heading, indicators in SECTIONS:
        blocks.append(H(f"Section {section}: {heading}"))
        for n, i in enumerate(indicators, start=1):
            blocks += _captioned_blocks(section, n, i)
    return Layout(
        "a report with a small table an indicator ('Ethnic group | 2023/24 | 2022/23'), "
        "each table named only by the numbered caption printed beneath it ('Table 2.3: "
        "Indicator 3 – …'), the section headings above naming only the family of "
        "indicators ('Section 3: NHS Staff Survey indicators')",
        blocks[0].text,
        blocks,
        _truth(f.CAPTIONED, f.CAPTIONED_RATIOS),
    )


# 2. a narrative report, a paragraph an indicator opened by a bold run-in head
def _run_in_paragraphs() -> list[str]:
    v, r = f.RUN_IN, f.RUN_IN_RATIOS
    return [
        f"**Indicator 1 – our workforce.** At 31 March 2024, {v[1]['BME'][0]}% of our staff "
        "were from Black, Asian and minority ethnic (BME) backgrounds and "
        f"{v[1]['White'][0]}% were White. At 31 March 2023, BME staff made up "
        f"{v[1]['BME'][1]}% of the workforce and White staff {v[1]['White'][1]}%.",
        f"**Indicator 2 – appointment from shortlisting.** In 2023/24 White applicants were "
        f"{r[2][0]} times as likely as BME applicants to be appointed once shortlisted; in "
        f"2022/23 the relative likelihood was {r[2][1]}.",
        "**Indicator 3 – formal disciplinary process.** The relative likelihood of BME "
        "staff entering the formal disciplinary process compared with White staff was "
        f"{r[3][0]} in 2023/24 and {r[3][1]} in 2022/23.",
        f"**Indicator 4 – non-mandatory training and CPD.** White staff were {r[4][0]} times "
        "as likely as BME staff to access non-mandatory training and CPD in 2023/24, "
        f"against {r[4][1]} in 2022/23.",
        "**Indicator 5 – harassment, bullying or abuse from patients, relatives or the "
        f"public.** In the 2023 NHS Staff Survey, {v[5]['BME'][0]}% of BME staff and "
        f"{v[5]['White'][0]}% of White staff said they had experienced this in the previous "
        f"12 months. In the 2022 survey, {v[5]['BME'][1]}% of BME staff and "
        f"{v[5]['White'][1]}% of White staff said so.",
        f"**Indicator 6 – harassment, bullying or abuse from staff.** {v[6]['BME'][0]}% of "
        f"BME staff and {v[6]['White'][0]}% of White staff reported it in the 2023 survey, "
        f"compared with {v[6]['BME'][1]}% of BME staff and {v[6]['White'][1]}% of White "
        "staff in the 2022 survey.",
        "**Indicator 7 – equal opportunities for career progression or promotion.** In the "
        f"2023 survey {v[7]['BME'][0]}% of BME staff believed the trust offers equal "
        f"opportunities, against {v[7]['White'][0]}% of White staff; in the 2022 survey the "
        f"shares were {v[7]['BME'][1]}% for BME staff and {v[7]['White'][1]}% for White staff.",
        "**Indicator 8 – discrimination from a manager, team leader or colleague.** "
        f"{v[8]['BME'][0]}% of BME staff and {v[8]['White'][0]}% of White staff experienced "
        f"this according to the 2023 survey. The 2022 survey gave {v[8]['BME'][1]}% for BME "
        f"staff and {v[8]['White'][1]}% for White staff.",
        f"**Indicator 9 – the board.** At 31 March 2024, {v[9]['BME'][0]}% of our voting "
        f"board members were BME and {v[9]['White'][0]}% were White; at 31 March 2023, "
        f"{v[9]['BME'][1]}% were BME and {v[9]['White'][1]}% White.",
    ]


def _run_in() -> Layout:
    blocks: list[Block] = [
        H("Ashbury Grange NHS Foundation Trust"),
        H("Workforce Race Equality Standard annual report 2024"),
        P(
            "This report describes what our WRES data for 2023/24 shows, set against "
            "2022/23. The staff survey results are those of the NHS Staff Survey held in "
            "the autumn of each year."
        ),
        *(P(text) for text in _run_in_paragraphs()),
        P("Our action plan for 2024/25 is published alongside this report."),
    ]
    return Layout(
        "a narrative report, a paragraph an indicator opened by a bold run-in head in the "
        "same paragraph ('Indicator 5 – harassment, bullying or abuse from patients, "
        "relatives or the public. In the 2023 NHS Staff Survey, 29.1% of BME staff …'), "
        "no heading of its own",
        blocks[0].text,
        blocks,
        _truth(f.RUN_IN, f.RUN_IN_RATIOS),
    )


# 3. the plain summary table, its year heads typed with an en dash
DASHED = ("2023–24", "2022–23")


def _en_dash_rows() -> list[list[str]]:
    rows = [["No.", "Indicator", "Ethnic group", *DASHED]]
    for i in range(1, 10):
        title = TITLES[i][0].upper() + TITLES[i][1:]
        if i in RATIOS:
            rows.append([str(i), title, "Relative likelihood", *f.EN_DASH_RATIOS[i]])
            continue
        rows += [[str(i), title, g, *map(_pct, f.EN_DASH[i][g])] for g in GROUPS]
    return rows


def _en_dash() -> Layout:
    blocks: list[Block] = [
        H("Cressingham Park NHS Trust"),
        H("Workforce Race Equality Standard: our data for 2023–24"),
        P(
            "The table gives our figures for 2023–24 and 2022–23. Workforce and board "
            "figures are at 31 March; staff survey figures under 2023–24 are from the 2023 "
            "NHS Staff Survey, and those under 2022–23 from the 2022 survey."
        ),
        Grid(_en_dash_rows(), header=True, widths=(1, 7, 3, 2, 2)),
        P(
            "A relative likelihood above 1 means the first group named is more likely than "
            "the second.",
            "italic",
        ),
    ]
    return Layout(
        "the plain summary table ('No. | Indicator | Ethnic group | 2023–24 | 2022–23') "
        "whose year heads are typed with an en dash as a word processor's autocorrect sets "
        "them, the staff survey indicators under the same heads as a note above says",
        blocks[0].text,
        blocks,
        _truth(f.EN_DASH, f.EN_DASH_RATIOS),
    )


# 4. one table whose indicator and source cells are merged down across their rows
SHORT = {
    1: "Workforce",
    2: "Appointment from shortlisting",
    3: "Formal disciplinary process",
    4: "Non-mandatory training and CPD",
    5: "Harassment, bullying or abuse from patients, relatives or the public",
    6: "Harassment, bullying or abuse from staff",
    7: "Equal opportunities for career progression or promotion",
    8: "Discrimination from a manager or colleague",
    9: "Board voting membership",
}
# the source cell each indicator's first row carries, and how many rows it spans
SOURCES = {
    1: ("Electronic Staff Record at 31 March", 2),
    2: ("Recruitment system", 1),
    3: ("Employee relations case records", 1),
    4: ("Training records", 1),
    5: ("NHS Staff Survey", 8),
    9: ("Register of board members at 31 March", 2),
}


def _rowspan_rows(i: int) -> list[list[Cell]]:
    name = f"{i}. {SHORT[i]}"
    source = [Cell(SOURCES[i][0], rows=SOURCES[i][1])] if i in SOURCES else []
    if i in RATIOS:
        ratios = [Cell(x) for x in f.ROWSPAN_RATIOS[i]]
        return [[Cell(name), Cell(_ratio_words(i)), *ratios, *source]]
    v = f.ROWSPAN[i]
    first = [Cell(name, rows=2), Cell("BME"), *(Cell(_pct(x)) for x in v["BME"]), *source]
    return [first, [Cell("White"), *(Cell(_pct(x)) for x in v["White"])]]


def _rowspan() -> Layout:
    head = [Cell(x) for x in ("Indicator", "Ethnic group", *YEARS, "Data source")]
    rows = [head] + [row for i in range(1, 10) for row in _rowspan_rows(i)]
    blocks: list[Block] = [
        H("Saxonbury Chase Community NHS Trust"),
        H("Workforce Race Equality Standard 2023/24: summary table"),
        P(
            "Workforce and board figures are at 31 March of each year. The staff survey "
            "figures under 2023/24 are from the 2023 NHS Staff Survey and those under "
            "2022/23 from the 2022 survey."
        ),
        Merged(rows, head=1, widths=(6, 4, 2, 2, 4)),
    ]
    return Layout(
        "one summary table ('Indicator | Ethnic group | 2023/24 | 2022/23 | Data source') "
        "whose indicator cells are merged down across their BME and White rows and whose "
        "'NHS Staff Survey' source cell is merged down across indicators 5 to 8, so that "
        "on the web page a row under a merged cell has fewer cells than the head "
        "(HTML rowspan, Word vertical merges)",
        blocks[0].text,
        blocks,
        _truth(f.ROWSPAN, f.ROWSPAN_RATIOS),
    )


# 5. a bulleted list nested three deep: indicator, group, a line a year
OUTLINE_TITLES = {
    1: "the make-up of our workforce",
    2: TITLES[2],
    3: TITLES[3],
    4: TITLES[4],
    5: "harassment, bullying or abuse from patients, relatives or the public",
    6: "harassment, bullying or abuse from other staff",
    7: "belief that the trust offers equal opportunities for career progression or promotion",
    8: "discrimination at work from a manager, team leader or other colleague",
    9: "voting members of the board",
}
COMPARISONS = {
    2: "White applicants compared with BME applicants",
    3: "BME staff compared with White staff",
    4: "White staff compared with BME staff",
}


def _when(i: int, k: int) -> str:
    if i in SURVEY_INDICATORS:
        return ("2023 staff survey", "2022 staff survey")[k]
    if i in RATIOS:
        return YEARS[k]
    return ("31 March 2024", "31 March 2023")[k]


def _outline_items(i: int) -> list[tuple[int, str]]:
    items = [(0, f"Indicator {i} – {OUTLINE_TITLES[i]}")]
    if i in RATIOS:
        items.append((1, COMPARISONS[i]))
        return items + [(2, f"{_when(i, k)}: {x}") for k, x in enumerate(f.OUTLINE_RATIOS[i])]
    who = "members" if i == 9 else "staff"
    for g in GROUPS:
        items.append((1, f"{g} {who}"))
        items += [(2, f"{_when(i, k)}: {_pct(x)}") for k, x in enumerate(f.OUTLINE[i][g])]
    return items


def _outline() -> Layout:
    blocks: list[Block] = [
        H("Wolstanton Abbey NHS Trust"),
        H("Our Workforce Race Equality Standard results"),
        P(
            "Below are our results for each of the nine WRES indicators, by ethnic group, "
            "for the last two years. Workforce and board figures are at 31 March; survey "
            "results are from the NHS Staff Survey of the year named."
        ),
        Outline([item for i in range(1, 10) for item in _outline_items(i)]),
    ]
    return Layout(
        "a bulleted list nested three deep: each indicator a top-level bullet, the ethnic "
        "group (or the comparison, for 2 to 4) a bullet beneath it, and a bullet a year "
        "beneath that ('31 March 2024: 20.7%', '2023 staff survey: 30.3%') naming neither "
        "indicator nor group",
        blocks[0].text,
        blocks,
        _truth(f.OUTLINE, f.OUTLINE_RATIOS),
    )


LAYOUTS: list[Layout] = [_captioned(), _run_in(), _en_dash(), _rowspan(), _outline()]
