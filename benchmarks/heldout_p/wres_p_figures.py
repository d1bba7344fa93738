"""The figures of held-out set P's WRES layouts (wres_p.py), typed by hand: fictional
trusts, figures of our own, nothing from the corpus. Strings as printed (one decimal
for percentages, two for relative likelihoods). NOT_KEYED holds, per layout, the peer,
sector and England comparators and the gaps each prints that must stay out of the
truth."""

from __future__ import annotations

WORDS = {
    1: "Staff in post as a share of the whole workforce",
    5: "Staff experiencing harassment, bullying or abuse from patients, relatives or the public",
    6: "Staff experiencing harassment, bullying or abuse from staff",
    7: "Staff believing the organisation provides equal opportunities for career "
    "progression or promotion",
    8: "Staff personally experiencing discrimination at work from a manager, team leader "
    "or other colleague",
    9: "Voting membership of the Board",
}
RATIO_WORDS = {
    2: "Relative likelihood of White applicants being appointed from shortlisting "
    "compared to BME applicants",
    3: "Relative likelihood of BME staff entering the formal disciplinary process compared "
    "to White staff",
    4: "Relative likelihood of White staff accessing non-mandatory training and CPD "
    "compared to BME staff",
}

# 1. 'FY24' / 'FY23' column heads, a peer median: {indicator: {group: (FY24, FY23)}}
FY = {
    1: {"BME": ("18.6", "16.9"), "White": ("78.2", "80.1")},
    5: {"BME": ("29.4", "31.1"), "White": ("25.8", "26.7")},
    6: {"BME": ("28.2", "29.6"), "White": ("22.4", "23.3")},
    7: {"BME": ("46.7", "44.9"), "White": ("58.3", "57.6")},
    8: {"BME": ("15.1", "16.4"), "White": ("6.8", "7.2")},
    9: {"BME": ("14.3", "7.1"), "White": ("85.7", "92.9")},
}
FY_PEER = {1: "21.3", 5: "30.2", 6: "27.9", 7: "45.5", 8: "16.0", 9: "12.4"}  # BME, FY24
FY_RATIOS = {2: ("1.36", "1.58", "1.49"), 3: ("1.17", "1.26", "1.14"), 4: ("1.04", "0.93", "1.02")}
# (FY24, FY23, peer median FY24)

# 2. survey question codes, autumn fieldwork: {indicator: {group: (2021, 2022, 2023)}}
QCODES = {5: "Q13a", 6: "Q13b/c", 7: "Q15", 8: "Q16b"}
AUTUMN = ("2021", "2022", "2023")
SURVEY = {
    5: {"BME": ("33.8", "32.5", "30.9"), "White": ("27.6", "27.9", "26.2")},
    6: {"BME": ("31.4", "29.8", "28.8"), "White": ("24.5", "23.1", "22.7")},
    7: {"BME": ("39.6", "41.2", "43.7"), "White": ("54.8", "55.9", "56.4")},
    8: {"BME": ("19.2", "17.7", "16.6"), "White": ("8.9", "8.1", "7.7")},
}
SECTOR = {5: ("30.4", "25.7"), 6: ("27.0", "22.9"), 7: ("44.6", "57.1"), 8: ("16.3", "7.5")}
# (BME, White) sector averages, autumn 2023

# 3. a 'Data period' column worded row by row, a 'Source' column:
# {year: {indicator: (BME, White)}} and ratios {year: {indicator: ratio}}
PERIODS = {
    "2023/24": {
        1: ("24.7", "72.6"),
        5: ("32.6", "27.4"),
        6: ("25.9", "21.0"),
        7: ("42.8", "59.5"),
        8: ("17.2", "6.4"),
        9: ("20.0", "80.0"),
    },
    "2022/23": {
        1: ("22.9", "74.3"),
        5: ("34.0", "28.1"),
        6: ("27.1", "21.8"),
        7: ("40.3", "58.8"),
        8: ("18.6", "7.0"),
        9: ("13.3", "86.7"),
    },
}
PERIOD_RATIOS = {
    "2023/24": {2: "1.29", 3: "1.42", 4: "1.11"},
    "2022/23": {2: "1.47", 3: "1.65", 4: "1.19"},
}

# 4. heads fusing group and year, a gap after each pair: {indicator: {year: (BME, White, gap)}}
FUSED = {
    1: {"2023/24": ("11.8", "85.0", "-73.2"), "2022/23": ("10.6", "86.3", "-75.7")},
    5: {"2023/24": ("36.1", "28.3", "7.8"), "2022/23": ("37.4", "29.0", "8.4")},
    6: {"2023/24": ("30.5", "23.6", "6.9"), "2022/23": ("31.9", "24.4", "7.5")},
    7: {"2023/24": ("38.9", "55.2", "-16.3"), "2022/23": ("37.5", "54.7", "-17.2")},
    8: {"2023/24": ("19.6", "9.3", "10.3"), "2022/23": ("20.8", "9.9", "10.9")},
    9: {"2023/24": ("8.3", "91.7", "-83.4"), "2022/23": ("0.0", "100.0", "-100.0")},
}
FUSED_RATIOS = {2: ("1.71", "1.83"), 3: ("0.88", "1.34"), 4: ("1.21", "1.09")}

# 5. Roman-numeral indicators, a table a year: {year: {indicator: (BME, White)}}, ratios
ROMAN = {
    "2023/24": {
        1: ("31.2", "65.4"),
        5: ("27.7", "24.9"),
        6: ("24.3", "19.6"),
        7: ("48.1", "60.2"),
        8: ("13.9", "5.8"),
        9: ("23.1", "76.9"),
    },
    "2022/23": {
        1: ("29.5", "67.0"),
        5: ("28.9", "25.5"),
        6: ("26.0", "20.4"),
        7: ("46.6", "59.1"),
        8: ("14.7", "6.1"),
        9: ("15.4", "84.6"),
    },
}
ROMAN_RATIOS = {
    "2023/24": {2: "1.12", 3: "1.07", 4: "0.98"},
    "2022/23": {2: "1.24", 3: "1.31", 4: "1.06"},
}
NUMERALS = {1: "i", 2: "ii", 3: "iii", 4: "iv", 5: "v", 6: "vi", 7: "vii", 8: "viii", 9: "ix"}

NOT_KEYED = {
    0: list(FY_PEER.values()) + [v[2] for v in FY_RATIOS.values()],
    1: [x for pair in SECTOR.values() for x in pair],
    2: [],
    3: [v[2] for ind in FUSED.values() for v in ind.values()],
    4: [],
}
