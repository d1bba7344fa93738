"""The figures and wordings of held-out set J's WRES layouts (wres_j.py), typed by
hand for issue #13: fictional trusts, figures of our own, nothing from the corpus.
Each layout's truth is built from these in wres_j.py, by the conventions in its
docstring; the numbers in the comments are the layouts' numbers there."""

from __future__ import annotations

SURVEY_WORDS = {
    5: "Percentage of staff experiencing harassment, bullying or abuse from patients, "
    "relatives or the public in the last 12 months",
    6: "Percentage of staff experiencing harassment, bullying or abuse from staff in the "
    "last 12 months",
    7: "Percentage of staff believing that the Trust provides equal opportunities for career "
    "progression or promotion",
    8: "Percentage of staff who personally experienced discrimination at work from a "
    "manager, team leader or other colleague",
}
SHORT = {  # what a key-finding bullet says the staff reported
    5: "experienced harassment, bullying or abuse from patients, relatives or the public",
    6: "experienced harassment, bullying or abuse from colleagues",
    7: "believe the Trust offers equal opportunities for career progression or promotion",
    8: "experienced discrimination from a manager, team leader or colleague",
}
LIKELIHOOD_WORDS = {
    2: "Relative likelihood of White staff being appointed from shortlisting across all "
    "posts compared to BME staff",
    3: "Relative likelihood of BME staff entering the formal disciplinary process compared "
    "to White staff",
    4: "Relative likelihood of White staff accessing non-mandatory training and CPD compared "
    "to BME staff",
}

# 1. the national data-return template: reporting year 2023/24, previous year 2022/23
RETURN_WORKFORCE = {"White": ("81.2", "82.9"), "BME": ("17.1", "15.4")}  # (this, previous)
RETURN_LIKELIHOODS = {2: ("1.46", "1.61"), 3: ("1.22", "*"), 4: ("1.03", "0.95")}
RETURN_SURVEY = {  # indicator: {group: (this year, previous year)}
    5: {"White": ("26.8", "27.9"), "BME": ("31.5", "30.2")},
    6: {"White": ("23.1", "24.4"), "BME": ("28.9", "29.7")},
    7: {"White": ("58.3", "57.1"), "BME": ("44.6", "42.0")},
    8: {"White": ("6.7", "7.2"), "BME": ("15.8", "16.9")},
}
RETURN_NARRATIVE = {  # short narratives beside each indicator (changes are not keyed)
    1: "BME representation rose by 1.7 percentage points, mostly in Bands 2 to 5.",
    2: "Improved by 0.15 but still above the parity range of 0.80 to 1.25.",
    3: "Last year's figure is suppressed as fewer than ten BME staff entered the process.",
    4: "Within the parity range for the second year running.",
    5: "The gap between BME and White staff widened to 4.7 points.",
    6: "Both groups improved; the gap is unchanged.",
    7: "A 2.6 point rise for BME staff after the career clinics began.",
    8: "Fell by 1.1 points for BME staff.",
    9: "One new BME non-executive director appointed in September 2023.",
}
RETURN_BOARD = {  # group: (voting board % this year, previous year)
    "White": ("85.7", "92.3"),
    "BME": ("14.3", "7.7"),
}
RETURN_BOARD_DIFF = ("-2.8", "-7.7")  # BME voting board minus BME workforce

# 2. key findings as arrow bullets (WRES 2024: data year 2023/24, the 2023 survey)
FINDINGS_SURVEY = {  # indicator: {group: (value, change on last year in points)}
    5: {"White": ("25.9", "-0.8"), "BME": ("29.4", "+1.6")},
    6: {"White": ("22.0", "-1.3"), "BME": ("27.3", "-0.4")},
    7: {"White": ("60.2", "+0.9"), "BME": ("47.5", "+3.1")},
    8: {"White": ("5.8", "-0.3"), "BME": ("13.6", "-2.2")},
}
FINDINGS_REGIONAL = {5: "27.0", 6: "26.1", 7: "49.8", 8: "15.2"}  # BME regional average
FINDINGS_LIKELIHOODS = {2: ("1.31", "-0.21"), 3: ("1.74", "+0.38"), 4: ("0.91", "-0.06")}
FINDINGS_WORKFORCE = ("21.6", "+1.9")  # BME share of the workforce, change
FINDINGS_BOARD = (2, 14, "14.3")  # BME voting members, voting members, share

