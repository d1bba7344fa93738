"""The figures of held-out set W's WRES layouts (wres_w.py): fictional trusts, figures
of our own, nothing from the corpus, typed by hand. Strings as printed (one decimal for
percentages, two for relative likelihoods). {indicator: {group: (2023/24, 2022/23)}}
and {indicator: (2023/24, 2022/23)} for the relative likelihoods."""

from __future__ import annotations

SHORT = {
    1: "Share of the workforce",
    2: "Appointment after shortlisting",
    3: "Entering the formal disciplinary process",
    4: "Access to non-mandatory training",
    5: "Harassment or abuse from patients or the public",
    6: "Harassment or abuse from staff",
    7: "Belief in equal opportunities for career progression",
    8: "Discrimination by a manager or colleague",
    9: "Voting membership of the Board",
}
WORDS = {
    1: "One",
    2: "Two",
    3: "Three",
    4: "Four",
    5: "Five",
    6: "Six",
    7: "Seven",
    8: "Eight",
    9: "Nine",
}

# 1. a 'Measure | Value' table, indicator, group and year packed in one label cell
PACKED = {
    1: {"BME": ("21.3", "20.1"), "White": ("75.8", "77.2")},
    5: {"BME": ("29.4", "31.2"), "White": ("24.7", "25.9")},
    6: {"BME": ("26.1", "27.8"), "White": ("20.6", "21.4")},
    7: {"BME": ("43.9", "42.2"), "White": ("58.3", "57.5")},
    8: {"BME": ("16.2", "17.5"), "White": ("7.1", "7.6")},
    9: {"BME": ("11.1", "10.0"), "White": ("88.9", "90.0")},
}
PACKED_RATIOS = {2: ("1.42", "1.55"), 3: ("1.18", "1.29"), 4: ("1.05", "1.11")}

# 2. a numbered list 1 to 9, 'This year' / 'Last year' lines beneath each
THIS_LAST = {
    1: {"BME": ("17.8", "16.6"), "White": ("79.4", "80.7")},
    5: {"BME": ("32.3", "33.0"), "White": ("26.8", "27.2")},
    6: {"BME": ("24.9", "26.3"), "White": ("19.5", "20.0")},
    7: {"BME": ("47.1", "45.6"), "White": ("59.8", "60.4")},
    8: {"BME": ("14.6", "15.9"), "White": ("6.2", "6.8")},
    9: {"BME": ("7.7", "7.1"), "White": ("92.3", "92.9")},
}
THIS_LAST_RATIOS = {2: ("1.31", "1.47"), 3: ("1.09", "1.24"), 4: ("0.97", "1.03")}

# 3. a cell per group holding this year's figure with last year's in brackets
BRACKETED = {
    1: {"BME": ("23.5", "22.0"), "White": ("73.9", "75.1")},
    5: {"BME": ("30.7", "29.8"), "White": ("25.6", "25.1")},
    6: {"BME": ("28.2", "29.6"), "White": ("21.8", "22.7")},
    7: {"BME": ("41.4", "40.9"), "White": ("56.1", "56.8")},
    8: {"BME": ("18.3", "19.0"), "White": ("8.0", "8.5")},
    9: {"BME": ("13.3", "6.7"), "White": ("86.7", "93.3")},
}
BRACKETED_RATIOS = {2: ("1.61", "1.58"), 3: ("1.35", "1.22"), 4: ("1.13", "1.08")}

# 4. a paragraph a year, all nine indicators run together in it
RUN_ON = {
    1: {"BME": ("26.4", "25.0"), "White": ("70.9", "72.3")},
    5: {"BME": ("27.6", "28.9"), "White": ("23.2", "23.8")},
    6: {"BME": ("25.7", "24.4"), "White": ("19.9", "19.2")},
    7: {"BME": ("44.8", "43.3"), "White": ("62.5", "61.9")},
    8: {"BME": ("15.8", "16.4"), "White": ("6.9", "7.3")},
    9: {"BME": ("18.2", "16.7"), "White": ("81.8", "83.3")},
}
RUN_ON_RATIOS = {2: ("1.26", "1.37"), 3: ("1.48", "1.52"), 4: ("1.02", "0.95")}

# 5. 'Indicator One' … 'Indicator Nine' headings, 'Ethnic minority staff' lines
SPELLED = {
    1: {"BME": ("14.9", "13.8"), "White": ("82.6", "83.9")},
    5: {"BME": ("31.1", "30.4"), "White": ("26.3", "27.5")},
    6: {"BME": ("27.0", "28.8"), "White": ("22.4", "21.9")},
    7: {"BME": ("39.6", "38.1"), "White": ("54.7", "55.3")},
    8: {"BME": ("20.5", "21.7"), "White": ("9.1", "9.4")},
    9: {"BME": ("8.3", "8.3"), "White": ("91.7", "91.7")},
}
SPELLED_RATIOS = {2: ("1.74", "1.66"), 3: ("1.21", "1.33"), 4: ("1.15", "1.19")}
