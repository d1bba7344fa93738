"""The figures of held-out set K's WRES layouts (wres_k.py), typed by hand: fictional
trusts, figures of our own, nothing from the corpus. Strings as printed (one decimal
for percentages, two for relative likelihoods). NOT_KEYED holds, per layout, the
comparators, the part-of-trust figures and the suppressed cells each prints that must
stay out of the truth."""

from __future__ import annotations

SURVEY_WORDS = {
    5: "staff experiencing harassment, bullying or abuse from patients, relatives or the "
    "public in the last 12 months",
    6: "staff experiencing harassment, bullying or abuse from other staff in the last 12 months",
    7: "staff believing the Trust gives equal opportunities for career progression or promotion",
    8: "staff personally experiencing discrimination at work from a manager or colleague",
}
LIKELIHOOD_WORDS = {
    2: "White applicants appointed from shortlisting, relative to BME applicants",
    3: "BME staff entering the formal disciplinary process, relative to White staff",
    4: "White staff accessing non-mandatory training and CPD, relative to BME staff",
}

# 1. gaps first: {indicator: {survey year: (BME, White)}}
GAP_SURVEY = {
    5: {"2023": ("30.6", "25.1"), "2022": ("32.4", "26.3")},
    6: {"2023": ("27.7", "21.9"), "2022": ("28.5", "23.4")},
    7: {"2023": ("47.3", "59.8"), "2022": ("45.1", "58.6")},
    8: {"2023": ("14.9", "6.3"), "2022": ("16.2", "7.0")},
}
GAP_WORKFORCE = {"BME": "19.4", "White": "77.9", "Unknown": "2.7"}  # 31 March 2024
GAP_NATIONAL = {5: "29.2", 6: "26.8", 7: "44.9", 8: "16.7"}  # national BME, 2023 survey
GAP_DIVISION = ("36.1", "28.4")  # Community Services division, indicator 5 (BME, White)

# 2. three years in one cell: {row: (values 2021/22, 2022/23, 2023/24)}
TREND = {
    (1, "BME"): ("15.2", "16.8", "18.1"),
    (1, "White"): ("81.6", "80.1", "78.7"),
    (2, "White"): ("1.62", "1.48", "1.31"),
    (3, "BME"): ("1.27", "1.19", "1.08"),
    (4, "White"): ("1.11", "0.97", "1.04"),
    (5, "White"): ("24.4", "23.8", "22.6"),
    (5, "BME"): ("28.3", "29.6", "27.4"),
    (6, "White"): ("20.5", "21.2", "19.9"),
    (6, "BME"): ("26.2", "25.0", "24.7"),
    (7, "White"): ("61.3", "60.4", "62.2"),
    (7, "BME"): ("43.5", "46.7", "48.8"),
    (8, "White"): ("7.4", "6.9", "6.1"),
    (8, "BME"): ("17.3", "15.5", "13.2"),
    (9, "BME"): ("9.1", "16.7", "25.0"),  # board voting members
}
TREND_NATIONAL = {  # national 2023/24, one per row
    (1, "BME"): "26.4",
    (1, "White"): "70.3",
    (2, "White"): "1.59",
    (3, "BME"): "1.14",
    (4, "White"): "1.06",
    (5, "White"): "25.9",
    (5, "BME"): "29.8",
    (6, "White"): "22.8",
    (6, "BME"): "26.9",
    (7, "White"): "58.2",
    (7, "BME"): "44.2",
    (8, "White"): "8.1",
    (8, "BME"): "16.4",
    (9, "BME"): "13.9",
}

# 3. measure / value tables, WRES 2024 (data year 2023/24)
MEASURE_WORKFORCE = {"BME": "21.3", "White": "75.0", "Unknown": "3.7"}
MEASURE_LIKELIHOODS = {2: "1.38", 3: "0.91", 4: "1.15"}
MEASURE_SURVEY = {
    5: ("31.2", "26.9"),
    6: ("29.3", "22.8"),
    7: ("42.1", "57.4"),
    8: ("18.4", "8.2"),
}  # (BME, White)
MEASURE_NATIONAL = {5: "29.9", 6: "27.4", 7: "44.6", 8: "16.1"}
MEASURE_BOARD = ("15.4", "21.3", "-5.9")  # board voting BME, workforce BME, difference

# 4. questions and answers
QA_WORKFORCE = {"2024": ("12.6", "84.1"), "2023": ("11.8", "85.0")}  # 31 March: (BME, White)
QA_LIKELIHOODS = {2: ("1.57", "1.71"), 3: ("1.12", None), 4: ("0.94", None)}  # (2023/24, 2022/23)
QA_SURVEY = {5: ("29.4", "24.0"), 6: ("25.3", "20.7"), 7: ("50.6", "60.9"), 8: ("12.8", "5.5")}
QA_REGIONAL = {5: "27.5", 6: "24.1", 7: "47.2", 8: "13.6"}
QA_BOARD = ("2", "11", "18.2")  # BME voting members, of, share

# 5. comparator table, period only in the merged first row
COMPARE_ROWS = {  # indicator: (BME, White, England BME)
    1: ("14.2", "83.5", "26.4"),
    5: ("33.0", "27.2", "30.3"),
    6: ("30.1", "24.6", "28.0"),
    7: ("39.8", "55.1", "43.7"),
    8: ("19.6", "9.4", "17.0"),
    9: ("20.0", "80.0", "12.9"),  # board voting members
}
COMPARE_LIKELIHOODS = {2: ("1.84", "1.61"), 3: ("<10 cases", "1.14"), 4: ("1.21", "1.09")}

NOT_KEYED = {
    0: [*GAP_NATIONAL.values(), *GAP_DIVISION],
    1: list(TREND_NATIONAL.values()),
    2: list(MEASURE_NATIONAL.values()),
    3: list(QA_REGIONAL.values()),
    4: [r[2] for r in COMPARE_ROWS.values()] + [x[1] for x in COMPARE_LIKELIHOODS.values()],
}
