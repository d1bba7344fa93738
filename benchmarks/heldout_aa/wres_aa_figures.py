"""The figures of held-out set AA's WRES layouts (wres_aa.py): fictional trusts, figures
of our own, nothing from the corpus, typed by hand. Strings as printed (one decimal for
percentages, two for relative likelihoods). {indicator: {group: (2023/24, 2022/23)}}
and {indicator: (2023/24, 2022/23)} for the relative likelihoods. `ALL_STAFF`, the
WDES figures, the survey averages and the response counts are printed beside the truth
figures but are in no truth."""

from __future__ import annotations

TITLES = {
    1: "Percentage of staff in the overall workforce by ethnicity",
    2: "Relative likelihood of staff being appointed from shortlisting across all posts",
    3: "Relative likelihood of staff entering the formal disciplinary process",
    4: "Relative likelihood of staff accessing non-mandatory training and CPD",
    5: "Staff experiencing harassment, bullying or abuse from patients, relatives or the public",
    6: "Staff experiencing harassment, bullying or abuse from staff",
    7: "Staff believing that the organisation provides equal opportunities for career progression",
    8: "Staff who personally experienced discrimination at work from a manager or colleague",
    9: "Percentage of the board's voting membership by ethnicity",
}

# 1. a table per indicator, the indicator named only in a merged first row of the table
MERGED_TITLE = {
    1: {"BME": ("23.9", "22.4"), "White": ("73.8", "75.1")},
    5: {"BME": ("31.2", "32.9"), "White": ("26.4", "27.3")},
    6: {"BME": ("28.1", "29.6"), "White": ("22.7", "23.5")},
    7: {"BME": ("44.9", "43.3"), "White": ("58.2", "59.1")},
    8: {"BME": ("16.3", "17.8"), "White": ("7.2", "6.9")},
    9: {"BME": ("18.2", "16.7"), "White": ("81.8", "83.3")},
}
MERGED_TITLE_RATIOS = {2: ("1.41", "1.63"), 3: ("1.34", "1.18"), 4: ("1.05", "0.97")}

# 2. one summary table, BME / White / All staff under each year, ratios in 'All staff'
SUMMARY = {
    1: {"BME": ("17.4", "16.1"), "White": ("80.3", "81.5")},
    5: {"BME": ("27.6", "29.1"), "White": ("24.8", "25.5")},
    6: {"BME": ("30.4", "28.8"), "White": ("21.9", "22.8")},
    7: {"BME": ("47.3", "46.0"), "White": ("61.4", "60.2")},
    8: {"BME": ("14.7", "15.9"), "White": ("6.8", "7.5")},
    9: {"BME": ("8.3", "7.7"), "White": ("91.7", "92.3")},
}
SUMMARY_RATIOS = {2: ("1.29", "1.46"), 3: ("1.52", "1.37"), 4: ("1.11", "1.16")}
# the 'All staff' column of indicators 5 to 8 (in no truth)
ALL_STAFF = {
    5: ("25.3", "26.2"),
    6: ("23.6", "24.1"),
    7: ("58.5", "57.6"),
    8: ("8.4", "9.1"),
}

# 3. a narrative report: this year's figures by group, last year's 'respectively'
NARRATIVE = {
    1: {"BME": ("20.8", "19.3"), "White": ("76.9", "78.2")},
    5: {"BME": ("29.4", "31.0"), "White": ("25.7", "24.9")},
    6: {"BME": ("26.2", "27.5"), "White": ("20.6", "21.3")},
    7: {"BME": ("43.8", "42.1"), "White": ("56.7", "57.4")},
    8: {"BME": ("18.6", "19.4"), "White": ("8.3", "8.6")},
    9: {"BME": ("13.3", "12.5"), "White": ("86.7", "87.5")},
}
NARRATIVE_RATIOS = {2: ("1.56", "1.48"), 3: ("1.21", "1.44"), 4: ("1.02", "1.09")}

# 4. a combined WRES and WDES report, a table a theme, WRES and WDES rows together
COMBINED = {
    1: {"BME": ("26.3", "24.9"), "White": ("70.4", "71.8")},
    5: {"BME": ("32.5", "31.4"), "White": ("27.1", "28.0")},
    6: {"BME": ("27.8", "29.1"), "White": ("21.4", "22.1")},
    7: {"BME": ("41.6", "40.5"), "White": ("54.9", "55.8")},
    8: {"BME": ("17.5", "16.2"), "White": ("7.7", "8.0")},
    9: {"BME": ("11.8", "5.9"), "White": ("88.2", "94.1")},
}
COMBINED_RATIOS = {2: ("1.37", "1.25"), 3: ("1.16", "1.29"), 4: ("1.08", "1.03")}
# WDES: {(metric, theme indicator): {group: (2023/24, 2022/23)}}, ratios by metric
WDES = {
    ("1", 1): {"Disabled": ("5.2", "4.6"), "Non-disabled": ("79.5", "80.3")},
    ("4a(i)", 5): {"Disabled": ("33.8", "35.1"), "Non-disabled": ("26.0", "26.9")},
    ("4a(iii)", 6): {"Disabled": ("24.6", "25.9"), "Non-disabled": ("17.3", "18.2")},
    ("5", 7): {"Disabled": ("50.1", "49.4"), "Non-disabled": ("57.0", "56.3")},
    ("10", 9): {"Disabled": ("6.7", "0.0"), "Non-disabled": ("86.7", "93.3")},
}
WDES_RATIOS = {("2", 2): ("1.12", "1.23"), ("3", 3): ("2.04", "1.71")}

# 5. indicators 5-8 as staff survey benchmark tables ('BME: Your org', 'BME: Average',
# 'BME: Responses' rows; survey years 2022 and 2023 as columns); 1-4 and 9 in a table
BENCHMARK = {
    1: {"BME": ("15.9", "14.8"), "White": ("81.6", "82.7")},
    5: {"BME": ("28.5", "30.3"), "White": ("25.9", "26.8")},
    6: {"BME": ("25.7", "26.9"), "White": ("19.4", "20.7")},
    7: {"BME": ("45.8", "44.6"), "White": ("59.6", "58.3")},
    8: {"BME": ("15.5", "16.6"), "White": ("6.2", "6.6")},
    9: {"BME": ("7.1", "14.3"), "White": ("92.9", "85.7")},
}
BENCHMARK_RATIOS = {2: ("1.48", "1.67"), 3: ("1.09", "1.26"), 4: ("1.14", "1.06")}
# the benchmark group's average (in no truth) and the number of responses, by year
AVERAGE = {
    5: {"BME": ("29.7", "30.9"), "White": ("27.2", "27.6")},
    6: {"BME": ("27.4", "28.0"), "White": ("22.0", "22.9")},
    7: {"BME": ("44.5", "43.9"), "White": ("58.9", "58.8")},
    8: {"BME": ("16.0", "16.5"), "White": ("6.9", "7.3")},
}
RESPONSES = {"BME": ("812", "744"), "White": ("2,631", "2,588")}
