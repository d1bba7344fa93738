"""Held-out set G, WRES half: five layouts in none of benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or sets D, E and F (benchmarks/heldout_d/wres_d.py,
heldout_e/wres_e.py, heldout_f/wres_f.py), written for issue #13 in words and figures
of our own (fictional trusts), truth typed by hand.

The truth follows the conventions of benchmarks/wres_heldout.py's docstring: a
31 March snapshot (however the date is written) is the financial year it closes; a
staff survey year is its own financial year ("2023 survey" -> 2023/24); a WRES
report year's relative likelihoods are that year's data year ("WRES 2024" -> 2023/24);
relative likelihoods take their numerator group (White for 2 and 4, BME for 3);
national figures, changes, headcounts, respondent counts and paragraph numbers are not
in the truth; detailed ethnic groups keep their own names (DESIGN.md: Asian, Black,
Mixed, Other) and "Not stated" is Unknown.
"""

from __future__ import annotations

from benchmarks.heldout_d.render import Block, H, P, T
from benchmarks.heldout_e.wres_e import Layout, _pc, _rl, _t

# 1. one table, clinical and non-clinical as section rows inside it, bands beneath each
BANDS = {  # staff group: [(band, White %, BME %, headcount)]
    "Clinical workforce": [
        ("Band 2", "64.1", "33.2", "388"),
        ("Band 3", "70.4", "27.0", "512"),
        ("Band 5", "58.9", "38.6", "1,204"),
        ("Band 6", "71.8", "25.9", "933"),
        ("Band 7", "80.3", "17.1", "618"),
        ("Band 8a", "86.5", "11.2", "177"),
    ],
    "Non-clinical workforce": [
        ("Band 2", "82.6", "14.8", "241"),
        ("Band 3", "85.0", "12.3", "366"),
        ("Band 5", "84.7", "12.9", "129"),
        ("Band 6", "88.1", "9.6", "84"),
        ("Band 7", "90.2", "7.4", "61"),
        ("Band 8a", "91.8", "5.5", "49"),
    ],
}


def _section_rows() -> Layout:
    rows = [["Agenda for Change band", "White %", "BME %", "Staff in post"]]
    truth = []
    sg = {"Clinical workforce": "clinical", "Non-clinical workforce": "non_clinical"}
    for section, bands in BANDS.items():
        rows.append([section, "", "", ""])
        for band, white, bme, heads in bands:
            rows.append([band, white, bme, heads])
            truth.append(_t(1, "percentage", sg[section], band, "White", "2023/24", float(white)))
            truth.append(_t(1, "percentage", sg[section], band, "BME", "2023/24", float(bme)))
    blocks: list[Block] = [
        H("Farleigh Downs NHS Foundation Trust"),
        H("Indicator 1: ethnicity of our workforce by pay band"),
        P(
            "Staff in post at 31 March 2024. Percentages are of each band's headcount; "
            "the remainder did not state their ethnicity."
        ),
        T(rows),
    ]
    return Layout(
        "section rows inside one table: clinical / non-clinical bands",
        "Farleigh Downs NHS Foundation Trust",
        blocks,
        truth,
    )


