"""The figures of held-out set M's WRES layouts (wres_m.py), typed by hand: fictional
trusts, figures of our own, nothing from the corpus. Strings as printed (one decimal
for percentages, two for relative likelihoods). NOT_KEYED holds, per layout, the
comparators, the partner trust's figures, the underlying likelihoods and the
suppressed cells each prints that must stay out of the truth."""

from __future__ import annotations

SURVEY = {
    5: "harassment, bullying or abuse from patients, relatives or the public",
    6: "harassment, bullying or abuse from staff",
    7: "believing the organisation provides equal opportunities for career progression",
    8: "discrimination at work from a manager, team leader or colleague",
}
RATIOS = {
    2: "White applicants being appointed from shortlisting compared with BME applicants",
    3: "BME staff entering the formal disciplinary process compared with White staff",
    4: "White staff accessing non-mandatory training and CPD compared with BME staff",
}

# 1. a sentence an indicator, this year's figure in bold, last year's after it:
# {(indicator, group): (2023/24, 2022/23)}; groups None for ratios and the board (BME)
SENTENCES = {
    (1, "BME"): ("22.7", "21.0"),
    (1, "White"): ("74.6", "76.2"),
    (2, None): ("1.42", "1.61"),
    (3, None): ("1.18", "0.93"),
    (4, None): ("1.07", "1.12"),
    (5, "BME"): ("28.4", "30.1"),
    (5, "White"): ("24.9", "25.3"),
    (6, "BME"): ("26.6", "24.8"),
    (6, "White"): ("20.2", "21.7"),
    (7, "BME"): ("45.5", "43.9"),
    (7, "White"): ("58.1", "57.0"),
    (8, "BME"): ("15.7", "17.4"),
    (8, "White"): ("6.8", "7.3"),
    (9, "BME"): ("16.7", "8.3"),
}
SENTENCE_NATIONAL = {2: "1.59", 3: "1.03", 5: "29.3", 8: "16.5"}

# 2. the nine indicators as rows, two trusts of a group as columns:
# {WRES year: {(indicator, group): (reporting trust, partner trust, England)}}
PAIR = {
    "2024": {
        (1, "BME"): ("17.6", "24.3", "26.4"),
        (1, "White"): ("79.8", "72.1", "70.3"),
        (2, None): ("1.36", "1.52", "1.59"),
        (3, None): ("1.24", "1.09", "1.03"),
        (4, None): ("0.98", "1.13", "1.12"),
        (5, "BME"): ("31.4", "27.7", "29.3"),
        (5, "White"): ("26.0", "23.5", "26.4"),
        (6, "BME"): ("27.9", "29.2", "27.5"),
        (6, "White"): ("22.3", "21.8", "22.9"),
        (7, "BME"): ("41.6", "47.3", "44.4"),
        (7, "White"): ("56.2", "59.4", "58.6"),
        (8, "BME"): ("17.1", "14.6", "16.5"),
        (8, "White"): ("7.7", "6.4", "7.9"),
        (9, "BME"): ("12.5", "20.0", "13.9"),
    },
    "2023": {
        (1, "BME"): ("16.3", "23.4", "24.2"),
        (1, "White"): ("80.9", "73.5", "72.8"),
        (2, None): ("1.49", "1.66", "1.54"),
        (3, None): ("1.31", "1.02", "1.14"),
        (4, None): ("1.05", "1.21", "1.14"),
        (5, "BME"): ("32.8", "28.9", "30.2"),
        (5, "White"): ("27.4", "24.0", "27.0"),
        (6, "BME"): ("28.5", "30.6", "28.8"),
        (6, "White"): ("23.1", "22.7", "23.6"),
        (7, "BME"): ("39.2", "45.8", "44.9"),
        (7, "White"): ("55.3", "58.0", "58.7"),
        (8, "BME"): ("18.6", "15.9", "17.0"),
        (8, "White"): ("8.4", "6.9", "8.6"),
        (9, "BME"): ("6.3", "18.2", "12.6"),
    },
}

