"""The figures of held-out set V's WRES layouts (wres_v.py): fictional trusts, figures
of our own, nothing from the corpus, typed by hand. Strings as printed (one decimal for
percentages, two for relative likelihoods). {indicator: {group: (2023/24, 2022/23)}}
and {indicator: (2023/24, 2022/23)} for the relative likelihoods, except STACKED,
whose three years run oldest first (2021/22, 2022/23, 2023/24) as it prints them.
NOT_KEYED holds, per layout, what it prints that must stay out of the truth ('Not
stated' and 'All staff' shares, benchmark averages, other equality measures)."""

from __future__ import annotations

SHORT = {
    1: "Workforce",
    2: "Appointment from shortlisting",
    3: "Formal disciplinary process",
    4: "Non-mandatory training and CPD",
    5: "Harassment from patients and the public",
    6: "Harassment from colleagues",
    7: "Equal opportunities for progression",
    8: "Discrimination from a manager or colleague",
    9: "Board voting membership",
}

# 1. three years as columns (oldest first), an indicator row then BME / White rows
STACKED_YEARS = ("2021/22", "2022/23", "2023/24")
STACKED = {
    1: {"BME": ("16.3", "17.9", "19.4"), "White": ("80.6", "79.0", "77.2")},
    5: {"BME": ("30.2", "29.1", "27.8"), "White": ("26.4", "25.7", "24.9")},
    6: {"BME": ("27.5", "28.3", "26.0"), "White": ("21.9", "22.1", "21.3")},
    7: {"BME": ("41.7", "43.0", "44.6"), "White": ("57.2", "57.9", "58.5")},
    8: {"BME": ("18.8", "17.2", "16.5"), "White": ("7.8", "7.4", "7.0")},
    9: {"BME": ("6.7", "12.5", "12.5"), "White": ("93.3", "87.5", "87.5")},
}
STACKED_RATIOS = {
    2: ("1.58", "1.49", "1.36"),
    3: ("1.44", "1.31", "1.22"),
    4: ("1.12", "1.07", "1.02"),
}

# 2. theme headings, a bullet an indicator, last year's figure after 'was'
THEMES = {
    1: {"BME": ("19.6", "18.2"), "White": ("77.4", "78.9")},
    5: {"BME": ("31.5", "32.8"), "White": ("25.1", "26.0")},
    6: {"BME": ("25.4", "27.1"), "White": ("20.8", "21.5")},
    7: {"BME": ("45.8", "44.1"), "White": ("60.2", "59.4")},
    8: {"BME": ("15.3", "16.9"), "White": ("6.6", "7.1")},
    9: {"BME": ("9.1", "8.3"), "White": ("90.9", "91.7")},
}
THEMES_RATIOS = {2: ("1.38", "1.45"), 3: ("1.16", "1.27"), 4: ("1.04", "0.98")}

# 3. charts reduced to their titles and legend lines
LEGENDS = {
    1: {"BME": ("15.9", "14.7"), "White": ("81.6", "82.9")},
    5: {"BME": ("29.5", "30.6"), "White": ("24.1", "24.8")},
    6: {"BME": ("26.8", "25.9"), "White": ("19.7", "20.3")},
    7: {"BME": ("42.7", "41.5"), "White": ("56.9", "57.6")},
    8: {"BME": ("17.1", "18.4"), "White": ("7.3", "7.7")},
    9: {"BME": ("14.3", "14.3"), "White": ("85.7", "78.6")},
}
LEGENDS_RATIOS = {2: ("1.33", "1.41"), 3: ("1.25", "1.19"), 4: ("1.09", "1.14")}
NOT_STATED = {1: ("2.5", "2.4"), 9: ("0.0", "7.1")}  # shares printed, not keyed
ALL_STAFF = {5: ("25.3", "26.1"), 6: ("21.2", "21.7"), 7: ("54.0", "54.4"), 8: ("9.4", "9.9")}

# 4. sentences for 1 and 9, a survey table with benchmark columns, a ratio table
MIXED = {
    1: {"BME": ("22.7", "21.4"), "White": ("74.1", "75.5")},
    5: {"BME": ("33.6", "31.9"), "White": ("27.4", "26.6")},
    6: {"BME": ("28.7", "30.4"), "White": ("22.3", "23.0")},
    7: {"BME": ("40.3", "39.8"), "White": ("55.6", "56.2")},
    8: {"BME": ("19.9", "20.6"), "White": ("8.4", "8.9")},
    9: {"BME": ("16.7", "15.4"), "White": ("83.3", "84.6")},
}
MIXED_RATIOS = {2: ("1.52", "1.60"), 3: ("1.37", "1.48"), 4: ("0.94", "1.01")}
BENCHMARK = {  # the benchmark group's average (2023/24), BME then White
    5: ("30.9", "26.2"),
    6: ("27.0", "21.6"),
    7: ("44.2", "57.7"),
    8: ("16.8", "8.0"),
}

# 5. WRES rows inside a wider workforce equality table
WIDER = {
    1: {"BME": ("24.9", "23.6"), "White": ("72.5", "73.9")},
    5: {"BME": ("28.6", "30.0"), "White": ("23.5", "24.2")},
    6: {"BME": ("27.2", "26.4"), "White": ("20.1", "20.9")},
    7: {"BME": ("46.3", "45.0"), "White": ("61.8", "61.1")},
    8: {"BME": ("14.2", "15.6"), "White": ("6.4", "6.9")},
    9: {"BME": ("20.0", "18.2"), "White": ("80.0", "81.8")},
}
WIDER_RATIOS = {2: ("1.27", "1.34"), 3: ("1.11", "1.20"), 4: ("1.06", "1.10")}
OTHER_MEASURES = [  # (measure, group, 2023/24, 2022/23), not WRES
    ("Staff declaring a disability", "Disabled", "5.8", "4.9"),
    ("Sickness absence rate", "All staff", "5.3", "5.6"),
    ("Mean gender pay gap", "Women", "19.4", "20.7"),
    ("Staff turnover", "All staff", "11.8", "13.2"),
]

NOT_KEYED: dict[int, list[str]] = {
    0: [],
    1: [],
    2: [v for vs in (*NOT_STATED.values(), *ALL_STAFF.values()) for v in vs if v != "0.0"],
    3: [v for vs in BENCHMARK.values() for v in vs],
    4: [v for m in OTHER_MEASURES for v in m[2:]],
}
