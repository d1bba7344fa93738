"""The figures of held-out set AE's WRES layouts (wres_ae.py): fictional trusts, figures
of our own, nothing from the corpus, typed by hand. Strings as printed (one decimal for
percentages, two for ratios). {indicator: {group: (2023/24, 2022/23)}} and
{indicator: (2023/24, 2022/23)} for the relative likelihoods; None is a cell the layout
withholds ('*'). Figures marked 'in no truth' are printed beside the truth figures as
the layouts' distractors."""

from __future__ import annotations

SHORT = {
    1: "Workforce",
    2: "Appointment from shortlisting",
    3: "Entry into formal disciplinary process",
    4: "Non-mandatory training and CPD",
    5: "Harassment, bullying or abuse from patients, relatives or the public",
    6: "Harassment, bullying or abuse from staff",
    7: "Belief in equal opportunities for career progression or promotion",
    8: "Discrimination at work from a manager, team leader or colleague",
    9: "Voting membership of the board",
}

# 1. a table whose figures carry significance marks: '(sig.)' / '(n.s.)' after each
# ratio, '*' after a survey percentage whose BME / White gap is significant
MARKED = {
    1: {"BME": ("23.6", "21.9"), "White": ("73.8", "75.4")},
    5: {"BME": ("30.4", "31.9"), "White": ("26.1", "27.0")},
    6: {"BME": ("27.8", "26.5"), "White": ("20.9", "21.4")},
    7: {"BME": ("44.7", "43.1"), "White": ("57.9", "58.6")},
    8: {"BME": ("16.2", "17.8"), "White": ("7.4", "7.9")},
    9: {"BME": ("15.4", "7.7"), "White": ("84.6", "92.3")},
}
MARKED_RATIOS = {2: ("1.36", "1.58"), 3: ("1.21", "1.09"), 4: ("0.97", "1.12")}
# which ratios and which BME survey figures carry a significance mark (the rest 'n.s.'
# or unmarked); the marks are in no truth
SIGNIFICANT_RATIOS = {(2, 0), (2, 1), (3, 0)}  # (indicator, 0 this year / 1 last year)
SIGNIFICANT_GAPS = {(6, 0), (7, 0), (7, 1), (8, 0), (8, 1)}  # indicator 5 and 6 last year not

# 2. indicator 1 by grouped pay band with small numbers withheld ('*'), then the rest
BANDS = {
    "Bands 1-4": {"BME": ("17.2", "16.0"), "White": ("80.1", "81.3")},
    "Bands 5-7": {"BME": ("26.9", "25.1"), "White": ("70.4", "72.2")},
    "Bands 8a-8b": {"BME": ("12.3", "10.8"), "White": ("85.0", "86.9")},
    "Bands 8c-9 and VSM": {"BME": (None, None), "White": ("93.8", None)},
}
WITHHELD = {
    1: {"BME": ("21.4", "19.8"), "White": ("75.9", "77.6")},
    5: {"BME": ("29.7", "32.3"), "White": ("24.8", "25.9")},
    6: {"BME": ("28.9", "29.4"), "White": ("22.5", "21.7")},
    7: {"BME": ("41.8", "40.2"), "White": ("55.3", "56.9")},
    8: {"BME": ("15.1", "16.6"), "White": ("8.3", "8.8")},
    9: {"BME": ("9.1", "8.3"), "White": ("90.9", "91.7")},
}
WITHHELD_RATIOS = {2: ("1.29", "1.41"), 3: ("1.17", "1.48"), 4: ("1.06", "0.93")}

# 3. prose in the first person plural, each figure beside the national average;
# NATIONAL is in no truth ({indicator: {group: (2023/24, 2022/23)}}, ratios alike)
PROSE = {
    1: {"BME": ("18.7", "17.2"), "White": ("78.5", "80.1")},
    5: {"BME": ("29.2", "30.8"), "White": ("25.7", "26.6")},
    6: {"BME": ("26.4", "25.3"), "White": ("21.8", "22.9")},
    7: {"BME": ("47.3", "45.6"), "White": ("59.4", "60.8")},
    8: {"BME": ("14.9", "15.7"), "White": ("6.9", "7.3")},
    9: {"BME": ("16.7", "14.3"), "White": ("83.3", "85.7")},
}
PROSE_RATIOS = {2: ("1.31", "1.52"), 3: ("1.26", "1.18"), 4: ("1.02", "1.07")}
NATIONAL = {
    1: {"BME": ("27.6", "26.1")},
    5: {"BME": ("28.2", "28.9"), "White": ("27.4", "27.9")},
    6: {"BME": ("24.8", "24.6"), "White": ("22.1", "22.6")},
    7: {"BME": ("46.1", "45.2"), "White": ("58.7", "59.3")},
    8: {"BME": ("16.3", "16.8"), "White": ("8.4", "8.6")},
    9: {"BME": ("14.1", "13.2")},
}
NATIONAL_RATIOS = {2: ("1.54", "1.59"), 3: ("1.03", "1.14"), 4: ("1.01", "1.12")}

# 4. one table folded in two halves side by side: 1 to 4 and 9 on the left, 5 to 8 on
# the right; indicator 9's difference (BME, voting board minus workforce, points)
FOLDED = {
    1: {"BME": ("25.3", "23.8"), "White": ("71.9", "73.6")},
    5: {"BME": ("32.6", "31.1"), "White": ("28.4", "28.0")},
    6: {"BME": ("29.1", "30.6"), "White": ("24.2", "23.5")},
    7: {"BME": ("40.6", "39.9"), "White": ("54.8", "55.7")},
    8: {"BME": ("18.3", "19.0"), "White": ("9.4", "9.9")},
    9: {"BME": ("14.3", "13.3"), "White": ("85.7", "86.7")},
}
FOLDED_RATIOS = {2: ("1.47", "1.39"), 3: ("1.35", "1.52"), 4: ("1.08", "1.15")}
FOLDED_DIFFERENCE = ("-11.0", "-10.5")  # 14.3 - 25.3, 13.3 - 23.8

# 5. an outer 'Indicator | Results' table, each results cell holding a table of its own
NESTED = {
    1: {"BME": ("20.3", "19.1"), "White": ("76.7", "78.0")},
    5: {"BME": ("31.5", "30.3"), "White": ("26.6", "27.2")},
    6: {"BME": ("25.9", "27.4"), "White": ("19.6", "20.4")},
    7: {"BME": ("43.9", "42.5"), "White": ("60.1", "59.6")},
    8: {"BME": ("17.5", "16.9"), "White": ("8.1", "7.6")},
    9: {"BME": ("11.8", "6.3"), "White": ("88.2", "93.8")},
}
NESTED_RATIOS = {2: ("1.52", "1.61"), 3: ("1.13", "1.27"), 4: ("0.94", "1.03")}