# 3. the old "Metric" numbering, percentages without signs under "(%)" headings:
# {year: {metric: (BME, White, not stated, national BME)}} and ratios
METRIC = {
    "2023/24": {
        1: ("20.4", "76.9", "2.7", "26.4"),
        5: ("33.6", "28.2", "*", "29.3"),
        6: ("30.9", "23.8", "*", "27.5"),
        7: ("40.3", "54.7", "*", "44.4"),
        8: ("19.2", "9.1", "*", "16.5"),
        9: ("14.3", "85.7", "–", "13.9"),
    },
    "2022/23": {
        1: ("19.1", "77.8", "3.1", "24.2"),
        5: ("34.1", "29.5", "*", "30.2"),
        6: ("31.7", "24.4", "*", "28.8"),
        7: ("38.6", "53.9", "*", "44.9"),
        8: ("20.5", "9.8", "*", "17.0"),
        9: ("7.1", "92.9", "–", "12.6"),
    },
}
METRIC_RATIOS = {
    "2023/24": {2: "1.29", 3: "1.46", 4: "1.02"},
    "2022/23": {2: "1.44", 3: "1.57", 4: "0.96"},
}

# 4. relative likelihoods with the two likelihoods behind them:
# {indicator: {year: (numerator group's likelihood, the other group's, ratio)}}
UNDERLYING = {
    2: {
        "2020/21": ("0.27", "0.16", "1.69"),
        "2021/22": ("0.25", "0.17", "1.47"),
        "2022/23": ("0.24", "0.18", "1.33"),
        "2023/24": ("0.22", "0.19", "1.16"),
    },
    3: {
        "2020/21": ("0.013", "0.009", "1.44"),
        "2021/22": ("0.012", "0.010", "1.20"),
        "2022/23": ("0.011", "0.010", "1.10"),
        "2023/24": ("0.014", "0.011", "1.27"),
    },
    4: {
        "2020/21": ("0.58", "0.61", "0.95"),
        "2021/22": ("0.63", "0.59", "1.07"),
        "2022/23": ("0.66", "0.60", "1.10"),
        "2023/24": ("0.70", "0.62", "1.13"),
    },
}
UNDERLYING_REGIONAL = {2: "1.51", 3: "1.08", 4: "1.04"}  # region, 2023/24

# 5. ethnic groups as headings, the indicators as bullets beneath:
# {WRES year: {group: {indicator: value}}}, ratios apart
GROUPED = {
    "2024": {
        "BME": {1: "18.3", 5: "29.7", 6: "25.2", 7: "46.1", 8: "14.4", 9: "11.1"},
        "White": {1: "77.6", 5: "23.6", 6: "19.5", 7: "61.0", 8: "5.9", 9: "88.9"},
        "Unknown": {1: "4.1"},
    },
    "2023": {
        "BME": {1: "17.0", 5: "31.9", 6: "26.8", 7: "44.7", 8: "15.3", 9: "10.0"},
        "White": {1: "78.5", 5: "24.8", 6: "20.4", 7: "60.2", 8: "6.6", 9: "90.0"},
        "Unknown": {1: "4.5"},
    },
}
GROUPED_RATIOS = {
    "2024": {2: "1.34", 3: "0.88", 4: "1.19"},
    "2023": {2: "1.50", 3: "1.22", 4: "1.26"},
}
GROUPED_ENGLAND = {5: "29.9", 6: "27.7", 7: "44.1", 8: "16.9"}  # England BME, 2023 survey

NOT_KEYED = {
    0: list(SENTENCE_NATIONAL.values()),
    1: [x for year in PAIR.values() for row in year.values() for x in row[1:]],
    2: [row[3] for year in METRIC.values() for row in year.values()],
    3: [x for ind in UNDERLYING.values() for v in ind.values() for x in v[:2]]
    + list(UNDERLYING_REGIONAL.values()),
    4: list(GROUPED_ENGLAND.values()),
}
