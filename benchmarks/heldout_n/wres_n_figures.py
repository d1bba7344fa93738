"""The figures of held-out set N's WRES layouts (wres_n.py), typed by hand: fictional
trusts, figures of our own, nothing from the corpus. Strings as printed (one decimal
for percentages, two for relative likelihoods; layout 2's proportions are the
percentages divided by 100, printed to three places). NOT_KEYED holds, per layout, the
sub-group figures, comparators, confidence limits and suppressed cells each prints that
must stay out of the truth."""

from __future__ import annotations

SURVEY = {
    5: "experiencing harassment, bullying or abuse from patients, relatives or the public",
    6: "experiencing harassment, bullying or abuse from colleagues",
    7: "believing the Trust offers equal opportunities for career progression or promotion",
    8: "experiencing discrimination from a manager or colleague",
}
RATIOS = {
    2: "White applicants being appointed from shortlisting, compared with {m} applicants",
    3: "{m} staff entering the formal disciplinary process, compared with White staff",
    4: "White staff accessing non-mandatory training and CPD, compared with {m} staff",
}

# 1. Global Majority, White British / White other / White (all):
# {WRES year: {indicator: (Global Majority, White British, White other, White (all),
# not stated)}}; "–" and "*" are not printed figures
GLOBAL = {
    "2024": {
        1: ("23.8", "66.1", "7.4", "73.5", "2.7"),
        5: ("30.6", "25.2", "27.9", "25.7", "*"),
        6: ("27.3", "21.4", "24.6", "21.9", "*"),
        7: ("43.2", "57.6", "49.8", "56.3", "*"),
        8: ("16.9", "6.2", "11.7", "7.1", "*"),
        9: ("18.2", "–", "–", "81.8", "–"),
    },
    "2023": {
        1: ("22.1", "68.0", "6.9", "74.9", "3.0"),
        5: ("31.5", "26.3", "28.8", "26.8", "*"),
        6: ("28.6", "22.0", "25.1", "22.7", "*"),
        7: ("41.9", "56.8", "48.3", "55.4", "*"),
        8: ("17.8", "6.9", "12.4", "7.8", "*"),
        9: ("9.1", "–", "–", "90.9", "–"),
    },
}
GLOBAL_RATIOS = {
    "2024": {2: "1.38", 3: "1.21", 4: "1.04"},
    "2023": {2: "1.53", 3: "1.35", 4: "0.97"},
}

# 2. proportions as decimals: {year: {indicator: (ethnic minority, White, England
# ethnic minority)}} and ratios {year: {indicator: ratio}}
DECIMAL = {
    "2023/24": {
        1: ("0.192", "0.783", "0.264"),
        5: ("0.314", "0.262", "0.293"),
        6: ("0.291", "0.217", "0.275"),
        7: ("0.448", "0.592", "0.444"),
        8: ("0.163", "0.074", "0.165"),
        9: ("0.125", "0.875", "0.139"),
    },
    "2022/23": {
        1: ("0.178", "0.797", "0.242"),
        5: ("0.329", "0.271", "0.302"),
        6: ("0.306", "0.229", "0.288"),
        7: ("0.431", "0.585", "0.449"),
        8: ("0.172", "0.081", "0.170"),
        9: ("0.067", "0.933", "0.126"),
    },
}
DECIMAL_RATIOS = {
    "2023/24": {2: "1.46", 3: "1.12", 4: "1.09"},
    "2022/23": {2: "1.58", 3: "1.29", 4: "1.15"},
}

