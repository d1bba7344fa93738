"""The figures of held-out set AF's WRES layouts (wres_af.py): fictional trusts, figures
of our own, nothing from the corpus, typed by hand. Strings as printed (one decimal for
percentages and points, two for ratios). {indicator: {group: (2023/24, 2022/23)}} and
{indicator: (2023/24, 2022/23)} for the relative likelihoods."""

from __future__ import annotations

SHORT = {
    1: "Workforce",
    2: "Appointment from shortlisting",
    3: "Entry into the formal disciplinary process",
    4: "Non-mandatory training and CPD",
    5: "Harassment, bullying or abuse from patients, relatives or the public",
    6: "Harassment, bullying or abuse from colleagues",
    7: "Equal opportunities for career progression or promotion",
    8: "Discrimination from a manager, team leader or colleague",
    9: "Voting membership of the board",
}

# 1. 'Key statistics' lines with dot leaders, a heading an indicator
LEADERS = {
    1: {"BME": ("22.7", "21.3"), "White": ("74.6", "76.2")},
    5: {"BME": ("28.3", "30.1"), "White": ("24.6", "25.4")},
    6: {"BME": ("26.9", "27.7"), "White": ("21.5", "22.0")},
    7: {"BME": ("45.2", "44.1"), "White": ("58.3", "59.0")},
    8: {"BME": ("15.6", "16.4"), "White": ("7.1", "6.8")},
    9: {"BME": ("13.3", "12.5"), "White": ("86.7", "87.5")},
}
LEADERS_RATIOS = {2: ("1.33", "1.46"), 3: ("1.19", "1.31"), 4: ("1.04", "0.98")}

# 2. a table under Excel-style month-year heads ('Mar-24 | Mar-23')
EXCEL = {
    1: {"BME": ("19.4", "18.2"), "White": ("77.8", "79.1")},
    5: {"BME": ("31.7", "30.4"), "White": ("27.3", "26.8")},
    6: {"BME": ("25.2", "26.1"), "White": ("20.7", "21.9")},
    7: {"BME": ("42.6", "41.9"), "White": ("56.1", "57.4")},
    8: {"BME": ("17.3", "15.9"), "White": ("8.6", "8.2")},
    9: {"BME": ("10.0", "9.1"), "White": ("90.0", "90.9")},
}
EXCEL_RATIOS = {2: ("1.48", "1.37"), 3: ("1.42", "1.23"), 4: ("1.11", "1.07")}

# 3. an FOI response answering a request for the WRES figures; indicator 1 by staff
# group (clinical, non-clinical) as well as for the whole workforce
FOI = {
    1: {"BME": ("24.8", "23.5"), "White": ("72.1", "73.6")},
    5: {"BME": ("30.9", "32.4"), "White": ("25.8", "26.3")},
    6: {"BME": ("28.1", "27.2"), "White": ("22.7", "23.4")},
    7: {"BME": ("46.8", "45.3"), "White": ("60.2", "61.5")},
    8: {"BME": ("14.2", "15.8"), "White": ("6.6", "7.0")},
    9: {"BME": ("18.2", "16.7"), "White": ("81.8", "83.3")},
}
FOI_RATIOS = {2: ("1.27", "1.35"), 3: ("1.08", "1.16"), 4: ("0.95", "1.02")}
FOI_STAFF_GROUPS = {
    "clinical": {"BME": ("28.6", "27.4"), "White": ("68.5", "69.9")},
    "non_clinical": {"BME": ("16.9", "15.7"), "White": ("79.4", "81.0")},
}

# 4. columns typed with tab stops, not a table
TABBED = {
    1: {"BME": ("26.1", "24.7"), "White": ("70.8", "72.3")},
    5: {"BME": ("33.4", "31.8"), "White": ("28.9", "29.6")},
    6: {"BME": ("29.6", "30.2"), "White": ("23.8", "24.1")},
    7: {"BME": ("39.7", "41.2"), "White": ("53.6", "54.4")},
    8: {"BME": ("19.2", "18.5"), "White": ("10.1", "9.7")},
    9: {"BME": ("15.8", "11.1"), "White": ("84.2", "88.9")},
}
TABBED_RATIOS = {2: ("1.56", "1.62"), 3: ("1.29", "1.38"), 4: ("1.13", "1.09")}

# 5. a two-row head, each single figure in a cell merged across its year's BME and
# White columns; indicator 9's difference (BME, voting board less workforce, points)
SPANNED = {
    1: {"BME": ("21.9", "20.6"), "White": ("75.3", "76.8")},
    5: {"BME": ("29.5", "28.7"), "White": ("25.1", "24.2")},
    6: {"BME": ("27.4", "29.0"), "White": ("20.3", "21.1")},
    7: {"BME": ("43.3", "42.8"), "White": ("57.7", "58.1")},
    8: {"BME": ("16.8", "17.6"), "White": ("7.8", "8.1")},
    9: {"BME": ("7.1", "7.7"), "White": ("92.9", "92.3")},
}
SPANNED_RATIOS = {2: ("1.39", "1.51"), 3: ("1.24", "1.12"), 4: ("1.01", "1.06")}
SPANNED_DIFFERENCE = ("-14.8", "-12.9")  # 7.1 - 21.9, 7.7 - 20.6