# 3. a five-year trend: survey years as rows, each indicator over White / BME columns
TREND = {  # survey year: {indicator: (White, BME)}
    "2019": {5: ("29.2", "33.0"), 6: ("26.0", "31.4"), 7: ("54.1", "38.2"), 8: ("8.4", "18.8")},
    "2020": {5: ("27.5", "31.7"), 6: ("24.9", "30.1"), 7: ("55.6", "39.9"), 8: ("8.0", "17.5")},
    "2021": {5: ("28.1", "32.4"), 6: ("25.3", "30.7"), 7: ("55.0", "40.6"), 8: ("7.7", "17.1")},
    "2022": {5: ("26.6", "30.9"), 6: ("23.8", "28.5"), 7: ("57.2", "42.8"), 8: ("7.1", "15.9")},
    "2023": {5: ("25.4", "29.8"), 6: ("22.7", "27.6"), 7: ("58.9", "45.3"), 8: ("6.5", "14.4")},
}
TREND_NATIONAL = {5: ("26.2", "29.1"), 6: ("23.3", "27.9"), 7: ("58.4", "44.7"), 8: ("7.3", "16.2")}

# 4. trust figures with a breakdown by directorate (the directorates are not trust-level)
DIRECTORATE_TRUST = {  # survey year: {indicator: (White, BME)}
    "2023": {5: ("24.6", "28.2"), 6: ("21.9", "26.4"), 7: ("61.5", "48.8"), 8: ("6.0", "12.9")},
    "2022": {5: ("25.7", "30.0"), 6: ("22.5", "27.8"), 7: ("60.1", "46.2"), 8: ("6.6", "14.1")},
}
DIRECTORATES = {  # directorate: {indicator: (White, BME)} in the 2023 survey ("*" suppressed)
    "Medicine": {5: ("31.2", "35.6"), 6: ("24.8", "29.3"), 7: ("57.0", "44.1"), 8: ("7.3", "15.2")},
    "Surgery": {5: ("22.4", "27.1"), 6: ("20.3", "24.8"), 7: ("63.8", "50.2"), 8: ("5.1", "11.6")},
    "Women's and children's": {
        5: ("19.7", "*"),
        6: ("18.9", "*"),
        7: ("66.2", "*"),
        8: ("4.4", "*"),
    },
    "Corporate services": {
        5: ("8.2", "11.9"),
        6: ("16.5", "22.0"),
        7: ("64.0", "52.7"),
        8: ("5.9", "10.8"),
    },
}
REGION = {5: ("27.3", "30.8"), 6: ("23.9", "28.6"), 7: ("57.5", "44.9"), 8: ("7.4", "15.6")}
DIRECTORATE_WORKFORCE = {  # BME share on 31 March 2024: trust, then directorates
    "Trust overall": "19.3",
    "Medicine": "27.4",
    "Surgery": "18.1",
    "Women's and children's": "14.6",
    "Corporate services": "11.2",
}
DIRECTORATE_LIKELIHOODS = {2: ("1.28", "1.36"), 3: ("1.49", "1.12"), 4: ("1.07", "1.10")}

# 5. indicator 9 as a board composition table, two 31 March snapshots
BOARD_TABLE = {  # snapshot year: {row: (members, White %, BME %, not stated %)}
    "2024": {
        "All board members": (16, "75.0", "18.8", "6.3"),
        "Voting members": (12, "75.0", "16.7", "8.3"),
        "Executive members": (7, "85.7", "14.3", "0.0"),
        "Overall workforce": (6418, "72.4", "24.9", "2.7"),
    },
    "2023": {
        "All board members": (15, "86.7", "13.3", "0.0"),
        "Voting members": (11, "81.8", "9.1", "9.1"),
        "Executive members": (6, "100.0", "0.0", "0.0"),
        "Overall workforce": (6195, "74.0", "23.2", "2.8"),
    },
}
BOARD_DIFF = {"2024": "-8.2", "2023": "-14.1"}  # BME voting members minus BME workforce
