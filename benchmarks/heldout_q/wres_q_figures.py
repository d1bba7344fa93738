"""The figures of held-out set Q's WRES layouts (wres_q.py), typed by hand: fictional
trusts, figures of our own, nothing from the corpus. Strings as printed (one decimal
for percentages, two for relative likelihoods). Each layout's figures are
{indicator: {group: (2023/24, 2022/23)}} and {indicator: (2023/24, 2022/23)} for the
relative likelihoods. NOT_KEYED holds, per layout, the targets and comparators each
prints that must stay out of the truth."""

from __future__ import annotations

WORDS = {
    1: "Proportion of staff from each group in the workforce",
    5: "Harassment, bullying or abuse from patients, relatives or the public",
    6: "Harassment, bullying or abuse from colleagues",
    7: "Belief that the Trust offers equal opportunities for career progression",
    8: "Discrimination at work from a manager or colleague",
    9: "Share of the Board's voting members",
}
RATIO_WORDS = {
    2: "Relative likelihood of White applicants being appointed from shortlisting",
    3: "Relative likelihood of BME staff entering the formal disciplinary process",
    4: "Relative likelihood of White staff accessing non-mandatory training",
}
TITLES = {
    1: "Workforce",
    2: "Shortlisting",
    3: "Disciplinary",
    4: "Training",
    5: "Public harassment",
    6: "Staff harassment",
    7: "Career progression",
    8: "Discrimination",
    9: "Board",
}

# 1. 'Current year' / 'Previous year' heads
RELATIVE = {
    1: {"BME": ("21.4", "19.8"), "White": ("75.9", "77.6")},
    5: {"BME": ("30.7", "32.2"), "White": ("26.1", "27.4")},
    6: {"BME": ("27.3", "28.5"), "White": ("21.9", "22.8")},
    7: {"BME": ("44.2", "42.6"), "White": ("57.1", "56.3")},
    8: {"BME": ("16.8", "17.9"), "White": ("7.1", "7.6")},
    9: {"BME": ("15.4", "7.7"), "White": ("84.6", "92.3")},
}
RELATIVE_RATIOS = {2: ("1.44", "1.61"), 3: ("1.23", "1.38"), 4: ("1.08", "0.97")}

# 2. a row per year and group, a column per indicator
TRANSPOSED = {
    1: {"BME": ("13.6", "12.2"), "White": ("83.1", "84.7")},
    5: {"BME": ("34.9", "35.6"), "White": ("28.8", "29.5")},
    6: {"BME": ("29.7", "31.0"), "White": ("23.2", "24.1")},
    7: {"BME": ("41.5", "39.9"), "White": ("55.7", "54.2")},
    8: {"BME": ("18.3", "19.4"), "White": ("8.4", "8.9")},
    9: {"BME": ("9.1", "9.1"), "White": ("90.9", "90.9")},
}
TRANSPOSED_RATIOS = {2: ("1.52", "1.77"), 3: ("1.09", "1.21"), 4: ("1.13", "1.02")}

# 3. actuals beside trajectory targets
TARGETED = {
    1: {"BME": ("26.2", "24.0"), "White": ("70.3", "72.9")},
    5: {"BME": ("28.6", "30.3"), "White": ("24.7", "25.9")},
    6: {"BME": ("26.4", "27.8"), "White": ("20.5", "21.6")},
    7: {"BME": ("47.3", "45.1"), "White": ("59.8", "58.7")},
    8: {"BME": ("14.2", "15.5"), "White": ("6.3", "6.9")},
    9: {"BME": ("21.4", "14.3"), "White": ("78.6", "85.7")},
}
TARGETED_RATIOS = {2: ("1.31", "1.49"), 3: ("1.16", "1.29"), 4: ("1.05", "1.11")}
TARGETS = {  # (target 2024/25, target 2025/26), BME or the ratio
    1: ("27.5", "29.0"),
    2: ("1.20", "1.10"),
    3: ("1.10", "1.00"),
    4: ("1.03", "1.00"),
    5: ("26.5", "25.0"),
    6: ("24.5", "22.5"),
    7: ("49.5", "52.0"),
    8: ("12.5", "11.0"),
    9: ("23.5", "26.5"),
}

# 4. indicators named only by short titles, their numbers in a key below
TITLED = {
    1: {"BME": ("17.9", "16.3"), "White": ("79.4", "81.0")},
    5: {"BME": ("32.1", "33.4"), "White": ("27.2", "26.6")},
    6: {"BME": ("24.8", "26.9"), "White": ("19.7", "20.8")},
    7: {"BME": ("43.9", "41.4"), "White": ("58.9", "59.2")},
    8: {"BME": ("17.4", "16.1"), "White": ("7.3", "6.7")},
    9: {"BME": ("11.1", "10.0"), "White": ("88.9", "90.0")},
}
TITLED_RATIOS = {2: ("1.62", "1.39"), 3: ("1.47", "1.18"), 4: ("0.94", "1.07")}
TITLED_REGION = {1: "22.0", 5: "31.5", 6: "27.4", 7: "45.0", 8: "16.2", 9: "12.9"}

NOT_KEYED = {
    0: [],
    1: [],
    2: [x for pair in TARGETS.values() for x in pair],
    3: list(TITLED_REGION.values()),
}

# 5. a definition list: each indicator a term, each figure a description
LISTED = {
    1: {"BME": ("19.3", "18.1"), "White": ("77.8", "79.2")},
    5: {"BME": ("31.6", "29.9"), "White": ("25.1", "24.6")},
    6: {"BME": ("27.9", "30.2"), "White": ("22.1", "23.9")},
    7: {"BME": ("45.8", "43.3"), "White": ("57.6", "58.4")},
    8: {"BME": ("15.7", "17.3"), "White": ("6.2", "7.4")},
    9: {"BME": ("18.2", "16.7"), "White": ("81.8", "83.3")},
}
LISTED_RATIOS = {2: ("1.27", "1.55"), 3: ("1.34", "1.12"), 4: ("1.01", "1.15")}
NOT_KEYED[4] = []
