"""The figures of held-out set X's WRES layouts (wres_x.py): fictional trusts, figures
of our own, nothing from the corpus, typed by hand. Strings as printed (one decimal for
percentages, two for relative likelihoods). {indicator: {group: (2023/24, 2022/23)}}
and {indicator: (2023/24, 2022/23)} for the relative likelihoods; `NOT_STATED` and the
counts are printed beside the truth figures but are in no truth."""

from __future__ import annotations

TITLES = {
    1: "Workforce by ethnicity",
    2: "Relative likelihood of appointment from shortlisting",
    3: "Relative likelihood of entering the formal disciplinary process",
    4: "Relative likelihood of accessing non-mandatory training and CPD",
    5: "Harassment, bullying or abuse from patients, relatives or the public",
    6: "Harassment, bullying or abuse from staff",
    7: "Belief that the Trust provides equal opportunities for career progression",
    8: "Personal experience of discrimination from a manager or colleague",
    9: "Board voting membership by ethnicity",
}

# 1. a small table under each indicator's heading, oldest year first, a 'Not stated' row
PER_INDICATOR = {
    1: {"BME": ("19.6", "18.2"), "White": ("77.1", "78.3")},
    5: {"BME": ("28.8", "30.1"), "White": ("25.2", "26.0")},
    6: {"BME": ("27.4", "28.3"), "White": ("21.1", "22.5")},
    7: {"BME": ("45.3", "43.8"), "White": ("57.9", "58.6")},
    8: {"BME": ("17.0", "18.4"), "White": ("7.4", "7.9")},
    9: {"BME": ("12.5", "6.3"), "White": ("87.5", "93.8")},
}
PER_INDICATOR_RATIOS = {2: ("1.38", "1.52"), 3: ("1.27", "1.41"), 4: ("1.06", "1.02")}
NOT_STATED = {
    1: ("3.3", "3.5"),
    5: ("31.6", "29.7"),
    6: ("24.9", "26.1"),
    7: ("48.2", "47.0"),
    8: ("12.8", "13.3"),
    9: ("0.0", "0.0"),
}

# 2. a summary table, White before BME for each year, ratios in a second table
SUMMARY = {
    1: {"BME": ("24.7", "23.1"), "White": ("72.6", "74.0")},
    5: {"BME": ("30.2", "31.7"), "White": ("27.9", "27.1")},
    6: {"BME": ("29.5", "27.6"), "White": ("23.3", "23.9")},
    7: {"BME": ("42.7", "44.0"), "White": ("55.4", "56.2")},
    8: {"BME": ("19.1", "17.7"), "White": ("8.8", "9.2")},
    9: {"BME": ("15.4", "14.3"), "White": ("84.6", "85.7")},
}
SUMMARY_RATIOS = {2: ("1.57", "1.49"), 3: ("1.12", "1.36"), 4: ("0.98", "1.07")}

# 3. a paragraph an indicator, staff called 'BAME'
PROSE = {
    1: {"BME": ("21.4", "20.2"), "White": ("75.1", "76.3")},
    5: {"BME": ("26.9", "28.5"), "White": ("24.1", "24.6")},
    6: {"BME": ("25.3", "26.7"), "White": ("20.2", "21.0")},
    7: {"BME": ("46.6", "45.1"), "White": ("60.3", "59.5")},
    8: {"BME": ("15.2", "16.8"), "White": ("6.5", "7.0")},
    9: {"BME": ("10.0", "9.1"), "White": ("90.0", "90.9")},
}
PROSE_RATIOS = {2: ("1.33", "1.51"), 3: ("1.46", "1.39"), 4: ("1.09", "1.14")}

# 4. an action plan table: the figures in its 'What the data shows' cells
ACTION = {
    1: {"BME": ("16.3", "15.4"), "White": ("81.2", "82.0")},
    5: {"BME": ("33.4", "32.6"), "White": ("27.7", "28.1")},
    6: {"BME": ("26.6", "27.9"), "White": ("19.8", "20.4")},
    7: {"BME": ("40.2", "41.7"), "White": ("53.6", "54.0")},
    8: {"BME": ("18.9", "20.3"), "White": ("8.1", "8.3")},
    9: {"BME": ("7.1", "7.7"), "White": ("92.9", "92.3")},
}
ACTION_RATIOS = {2: ("1.66", "1.71"), 3: ("1.19", "1.08"), 4: ("1.03", "1.10")}

# 5. a section a year; counts tables for 2 to 4, percentages with headcounts elsewhere
COUNTS = {
    1: {"BME": ("22.8", "21.5"), "White": ("74.3", "75.6")},
    5: {"BME": ("29.9", "30.6"), "White": ("25.8", "26.4")},
    6: {"BME": ("28.7", "29.2"), "White": ("22.6", "22.0")},
    7: {"BME": ("44.1", "42.9"), "White": ("58.8", "57.7")},
    8: {"BME": ("16.6", "17.3"), "White": ("7.8", "8.1")},
    9: {"BME": ("14.3", "13.3"), "White": ("85.7", "86.7")},
}
COUNTS_RATIOS = {2: ("1.44", "1.59"), 3: ("1.23", "1.31"), 4: ("1.08", "1.13")}
# (staff in the workforce, survey respondents, board voting members) by year
BASES = {"2023/24": (6120, 2874, 14), "2022/23": (5985, 2701, 15)}
# per ratio indicator and year: (BME base, White base) and the BME event count
RATIO_COUNTS = {
    2: {"2023/24": ((1840, 2215), 262), "2022/23": ((1712, 2304), 219)},
    3: {"2023/24": ((1395, 4547), 29), "2022/23": ((1287, 4525), 27)},
    4: {"2023/24": ((1395, 4547), 611), "2022/23": ((1287, 4525), 548)},
}