# 2. a board paper whose paragraphs are numbered 4.1, 4.2 … (the numbers are not figures)
def _numbered_paragraphs() -> Layout:
    blocks: list[Block] = [
        H("Hollinwood Bridge NHS Trust: Trust Board, 5 September 2024"),
        H("Agenda item 11: Workforce Race Equality Standard 2024"),
        P("4. Findings"),
        P(
            "4.1 At 31 March 2024, 16.4% of the Trust's staff were from Black, Asian and "
            "minority ethnic backgrounds, up from 15.1% a year earlier."
        ),
        P(
            "4.2 White applicants shortlisted for a post were 1.47 times as likely to be "
            "appointed as BME applicants in 2023/24 (2022/23: 1.62)."
        ),
        P(
            "4.3 BME staff were 1.18 times as likely as White staff to enter the formal "
            "disciplinary process in 2023/24; in 2022/23 the relative likelihood was 0.89."
        ),
        P(
            "4.4 The relative likelihood of White staff accessing non-mandatory training "
            "and CPD compared with BME staff was 1.02 in 2023/24 and 1.09 in 2022/23."
        ),
        P("5. Staff survey"),
        P(
            "5.1 In the 2023 NHS Staff Survey 30.7% of BME staff and 25.3% of White staff "
            "reported harassment, bullying or abuse from patients, relatives or the public."
        ),
        P(
            "5.2 Harassment, bullying or abuse from other staff was reported by 27.5% of BME "
            "staff and 22.1% of White staff."
        ),
        P(
            "5.3 Only 44.6% of BME staff believed the Trust provides equal opportunities for "
            "career progression or promotion, compared with 58.3% of White staff."
        ),
        P(
            "5.4 Discrimination from a manager, team leader or colleague was reported by "
            "15.9% of BME staff and 7.2% of White staff."
        ),
        P(
            "6.1 Two of the Board's twelve voting members (16.7%) are from BME backgrounds, "
            "0.3 percentage points above the workforce."
        ),
    ]
    a, b = "2023/24", "2022/23"
    truth = [
        _t(1, "percentage", "overall", None, "BME", a, 16.4),
        _t(1, "percentage", "overall", None, "BME", b, 15.1),
        _rl(2, a, 1.47),
        _rl(2, b, 1.62),
        _rl(3, a, 1.18),
        _rl(3, b, 0.89),
        _rl(4, a, 1.02),
        _rl(4, b, 1.09),
        _pc(5, "BME", a, 30.7),
        _pc(5, "White", a, 25.3),
        _pc(6, "BME", a, 27.5),
        _pc(6, "White", a, 22.1),
        _pc(7, "BME", a, 44.6),
        _pc(7, "White", a, 58.3),
        _pc(8, "BME", a, 15.9),
        _pc(8, "White", a, 7.2),
        _t(9, "percentage", "board_voting", None, "BME", a, 16.7),
    ]
    return Layout(
        "board paper with numbered paragraphs 4.1, 4.2",
        "Hollinwood Bridge NHS Trust",
        blocks,
        truth,
    )


# 3. both groups in one cell: "White 24.8% / BME 29.6%", survey years as columns
SURVEY = [  # indicator, wording, {year: (White, BME)}
    (
        5,
        "Harassment, bullying or abuse from patients, relatives or the public",
        {"2022": ("24.8", "29.6"), "2023": ("23.9", "28.1")},
    ),
    (
        6,
        "Harassment, bullying or abuse from staff",
        {"2022": ("20.7", "26.4"), "2023": ("19.8", "24.2")},
    ),
    (
        7,
        "Believe the organisation provides equal opportunities for career progression",
        {"2022": ("60.5", "46.9"), "2023": ("61.2", "49.3")},
    ),
    (
        8,
        "Experienced discrimination from a manager, team leader or colleague",
        {"2022": ("6.8", "16.1"), "2023": ("6.2", "14.4")},
    ),
]


def _groups_in_one_cell() -> Layout:
    rows = [["Indicator", "2022 staff survey", "2023 staff survey"]]
    truth = []
    for ind, words, years in SURVEY:
        cells = [f"{ind}. {words}"]
        for year, (white, bme) in years.items():
            cells.append(f"White {white}% / BME {bme}%")
            period = f"{year}/{int(year[2:]) + 1}"
            truth += [_pc(ind, "White", period, float(white)), _pc(ind, "BME", period, float(bme))]
        rows.append(cells)
    blocks: list[Block] = [
        H("Tarrant Levels Hospitals NHS Trust"),
        H("WRES indicators 5 to 8: NHS Staff Survey results"),
        P("Each cell gives the share of White and of BME respondents."),
        T(rows),
    ]
    return Layout(
        "White and BME figures together in one cell",
        "Tarrant Levels Hospitals NHS Trust",
        blocks,
        truth,
    )


