"""The figures and wordings of held-out set I's WRES layouts (wres_i.py), typed by
hand for issue #13: fictional trusts, figures of our own, nothing from the corpus.
Each layout's truth is built from these in wres_i.py, by the conventions in its
docstring; the numbers in the comments are the layouts' numbers there."""

from __future__ import annotations

SURVEY_WORDS = {
    5: "Harassment, bullying or abuse from patients, relatives or the public",
    6: "Harassment, bullying or abuse from staff",
    7: "Believing the Trust provides equal opportunities for career progression or promotion",
    8: "Discrimination at work from a manager, team leader or other colleague",
}
LIKELIHOOD_WORDS = {
    2: "Relative likelihood of White applicants being appointed from shortlisting compared "
    "to BME applicants",
    3: "Relative likelihood of BME staff entering the formal disciplinary process compared "
    "to White staff",
    4: "Relative likelihood of White staff accessing non-mandatory training and CPD compared "
    "to BME staff",
}

# 1. groups as rows, survey years as columns, a national average column (a comparator)
ROWS_BY_YEAR = {  # indicator: {group: (2021, 2022, 2023 survey), national average 2023}
    5: {"White": ("27.4", "26.0", "25.1"), "BME": ("31.9", "30.2", "28.7"), "national": "27.8"},
    6: {"White": ("24.2", "23.6", "22.0"), "BME": ("29.5", "28.1", "27.4"), "national": "23.9"},
    7: {"White": ("56.8", "57.9", "59.3"), "BME": ("41.7", "43.0", "45.6"), "national": "55.1"},
    8: {"White": ("7.8", "7.1", "6.4"), "BME": ("16.2", "15.5", "14.3"), "national": "8.6"},
}
LIKELIHOODS_BY_YEAR = {  # indicator: (2021/22, 2022/23, 2023/24), national average
    2: (("1.62", "1.48", "1.39"), "1.54"),
    3: (("1.71", "1.33", "1.18"), "1.14"),
    4: (("1.06", "1.11", "0.98"), "1.12"),
}

# 2. headcounts with the percentage in brackets, small numbers suppressed
BRACKET_BANDS = ["Band 2", "Band 3", "Band 4", "Band 5", "Band 6", "Band 7", "Band 8a", "VSM"]
BRACKET_COUNTS = {  # staff group: {band: (White, BME, not stated)} on 31 March 2024
    "non_clinical": {
        "Band 2": (412, 96, 21),
        "Band 3": (538, 104, 30),
        "Band 4": (301, 57, 14),
        "Band 5": (144, 26, 9),
        "Band 6": (98, 15, 6),
        "Band 7": (77, 9, 3),
        "Band 8a": (51, 6, 2),
        "VSM": (11, 3, 1),
    },
    "clinical": {
        "Band 2": (286, 121, 17),
        "Band 3": (349, 142, 25),
        "Band 4": (118, 39, 6),
        "Band 5": (802, 611, 44),
        "Band 6": (933, 402, 52),
        "Band 7": (611, 148, 27),
        "Band 8a": (149, 23, 4),
        "VSM": (6, 2, 0),
    },
}

# 3. one table a period, the period named only in the caption
CAPTION_WORKFORCE = {"2022/23": ("79.9", "17.2"), "2023/24": ("77.6", "19.8")}  # White, BME
CAPTION_SURVEY = {  # period: {indicator: (White, BME)}
    "2022/23": {5: ("23.9", "29.6"), 6: ("21.8", "26.3"), 7: ("60.4", "46.1"), 8: ("6.2", "13.9")},
    "2023/24": {5: ("22.7", "27.5"), 6: ("20.9", "25.8"), 7: ("61.2", "49.3"), 8: ("5.9", "12.2")},
}
CAPTION_LIKELIHOODS = {2: ("1.37", "1.29"), 3: ("1.58", "1.26"), 4: ("1.04", "0.97")}

# 4. a board paper: White and BME on one line, national figures in brackets, board counts
ONE_LINE = {  # survey year: {indicator: (White, BME, national White, national BME)}
    "2022": {
        5: ("26.3", "30.8", "27.5", "29.9"),
        6: ("22.6", "27.7", "23.4", "28.2"),
        7: ("58.1", "44.0", "57.6", "45.3"),
        8: ("7.0", "15.1", "7.9", "16.4"),
    },
    "2023": {
        5: ("24.1", "29.8", "26.9", "29.2"),
        6: ("21.5", "25.4", "22.8", "27.1"),
        7: ("59.6", "47.2", "58.0", "46.7"),
        8: ("6.1", "13.0", "7.6", "15.8"),
    },
}
BOARD = {  # WRES year: (BME voting members, voting members, board %, workforce %, difference)
    "2023": (2, 12, "16.7", "18.8", "-2.1"),
    "2024": (3, 13, "23.1", "19.4", "3.7"),
}

# 5. an infographic: figures in chart data labels and figure captions
CHARTS = {  # indicator: {survey year: (White, BME)}, national average of the later year
    5: ({"2022": ("28.4", "33.1"), "2023": ("26.9", "30.5")}, "27.8"),
    6: ({"2022": ("24.8", "30.2"), "2023": ("23.3", "27.0")}, "23.9"),
    7: ({"2022": ("55.2", "40.6"), "2023": ("58.2", "44.9")}, "55.1"),
    8: ({"2022": ("8.3", "17.9"), "2023": ("7.5", "15.6")}, "8.6"),
}
CHART_LIKELIHOODS = {2: ("1.84", "1.57"), 3: ("1.22", "1.41"), 4: ("1.09", "1.03")}
