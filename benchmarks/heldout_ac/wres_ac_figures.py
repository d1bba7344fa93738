"""The figures of held-out set AC's WRES layouts (wres_ac.py): fictional trusts, figures
of our own, nothing from the corpus, typed by hand. Strings as printed (one decimal for
percentages, two for ratios). {indicator: {group: (2023/24, 2022/23)}} and
{indicator: (2023/24, 2022/23)} for the relative likelihoods, but for layout 2's three
years, (2023/24, 2022/23, 2021/22). Figures marked 'in no truth' are printed beside
the truth figures as the layouts' distractors."""

from __future__ import annotations

TITLES = {
    1: "Percentage of staff in each of the AfC bands 1-9 or medical and dental subgroups "
    "and VSM compared with the percentage of staff in the overall workforce",
    2: "Relative likelihood of White staff being appointed from shortlisting across all "
    "posts compared with BME staff",
    3: "Relative likelihood of BME staff entering the formal disciplinary process "
    "compared with White staff",
    4: "Relative likelihood of White staff accessing non-mandatory training and CPD "
    "compared with BME staff",
    5: "Percentage of staff experiencing harassment, bullying or abuse from patients, "
    "relatives or the public in the last 12 months",
    6: "Percentage of staff experiencing harassment, bullying or abuse from staff in the "
    "last 12 months",
    7: "Percentage of staff believing that the organisation provides equal opportunities "
    "for career progression or promotion",
    8: "Percentage of staff who experienced discrimination at work from a manager, team "
    "leader or other colleagues in the last 12 months",
    9: "Percentage of the board's voting membership by ethnicity, compared with the "
    "overall workforce",
}

SHORT = {
    1: "Workforce",
    2: "Shortlisting to appointment",
    3: "Formal disciplinary process",
    4: "Non-mandatory training and CPD",
    5: "Harassment from patients, relatives or the public",
    6: "Harassment from staff",
    7: "Equal opportunities for progression",
    8: "Discrimination from a manager or colleague",
    9: "Board voting membership",
}

# 1. the reporting template: its narrative column (no truth figure in it), then
# indicator 1 by band within the non-clinical, clinical and medical workforce:
# {staff group: [(band as printed, band key, {group: values})]}
NARRATIVE = {
    1: "Representation has grown at every band, but falls away above Band 7 in both the "
    "clinical and non-clinical workforce.",
    2: "White applicants remain more likely to be appointed; the gap has narrowed.",
    3: "More BME colleagues entered a formal process this year; every case is now "
    "reviewed by a senior manager before it starts.",
    4: "Close to parity.",
    5: "Fewer BME colleagues report abuse from the public; still above White colleagues.",
    6: "Harassment from colleagues reported by BME staff has risen.",
    7: "The gap between the groups is unchanged at around fourteen points.",
    8: "Discrimination reported by BME staff has fallen for a second year.",
    9: "Two non-executive appointments in the year changed the board's make-up.",
}

TEMPLATE_BANDS = {
    "non_clinical": [
        ("Bands 1-4", "Bands 1-4", {"BME": ("14.2", "13.1"), "White": ("82.5", "83.9")}),
        ("Bands 5-7", "Bands 5-7", {"BME": ("11.8", "10.9"), "White": ("85.1", "86.0")}),
        ("Bands 8a-8b", "Bands 8a-8b", {"BME": ("7.4", "6.2"), "White": ("90.3", "91.8")}),
        (
            "Bands 8c-9 and VSM",
            "Bands 8c-9 and VSM",
            {"BME": ("4.8", "4.5"), "White": ("93.7", "94.0")},
        ),
    ],
    "clinical": [
        ("Bands 1-4", "Bands 1-4", {"BME": ("24.6", "22.9"), "White": ("71.8", "73.6")}),
        ("Bands 5-7", "Bands 5-7", {"BME": ("33.2", "31.5"), "White": ("63.9", "65.7")}),
        ("Bands 8a-8b", "Bands 8a-8b", {"BME": ("16.5", "15.1"), "White": ("80.7", "82.2")}),
        (
            "Bands 8c-9 and VSM",
            "Bands 8c-9 and VSM",
            {"BME": ("9.6", "8.8"), "White": ("87.9", "88.6")},
        ),
    ],
    "medical": [
        ("Consultants", "Medical consultant", {"BME": ("41.3", "39.8"), "White": ("52.6", "54.0")}),
        (
            "Non-consultant career grade",
            "Medical non-consultant",
            {"BME": ("62.7", "60.4"), "White": ("31.9", "34.5")},
        ),
        ("Trainee grades", "Medical trainee", {"BME": ("55.1", "52.8"), "White": ("38.2", "40.7")}),
    ],
}
TEMPLATE = {
    1: {"BME": ("26.4", "24.8"), "White": ("70.3", "71.9")},
    5: {"BME": ("30.4", "31.9"), "White": ("27.2", "27.7")},
    6: {"BME": ("28.8", "27.3"), "White": ("22.4", "23.1")},
    7: {"BME": ("44.6", "43.0"), "White": ("58.1", "59.4")},
    8: {"BME": ("16.2", "17.5"), "White": ("7.3", "7.0")},
    9: {"BME": ("13.3", "6.7"), "White": ("86.7", "93.3")},
}
TEMPLATE_RATIOS = {2: ("1.46", "1.58"), 3: ("1.31", "1.19"), 4: ("1.08", "1.12")}