# 4. indicator 1 by detailed ethnic group, snapshot dates written 31.03.2023 / 31.03.2024
DETAIL = [  # printed group, truth group, 31.03.2023 %, 31.03.2024 %
    ("White", "White", "76.9", "74.8"),
    ("Asian or Asian British", "Asian", "11.4", "12.6"),
    ("Black or Black British", "Black", "6.2", "6.9"),
    ("Mixed", "Mixed", "1.9", "2.1"),
    ("Other ethnic group", "Other", "1.3", "1.5"),
    ("Not stated", "Unknown", "2.3", "2.1"),
    ("BME total", "BME", "20.8", "23.1"),
]


def _detailed_groups() -> Layout:
    rows = [["Ethnic group", "% of staff 31.03.2023", "% of staff 31.03.2024"]]
    truth = []
    for printed, group, before, after in DETAIL:
        rows.append([printed, before, after])
        truth.append(_t(1, "percentage", "overall", None, group, "2022/23", float(before)))
        truth.append(_t(1, "percentage", "overall", None, group, "2023/24", float(after)))
    blocks: list[Block] = [
        H("Saltmarsh Estuary NHS Trust"),
        H("Indicator 1: our whole workforce by ethnic group"),
        P(
            "Snapshots of the electronic staff record; the BME total is the sum of the four "
            "groups above it."
        ),
        T(rows),
    ]
    return Layout(
        "detailed ethnic groups, dates as 31.03.YYYY",
        "Saltmarsh Estuary NHS Trust",
        blocks,
        truth,
    )


# 5. survey percentages with their bases in brackets: "27.4% (n=389)", a table a year
BASES = {  # survey year: [(indicator, wording, White, White n, BME, BME n)]
    "2023": [
        (
            5,
            "Patients, relatives or public: harassment, bullying or abuse",
            "26.3",
            "1,874",
            "31.8",
            "402",
        ),
        (6, "Colleagues: harassment, bullying or abuse", "21.4", "1,869", "27.7", "399"),
        (7, "Equal opportunities for career progression", "57.6", "1,851", "43.2", "396"),
        (8, "Discrimination at work from manager or colleague", "5.9", "1,866", "17.3", "401"),
    ],
    "2022": [
        (
            5,
            "Patients, relatives or public: harassment, bullying or abuse",
            "27.9",
            "1,790",
            "33.5",
            "355",
        ),
        (6, "Colleagues: harassment, bullying or abuse", "22.8", "1,786", "29.0", "351"),
        (7, "Equal opportunities for career progression", "55.1", "1,772", "40.6", "349"),
        (8, "Discrimination at work from manager or colleague", "6.5", "1,781", "18.2", "352"),
    ],
}


def _bases_in_brackets() -> Layout:
    blocks: list[Block] = [
        H("Brackenfold Community and Mental Health NHS Trust"),
        H("NHS Staff Survey: race equality questions"),
        P("n is the number of staff in each group who answered the question."),
    ]
    truth = []
    for year, lines in BASES.items():
        rows = [["WRES indicator", "White staff", "BME staff"]]
        period = f"{year}/{int(year[2:]) + 1}"
        for ind, words, white, wn, bme, bn in lines:
            rows.append([f"Indicator {ind}: {words}", f"{white}% (n={wn})", f"{bme}% (n={bn})"])
            truth += [_pc(ind, "White", period, float(white)), _pc(ind, "BME", period, float(bme))]
        blocks += [P(f"Results of the {year} survey", "bold"), T(rows)]
    return Layout(
        "percentages with their bases (n=) in the cell",
        "Brackenfold Community and Mental Health NHS Trust",
        blocks,
        truth,
    )


LAYOUTS: list[Layout] = [
    _section_rows(),
    _numbered_paragraphs(),
    _groups_in_one_cell(),
    _detailed_groups(),
    _bases_in_brackets(),
]
