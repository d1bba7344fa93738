"""The figures of held-out set AB's WRES layouts (wres_ab.py): fictional trusts, figures
of our own, nothing from the corpus, typed by hand. Strings as printed (one decimal for
percentages, two for ratios). {indicator: {group: (2023/24, 2022/23)}} and
{indicator: (2023/24, 2022/23)} for the relative likelihoods. The ratios of the
adverse impact table's percentage indicators (`FOUR_FIFTHS_RATIOS`) are printed beside
the truth figures but are in no truth."""

from __future__ import annotations

TITLES = {
    1: "Percentage of staff in each of the AfC bands 1-9 and VSM compared with the "
    "percentage of staff in the overall workforce",
    2: "Relative likelihood of White applicants being appointed from shortlisting "
    "compared with BME applicants",
    3: "Relative likelihood of BME staff entering the formal disciplinary process "
    "compared with White staff",
    4: "Relative likelihood of White staff accessing non-mandatory training and CPD "
    "compared with BME staff",
    5: "Percentage of staff experiencing harassment, bullying or abuse from patients, "
    "relatives or the public in the last 12 months",
    6: "Percentage of staff experiencing harassment, bullying or abuse from staff in the "
    "last 12 months",
    7: "Percentage of staff believing that the trust provides equal opportunities for "
    "career progression or promotion",
    8: "Percentage of staff who personally experienced discrimination at work from a "
    "manager, team leader or other colleagues in the last 12 months",
    9: "Percentage of the board's voting members by ethnicity",
}

# 1. a table per indicator; indicator 1 by pay band, the overall workforce row last
# {band: {group: (31 March 2024, 31 March 2023)}}
BANDS = {
    "Bands 1-4": {"BME": ("27.4", "25.9"), "White": ("70.1", "71.6")},
    "Band 5": {"BME": ("38.6", "36.2"), "White": ("58.8", "61.0")},
    "Band 6": {"BME": ("21.3", "19.8"), "White": ("76.2", "77.9")},
    "Band 7": {"BME": ("14.7", "13.1"), "White": ("83.0", "84.6")},
    "Bands 8a-8d": {"BME": ("9.2", "8.5"), "White": ("88.9", "89.4")},
    "Band 9 and VSM": {"BME": ("5.6", "5.9"), "White": ("94.4", "94.1")},
}
PER_INDICATOR = {
    1: {"BME": ("24.2", "22.7"), "White": ("73.5", "75.0")},
    5: {"BME": ("30.6", "32.2"), "White": ("27.9", "28.4")},
    6: {"BME": ("29.3", "27.6"), "White": ("23.1", "24.0")},
    7: {"BME": ("45.2", "44.1"), "White": ("57.6", "58.9")},
    8: {"BME": ("15.8", "17.3"), "White": ("7.4", "7.9")},
    9: {"BME": ("15.4", "7.7"), "White": ("84.6", "92.3")},
}
PER_INDICATOR_RATIOS = {2: ("1.52", "1.71"), 3: ("1.27", "1.39"), 4: ("1.06", "0.94")}

# 2. one summary table of all nine under indicator-family section rows
SECTIONS = {
    1: {"BME": ("19.7", "18.4"), "White": ("77.8", "79.2")},
    5: {"BME": ("28.2", "30.1"), "White": ("25.3", "26.6")},
    6: {"BME": ("27.1", "28.9"), "White": ("20.4", "21.8")},
    7: {"BME": ("48.3", "46.7"), "White": ("60.5", "61.2")},
    8: {"BME": ("13.9", "14.6"), "White": ("6.5", "7.1")},
    9: {"BME": ("9.1", "9.1"), "White": ("90.9", "81.8")},
}
SECTIONS_RATIOS = {2: ("1.33", "1.45"), 3: ("1.61", "1.22"), 4: ("1.13", "1.08")}

# 3. a narrative: each figure moving 'from' last year's 'to' this year's
FROM_TO = {
    1: {"BME": ("21.6", "20.1"), "White": ("75.9", "77.2")},
    5: {"BME": ("31.7", "29.8"), "White": ("26.8", "27.5")},
    6: {"BME": ("25.4", "27.0"), "White": ("19.9", "21.1")},
    7: {"BME": ("42.7", "41.5"), "White": ("55.3", "56.8")},
    8: {"BME": ("17.1", "18.9"), "White": ("8.1", "8.4")},
    9: {"BME": ("16.7", "8.3"), "White": ("83.3", "91.7")},
}
FROM_TO_RATIOS = {2: ("1.38", "1.59"), 3: ("1.12", "1.31"), 4: ("0.98", "1.15")}

# 4. a web page, an accordion panel an indicator, a small table in each
ACCORDION = {
    1: {"BME": ("18.8", "17.5"), "White": ("79.4", "80.6")},
    5: {"BME": ("33.4", "31.9"), "White": ("28.7", "29.2")},
    6: {"BME": ("26.6", "25.2"), "White": ("21.7", "22.5")},
    7: {"BME": ("46.4", "45.0"), "White": ("59.8", "60.3")},
    8: {"BME": ("16.9", "16.0"), "White": ("6.9", "7.6")},
    9: {"BME": ("20.0", "13.3"), "White": ("80.0", "86.7")},
}
ACCORDION_RATIOS = {2: ("1.47", "1.36"), 3: ("1.42", "1.57"), 4: ("1.03", "1.10")}

# 5. an adverse impact (four-fifths rule) table a year: BME | White | Ratio | Result
FOUR_FIFTHS = {
    1: {"BME": ("22.9", "21.4"), "White": ("74.6", "76.3")},
    5: {"BME": ("29.9", "31.3"), "White": ("24.2", "25.1")},
    6: {"BME": ("28.5", "30.2"), "White": ("21.6", "22.9")},
    7: {"BME": ("44.0", "42.6"), "White": ("58.7", "57.8")},
    8: {"BME": ("14.3", "15.7"), "White": ("6.3", "6.8")},
    9: {"BME": ("12.5", "12.5"), "White": ("87.5", "87.5")},
}
# the per-group likelihoods (rates, in per cent) behind indicators 2 to 4
FOUR_FIFTHS_RATES = {
    2: {"BME": ("17.8", "16.2"), "White": ("26.7", "28.0")},
    3: {"BME": ("1.9", "2.2"), "White": ("1.4", "1.5")},
    4: {"BME": ("52.1", "55.8"), "White": ("57.9", "54.1")},
}
FOUR_FIFTHS_RATIOS = {2: ("1.50", "1.73"), 3: ("1.36", "1.47"), 4: ("1.11", "0.97")}
# BME / White for the percentage indicators 5 to 8: printed, in no truth
SURVEY_RATIOS = {
    5: ("1.24", "1.25"),
    6: ("1.32", "1.32"),
    7: ("0.75", "0.74"),
    8: ("2.27", "2.31"),
}
