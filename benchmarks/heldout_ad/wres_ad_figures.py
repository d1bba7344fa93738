"""The figures of held-out set AD's WRES layouts (wres_ad.py): fictional trusts, figures
of our own, nothing from the corpus, typed by hand. Strings as printed (one decimal for
percentages, two for ratios). {indicator: {group: (2023/24, 2022/23)}} and
{indicator: (2023/24, 2022/23)} for the relative likelihoods. Figures marked 'in no
truth' are printed beside the truth figures as the layouts' distractors."""

from __future__ import annotations

SHORT = {
    1: "Workforce",
    2: "Appointment from shortlisting",
    3: "Entry into formal disciplinary process",
    4: "Non-mandatory training and CPD",
    5: "Harassment, bullying or abuse from patients or the public",
    6: "Harassment, bullying or abuse from colleagues",
    7: "Equal opportunities for career progression",
    8: "Discrimination from a manager or colleague",
    9: "Board voting membership",
}

# 1. the change on last year inside this year's cell ('27.9% ▲ 1.2'); the changes are
# worked out from these figures when printed and are in no truth
CHANGE = {
    1: {"BME": ("19.4", "18.1"), "White": ("77.8", "79.3")},
    5: {"BME": ("28.7", "30.2"), "White": ("24.6", "24.6")},
    6: {"BME": ("27.3", "25.9"), "White": ("21.1", "22.0")},
    7: {"BME": ("45.2", "42.7"), "White": ("58.8", "59.9")},
    8: {"BME": ("15.7", "16.9"), "White": ("7.1", "6.4")},
    9: {"BME": ("14.3", "7.7"), "White": ("85.7", "92.3")},
}
CHANGE_RATIOS = {2: ("1.33", "1.47"), 3: ("1.27", "1.15"), 4: ("1.04", "1.04")}

# 2. column heads dated with two-digit years ('As at 31/03/24'), newest first
DATED = {
    1: {"BME": ("24.1", "22.6"), "White": ("73.2", "74.9")},
    5: {"BME": ("31.8", "33.4"), "White": ("27.5", "28.3")},
    6: {"BME": ("29.6", "28.1"), "White": ("23.0", "23.7")},
    7: {"BME": ("42.3", "41.6"), "White": ("56.4", "57.8")},
    8: {"BME": ("17.1", "18.5"), "White": ("8.6", "8.0")},
    9: {"BME": ("11.1", "10.0"), "White": ("88.9", "90.0")},
}
DATED_RATIOS = {2: ("1.49", "1.62"), 3: ("1.12", "1.38"), 4: ("0.95", "1.08")}

# 3. prose giving this year's counts with the percentage worked out in brackets:
# {indicator: {group: (count, base, 2023/24 %, 2022/23 %)}}; counts and bases in no truth
COUNTED = {
    1: {"BME": ("1,214", "5,392", "22.5", "21.1"), "White": ("4,006", "5,392", "74.3", "75.8")},
    5: {"BME": ("402", "1,296", "31.0", "32.7"), "White": ("718", "2,831", "25.4", "26.3")},
    6: {"BME": ("371", "1,302", "28.5", "27.0"), "White": ("583", "2,826", "20.6", "21.8")},
    7: {"BME": ("561", "1,288", "43.6", "41.9"), "White": ("1,618", "2,820", "57.4", "58.1")},
    8: {"BME": ("213", "1,299", "16.4", "17.3"), "White": ("232", "2,829", "8.2", "7.7")},
    9: {"BME": ("2", "13", "15.4", "8.3"), "White": ("11", "13", "84.6", "91.7")},
}
# the counts behind 2 to 4 (in no truth): {indicator: {group: (count, base)}}
COUNTED_BASES = {
    2: {"White": ("412", "1,960"), "BME": ("318", "2,092")},
    3: {"BME": ("41", "1,214"), "White": ("88", "4,006")},
    4: {"White": ("1,730", "4,006"), "BME": ("496", "1,214")},
}
COUNTED_RATIOS = {2: ("1.38", "1.52"), 3: ("1.54", "1.31"), 4: ("1.06", "1.13")}
# last year's board: one of 12 voting members BME, 11 White (the bracketed shares above)
BOARD_LAST_YEAR = {"BME": ("one", "12"), "White": ("11", "12")}

# 4. an annual report's equality chapter in two columns: WRES figures in sentences
CHAPTER = {
    1: {"BME": ("16.8", "15.3"), "White": ("80.6", "82.1")},
    5: {"BME": ("30.9", "29.4"), "White": ("26.8", "27.6")},
    6: {"BME": ("26.2", "27.5"), "White": ("20.3", "19.8")},
    7: {"BME": ("46.1", "44.0"), "White": ("59.2", "60.4")},
    8: {"BME": ("14.6", "15.9"), "White": ("6.8", "7.4")},
    9: {"BME": ("12.5", "12.5"), "White": ("87.5", "81.3")},
}
CHAPTER_RATIOS = {2: ("1.41", "1.29"), 3: ("1.19", "1.33"), 4: ("1.10", "0.98")}
# in no truth: the chapter's gender and disability figures around the WRES ones
GENDER = {
    "women": ("78.4", "78.9"),  # share of the workforce, 2023/24 and 2022/23
    "women_8c_up": ("58.7", "56.2"),  # share of Band 8c and above
    "mean_gap": ("19.3", "21.0"),  # mean gender pay gap
    "median_gap": ("9.6", "11.4"),  # median gender pay gap
}
DISABILITY = {
    "declared": ("5.9", "5.1"),  # staff declaring a disability on the staff record
    "harassment_public": ("32.4", "33.8"),  # disabled staff, from patients or the public
    "harassment_public_non": ("24.9", "25.7"),  # non-disabled staff, the same
    "wdes_shortlisting": ("1.17", "1.24"),  # WDES metric 2, non-disabled to disabled
}

# 5. a web page's table made of <div>s with ARIA roles, laid out by a CSS grid
DIVGRID = {
    1: {"BME": ("21.7", "20.4"), "White": ("75.6", "76.8")},
    5: {"BME": ("29.1", "31.5"), "White": ("25.3", "26.0")},
    6: {"BME": ("30.4", "28.8"), "White": ("22.7", "23.9")},
    7: {"BME": ("44.9", "43.3"), "White": ("57.6", "58.2")},
    8: {"BME": ("18.9", "17.6"), "White": ("9.1", "8.7")},
    9: {"BME": ("18.8", "13.3"), "White": ("81.3", "86.7")},
}
DIVGRID_RATIOS = {2: ("1.56", "1.44"), 3: ("1.09", "1.21"), 4: ("1.13", "1.01")}
