"""The figures of held-out set L's WRES layouts (wres_l.py), typed by hand: fictional
trusts, figures of our own, nothing from the corpus. Strings as printed (one decimal
for percentages, two for relative likelihoods). NOT_KEYED holds, per layout, the
targets, counts, comparators and suppressed or missing cells each prints that must
stay out of the truth."""

from __future__ import annotations

SURVEY_WORDS = {
    5: "Harassment, bullying or abuse from patients, relatives or the public",
    6: "Harassment, bullying or abuse from staff",
    7: "Believe the Trust provides equal opportunities for career progression",
    8: "Experienced discrimination from a manager, team leader or colleague",
}
LIKELIHOOD_WORDS = {
    2: "Likelihood of White applicants being appointed from shortlisting compared to BME",
    3: "Likelihood of BME staff entering the formal disciplinary process compared to White",
    4: "Likelihood of White staff accessing non-mandatory training compared to BME",
}

# 1. dashboard cards: {indicator: {group: (this year, last year, target or "")}}
CARDS = {
    1: {"BME": ("17.6", "16.2", "19.0"), "White": ("79.3", "80.9", "")},
    2: {"White": ("1.46", "1.58", "1.25")},
    3: {"BME": ("1.22", "1.35", "1.00")},
    4: {"White": ("0.96", "1.07", "1.00")},
    5: {"BME": ("29.7", "31.4", "26.0"), "White": ("24.8", "25.3", "")},
    6: {"BME": ("26.6", "27.9", "23.5"), "White": ("20.1", "21.7", "")},
    7: {"BME": ("45.9", "43.2", "52.0"), "White": ("58.3", "57.6", "")},
    8: {"BME": ("15.8", "17.1", "12.0"), "White": ("6.7", "7.3", "")},
    9: {"BME": ("14.3", "7.7", "17.5")},  # board voting members
}

# 2. n and % columns, two-row header: {period: {row: {group: (n, %)}}}
NPCT = {
    "2023/24": {
        1: {"BME": ("1,318", "22.4"), "White": ("4,379", "74.6"), "Unknown": ("176", "3.0")},
        5: {"BME": ("214", "30.9"), "White": ("688", "25.7"), "Unknown": ("*", "*")},
        6: {"BME": ("187", "27.0"), "White": ("554", "20.7"), "Unknown": ("*", "*")},
        7: {"BME": ("302", "43.6"), "White": ("1,577", "58.9"), "Unknown": ("11", "40.7")},
        8: {"BME": ("119", "17.2"), "White": ("209", "7.8"), "Unknown": ("*", "*")},
        9: {"BME": ("2", "15.4"), "White": ("11", "84.6"), "Unknown": ("0", "0.0")},
    },
    "2022/23": {
        1: {"BME": ("1,201", "20.9"), "White": ("4,402", "76.5"), "Unknown": ("150", "2.6")},
        5: {"BME": ("221", "33.8"), "White": ("701", "26.4"), "Unknown": ("*", "*")},
        6: {"BME": ("176", "26.9"), "White": ("575", "21.6"), "Unknown": ("*", "*")},
        7: {"BME": ("270", "41.3"), "White": ("1,521", "57.2"), "Unknown": ("*", "*")},
        8: {"BME": ("124", "19.0"), "White": ("226", "8.5"), "Unknown": ("*", "*")},
        9: {"BME": ("1", "8.3"), "White": ("11", "91.7"), "Unknown": ("0", "0.0")},
    },
}
NPCT_LIKELIHOODS = {
    "2023/24": {2: "1.29", 3: "n/a", 4: "1.12"},
    "2022/23": {2: "1.41", 3: "1.63", 4: "1.03"},
}

# 3. year-first lines: {indicator: {year: (BME, White) or ratio}}; "–" not reported,
# a trailing "†" a footnote marker (fewer than 50 BME respondents)
YEAR_FIRST_WORKFORCE = {  # 31 March of the year: (BME, White)
    "2022": ("11.9", "86.2"),
    "2023": ("12.7", "85.1"),
    "2024": ("13.8", "83.9"),
}
YEAR_FIRST_RATIOS = {
    2: {"2021/22": "1.71", "2022/23": "1.52", "2023/24": "1.39"},
    3: {"2021/22": "n/a", "2022/23": "2.04", "2023/24": "1.47"},
    4: {"2021/22": "1.09", "2022/23": "0.98", "2023/24": "1.02"},
}
YEAR_FIRST_SURVEY = {  # survey year: (BME, White)
    5: {"2021": ("26.3†", "22.9"), "2022": ("28.8", "23.5"), "2023": ("27.1", "22.2")},
    6: {"2021": ("–", "–"), "2022": ("24.6", "19.4"), "2023": ("23.9", "18.8")},
    7: {"2021": ("49.4†", "61.0"), "2022": ("51.2", "62.3"), "2023": ("52.7", "61.8")},
    8: {"2021": ("–", "–"), "2022": ("13.5", "5.9"), "2023": ("11.6", "6.2")},
}
YEAR_FIRST_BOARD = {"2022": "0.0", "2023": "9.1", "2024": "16.7"}  # 31 March: BME voting
YEAR_FIRST_ENGLAND = {5: "28.9", 6: "26.1", 7: "45.8", 8: "16.4"}  # England BME, 2023

