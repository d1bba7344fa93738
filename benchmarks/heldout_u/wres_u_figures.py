"""The figures of held-out set U's WRES layouts (wres_u.py): fictional trusts, figures
of our own, nothing from the corpus, typed by hand. Strings as printed (one decimal for
percentages, two for relative likelihoods). {indicator: {group: (2023/24, 2022/23)}}
and {indicator: (2023/24, 2022/23)} for the relative likelihoods. NOT_KEYED holds, per
layout, what it prints that must stay out of the truth (comparators, rounded figures)."""

from __future__ import annotations

WORDS = {
    1: "Percentage of staff in the overall workforce",
    5: "Staff experiencing harassment, bullying or abuse from patients, relatives or the public",
    6: "Staff experiencing harassment, bullying or abuse from staff",
    7: "Staff believing the Trust provides equal opportunities for career progression",
    8: "Staff experiencing discrimination at work from a manager, team leader or colleague",
    9: "Voting membership of the Board",
}
RATIO_WORDS = {
    2: "Relative likelihood of White applicants being appointed from shortlisting",
    3: "Relative likelihood of BME staff entering the formal disciplinary process",
    4: "Relative likelihood of White staff accessing non-mandatory training and CPD",
}

# 1. a table a year, indicators 1-9 as rows, BME | White | Relative likelihood
PER_YEAR = {
    1: {"BME": ("21.3", "19.8"), "White": ("75.9", "77.2")},
    5: {"BME": ("29.4", "31.2"), "White": ("24.8", "25.9")},
    6: {"BME": ("27.6", "28.9"), "White": ("20.4", "21.7")},
    7: {"BME": ("44.9", "42.3"), "White": ("59.6", "58.8")},
    8: {"BME": ("16.2", "17.5"), "White": ("7.2", "7.9")},
    9: {"BME": ("13.3", "7.1"), "White": ("86.7", "92.9")},
}
PER_YEAR_RATIOS = {2: ("1.47", "1.62"), 3: ("1.18", "1.30"), 4: ("1.06", "1.11")}

# 2. 'Indicator | What the data shows': figures in sentences, last year in brackets
COMMENTARY = {
    1: {"BME": ("18.4", "17.1"), "White": ("79.3", "80.5")},
    5: {"BME": ("32.5", "33.8"), "White": ("26.9", "27.3")},
    6: {"BME": ("26.1", "27.9"), "White": ("21.8", "22.4")},
    7: {"BME": ("41.2", "40.6"), "White": ("57.3", "56.1")},
    8: {"BME": ("19.4", "18.7"), "White": ("8.1", "8.6")},
    9: {"BME": ("7.7", "7.7"), "White": ("92.3", "92.3")},
}
COMMENTARY_RATIOS = {2: ("1.61", "1.55"), 3: ("1.42", "1.58"), 4: ("1.15", "1.09")}

# 3. each indicator two rows (this year, last year), a 'Period' column, BME / White
PAIR_ROWS = {
    1: {"BME": ("23.8", "22.5"), "White": ("73.4", "74.6")},
    5: {"BME": ("28.1", "29.7"), "White": ("23.9", "24.4")},
    6: {"BME": ("24.7", "26.3"), "White": ("19.2", "20.5")},
    7: {"BME": ("47.5", "45.2"), "White": ("62.4", "61.0")},
    8: {"BME": ("14.6", "15.9"), "White": ("6.1", "6.8")},
    9: {"BME": ("18.2", "16.7"), "White": ("81.8", "83.3")},
}
PAIR_ROWS_RATIOS = {2: ("1.29", "1.37"), 3: ("1.09", "1.24"), 4: ("0.97", "1.03")}

# 4. grouped by source: workforce snapshot (1-4, 9) and staff survey (5-8) sections
BY_SOURCE = {
    1: {"BME": ("15.2", "14.4"), "White": ("82.1", "83.0")},
    5: {"BME": ("30.8", "32.1"), "White": ("25.4", "26.8")},
    6: {"BME": ("28.3", "29.0"), "White": ("22.6", "23.1")},
    7: {"BME": ("43.4", "41.9"), "White": ("58.7", "58.2")},
    8: {"BME": ("17.8", "19.1"), "White": ("7.5", "8.0")},
    9: {"BME": ("11.1", "10.0"), "White": ("88.9", "90.0")},
}
BY_SOURCE_RATIOS = {2: ("1.52", "1.66"), 3: ("1.27", "1.35"), 4: ("1.13", "1.21")}
COMPARATORS = {5: "27.9", 6: "25.3", 7: "47.6", 8: "15.6"}  # BME, comparator trusts

# 5. a summary quoting rounded figures, the exact figures in an appendix table
APPENDIX = {
    1: {"BME": ("26.7", "25.1"), "White": ("70.8", "72.3")},
    5: {"BME": ("31.9", "33.4"), "White": ("27.2", "28.1")},
    6: {"BME": ("29.8", "30.5"), "White": ("22.9", "23.7")},
    7: {"BME": ("39.6", "38.2"), "White": ("54.8", "55.3")},
    8: {"BME": ("20.3", "21.6"), "White": ("9.1", "9.4")},
    9: {"BME": ("15.4", "15.4"), "White": ("84.6", "84.6")},
}
APPENDIX_RATIOS = {2: ("1.74", "1.81"), 3: ("1.33", "1.21"), 4: ("1.08", "1.16")}
ROUNDED = ("27", "32", "30", "40", "20")  # 'around 27%' … in the summary

NOT_KEYED: dict[int, list[str]] = {
    0: [],
    1: [],
    2: [],
    3: list(COMPARATORS.values()),
    4: list(ROUNDED),
}
