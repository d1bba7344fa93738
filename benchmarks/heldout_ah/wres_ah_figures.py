"""The figures of held-out set AH's WRES layouts (wres_ah.py): fictional trusts, figures
of our own, nothing from the corpus, typed by hand. Strings as printed (one decimal for
percentages, two for ratios). {indicator: {group: (2023/24, 2022/23)}} and
{indicator: (2023/24, 2022/23)} for the relative likelihoods; the action plan's
per-group rates {indicator: {group: 2023/24}}."""

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

# 1. the plain summary table, BME printed 'Ethnically diverse'
DIVERSE = {
    1: {"BME": ("18.6", "17.2"), "White": ("78.9", "80.1")},
    5: {"BME": ("27.5", "29.3"), "White": ("23.8", "24.4")},
    6: {"BME": ("24.1", "25.6"), "White": ("19.9", "20.8")},
    7: {"BME": ("44.7", "43.2"), "White": ("57.5", "58.6")},
    8: {"BME": ("16.2", "17.0"), "White": ("7.4", "7.9")},
    9: {"BME": ("11.8", "6.3"), "White": ("88.2", "93.7")},
}
DIVERSE_RATIOS = {2: ("1.34", "1.52"), 3: ("1.16", "1.29"), 4: ("1.07", "1.12")}

# 2. a table per indicator, its title in a caption below it
CAPTIONED = {
    1: {"BME": ("23.4", "22.0"), "White": ("73.5", "75.1")},
    5: {"BME": ("28.8", "30.2"), "White": ("26.7", "27.3")},
    6: {"BME": ("27.1", "28.5"), "White": ("21.3", "21.9")},
    7: {"BME": ("41.8", "40.6"), "White": ("55.9", "56.2")},
    8: {"BME": ("15.1", "14.4"), "White": ("8.1", "8.6")},
    9: {"BME": ("20.0", "18.8"), "White": ("80.0", "81.2")},
}
CAPTIONED_RATIOS = {2: ("1.45", "1.38"), 3: ("1.33", "1.47"), 4: ("0.94", "1.03")}

# 3. an 'at a glance' summary, each figure before its group: '(29.8% BME, 24.1% White)'
GLANCE = {
    1: {"BME": ("24.6", "23.1"), "White": ("72.8", "74.2")},
    5: {"BME": ("29.8", "31.2"), "White": ("24.1", "25.0")},
    6: {"BME": ("26.3", "27.4"), "White": ("20.9", "22.3")},
    7: {"BME": ("47.5", "46.1"), "White": ("58.9", "60.3")},
    8: {"BME": ("14.9", "15.7"), "White": ("6.8", "7.6")},
    9: {"BME": ("15.4", "14.3"), "White": ("84.6", "85.7")},  # 2 of 13, 2 of 14
}
GLANCE_RATIOS = {2: ("1.31", "1.44"), 3: ("1.22", "1.09"), 4: ("1.03", "0.97")}
# each year's verdict on the year before, as the summary prints it
GLANCE_VERDICTS = {
    1: "This is a small improvement on last year.",
    2: "This is an improvement on last year.",
    3: "This is worse than last year.",
    4: "This is similar to last year.",
    5: "This is an improvement on last year.",
    6: "This is an improvement on last year.",
    7: "This is similar to last year.",
    8: "This is a slight improvement on last year.",
    9: "This is similar to last year.",
}

# 4. an action plan, the figures in each metric's commentary among targets and KPIs
PLAN = {
    1: {"BME": ("21.7", "20.2"), "White": ("75.9", "77.3")},
    5: {"BME": ("30.6", "32.4"), "White": ("25.2", "26.1")},
    6: {"BME": ("25.4", "27.9"), "White": ("19.6", "20.3")},
    7: {"BME": ("46.9", "44.0"), "White": ("57.1", "57.8")},
    8: {"BME": ("13.7", "15.1"), "White": ("6.2", "6.5")},
    9: {"BME": ("15.4", "8.3"), "White": ("84.6", "91.7")},  # 2 of 13; 1 of 12
}
PLAN_RATIOS = {2: ("1.29", "1.41"), 3: ("1.27", "1.18"), 4: ("1.05", "0.96")}
# the per-group likelihoods behind 2 to 4, 2023/24 only (27.6 / 21.4 = 1.29, ...)
PLAN_RATES = {
    2: {"White": "27.6", "BME": "21.4"},
    3: {"BME": "1.4", "White": "1.1"},
    4: {"White": "52.3", "BME": "49.8"},
}

# 5. a year-on-year commentary: changes and gaps in points, unmoved figures printed once
CHANGES = {
    1: {"BME": ("27.3", "25.9"), "White": ("69.8", "70.9")},
    5: {"BME": ("31.5", "33.0"), "White": ("27.7", "28.4")},
    6: {"BME": ("24.8", "24.8"), "White": ("19.5", "20.4")},  # BME 'the same as last year'
    7: {"BME": ("48.2", "45.6"), "White": ("58.7", "59.4")},
    8: {"BME": ("15.3", "16.1"), "White": ("7.4", "8.0")},
    9: {"BME": ("25.0", "25.0"), "White": ("75.0", "75.0")},  # 3 of 12, 'unchanged'
}
CHANGES_RATIOS = {2: ("1.38", "1.29"), 3: ("1.06", "1.27"), 4: ("1.04", "1.04")}