# 4. "x out of y": {indicator: {survey year: {group: (x, y, %)}}}
OUT_OF_WORKFORCE = {  # 31 March 2024 and 2023
    "2024": {"BME": ("1,046", "4,617", "22.7"), "White": ("3,431", "4,617", "74.3")},
    "2023": {"BME": ("962", "4,540", "21.2"), "White": ("3,455", "4,540", "76.1")},
}
OUT_OF_SURVEY = {
    5: {
        "2023": {"BME": ("187", "612", "30.6"), "White": ("501", "2,093", "23.9")},
        "2022": {"BME": ("176", "548", "32.1"), "White": ("538", "2,140", "25.1")},
    },
    6: {
        "2023": {"BME": ("154", "609", "25.3"), "White": ("407", "2,087", "19.5")},
        "2022": {"BME": ("149", "545", "27.3"), "White": ("453", "2,131", "21.3")},
    },
    7: {
        "2023": {"BME": ("271", "601", "45.1"), "White": ("1,228", "2,071", "59.3")},
        "2022": {"BME": ("229", "540", "42.4"), "White": ("1,235", "2,122", "58.2")},
    },
    8: {
        "2023": {"BME": ("98", "604", "16.2"), "White": ("147", "2,080", "7.1")},
        "2022": {"BME": ("101", "543", "18.6"), "White": ("162", "2,125", "7.6")},
    },
}
OUT_OF_LIKELIHOODS = {  # (White or BME counts …, ratio)
    2: (
        "418 of 2,311 shortlisted White applicants",
        "203 of 1,497 shortlisted BME applicants",
        "1.33",
    ),
    3: ("14 of 1,046 BME staff", "29 of 3,431 White staff", "1.58"),
    4: ("2,760 of 3,431 White staff", "801 of 1,046 BME staff", "1.05"),
}
OUT_OF_BOARD = ("3", "13", "23.1")  # BME voting members out of all voting members (%)
OUT_OF_NATIONAL = {5: ("1 in 4", "28.4"), 8: ("1 in 6", "16.6")}  # national BME, 2023

# 5. CSV data appendix: (indicator, group, WRES year, value, national)
CSV_ROWS = [
    ("1", "BME", "2024", "24.1", "26.8"),
    ("1", "White", "2024", "72.5", "69.9"),
    ("1", "Unknown", "2024", "3.4", ""),
    ("1", "BME", "2023", "23.0", "25.2"),
    ("1", "White", "2023", "73.8", "71.3"),
    ("1", "Unknown", "2023", "3.2", ""),
    ("2", "White", "2024", "1.27", "1.59"),
    ("2", "White", "2023", "1.36", "1.54"),
    ("3", "BME", "2024", "0.88", "1.14"),
    ("3", "BME", "2023", "*", "1.14"),
    ("4", "White", "2024", "1.19", "1.12"),
    ("4", "White", "2023", "1.08", "1.14"),
    ("5", "BME", "2024", "32.6", "29.9"),
    ("5", "White", "2024", "27.4", "27.1"),
    ("5", "BME", "2023", "34.0", "30.8"),
    ("5", "White", "2023", "28.1", "27.9"),
    ("6", "BME", "2024", "29.8", "27.6"),
    ("6", "White", "2024", "23.3", "22.4"),
    ("6", "BME", "2023", "30.5", "28.0"),
    ("6", "White", "2023", "24.0", "23.2"),
    ("7", "BME", "2024", "41.7", "45.0"),
    ("7", "White", "2024", "56.6", "58.9"),
    ("7", "BME", "2023", "40.2", "44.4"),
    ("7", "White", "2023", "55.9", "58.7"),
    ("8", "BME", "2024", "17.9", "16.6"),
    ("8", "White", "2024", "8.8", "8.6"),
    ("8", "BME", "2023", "18.7", "17.0"),
    ("8", "White", "2023", "9.6", "8.9"),
    ("9", "BME", "2024", "18.2", "13.5"),
    ("9", "BME", "2023", "10.0", "12.6"),
]

NOT_KEYED = {
    0: [t for g in CARDS.values() for (_, _, t) in g.values() if t],
    1: ["1,318", "4,379", "1,201", "n/a"],
    2: list(YEAR_FIRST_ENGLAND.values()),
    3: ["1,046", "4,617", *(x[1] for x in OUT_OF_NATIONAL.values())],
    4: sorted({r[4] for r in CSV_ROWS if r[4]}),
}
