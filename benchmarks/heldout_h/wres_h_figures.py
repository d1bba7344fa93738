"""The figures and wordings of held-out set H's WRES layouts (wres_h.py), typed by
hand for issue #13: fictional trusts, figures of our own, nothing from the corpus.
Each layout's truth is built from these in wres_h.py, by the conventions in its
docstring; the numbers in the comments are the layouts' numbers there."""

from __future__ import annotations

# 1. years as rows
BY_YEAR = {  # indicator: (wording, {survey year: (White %, global majority %)})
    5: (
        "Staff experiencing harassment, bullying or abuse from patients, relatives or the "
        "public in the last 12 months",
        {
            "2020": ("26.1", "30.4"),
            "2021": ("27.3", "32.9"),
            "2022": ("25.8", "31.7"),
            "2023": ("24.6", "29.2"),
        },
    ),
    6: (
        "Staff experiencing harassment, bullying or abuse from staff in the last 12 months",
        {
            "2020": ("23.5", "28.8"),
            "2021": ("22.9", "27.1"),
            "2022": ("21.4", "26.5"),
            "2023": ("20.2", "25.9"),
        },
    ),
    7: (
        "Staff believing that the organisation provides equal opportunities for career "
        "progression or promotion",
        {
            "2020": ("59.7", "44.2"),
            "2021": ("58.6", "45.8"),
            "2022": ("60.3", "47.5"),
            "2023": ("61.9", "48.4"),
        },
    ),
    8: (
        "Staff personally experiencing discrimination at work from a manager, team leader "
        "or other colleague",
        {
            "2020": ("6.9", "15.3"),
            "2021": ("7.4", "16.8"),
            "2022": ("6.6", "14.7"),
            "2023": ("5.8", "13.6"),
        },
    ),
}


# 2. x in every 100
IN_100 = [  # (indicator, group, this year, last year, caption)
    (
        5,
        "BME",
        31,
        34,
        "ethnic minority colleagues were harassed, bullied or abused by patients or the public",
    ),
    (5, "White", 26, 27, "White colleagues said the same"),
    (
        6,
        "BME",
        28,
        29,
        "ethnic minority colleagues were harassed, bullied or abused by other staff",
    ),
    (6, "White", 22, 24, "White colleagues said the same"),
    (7, "BME", 46, 43, "ethnic minority colleagues believe we offer equal chances of promotion"),
    (7, "White", 59, 57, "White colleagues believe the same"),
    (
        8,
        "BME",
        17,
        19,
        "ethnic minority colleagues faced discrimination from a manager or colleague",
    ),
    (8, "White", 7, 8, "White colleagues faced the same"),
]