# 2. three years side by side with a change column and a trend word
# {indicator: {group: (2023/24, 2022/23, 2021/22)}}
THREE_YEARS = {
    1: {"BME": ("17.9", "16.6", "15.2"), "White": ("79.3", "80.4", "81.9")},
    5: {"BME": ("29.5", "31.0", "32.4"), "White": ("26.1", "25.8", "27.3")},
    6: {"BME": ("27.6", "29.2", "28.1"), "White": ("21.9", "22.8", "23.5")},
    7: {"BME": ("47.8", "45.3", "44.9"), "White": ("59.6", "60.2", "61.7")},
    8: {"BME": ("14.9", "16.8", "15.5"), "White": ("6.6", "6.6", "7.2")},
    9: {"BME": ("20.0", "11.1", "10.0"), "White": ("80.0", "88.9", "90.0")},
}
THREE_YEARS_RATIOS = {
    2: ("1.29", "1.41", "1.63"),
    3: ("1.18", "1.24", "1.09"),
    4: ("1.02", "0.96", "1.07"),
}

# 3. a section an indicator, bullets with last year's figure in brackets after its year
BRACKETS = {
    1: {"BME": ("23.7", "22.1"), "White": ("72.8", "74.5")},
    5: {"BME": ("32.3", "30.6"), "White": ("26.9", "28.0")},
    6: {"BME": ("26.1", "27.8"), "White": ("20.7", "21.4")},
    7: {"BME": ("43.9", "42.2"), "White": ("56.8", "57.5")},
    8: {"BME": ("17.6", "16.3"), "White": ("8.2", "8.9")},
    9: {"BME": ("18.2", "9.1"), "White": ("81.8", "90.9")},
}
BRACKETS_RATIOS = {2: ("1.35", "1.52"), 3: ("1.44", "1.28"), 4: ("0.97", "1.05")}

# 4. indicator 1 twice: each band's share by ethnicity (the indicator) and each group's
# staff spread over the bands (in no truth), a local population row (in no truth)
# {band: {group: (31 March 2024, 31 March 2023)}}
BAND_SHARES = {
    "Bands 1-3": {"BME": ("21.4", "20.2"), "White": ("75.3", "76.6")},
    "Band 4": {"BME": ("17.8", "16.9"), "White": ("79.0", "80.1")},
    "Band 5": {"BME": ("36.5", "34.1"), "White": ("60.2", "62.7")},
    "Band 6": {"BME": ("22.9", "21.0"), "White": ("73.8", "75.9")},
    "Band 7": {"BME": ("15.3", "13.8"), "White": ("81.6", "83.3")},
    "Band 8a": {"BME": ("11.2", "10.4"), "White": ("85.9", "86.8")},
    "Band 8b-8d": {"BME": ("7.9", "6.8"), "White": ("89.6", "90.9")},
    "Band 9 and VSM": {"BME": ("6.3", "6.3"), "White": ("93.7", "93.7")},
}
# in no truth: the share of each group's staff in each band (each column adds to 100)
GROUP_SPREAD = {
    "Bands 1-3": {"BME": ("14.6", "15.1"), "White": ("13.7", "13.9")},
    "Band 4": {"BME": ("8.3", "8.6"), "White": ("10.1", "10.3")},
    "Band 5": {"BME": ("30.4", "29.8"), "White": ("13.9", "14.5")},
    "Band 6": {"BME": ("21.7", "21.2"), "White": ("19.2", "19.0")},
    "Band 7": {"BME": ("12.9", "12.7"), "White": ("17.7", "17.4")},
    "Band 8a": {"BME": ("6.7", "7.0"), "White": ("13.6", "13.2")},
    "Band 8b-8d": {"BME": ("4.2", "4.0"), "White": ("9.4", "9.3")},
    "Band 9 and VSM": {"BME": ("1.2", "1.6"), "White": ("2.4", "2.4")},
}
# in no truth: the local population at the 2021 Census
CENSUS = {"BME": "11.4", "White": "87.2"}
PROFILE = {
    1: {"BME": ("20.8", "19.3"), "White": ("76.1", "77.8")},
    5: {"BME": ("31.1", "33.0"), "White": ("25.7", "26.4")},
    6: {"BME": ("29.9", "28.4"), "White": ("23.6", "22.7")},
    7: {"BME": ("41.8", "40.5"), "White": ("57.0", "58.3")},
    8: {"BME": ("15.2", "14.4"), "White": ("6.9", "7.6")},
    9: {"BME": ("7.1", "7.1"), "White": ("92.9", "85.7")},
}
PROFILE_RATIOS = {2: ("1.51", "1.37"), 3: ("1.23", "1.46"), 4: ("1.09", "1.01")}

# 5. a responsive web table whose every cell repeats its column heading, hidden
RESPONSIVE = {
    1: {"BME": ("25.5", "23.9"), "White": ("71.6", "73.2")},
    5: {"BME": ("33.7", "32.1"), "White": ("27.9", "29.3")},
    6: {"BME": ("25.8", "26.9"), "White": ("19.4", "20.8")},
    7: {"BME": ("46.9", "44.4"), "White": ("60.7", "61.5")},
    8: {"BME": ("18.4", "17.0"), "White": ("7.8", "8.4")},
    9: {"BME": ("16.7", "16.7"), "White": ("83.3", "75.0")},
}
RESPONSIVE_RATIOS = {2: ("1.42", "1.66"), 3: ("1.36", "1.21"), 4: ("1.14", "0.99")}
