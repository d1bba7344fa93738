"""The figures of held-out set O's WRES layouts (wres_o.py), typed by hand: fictional
trusts, figures of our own, nothing from the corpus. Strings as printed (one decimal
for percentages, two for relative likelihoods). NOT_KEYED holds, per layout, the
comparators, the medical and non-medical workforces' figures, the response counts,
the 'not stated' column and the suppressed cells each prints that must stay out of
the truth."""

from __future__ import annotations

SURVEY = {
    5: "experiencing harassment, bullying or abuse from patients, relatives or the public",
    6: "experiencing harassment, bullying or abuse from other staff",
    7: "believing the Trust offers equal opportunities for career progression or promotion",
    8: "personally experiencing discrimination from a manager or colleague",
}
SHORT = {
    1: "Workforce share",
    5: "Abuse from the public",
    6: "Abuse from staff",
    7: "Equal chances of progression",
    8: "Discrimination at work",
    9: "Voting board members",
}
RATIOS = {
    2: "Likelihood of White applicants being appointed from shortlisting relative to BME applicants",
    3: "Likelihood of BME staff entering formal disciplinary action relative to White staff",
    4: "Likelihood of White staff accessing non-mandatory training relative to BME staff",
}

# 1. one long table split in two, the indicator named on its first row only:
# {indicator: {year: (BME, White, England BME)}} and ratios {indicator: {year: ratio}}
CONTINUED = {
    1: {"2023/24": ("21.4", "75.9", "26.4"), "2022/23": ("19.8", "77.3", "24.2")},
    5: {"2023/24": ("30.7", "26.1", "29.9"), "2022/23": ("32.2", "27.0", "30.2")},
    6: {"2023/24": ("27.3", "21.5", "27.7"), "2022/23": ("28.9", "22.6", "28.8")},
    7: {"2023/24": ("43.8", "57.4", "44.1"), "2022/23": ("41.5", "56.6", "44.9")},
    8: {"2023/24": ("16.2", "7.1", "16.9"), "2022/23": ("17.8", "7.9", "17.0")},
    9: {"2023/24": ("15.4", "84.6", "13.9"), "2022/23": ("7.7", "92.3", "12.6")},
}
CONTINUED_RATIOS = {
    2: {"2023/24": "1.38", "2022/23": "1.52"},
    3: {"2023/24": "1.21", "2022/23": "1.09"},
    4: {"2023/24": "1.03", "2022/23": "1.17"},
}

# 2. medical, non-medical and whole-trust tables: {table: {(indicator, group): value}}
WORKFORCES = {
    "Medical and dental staff": {
        (1, "BME"): "46.3",
        (1, "White"): "50.2",
        (5, "BME"): "24.1",
        (5, "White"): "22.8",
        (6, "BME"): "29.6",
        (6, "White"): "18.4",
        (7, "BME"): "39.7",
        (7, "White"): "60.3",
        (8, "BME"): "19.9",
        (8, "White"): "8.2",
    },
    "Non-medical staff": {
        (1, "BME"): "17.9",
        (1, "White"): "79.4",
        (5, "BME"): "33.5",
        (5, "White"): "27.6",
        (6, "BME"): "25.8",
        (6, "White"): "20.7",
        (7, "BME"): "47.2",
        (7, "White"): "58.9",
        (8, "BME"): "14.6",
        (8, "White"): "6.3",
    },
    "Whole Trust": {
        (1, "BME"): "22.6",
        (1, "White"): "74.8",
        (5, "BME"): "31.9",
        (5, "White"): "26.9",
        (6, "BME"): "26.5",
        (6, "White"): "20.1",
        (7, "BME"): "45.1",
        (7, "White"): "59.2",
        (8, "BME"): "15.8",
        (8, "White"): "6.6",
    },
}
WHOLE_RATIOS = {2: "1.44", 3: "1.31", 4: "0.97"}
WHOLE_BOARD = "18.2"  # indicator 9, BME share of voting board members

# 3. survey indicators, three survey years as sub-columns under each group:
# {indicator: {group: (2021, 2022, 2023 survey)}}; the response counts are not figures
SURVEY_YEARS = ("2021", "2022", "2023")
SURVEY3 = {
    5: {"BME": ("34.6", "33.0", "31.2"), "White": ("28.8", "27.5", "26.3")},
    6: {"BME": ("30.2", "28.7", "27.6"), "White": ("23.9", "22.8", "21.9")},
    7: {"BME": ("38.4", "40.9", "42.3"), "White": ("55.1", "56.8", "57.7")},
    8: {"BME": ("20.4", "18.5", "17.3"), "White": ("9.6", "8.8", "7.4")},
}
RESPONSES = {"BME": ("412", "486", "531"), "White": ("2,904", "3,017", "2,988")}
SURVEY3_NATIONAL = {5: "29.9", 6: "27.7", 7: "44.1", 8: "16.9"}  # national BME, 2023 survey

# 4. the reporting year only in the title, 'as at 31st March' in the tables:
# {(indicator, group): (trust, region)}
TITLE_ONLY = {
    (1, "BME"): ("13.7", "19.5"),
    (1, "White"): ("83.1", "77.0"),
    (5, "BME"): ("35.3", "30.8"),
    (5, "White"): ("27.9", "26.0"),
    (6, "BME"): ("29.1", "27.2"),
    (6, "White"): ("22.0", "22.1"),
    (7, "BME"): ("40.6", "43.5"),
    (7, "White"): ("56.0", "58.2"),
    (8, "BME"): ("18.3", "16.1"),
    (8, "White"): ("8.5", "7.6"),
    (9, "BME"): ("9.1", "12.9"),
    (9, "White"): ("90.9", "86.4"),
}
TITLE_RATIOS = {2: ("1.62", "1.55"), 3: ("1.12", "1.06"), 4: ("1.08", "1.10")}

# 5. 'W' / 'BME' / 'NS' column heads with a key: {year: {indicator: (W, BME, NS)}}
ABBREV = {
    "2023/24": {
        1: ("72.4", "24.3", "3.3"),
        5: ("25.6", "30.4", "*"),
        6: ("21.2", "28.1", "*"),
        7: ("57.9", "44.6", "*"),
        8: ("6.9", "16.4", "*"),
        9: ("83.3", "16.7", "0.0"),
    },
    "2022/23": {
        1: ("73.8", "22.5", "3.7"),
        5: ("26.4", "31.8", "*"),
        6: ("22.7", "29.5", "*"),
        7: ("56.3", "42.2", "*"),
        8: ("7.5", "18.1", "*"),
        9: ("91.7", "8.3", "0.0"),
    },
}
ABBREV_RATIOS = {
    "2023/24": {2: "1.27", 3: "1.48", 4: "1.06"},
    "2022/23": {2: "1.35", 3: "1.63", 4: "1.14"},
}

NOT_KEYED = {
    0: [v[2] for ind in CONTINUED.values() for v in ind.values()],
    1: [
        x
        for name, rows in WORKFORCES.items()
        if name != "Whole Trust"
        for x in rows.values()
        if x not in WORKFORCES["Whole Trust"].values()
    ],
    2: list(SURVEY3_NATIONAL.values()),
    3: [v[1] for v in TITLE_ONLY.values()] + [v[1] for v in TITLE_RATIOS.values()],
    4: [v[2] for year in ABBREV.values() for v in year.values() if v[2] != "*"],
}