# 3. sub-coded WRES template
CODED = [  # (code, wording, unit, WRES 2023, WRES 2024, truth key: indicator, measure, sg, group)
    (
        "1a",
        "Non-clinical staff from BME backgrounds",
        "%",
        "12.8",
        "13.9",
        (1, "percentage", "non_clinical", "BME"),
    ),
    (
        "1b",
        "Clinical staff (excluding medical) from BME backgrounds",
        "%",
        "24.1",
        "26.0",
        (1, "percentage", "clinical", "BME"),
    ),
    (
        "1c",
        "Medical and dental staff from BME backgrounds",
        "%",
        "47.6",
        "49.2",
        (1, "percentage", "medical", "BME"),
    ),
    (
        "2",
        "Likelihood of White applicants being appointed from shortlisting relative to BME applicants",
        "ratio",
        "1.41",
        "1.29",
        (2, "relative_likelihood", None, "White"),
    ),
    (
        "3",
        "Likelihood of BME staff entering the formal disciplinary process relative to White staff",
        "ratio",
        "1.12",
        "0.94",
        (3, "relative_likelihood", None, "BME"),
    ),
    (
        "4",
        "Likelihood of White staff accessing non-mandatory training and CPD relative to BME staff",
        "ratio",
        "1.07",
        "1.03",
        (4, "relative_likelihood", None, "White"),
    ),
    (
        "5a",
        "BME staff harassed, bullied or abused by patients, relatives or the public",
        "%",
        "30.9",
        "29.3",
        (5, "percentage", None, "BME"),
    ),
    (
        "5b",
        "White staff harassed, bullied or abused by patients, relatives or the public",
        "%",
        "25.2",
        "24.7",
        (5, "percentage", None, "White"),
    ),
    (
        "6a",
        "BME staff harassed, bullied or abused by staff",
        "%",
        "27.4",
        "25.6",
        (6, "percentage", None, "BME"),
    ),
    (
        "6b",
        "White staff harassed, bullied or abused by staff",
        "%",
        "22.0",
        "21.1",
        (6, "percentage", None, "White"),
    ),
    (
        "7a",
        "BME staff who believe there are equal opportunities for progression",
        "%",
        "45.1",
        "47.9",
        (7, "percentage", None, "BME"),
    ),
    (
        "7b",
        "White staff who believe there are equal opportunities for progression",
        "%",
        "57.8",
        "58.5",
        (7, "percentage", None, "White"),
    ),
    (
        "8a",
        "BME staff discriminated against by a manager or colleague",
        "%",
        "16.2",
        "15.0",
        (8, "percentage", None, "BME"),
    ),
    (
        "8b",
        "White staff discriminated against by a manager or colleague",
        "%",
        "6.3",
        "6.1",
        (8, "percentage", None, "White"),
    ),
    (
        "9a",
        "Board voting members from BME backgrounds",
        "%",
        "14.3",
        "21.4",
        (9, "percentage", "board_voting", "BME"),
    ),
    (
        "9b",
        "Difference between BME board voting membership and the overall BME workforce",
        "percentage points",
        "-9.7",
        "-3.6",
        (9, "difference", "board_voting", "BME"),
    ),
]


# 4. bands as columns
WIDE_BANDS = [
    "Band 2",
    "Band 3",
    "Band 4",
    "Band 5",
    "Band 6",
    "Band 7",
    "Band 8a",
    "Band 8b",
    "VSM",
]
WIDE = {  # (staff group, group): a percentage a band
    ("non_clinical", "White"): [
        "80.2",
        "83.6",
        "85.1",
        "82.4",
        "86.9",
        "88.3",
        "90.5",
        "91.2",
        "92.3",
    ],
    ("non_clinical", "BME"): ["17.3", "14.0", "12.6", "15.1", "10.8", "9.4", "7.2", "6.5", "7.7"],
    ("clinical", "White"): ["66.5", "72.9", "75.4", "57.3", "69.8", "78.6", "84.1", "87.9", "89.0"],
    ("clinical", "BME"): ["31.0", "24.7", "22.1", "40.2", "27.5", "19.2", "13.6", "10.3", "11.0"],
}
WIDE_ROWS = {"non_clinical": "Non-clinical", "clinical": "Clinical"}


# 5. likelihoods beside their counts
WORKED = {  # indicator: (heading, count columns, {year: (White a, White b, BME a, BME b, ratio)})
    2: (
        "Indicator 2: appointment from shortlisting",
        ["White shortlisted", "White appointed", "BME shortlisted", "BME appointed"],
        {
            "2021/22": ("2,410", "602", "1,388", "231", "1.50"),
            "2022/23": ("2,655", "671", "1,702", "305", "1.41"),
            "2023/24": ("2,832", "699", "2,017", "398", "1.25"),
        },
    ),
    3: (
        "Indicator 3: entry into the formal disciplinary process",
        ["White staff", "White entering", "BME staff", "BME entering"],
        {
            "2021/22": ("5,904", "41", "1,526", "16", "1.51"),
            "2022/23": ("5,871", "38", "1,688", "15", "1.37"),
            "2023/24": ("5,902", "44", "1,874", "13", "0.93"),
        },
    ),
    4: (
        "Indicator 4: access to non-mandatory training and CPD",
        ["White staff", "White accessing", "BME staff", "BME accessing"],
        {
            "2021/22": ("5,904", "2,180", "1,526", "497", "1.13"),
            "2022/23": ("5,871", "2,402", "1,688", "634", "1.09"),
            "2023/24": ("5,902", "2,566", "1,874", "801", "1.02"),
        },
    ),
}
