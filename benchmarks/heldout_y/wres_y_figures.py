"""The figures of held-out set Y's WRES grid (wres_y.py): three fictional trusts,
figures of our own, nothing from the corpus, typed by hand. Strings as the base prints
them (one decimal for percentages, two for relative likelihoods).

`PCT[trust]` is {indicator: {group: (this year, last year, …)}} newest first, `RATIO`
the same for the relative likelihoods of indicators 2, 3 and 4; the years are
`YEARS[: len(values)]`. Trust A has five years (the number-of-years layouts), B and C
two. Trust B also has an ethnicity-not-stated group and a White British breakdown
(the group-label layouts), a national average, a target and a RAG rating a row (the
extra-column layouts)."""

from __future__ import annotations

YEARS = ("2023/24", "2022/23", "2021/22", "2020/21", "2019/20")

TRUSTS = {
    "A": "Hallowmere Valley NHS Foundation Trust",
    "B": "Ostley and Brackenfold NHS Trust",
    "C": "Wrayside Community Healthcare NHS Trust",
}

NAMES = {
    1: "Staff in post as a share of the whole workforce",
    2: "Likelihood of being appointed from shortlisting",
    3: "Likelihood of entering the formal disciplinary process",
    4: "Likelihood of accessing non-mandatory training and CPD",
    5: "Staff experiencing harassment, bullying or abuse from patients, relatives or the public",
    6: "Staff experiencing harassment, bullying or abuse from other staff",
    7: "Staff believing the trust provides equal opportunities for career progression",
    8: "Staff personally experiencing discrimination from a manager or colleague",
    9: "Voting membership of the Board",
}

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX"}

PCT = {
    "A": {
        1: {
            "BME": ("21.6", "20.4", "18.9", "17.7", "16.2"),
            "White": ("75.9", "77.0", "78.6", "79.8", "81.1"),
        },
        5: {
            "BME": ("29.8", "31.0", "30.2", "28.7", "27.9"),
            "White": ("24.1", "25.3", "26.0", "24.9", "25.5"),
        },
        6: {
            "BME": ("25.4", "27.1", "28.3", "26.9", "27.6"),
            "White": ("20.2", "21.0", "22.4", "21.7", "22.0"),
        },
        7: {
            "BME": ("44.6", "42.8", "41.3", "43.5", "40.1"),
            "White": ("57.9", "58.6", "59.2", "60.3", "59.7"),
        },
        8: {
            "BME": ("15.3", "16.8", "17.4", "16.1", "18.0"),
            "White": ("6.6", "7.2", "7.9", "7.4", "8.1"),
        },
        9: {
            "BME": ("13.3", "12.5", "6.7", "7.1", "6.3"),
            "White": ("86.7", "87.5", "93.3", "92.9", "93.7"),
        },
    },
    "B": {
        1: {"BME": ("17.4", "16.1"), "White": ("79.2", "80.6"), "Unknown": ("3.4", "3.3")},
        5: {"BME": ("31.6", "32.9"), "White": ("26.3", "26.8"), "Unknown": ("28.4", "30.1")},
        6: {"BME": ("27.8", "26.5"), "White": ("21.4", "22.9"), "Unknown": ("24.7", "25.2")},
        7: {"BME": ("46.2", "44.0"), "White": ("60.8", "61.5"), "Unknown": ("50.3", "52.7")},
        8: {"BME": ("14.1", "15.5"), "White": ("7.0", "7.3"), "Unknown": ("10.8", "11.6")},
        9: {"BME": ("9.1", "8.3"), "White": ("81.8", "83.3"), "Unknown": ("9.1", "8.4")},
    },
    "C": {
        1: {"BME": ("24.8", "23.3"), "White": ("72.6", "74.0")},
        5: {"BME": ("28.9", "30.4"), "White": ("23.5", "24.7")},
        6: {"BME": ("26.7", "28.0"), "White": ("19.8", "20.5")},
        7: {"BME": ("42.3", "41.7"), "White": ("56.4", "57.1")},
        8: {"BME": ("17.2", "18.6"), "White": ("8.3", "8.9")},
        9: {"BME": ("15.4", "14.3"), "White": ("84.6", "85.7")},
    },
}

RATIO = {
    "A": {
        2: ("1.38", "1.52", "1.61", "1.47", "1.70"),
        3: ("1.24", "1.09", "1.33", "1.41", "1.18"),
        4: ("1.06", "0.98", "1.12", "1.03", "1.15"),
    },
    "B": {2: ("1.47", "1.29"), 3: ("1.12", "1.36"), 4: ("0.94", "1.08")},
    "C": {2: ("1.21", "1.44"), 3: ("1.57", "1.31"), 4: ("1.11", "1.02")},
}

# trust B's White British share, printed beside the White total (not in the truth)
WHITE_BRITISH = {
    1: ("68.5", "70.2"),
    5: ("26.0", "26.5"),
    6: ("21.1", "22.6"),
    7: ("61.2", "61.9"),
    8: ("6.8", "7.1"),
    9: ("72.7", "75.0"),
}

# trust B's extra columns (none of them in the truth): the national average for BME
# staff (the ratio itself for 2, 3 and 4), a target for 2024/25, a RAG rating and note
NATIONAL = {
    1: "26.4",
    2: "1.59",
    3: "1.14",
    4: "1.17",
    5: "29.6",
    6: "27.9",
    7: "44.5",
    8: "16.5",
    9: "12.8",
}
TARGET = {
    1: "19.0",
    2: "1.25",
    3: "1.00",
    4: "1.00",
    5: "28.0",
    6: "24.0",
    7: "50.0",
    8: "12.0",
    9: "12.0",
}
RAG = {
    1: ("Green", "Representation rising"),
    2: ("Red", "Gap widened"),
    3: ("Green", "Gap narrowed"),
    4: ("Green", "Close to parity"),
    5: ("Amber", "Slight improvement"),
    6: ("Red", "Worse than last year"),
    7: ("Amber", "Improving slowly"),
    8: ("Green", "Improved"),
    9: ("Amber", "One new appointment"),
}