# 3. figures with 95% confidence intervals: {survey year: {(indicator, group):
# (value, lower, upper)}}; ratios {WRES year: {indicator: (value, lower, upper)}}
CI = {
    "2021": {
        (5, "BME"): ("32.4", "29.1", "35.7"),
        (5, "White"): ("27.6", "26.2", "29.0"),
        (6, "BME"): ("29.8", "26.6", "33.0"),
        (6, "White"): ("23.5", "22.1", "24.9"),
        (7, "BME"): ("40.7", "37.2", "44.2"),
        (7, "White"): ("55.9", "54.3", "57.5"),
        (8, "BME"): ("18.3", "15.6", "21.0"),
        (8, "White"): ("8.2", "7.4", "9.0"),
    },
    "2022": {
        (5, "BME"): ("31.1", "28.0", "34.2"),
        (5, "White"): ("26.9", "25.5", "28.3"),
        (6, "BME"): ("28.4", "25.3", "31.5"),
        (6, "White"): ("22.8", "21.5", "24.1"),
        (7, "BME"): ("42.5", "39.1", "45.9"),
        (7, "White"): ("57.0", "55.4", "58.6"),
        (8, "BME"): ("17.2", "14.7", "19.7"),
        (8, "White"): ("7.6", "6.8", "8.4"),
    },
    "2023": {
        (5, "BME"): ("29.7", "26.8", "32.6"),
        (5, "White"): ("25.4", "24.1", "26.7"),
        (6, "BME"): ("27.2", "24.4", "30.0"),
        (6, "White"): ("21.3", "20.1", "22.5"),
        (7, "BME"): ("44.1", "40.9", "47.3"),
        (7, "White"): ("58.3", "56.8", "59.8"),
        (8, "BME"): ("15.9", "13.6", "18.2"),
        (8, "White"): ("6.9", "6.1", "7.7"),
    },
}
CI_RATIOS = {
    "2022": {2: ("1.57", "1.22", "2.02"), 3: ("1.44", "0.86", "2.41"), 4: ("1.10", "1.01", "1.20")},
    "2023": {2: ("1.49", "1.17", "1.90"), 3: ("1.31", "0.79", "2.17"), 4: ("1.06", "0.98", "1.15")},
    "2024": {2: ("1.33", "1.05", "1.68"), 3: ("1.18", "0.72", "1.93"), 4: ("1.03", "0.95", "1.12")},
}

# 4. board composition as lines: {31 March year: {member type: (from ethnic minorities,
# members)}, workforce share}; the percentages are worked out from the counts
BOARD = {
    "2021": {"Voting members": (1, 13), "Executive members": (1, 8), "All board members": (2, 17)},
    "2022": {"Voting members": (2, 14), "Executive members": (1, 8), "All board members": (3, 18)},
    "2023": {"Voting members": (2, 13), "Executive members": (2, 9), "All board members": (3, 17)},
    "2024": {"Voting members": (3, 14), "Executive members": (2, 8), "All board members": (4, 18)},
}
BOARD_WORKFORCE = {"2021": "17.9", "2022": "18.8", "2023": "20.6", "2024": "21.4"}
BOARD_REGIONAL = "12.6"  # the region's voting board average, 2024

# 5. a compact scorecard: {row: (indicator, group, 2023/24, 2022/23, RAG)}, the
# ratios printed "1.23x"
SCORECARD = [
    (1, "BME", "15.8", "14.9", "Green"),
    (2, None, "1.27", "1.44", "Amber"),
    (3, None, "1.62", "1.35", "Red"),
    (4, None, "0.94", "1.08", "Green"),
    (5, "BME", "33.2", "32.7", "Red"),
    (5, "White", "27.5", "28.3", "Amber"),
    (6, "BME", "25.6", "27.1", "Amber"),
    (6, "White", "20.8", "21.2", "Green"),
    (7, "BME", "47.4", "45.2", "Amber"),
    (7, "White", "60.3", "61.1", "Green"),
    (8, "BME", "13.8", "15.4", "Amber"),
    (8, "White", "6.1", "6.6", "Green"),
    (9, "BME", "11.8", "5.9", "Amber"),
]
SCORECARD_NATIONAL = {2: "1.59", 3: "1.03", 4: "1.12"}  # England, 2023/24

NOT_KEYED = {
    0: [x for year in GLOBAL.values() for row in year.values() for x in row[1:3] if x != "–"],
    1: [row[2] for year in DECIMAL.values() for row in year.values()],
    2: [x for year in CI.values() for v in year.values() for x in v[1:]]
    + [x for year in CI_RATIOS.values() for v in year.values() for x in v[1:]],
    3: [BOARD_REGIONAL],
    4: list(SCORECARD_NATIONAL.values()),
}
